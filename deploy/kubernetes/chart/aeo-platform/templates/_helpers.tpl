{{/* Names and labels. Every object is <release>-<component> (or the release name when it is aeo-platform's). */}}
{{- define "aeo.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}{{ .Release.Name | trunc 40 | trimSuffix "-" }}{{- else -}}{{ printf "%s-%s" .Release.Name .Chart.Name | trunc 40 | trimSuffix "-" }}{{- end -}}
{{- end -}}

{{- define "aeo.labels" -}}
app.kubernetes.io/name: {{ .root.Chart.Name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .name }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
{{- end -}}

{{- define "aeo.selectorLabels" -}}
app.kubernetes.io/name: {{ .root.Chart.Name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .name }}
{{- end -}}

{{/* A component's values over the defaults (dict root, name): YAML, read back with fromYaml. */}}
{{- define "aeo.component" -}}
{{- $raw := index .root.Values.components .name -}}
{{- $c := mergeOverwrite (deepCopy .root.Values.defaults) (deepCopy $raw) -}}
{{- /* A component's own disruption budget replaces the default's (minAvailable and maxUnavailable exclude each other). */ -}}
{{- if $raw.pdb }}{{ $_ := set $c "pdb" (deepCopy $raw.pdb) }}{{ end -}}
{{- $_ := set $c "portVariable" ($c.portVariable | default "PORT") -}}
{{- $_ := set $c "env" ($c.env | default dict) -}}
{{- $_ := set $c "dependencies" ($c.dependencies | default list) -}}
{{- toYaml $c -}}
{{- end -}}

{{/* Whether a component is deployed (enabled unless `enabled: false`). */}}
{{- define "aeo.enabled" -}}
{{- $raw := index .root.Values.components .name -}}
{{- if or (not (hasKey $raw "enabled")) $raw.enabled -}}true{{- end -}}
{{- end -}}

{{/* The in-cluster URL of `component[/path]` (serviceUrls). */}}
{{- define "aeo.serviceUrl" -}}
{{- $parts := splitn "/" 2 .target -}}
{{- $target := index .root.Values.components $parts._0 | required (printf "serviceUrls: no component %s" $parts._0) -}}
{{- printf "http://%s-%s:%v" (include "aeo.fullname" .root) $parts._0 $target.port -}}
{{- if $parts._1 }}/{{ $parts._1 }}{{ end -}}
{{- end -}}

{{/* Kafka credentials and TLS of a process whose Kafka user is .user (dict root, user). */}}
{{- define "aeo.kafkaEnv" -}}
{{- $k := .root.Values.kafka -}}
{{- if $k.tls.enabled }}
- name: KAFKA_SSL
  value: "true"
- name: NODE_EXTRA_CA_CERTS
  value: /var/run/aeo-kafka-ca/{{ $k.tls.caKey }}
{{- end }}
{{- if $k.sasl.enabled }}
- name: KAFKA_SASL_MECHANISM
  value: {{ $k.sasl.mechanism | quote }}
- name: KAFKA_SASL_USERNAME
  value: {{ printf "%s%s" $k.sasl.userPrefix .user | quote }}
- name: KAFKA_SASL_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ printf "%s%s" $k.sasl.userPrefix .user }}
      key: password
{{- end }}
{{- end -}}

{{/* TLS to Temporal's frontend: the files of the mounted Secret (temporal.tls; libs/config's TEMPORAL_TLS*). */}}
{{- define "aeo.temporalEnv" -}}
{{- $t := .Values.temporal.tls -}}
{{- if $t.enabled }}
- name: TEMPORAL_TLS
  value: "true"
- name: TEMPORAL_TLS_CA_FILE
  value: /var/run/aeo-temporal-tls/ca.crt
{{- if $t.clientCertificate }}
- name: TEMPORAL_TLS_CERT_FILE
  value: /var/run/aeo-temporal-tls/tls.crt
- name: TEMPORAL_TLS_KEY_FILE
  value: /var/run/aeo-temporal-tls/tls.key
{{- end }}
{{- with $t.serverName }}
- name: TEMPORAL_TLS_SERVER_NAME
  value: {{ . | quote }}
{{- end }}
{{- end }}
{{- end -}}

{{/* Plain variables: the global env under the component's own (dict root, env). */}}
{{- define "aeo.plainEnv" -}}
{{- $env := merge (omit .env "serviceUrls") .root.Values.env -}}
{{- range $key := keys $env | sortAlpha }}
- name: {{ $key }}
  value: {{ index $env $key | toString | quote }}
{{- end }}
{{- end -}}

{{- define "aeo.secretEnv" -}}
{{- range $key := keys . | sortAlpha }}
{{- $ref := index $ $key }}
- name: {{ $key }}
  valueFrom:
    secretKeyRef:
      name: {{ $ref.secret }}
      key: {{ $ref.key }}
{{- end }}
{{- end -}}

{{/* Every variable of a component (dict root, name, c). */}}
{{- define "aeo.env" -}}
- name: {{ .c.portVariable }}
  value: {{ .c.port | toString | quote }}
{{- include "aeo.plainEnv" (dict "root" .root "env" .c.env) }}
{{- $root := .root }}
{{- $urls := .c.env.serviceUrls | default dict }}
{{- range $key := keys $urls | sortAlpha }}
- name: {{ $key }}
  value: {{ include "aeo.serviceUrl" (dict "root" $root "target" (index $urls $key)) | quote }}
{{- end }}
{{- if has "kafka" .c.dependencies }}
{{- include "aeo.kafkaEnv" (dict "root" .root "user" .name) }}
{{- end }}
{{- if has "temporal" .c.dependencies }}
{{- include "aeo.temporalEnv" .root }}
{{- end }}
{{- include "aeo.secretEnv" (.c.secretEnv | default dict) }}
{{- end -}}

{{/* The /tmp volume, the Kafka and PostgreSQL CAs, Temporal's TLS files and a component's secret files (dict root, c, kafka, postgres, temporal). */}}
{{- define "aeo.volumes" -}}
- name: tmp
  emptyDir: {}
{{- if and .kafka .root.Values.kafka.tls.enabled }}
- name: kafka-ca
  secret:
    secretName: {{ .root.Values.kafka.tls.caSecret }}
{{- end }}
{{- if and .postgres .root.Values.postgres.tls.caSecret }}
- name: postgres-ca
  secret:
    secretName: {{ .root.Values.postgres.tls.caSecret }}
{{- end }}
{{- if and .temporal .root.Values.temporal.tls.enabled }}
- name: temporal-tls
  secret:
    secretName: {{ .root.Values.temporal.tls.secret }}
    # 0440 (owner and the pod's fsGroup), written in decimal: YAML 1.1 and 1.2 readers agree on it.
    defaultMode: 288
{{- end }}
{{- range $i, $dir := .c.writableDirs | default list }}
- name: writable-{{ $i }}
  emptyDir: {}
{{- end }}
{{- range $i, $f := .c.secretFiles | default list }}
- name: secret-files-{{ $i }}
  secret:
    secretName: {{ $f.secret }}
    defaultMode: 0400
{{- end }}
{{- end -}}

{{- define "aeo.volumeMounts" -}}
- name: tmp
  mountPath: /tmp
{{- if and .kafka .root.Values.kafka.tls.enabled }}
- name: kafka-ca
  mountPath: /var/run/aeo-kafka-ca
  readOnly: true
{{- end }}
{{- if and .postgres .root.Values.postgres.tls.caSecret }}
- name: postgres-ca
  mountPath: /var/run/aeo-postgres-ca
  readOnly: true
{{- end }}
{{- if and .temporal .root.Values.temporal.tls.enabled }}
- name: temporal-tls
  mountPath: /var/run/aeo-temporal-tls
  readOnly: true
{{- end }}
{{- range $i, $dir := .c.writableDirs | default list }}
- name: writable-{{ $i }}
  mountPath: {{ $dir }}
{{- end }}
{{- range $i, $f := .c.secretFiles | default list }}
- name: secret-files-{{ $i }}
  mountPath: {{ $f.mountPath }}
  readOnly: true
{{- end }}
{{- end -}}

{{/* A process's image: <registry>/aeo-<component>:<tag> (deploy/docker/Dockerfile's targets; the Jobs' is aeo-setup), or its own repository. */}}
{{- define "aeo.image" -}}
{{- $image := merge (deepCopy (.c.image | default dict)) .root.Values.image -}}
{{- $repository := $image.repository | default (printf "aeo-%s" .name) -}}
{{- if and $image.registry (not $image.repository) }}{{ $repository = printf "%s/%s" (trimSuffix "/" $image.registry) $repository }}{{ end -}}
{{- printf "%s:%s" $repository ($image.tag | toString) -}}
{{- end -}}

{{/* Egress rules: DNS and the named dependencies (dict root, dependencies). */}}
{{- define "aeo.egress" -}}
{{- $np := .root.Values.networkPolicy }}
- to:
    {{- toYaml $np.dns.to | nindent 4 }}
  ports:
    {{- toYaml $np.dns.ports | nindent 4 }}
{{- range $dep := .dependencies }}
{{- $rule := index $np.dependencies $dep | required (printf "networkPolicy.dependencies.%s is not defined" $dep) }}
- to:
    {{- toYaml $rule.to | nindent 4 }}
  {{- /* A rule without ports reaches every port of its addresses (webhook endpoints may listen on any). */}}
  {{- if $rule.ports }}
  ports:
    {{- toYaml $rule.ports | nindent 4 }}
  {{- end }}
{{- end }}
{{- end -}}
