#!/usr/bin/env bash
# The cluster profile's engines: Apache Kafka as three KRaft nodes (each a broker and one of three
# controller voters; topics with replication factor 3, min.insync.replicas=2) and the real Temporal
# server (go.temporal.io/server, built from the Go module proxy by build-temporal.sh) on PostgreSQL
# with advanced visibility, plus its UI. The light profile (infra.sh's single broker and dev server)
# stays the default; this one runs beside it on other ports:
#
#   bash deploy/local/infra.sh cluster <build|start|stop|status|env|logs|test> [kafka|temporal ...]
#
#   Kafka     127.0.0.1:19092,19094,19096 (controllers 19093,19095,19097), data .local/data/cluster/kafka-<n>
#   Temporal  127.0.0.1:17233 (HTTP 17243, UI http://127.0.0.1:18233), namespace default
#   PostgreSQL: the platform's server (infra.sh's, or the one DATABASE_URL names), databases
#             temporal_cluster and temporal_cluster_visibility
# Ports move with AEO_CLUSTER_KAFKA_PORT (first broker; the others follow two by two) and
# AEO_CLUSTER_TEMPORAL_PORT / AEO_CLUSTER_TEMPORAL_UI_PORT.
set -euo pipefail

CLUSTER_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# infra.sh only defines its variables and functions when sourced (pid files, detached spawning,
# readiness polling, run_ts, install_kafka, install_temporal, the PostgreSQL helpers).
# shellcheck source=../infra.sh
source "$CLUSTER_DIR/../infra.sh"
# shellcheck source=versions.sh
source "$CLUSTER_DIR/versions.sh"
# The light profile's addresses (from `eval "$(infra.sh env)"`) name other servers than these.
unset KAFKA_BROKERS TEMPORAL_ADDRESS

CLUSTER_DATA="$DATA_DIR/cluster"

# --- Kafka --------------------------------------------------------------------------------------
CK_NODES=(1 2 3)
CK_FIRST_PORT="${AEO_CLUSTER_KAFKA_PORT:-19092}"
CK_HEAP="${AEO_CLUSTER_KAFKA_HEAP:--Xmx384m -Xms128m}"
ck_port() { echo $((CK_FIRST_PORT + 2 * ($1 - 1))); }
ck_controller_port() { echo $((CK_FIRST_PORT + 2 * ($1 - 1) + 1)); }
ck_data() { echo "$CLUSTER_DATA/kafka-$1"; }
ck_log() { echo "$LOG_DIR/cluster-kafka-$1.log"; }
ck_pidfile() { echo "$RUN_DIR/cluster-kafka-$1.pid"; }
ck_props() { echo "$RUN_DIR/cluster-kafka-$1.properties"; }
ck_marker() { echo "kafka.Kafka $(ck_props "$1")"; }
ck_brokers() {
  local n list=()
  for n in "${CK_NODES[@]}"; do list+=("$HOST:$(ck_port "$n")"); done
  (IFS=,; echo "${list[*]}")
}
ck_voters() {
  local n list=()
  for n in "${CK_NODES[@]}"; do list+=("$n@$HOST:$(ck_controller_port "$n")"); done
  (IFS=,; echo "${list[*]}")
}

# --- Temporal -----------------------------------------------------------------------------------
CT_PORT="${AEO_CLUSTER_TEMPORAL_PORT:-17233}"
CT_UI_PORT="${AEO_CLUSTER_TEMPORAL_UI_PORT:-18233}"
CT_HOME="$TOOLS_DIR/temporal-cluster"
CT_SERVER="$CT_HOME/bin/temporal-server"
CT_SQL_TOOL="$CT_HOME/bin/temporal-sql-tool"
CT_UI_SERVER="$CT_HOME/bin/temporal-ui-server"
CT_CONFIG="$RUN_DIR/cluster-temporal.yaml"
CT_LOG="$LOG_DIR/cluster-temporal.log"
CT_PIDFILE="$RUN_DIR/cluster-temporal.pid"
CT_MARKER="$CT_CONFIG"
CT_UI_ROOT="$RUN_DIR/cluster-temporal-ui"
CT_UI_LOG="$LOG_DIR/cluster-temporal-ui.log"
CT_UI_PIDFILE="$RUN_DIR/cluster-temporal-ui.pid"
CT_UI_MARKER="$CT_UI_ROOT"
CT_DB="${AEO_CLUSTER_TEMPORAL_DB:-temporal_cluster}"
CT_VISIBILITY_DB="${AEO_CLUSTER_TEMPORAL_VISIBILITY_DB:-temporal_cluster_visibility}"
CT_ADDRESS="$HOST:$CT_PORT"
CT_NS=default
CT_RETENTION="${AEO_CLUSTER_TEMPORAL_RETENTION:-72h}"

# ================================================================================================
# Kafka
# ================================================================================================
ck_render_config() {
  local n=$1
  sed -e "s#@@NODE_ID@@#$n#g" \
      -e "s#@@VOTERS@@#$(ck_voters)#g" \
      -e "s#@@KAFKA_PORT@@#$(ck_port "$n")#g" \
      -e "s#@@CONTROLLER_PORT@@#$(ck_controller_port "$n")#g" \
      -e "s#@@LOG_DIR@@#$(ck_data "$n")#g" \
      "$CLUSTER_DIR/kafka-broker.properties" >"$(ck_props "$n")"
}

# deploy/local/kafka/health.ts against the three brokers (--verbose prints "brokers=a,b,c").
ck_health() { KAFKA_BROKERS="$(ck_brokers)" run_ts deploy/local/kafka/health.ts "$@"; }
# All three brokers registered (a quorum alone answers metadata with fewer).
ck_all_brokers_up() {
  local out
  out="$(ck_health --verbose 2>/dev/null)" || return 1
  [[ "$out" =~ brokers=([^ ]*) ]] || return 1
  local n
  n="$(tr ',' '\n' <<<"${BASH_REMATCH[1]}" | grep -c .)"
  [[ "$n" -eq ${#CK_NODES[@]} ]]
}

start_cluster_kafka() {
  (unset KAFKA_BROKERS; install_kafka)
  local n p cluster_id_file="$CLUSTER_DATA/kafka-cluster-id" cluster_id
  mkdir -p "$CLUSTER_DATA"
  if [[ ! -s "$cluster_id_file" ]]; then
    java -cp "$KAFKA_LIB/*" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1 >"$cluster_id_file"
  fi
  cluster_id="$(cat "$cluster_id_file")"
  for n in "${CK_NODES[@]}"; do
    if local_running "$(ck_pidfile "$n")" "$(ck_marker "$n")"; then
      log "cluster kafka-$n: already running (pid $(cat "$(ck_pidfile "$n")"), $HOST:$(ck_port "$n"))"
      continue
    fi
    for p in "$(ck_port "$n")" "$(ck_controller_port "$n")"; do
      if port_open "$HOST" "$p"; then
        report_failure "cluster kafka-$n" "$(ck_log "$n")" "port $HOST:$p is already in use by another process (set AEO_CLUSTER_KAFKA_PORT)"
        return 1
      fi
    done
    mkdir -p "$(ck_data "$n")"
    ck_render_config "$n"
    if [[ ! -f "$(ck_data "$n")/meta.properties" ]]; then
      log "cluster kafka-$n: formatting KRaft storage (cluster id $cluster_id)"
      if ! java -cp "$KAFKA_LIB/*" -Dlog4j.configuration="file:$SCRIPT_DIR/kafka/log4j.properties" \
          kafka.tools.StorageTool format -t "$cluster_id" -c "$(ck_props "$n")" -g >>"$(ck_log "$n")" 2>&1; then
        report_failure "cluster kafka-$n" "$(ck_log "$n")" "kafka-storage format failed"
        return 1
      fi
    fi
    log "cluster kafka-$n: starting on $HOST:$(ck_port "$n") (controller $HOST:$(ck_controller_port "$n"))"
    # shellcheck disable=SC2086
    spawn_detached "$(ck_log "$n")" "$(ck_pidfile "$n")" "$(ck_marker "$n")" java $CK_HEAP -XX:+UseG1GC \
      -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true -Dlog4j.configuration="file:$SCRIPT_DIR/kafka/log4j.properties" \
      -cp "$KAFKA_LIB/*" kafka.Kafka "$(ck_props "$n")"
  done
  # Readiness is the three brokers in the cluster's metadata; watch node 1's process meanwhile.
  wait_local_ready "cluster kafka" "$(ck_pidfile 1)" "$(ck_marker 1)" "$(ck_log 1)" 30 \
    "the three brokers did not all register on $(ck_brokers)" ck_all_brokers_up || return 1
  local out line
  if ! out="$(KAFKA_BROKERS="$(ck_brokers)" KAFKA_REPLICATION_FACTOR=3 run_ts deploy/local/kafka/create-topics.ts 2>&1)"; then
    printf '%s\n' "$out" >&2
    report_failure "cluster kafka" "$(ck_log 1)" "creating topics on $(ck_brokers) failed (output above)"
    return 1
  fi
  while IFS= read -r line; do [[ -n "$line" ]] && log "cluster kafka: $line"; done <<<"$out"
  log "cluster kafka: ready at $(ck_brokers) (replication factor 3, min.insync.replicas=2)"
}

# All three at once: stopped one after the other, the last ones wait for a controller quorum that
# is gone (a minute each, then SIGKILL).
stop_cluster_kafka() {
  local n
  for n in "${CK_NODES[@]}"; do stop_pid "$(ck_pidfile "$n")" "$(ck_marker "$n")" "cluster kafka-$n" 60 & done
  wait
}

status_cluster_kafka() {
  local n
  for n in "${CK_NODES[@]}"; do
    status_local "kafka-$n" "$(ck_pidfile "$n")" "$(ck_marker "$n")" \
      "$HOST:$(ck_port "$n") (controller $HOST:$(ck_controller_port "$n"))" "$HOST:$(ck_port "$n")"
  done
}

# ================================================================================================
# Temporal
# ================================================================================================
ct_built() { [[ -x "$CT_SERVER" && -x "$CT_SQL_TOOL" && "$(cat "$CT_HOME/bin/.built" 2>/dev/null)" == "$TEMPORAL_SERVER_VERSION $TEMPORAL_UI_VERSION" ]]; }
build_cluster_temporal() {
  if ct_built && [[ "${1:-}" != --force ]]; then
    log "cluster temporal: $("$CT_SERVER" --version 2>/dev/null | head -n 1) present in ${CT_HOME#"$REPO_ROOT"/}/bin"
    return 0
  fi
  log "cluster temporal: building go.temporal.io/server $TEMPORAL_SERVER_VERSION (log $LOG_DIR/cluster-build.log)"
  bash "$CLUSTER_DIR/build-temporal.sh" >>"$LOG_DIR/cluster-build.log" 2>&1 \
    || { report_failure "cluster temporal" "$LOG_DIR/cluster-build.log" "go build failed"; return 1; }
}

# The PostgreSQL server of the platform (infra.sh's local one, or DATABASE_URL's): host, port, user, password.
ct_pg() {
  node -e '
    const u = new URL(process.argv[1]);
    console.log([u.hostname || "127.0.0.1", u.port || "5432", decodeURIComponent(u.username), decodeURIComponent(u.password)].join("\t"));
  ' "$(pg_effective_url)"
}

ct_sql_tool() { # ct_sql_tool DB ARGS...
  local db=$1 host port user password; shift
  IFS=$'\t' read -r host port user password <<<"$(ct_pg)"
  SQL_PASSWORD="$password" "$CT_SQL_TOOL" --plugin postgres12 --endpoint "$host" --port "$port" --user "$user" \
    --database "$db" "$@"
}

# Creates both databases when missing and brings their schemas to the version this server ships
# (the schemas are embedded in temporal-sql-tool). Idempotent.
ct_setup_schema() {
  local db schema out
  for db in "$CT_DB" "$CT_VISIBILITY_DB"; do
    if [[ "$db" == "$CT_DB" ]]; then schema=postgresql/v12/temporal; else schema=postgresql/v12/visibility; fi
    if ! out="$(ct_sql_tool "$db" create-database 2>&1)"; then
      grep -q 'already exists' <<<"$out" || { printf '%s\n' "$out" >&2; return 1; }
    fi
    ct_sql_tool "$db" setup-schema -v 0.0 >>"$CT_LOG" 2>&1 || return 1
    ct_sql_tool "$db" update-schema --schema-name "$schema" >>"$CT_LOG" 2>&1 || return 1
    log "cluster temporal: schema $schema up to date in database $db"
  done
}

ct_render_config() {
  local host port user password
  IFS=$'\t' read -r host port user password <<<"$(ct_pg)"
  sed -e "s#@@DB@@#$CT_DB#g" -e "s#@@VISIBILITY_DB@@#$CT_VISIBILITY_DB#g" \
      -e "s#@@PG_ADDR@@#$host:$port#g" -e "s#@@PG_USER@@#$user#g" -e "s#@@PG_PASSWORD@@#$password#g" \
      -e "s#@@FRONTEND_PORT@@#$CT_PORT#g" -e "s#@@HISTORY_PORT@@#$((CT_PORT + 1))#g" \
      -e "s#@@MATCHING_PORT@@#$((CT_PORT + 2))#g" -e "s#@@WORKER_PORT@@#$((CT_PORT + 6))#g" \
      -e "s#@@HTTP_PORT@@#$((CT_PORT + 10))#g" -e "s#@@METRICS_PORT@@#$((CT_PORT + 11))#g" \
      -e "s#@@FRONTEND_MEMBERSHIP_PORT@@#$((CT_PORT - 300))#g" -e "s#@@HISTORY_MEMBERSHIP_PORT@@#$((CT_PORT - 299))#g" \
      -e "s#@@MATCHING_MEMBERSHIP_PORT@@#$((CT_PORT - 298))#g" -e "s#@@WORKER_MEMBERSHIP_PORT@@#$((CT_PORT - 294))#g" \
      -e "s#@@DYNAMIC_CONFIG@@#$CLUSTER_DIR/temporal-dynamic-config.yaml#g" \
      "$CLUSTER_DIR/temporal.yaml" >"$CT_CONFIG"
  chmod 600 "$CT_CONFIG"
}
ct_ports() { echo "$CT_PORT $((CT_PORT + 1)) $((CT_PORT + 2)) $((CT_PORT + 6)) $((CT_PORT + 10)) $((CT_PORT + 11)) $((CT_PORT - 300)) $((CT_PORT - 299)) $((CT_PORT - 298)) $((CT_PORT - 294))"; }

ct_cli() { env -u TEMPORAL_ADDRESS -u TEMPORAL_NAMESPACE "$TEMPORAL_CLI" "$@"; }
ct_healthy() { ct_cli operator cluster health --address "$CT_ADDRESS" --command-timeout 3s >/dev/null 2>&1; }

# ct_ensure_namespace ADDRESS NAMESPACE RETENTION: registers NAMESPACE on the server at ADDRESS unless it
# is there. Just after a start (or a restart on a loaded machine) the server may answer its health
# check before it serves these calls: retried for up to 60 s, and a create answered "already exists"
# (a describe that timed out) counts as registered.
ct_ensure_namespace() {
  local address=$1 ns=$2 retention=$3 deadline=$((SECONDS + 60)) out
  while :; do
    ct_cli operator namespace describe --address "$address" --namespace "$ns" --command-timeout 10s >/dev/null 2>&1 \
      && return 0
    if out="$(ct_cli operator namespace create --address "$address" --namespace "$ns" --retention "$retention" \
        --command-timeout 10s 2>&1)"; then
      log "cluster: registered namespace $ns on $address (retention $retention)"
      return 0
    fi
    grep -qi 'already exists' <<<"$out" && return 0
    if ((SECONDS >= deadline)); then printf '%s\n' "$out" >&2; return 1; fi
    sleep 2
  done
}

start_cluster_temporal() {
  build_cluster_temporal || return 1
  (unset TEMPORAL_ADDRESS; temporal_installed || install_temporal)   # the CLI, for health and the namespace
  if local_running "$CT_PIDFILE" "$CT_MARKER"; then
    log "cluster temporal: already running (pid $(cat "$CT_PIDFILE"), $CT_ADDRESS)"
  else
    local p
    for p in $(ct_ports); do
      if port_open "$HOST" "$p"; then
        report_failure "cluster temporal" "$CT_LOG" "port $HOST:$p is already in use by another process (set AEO_CLUSTER_TEMPORAL_PORT)"
        return 1
      fi
    done
    pg_external || pg_local_running || start_postgres || return 1
    ct_setup_schema || { report_failure "cluster temporal" "$CT_LOG" "schema setup failed"; return 1; }
    ct_render_config
    log "cluster temporal: starting $TEMPORAL_SERVER_VERSION on $CT_ADDRESS (PostgreSQL $CT_DB, visibility $CT_VISIBILITY_DB)"
    spawn_detached "$CT_LOG" "$CT_PIDFILE" "$CT_MARKER" "$CT_SERVER" --config-file "$CT_CONFIG" --allow-no-auth start
  fi
  wait_local_ready "cluster temporal" "$CT_PIDFILE" "$CT_MARKER" "$CT_LOG" 30 "not healthy on $CT_ADDRESS" ct_healthy \
    || return 1
  ct_ensure_namespace "$CT_ADDRESS" "$CT_NS" "$CT_RETENTION" \
    || { report_failure "cluster temporal" "$CT_LOG" "could not register namespace $CT_NS"; return 1; }
  local out line
  if ! out="$(TEMPORAL_ADDRESS="$CT_ADDRESS" TEMPORAL_NAMESPACE="$CT_NS" TEMPORAL_WAIT_SECONDS=60 \
      run_ts deploy/local/temporal/register-search-attributes.ts 2>&1)"; then
    printf '%s\n' "$out" >&2
    report_failure "cluster temporal" "$CT_LOG" "could not register search attributes"
    return 1
  fi
  while IFS= read -r line; do [[ -n "$line" ]] && log "cluster temporal: $line"; done <<<"$out"
  log "cluster temporal: ready at $CT_ADDRESS namespace $CT_NS (pid $(cat "$CT_PIDFILE"))"
  start_cluster_temporal_ui
}

start_cluster_temporal_ui() {
  if [[ ! -x "$CT_UI_SERVER" ]]; then log "cluster temporal-ui: not built (build-temporal.sh --no-ui), skipped"; return 0; fi
  if local_running "$CT_UI_PIDFILE" "$CT_UI_MARKER"; then
    log "cluster temporal-ui: already running (pid $(cat "$CT_UI_PIDFILE"), http://$HOST:$CT_UI_PORT)"
    return 0
  fi
  if port_open "$HOST" "$CT_UI_PORT"; then
    report_failure "cluster temporal-ui" "$CT_UI_LOG" "port $HOST:$CT_UI_PORT is already in use (set AEO_CLUSTER_TEMPORAL_UI_PORT)"
    return 1
  fi
  mkdir -p "$CT_UI_ROOT/config"
  sed -e "s#@@TEMPORAL_ADDRESS@@#$CT_ADDRESS#g" -e "s#@@UI_PORT@@#$CT_UI_PORT#g" \
    "$CLUSTER_DIR/temporal-ui.yaml" >"$CT_UI_ROOT/config/cluster.yaml"
  spawn_detached "$CT_UI_LOG" "$CT_UI_PIDFILE" "$CT_UI_MARKER" "$CT_UI_SERVER" --root "$CT_UI_ROOT" --env cluster start
  wait_local_ready "cluster temporal-ui" "$CT_UI_PIDFILE" "$CT_UI_MARKER" "$CT_UI_LOG" 10 \
    "did not answer on http://$HOST:$CT_UI_PORT" port_open "$HOST" "$CT_UI_PORT" || return 1
  log "cluster temporal-ui: ready at http://$HOST:$CT_UI_PORT (pid $(cat "$CT_UI_PIDFILE"))"
}

stop_cluster_temporal() {
  stop_pid "$CT_UI_PIDFILE" "$CT_UI_MARKER" "cluster temporal-ui" 10
  stop_pid "$CT_PIDFILE" "$CT_MARKER" "cluster temporal" 30
}

status_cluster_temporal() {
  status_local temporal "$CT_PIDFILE" "$CT_MARKER" "$CT_ADDRESS ($TEMPORAL_SERVER_VERSION, PostgreSQL $CT_DB)" "$CT_ADDRESS"
  status_local temporal-ui "$CT_UI_PIDFILE" "$CT_UI_MARKER" "http://$HOST:$CT_UI_PORT" "http://$HOST:$CT_UI_PORT"
}

# ================================================================================================
# Services: two instances of every service and two workers (cluster-processes.ts), under pm2
# ================================================================================================
# Their own pm2 daemon, so that `npm stop` and the light profile's `npm start` leave them alone.
CS_PM2_HOME="$LOCAL_DIR/pm2-cluster"
CS_LOG_DIR="$LOG_DIR/cluster"
CS_PM2="$REPO_ROOT/node_modules/.bin/pm2"
CS_READY_TIMEOUT="${AEO_CLUSTER_READY_TIMEOUT:-240}"
# AEO_CLUSTER_TEMPORAL=dev: the services and workers use the light profile's Temporal dev server
# (namespace aeo-cluster, so that no task of theirs lands on another worker there), for a machine
# without the Go build of the real server.
CS_TEMPORAL="${AEO_CLUSTER_TEMPORAL:-cluster}"
CS_DEV_NS="${AEO_CLUSTER_DEV_NAMESPACE:-aeo-cluster}"
case "$CS_TEMPORAL" in cluster | dev) ;; *) die "AEO_CLUSTER_TEMPORAL=$CS_TEMPORAL: cluster (default) or dev" ;; esac
cs_temporal_address() { if [[ "$CS_TEMPORAL" == dev ]]; then temporal_address; else echo "$CT_ADDRESS"; fi; }
cs_temporal_namespace() { if [[ "$CS_TEMPORAL" == dev ]]; then echo "$CS_DEV_NS"; else echo "$CT_NS"; fi; }

cs_pm2() { PM2_HOME="$CS_PM2_HOME" PM2_DISABLE_VERSION_CHECK=true PM2_KILL_SIGNAL=SIGTERM "$CS_PM2" "$@"; }
cs_processes() { run_ts deploy/local/cluster/cluster-processes.ts processes; }
cs_supervisor_running() { [[ -f "$CS_PM2_HOME/pm2.pid" ]] && kill -0 "$(cat "$CS_PM2_HOME/pm2.pid")" 2>/dev/null; }
cs_ready() { node -e 'fetch(process.argv[1], { signal: AbortSignal.timeout(3000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "http://$HOST:$1/health/ready"; }

# The environment the processes inherit: the platform's PostgreSQL and identity provider (as
# `infra.sh env` names them), the cluster's Kafka, the chosen Temporal.
cs_export_env() {
  eval "$(cmd_env)"
  export DATABASE_URL AUTH_ISSUER AUTH_AUDIENCE AUTH_DEVELOPMENT
  export KAFKA_BROKERS="$(ck_brokers)" TEMPORAL_ADDRESS="$(cs_temporal_address)" TEMPORAL_NAMESPACE="$(cs_temporal_namespace)"
  export PM2_HOME="$CS_PM2_HOME" SUPERVISION_LOG_DIR="$CS_LOG_DIR"
  # As `npm start` (platform.sh): visits may be announced for the same day, pilots backdated, Ulaanbaatar's periods.
  export VISIT_NOTICE_DAYS="${VISIT_NOTICE_DAYS:-0}" PILOT_START_BACKDATING_DAYS="${PILOT_START_BACKDATING_DAYS:-730}"
  export PROGRAMME_TIME_ZONE="${PROGRAMME_TIME_ZONE:-Asia/Ulaanbaatar}"
}

# The dev server's namespace of this profile with the platform's search attributes (idempotent).
cs_dev_namespace() {
  local address; address="$(temporal_address)"
  ct_ensure_namespace "$address" "$CS_DEV_NS" 24h || return 1
  TEMPORAL_ADDRESS="$address" TEMPORAL_NAMESPACE="$CS_DEV_NS" TEMPORAL_WAIT_SECONDS=60 \
    run_ts deploy/local/temporal/register-search-attributes.ts >/dev/null
}

# cs_wait_ready NAME PORT: /health/ready answers 200 while pm2 keeps the process online.
cs_wait_ready() {
  local name=$1 port=$2 deadline=$((SECONDS + CS_READY_TIMEOUT))
  until cs_ready "$port"; do
    if ((SECONDS >= deadline)); then
      report_failure "cluster $name" "$CS_LOG_DIR/$name.log" "not ready on http://$HOST:$port within ${CS_READY_TIMEOUT}s"
      return 1
    fi
    sleep 2
  done
  log "cluster $name: ready on http://$HOST:$port"
}

start_cluster_services() {
  local_running "$(ck_pidfile 1)" "$(ck_marker 1)" || { log "cluster services: Kafka is not running: cluster start kafka first"; return 1; }
  if [[ "$CS_TEMPORAL" == dev ]]; then
    (unset TEMPORAL_ADDRESS; temporal_installed || install_temporal)
    temporal_local_running || temporal_external || start_temporal || return 1
    cs_dev_namespace || { log "cluster services: could not register namespace $CS_DEV_NS"; return 1; }
  else
    local_running "$CT_PIDFILE" "$CT_MARKER" || { log "cluster services: the Temporal server is not running: cluster start temporal first (or AEO_CLUSTER_TEMPORAL=dev)"; return 1; }
  fi
  identity_external || identity_local_running || start_identity || return 1
  pg_external || pg_local_running || start_postgres || return 1
  local PG_DATABASES
  read -r -a PG_DATABASES <<<"$(run_ts deploy/local/cluster/cluster-processes.ts databases)"
  pg_create_databases || return 1
  cs_export_env
  mkdir -p "$CS_LOG_DIR"
  local name port instance online
  online="$(cs_supervisor_running && cs_pm2 jlist 2>/dev/null | tail -n 1 | node -e '
    let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () =>
      console.log(JSON.parse(s).filter((p) => p.pm2_env.status === "online").map((p) => p.name).join(" ")));' || true)"
  # Instance 1 of each first (it runs the migrations of the new databases), then the rest.
  for phase in 1 2; do
    local names=()
    while read -r name port instance; do
      [[ "$instance" == "$phase" ]] || continue
      [[ " $online " == *" $name "* ]] || names+=("$name")
    done < <(cs_processes)
    [[ $phase == 1 && " $online " != *" supervisor "* ]] && names=(supervisor "${names[@]}")
    if [[ ${#names[@]} -gt 0 ]]; then
      log "cluster services: starting under pm2 ($(cs_temporal_address) namespace $(cs_temporal_namespace)): ${names[*]}"
      cs_pm2 start "$CLUSTER_DIR/ecosystem.config.js" --only "$(IFS=,; echo "${names[*]}")" >/dev/null || return 1
    fi
    while read -r name port instance; do
      [[ "$instance" == "$phase" ]] || continue
      cs_wait_ready "$name" "$port" || return 1
    done < <(cs_processes)
  done
  log "cluster services: two instances of every service and two workers ready (infra.sh cluster status services)"
}

stop_cluster_services() {
  if cs_supervisor_running; then
    cs_pm2 kill >/dev/null
    log "cluster services: stopped (pm2 daemon of $CS_PM2_HOME)"
  else
    log "cluster services: not running"
  fi
}

status_cluster_services() {
  if cs_supervisor_running; then
    PM2_HOME="$CS_PM2_HOME" run_ts deploy/local/cluster/cluster-processes.ts status "$CS_PM2"
  else
    echo "services  stopped   (infra.sh cluster start services)"
  fi
}

# ================================================================================================
cluster_usage() {
  cat >&2 <<EOF
usage: bash deploy/local/infra.sh cluster <build|start|stop|status|env|logs> [kafka|temporal|services ...]
       bash deploy/local/infra.sh cluster test [jest path pattern ...]
  build     build temporal-server, temporal-sql-tool and the UI server with Go (cached under .local/go)
  start     start three Kafka brokers, the Temporal server on PostgreSQL (+ UI), topics, schemas,
            namespace and search attributes, then two instances of every service and two workers
            under pm2 (all three when none is named; AEO_CLUSTER_TEMPORAL=dev: the light profile's
            Temporal dev server, namespace aeo-cluster, instead of the built server)
  stop      stop them (data in .local/data/cluster and the databases are kept)
  status    one line per process
  env       export lines for the cluster's addresses: eval "\$(bash deploy/local/infra.sh cluster env)"
  logs      tail -n 50 of each engine's log (services: .local/logs/cluster/<name>.log)
  test      run deploy/local/cluster/*.int-spec.ts and faults/*.int-spec.ts against the running
            profile, or those matching the patterns (they kill and restart processes)
EOF
  exit 2
}

# cluster_test [PATTERN...]: the cluster's tests (all, or the files matching a pattern: engines,
# faults/broker-loss ...), one at a time: they kill and restart the cluster's processes.
cluster_test() {
  cs_export_env
  # The engines' test (cluster.int-spec.ts) talks to the real Temporal server in either mode.
  export CLUSTER_TEMPORAL_ADDRESS="$CT_ADDRESS" CLUSTER_TEMPORAL_NAMESPACE="$CT_NS" AEO_CLUSTER_TEMPORAL="$CS_TEMPORAL"
  (cd "$REPO_ROOT" && npx jest -c deploy/local/cluster/jest.config.js --ci --runInBand "$@")
}

cluster_main() {
  [[ $# -ge 1 ]] || cluster_usage
  local cmd=$1; shift
  if [[ "$cmd" == test ]]; then cluster_test "$@"; return; fi
  local comps=("$@") c failed=()
  if [[ ${#comps[@]} -eq 0 ]]; then
    if [[ "$CS_TEMPORAL" == dev ]]; then comps=(kafka services); else comps=(kafka temporal services); fi
  fi
  for c in "${comps[@]}"; do
    case "$c" in kafka | temporal | services) ;; *) die "unknown cluster component '$c' (kafka, temporal, services)" ;; esac
  done
  case "$cmd" in
    build) build_cluster_temporal --force ;;
    start)
      take_lock
      for c in "${comps[@]}"; do "start_cluster_$c" || failed+=("$c"); done
      ;;
    stop)
      take_lock
      for ((i = ${#comps[@]} - 1; i >= 0; i--)); do "stop_cluster_${comps[$i]}" || failed+=("${comps[$i]}"); done
      ;;
    status) for c in "${comps[@]}"; do "status_cluster_$c"; done ;;
    env)
      # Only the engines of this profile; DATABASE_URL, AUTH_* etc. come from `infra.sh env`.
      printf 'export %s=%q\n' KAFKA_BROKERS "$(ck_brokers)" TEMPORAL_ADDRESS "$(cs_temporal_address)" \
        TEMPORAL_NAMESPACE "$(cs_temporal_namespace)" \
        AEO_TEMPORAL_UI_URL "http://$HOST:$(if [[ "$CS_TEMPORAL" == dev ]]; then echo "$TEMPORAL_UI_PORT"; else echo "$CT_UI_PORT"; fi)"
      ;;
    logs)
      local f
      for f in $(for n in "${CK_NODES[@]}"; do ck_log "$n"; done) "$CT_LOG" "$CT_UI_LOG"; do
        printf -- '----- %s -----\n' "$f"
        tail -n 50 "$f" 2>/dev/null || echo "(no log yet)"
      done
      ;;
    *) cluster_usage ;;
  esac
  if [[ ${#failed[@]} -gt 0 ]]; then
    log "FAILED: cluster ${failed[*]}"
    exit 1
  fi
}

cluster_main "$@"
