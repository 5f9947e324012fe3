import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { platformEnvSchema } from '@aeo/config';
import { PLATFORM_PROCESSES } from '../local/supervision';
import { MIGRATED_DATABASES } from './migrate';

/**
 * The Kubernetes chart, validated without a cluster and without network: helm lint, helm template
 * with the default and the production values, kubeconform -strict on the output and on the engine
 * manifests against the schemas kept in deploy/kubernetes/schemas, and what the issue asks of every
 * process (probes, resources, a disruption budget, a network policy, autoscaling, secrets from
 * Secrets, migrations before the rollout). The tools: bash deploy/kubernetes/install-tools.sh.
 */
const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, '.local', 'tools', 'go-bin');
const CHART = join(__dirname, 'chart', 'aeo-platform');
const ENGINES = join(__dirname, 'engines');
/** The official Temporal chart, kept by engines/charts/update-charts.ts. */
const TEMPORAL_CHART = join(ENGINES, 'charts', 'temporal');
const SCHEMAS = join(__dirname, 'schemas');
const KUBERNETES_VERSION = '1.31.0';
const SCHEMA_LOCATIONS = [
  `${SCHEMAS}/kubernetes/v${KUBERNETES_VERSION}-standalone-strict/{{ .ResourceKind }}{{ .KindSuffix }}.json`,
  `${SCHEMAS}/crds/{{ .Group }}/{{ .ResourceKind }}_{{ .ResourceAPIVersion }}.json`,
];

type Manifest = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec: any;
};

// Helm keeps caches and configuration under a throw-away home: nothing read from or written to $HOME.
const helmHome = mkdtempSync(join(tmpdir(), 'aeo-helm-'));
const helmEnv = {
  ...process.env,
  HELM_CACHE_HOME: join(helmHome, 'cache'),
  HELM_CONFIG_HOME: join(helmHome, 'config'),
  HELM_DATA_HOME: join(helmHome, 'data'),
};
afterAll(() => rmSync(helmHome, { recursive: true, force: true }));

function run(tool: 'helm' | 'kubeconform', args: string[], input?: string): { status: number; output: string } {
  if (!existsSync(join(BIN, tool)))
    throw new Error(`${tool} is not built: run bash deploy/kubernetes/install-tools.sh (npm test does)`);
  const result = spawnSync(join(BIN, tool), args, { input, env: helmEnv, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (result.error) throw result.error;
  return { status: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}

/** The official Temporal chart rendered with engines/temporal-values.yaml (release `temporal`, as its README says). */
function renderTemporal(extra: string[] = []): { status: number; output: string } {
  return run('helm', [
    'template',
    'temporal',
    TEMPORAL_CHART,
    '--namespace',
    'temporal',
    '--kube-version',
    KUBERNETES_VERSION,
    // The chart's `helm test` Pod is not part of the installation.
    '--skip-tests',
    '-f',
    join(ENGINES, 'temporal-values.yaml'),
    ...extra,
  ]);
}

function render(valuesFiles: string[], extra: string[] = []): string {
  const args = ['template', 'aeo', CHART, '--namespace', 'aeo', '--kube-version', KUBERNETES_VERSION];
  for (const file of valuesFiles) args.push('-f', join(CHART, file));
  const { status, output } = run('helm', [...args, ...extra]);
  if (status !== 0) throw new Error(`helm template failed:\n${output}`);
  return output;
}

const manifestsOf = (text: string): Manifest[] =>
  parseAllDocuments(text)
    .map((document) => document.toJS() as Manifest | null)
    .filter((manifest): manifest is Manifest => manifest !== null);

/** kubeconform -strict, offline (only the schemas kept here); its JSON summary. */
function kubeconform(input: string): { status: number; output: string; summary: Record<string, number> } {
  const args = ['-strict', '-summary', '-output', 'json'];
  for (const location of SCHEMA_LOCATIONS) args.push('-schema-location', location);
  const { status, output } = run('kubeconform', [...args, '-'], input);
  const summary = (JSON.parse(output) as { summary: Record<string, number> }).summary;
  return { status, output, summary };
}

const PROFILES: Record<string, string[]> = {
  default: ['values.yaml'],
  production: ['values.yaml', 'values-production.yaml'],
};

describe('deploy/kubernetes: the chart and the engines, validated offline', () => {
  it.each(Object.keys(PROFILES))('helm lint --strict passes with the %s values', (profile) => {
    const args = ['lint', '--strict', CHART, '--kube-version', KUBERNETES_VERSION];
    for (const file of PROFILES[profile].slice(1)) args.push('-f', join(CHART, file));
    const { status, output } = run('helm', args);
    expect({ status, output }).toEqual({ status: 0, output: expect.stringContaining('0 chart(s) failed') });
  });

  it.each(Object.keys(PROFILES))('kubeconform -strict accepts every object rendered with the %s values', (profile) => {
    const rendered = render(PROFILES[profile]);
    const { status, output, summary } = kubeconform(rendered);
    expect({ status, output: status ? output : '' }).toEqual({ status: 0, output: '' });
    expect(summary).toMatchObject({ invalid: 0, errors: 0, skipped: 0 });
    expect(summary['valid']).toBe(manifestsOf(rendered).length);
  });

  it('kubeconform -strict accepts the engine manifests (Strimzi, CloudNativePG)', () => {
    const files = readdirSync(ENGINES).filter((file) => file.endsWith('.yaml') && file !== 'temporal-values.yaml');
    expect(files.sort()).toEqual(['cloudnative-pg.yaml', 'strimzi-kafka.yaml']);
    const text = files.map((file) => readFileSync(join(ENGINES, file), 'utf8')).join('\n---\n');
    const kinds = new Set(manifestsOf(text).map((manifest) => manifest.kind));
    expect([...kinds].sort()).toEqual([
      'Cluster',
      'Database',
      'Kafka',
      'KafkaNodePool',
      'KafkaUser',
      'ScheduledBackup',
    ]);
    const { status, output, summary } = kubeconform(text);
    expect({ status, output: status ? output : '' }).toEqual({ status: 0, output: '' });
    expect(summary).toMatchObject({ invalid: 0, errors: 0, skipped: 0 });
  });

  it('kubeconform refuses what the schemas do not allow (the validation is not vacuous)', () => {
    const rendered = render(PROFILES['default']);
    // A misspelt field (strict schemas refuse unknown properties), a wrong type, and a custom resource.
    const broken = [
      rendered.replace('revisionHistoryLimit: 5', 'revisionHistoryLimits: 5'),
      rendered.replace(/minReplicaCount: \d+/, 'minReplicaCount: two'),
    ];
    for (const text of broken) {
      const { status, summary } = kubeconform(text);
      expect(status).not.toBe(0);
      expect(summary['invalid']).toBeGreaterThan(0);
    }
    // A kind without a schema here is an error, not a silent skip.
    const unknown = kubeconform('apiVersion: example.org/v1\nkind: Widget\nmetadata: { name: w }\n');
    expect(unknown.status).not.toBe(0);
    expect(unknown.summary['errors']).toBe(1);
  });
});

describe.each(Object.keys(PROFILES))('deploy/kubernetes: what every process gets (%s values)', (profile) => {
  const manifests = manifestsOf(render(PROFILES[profile]));
  const ofKind = (kind: string) => manifests.filter((manifest) => manifest.kind === kind);
  const deployments = ofKind('Deployment');
  const componentOf = (deployment: Manifest) => deployment.spec.template.metadata.labels['app.kubernetes.io/component'];
  const selects = (selector: Record<string, string>, labels: Record<string, string>) =>
    Object.entries(selector).every(([key, value]) => labels[key] === value);

  it('deploys every process of the local platform on its port, and the OpenID provider', () => {
    const expected = PLATFORM_PROCESSES.filter((process) => process.name !== 'dev-sinks').map((process) => [
      process.name,
      process.port,
    ]);
    const rendered = deployments.map((deployment) => [
      componentOf(deployment),
      deployment.spec.template.spec.containers[0].ports[0].containerPort,
    ]);
    expect(rendered.sort()).toEqual([...expected, ['identity-provider', 3010]].sort());
  });

  it.each(deployments.map((deployment) => [componentOf(deployment), deployment] as const))(
    '%s: probes on the health endpoints, requests and limits, a disruption budget, a network policy, autoscaling',
    (component, deployment) => {
      const labels = deployment.spec.template.metadata.labels;
      const [container] = deployment.spec.template.spec.containers;
      expect(container.livenessProbe.httpGet).toEqual({ path: '/health/live', port: 'http' });
      expect(container.startupProbe.httpGet).toEqual({ path: '/health/live', port: 'http' });
      expect(container.readinessProbe.httpGet.path).toMatch(
        /^\/(health\/(ready|live)|\.well-known\/openid-configuration)$/,
      );
      for (const kind of ['requests', 'limits'])
        expect(Object.keys(container.resources[kind]).sort()).toEqual(['cpu', 'memory']);

      const budgets = ofKind('PodDisruptionBudget').filter((pdb) => selects(pdb.spec.selector.matchLabels, labels));
      expect(budgets).toHaveLength(1);

      const policies = ofKind('NetworkPolicy').filter((policy) => selects(policy.spec.podSelector.matchLabels, labels));
      expect(policies.map((policy) => policy.metadata.name).sort()).toEqual(
        [`aeo-aeo-platform-${component}`, 'aeo-aeo-platform-default-deny'].sort(),
      );
      const own = policies.find((policy) => policy.metadata.name.endsWith(component))!;
      expect(own.spec.policyTypes).toEqual(['Ingress', 'Egress']);

      const scalers = [...ofKind('HorizontalPodAutoscaler'), ...ofKind('ScaledObject')].filter(
        (scaler) => scaler.spec.scaleTargetRef.name === deployment.metadata.name,
      );
      expect(scalers).toHaveLength(1);
      expect(deployment.spec.replicas).toBeUndefined(); // the autoscaler owns the count
    },
  );

  it('asks Prometheus to scrape /metrics only where the process serves it (not the web apps nor the OpenID provider)', () => {
    const scraped = deployments
      .filter((deployment) => deployment.spec.template.metadata.annotations?.['prometheus.io/scrape'] === 'true')
      .map(componentOf);
    const without = ['console', 'portal', 'identity-provider'];
    expect(scraped.sort()).toEqual(
      deployments
        .map(componentOf)
        .filter((component) => !without.includes(component))
        .sort(),
    );
    for (const deployment of deployments.filter((candidate) => !without.includes(componentOf(candidate))))
      expect(deployment.spec.template.metadata.annotations).toEqual({
        'prometheus.io/scrape': 'true',
        'prometheus.io/port': String(deployment.spec.template.spec.containers[0].ports[0].containerPort),
        'prometheus.io/path': '/metrics',
      });
  });

  it('scales the Kafka consumers on their lag (KEDA) as well as CPU, the others on CPU', () => {
    const scaled = Object.fromEntries(
      ofKind('ScaledObject').map((scaler) => [
        scaler.spec.scaleTargetRef.name.replace('aeo-aeo-platform-', ''),
        scaler.spec.triggers.map((trigger: { type: string }) => trigger.type),
      ]),
    );
    expect(Object.keys(scaled).sort()).toEqual([
      'applications',
      'mra',
      'notifications',
      'programme',
      'risk-management',
    ]);
    for (const triggers of Object.values(scaled)) expect(triggers).toEqual(expect.arrayContaining(['cpu', 'kafka']));
    const risk = ofKind('ScaledObject').find((scaler) => scaler.metadata.name.endsWith('risk-management'))!;
    expect(risk.spec.triggers).toContainEqual(
      expect.objectContaining({
        type: 'kafka',
        metadata: expect.objectContaining({
          consumerGroup: 'risk-management.declarations',
          topic: 'aeo.declaration.events.v1',
        }),
        authenticationRef: { name: 'aeo-aeo-platform-kafka' },
      }),
    );
  });

  it("runs each process's own production image (compiled main.js, read-only), the Jobs the setup image", () => {
    const registry = profile === 'production' ? 'registry.customs.internal/aeo/' : '';
    const version = profile === 'production' ? '0.1.0' : 'local';
    for (const deployment of deployments) {
      const [container] = deployment.spec.template.spec.containers;
      expect(container.image).toBe(`${registry}aeo-${componentOf(deployment)}:${version}`);
      expect(container.command).toEqual(['node', 'main.js']);
      expect(container.securityContext.readOnlyRootFilesystem).toBe(true);
    }
    for (const job of ofKind('Job'))
      expect(job.spec.template.spec.containers[0].image).toBe(`${registry}aeo-setup:${version}`);
  });

  it('takes every secret from a Kubernetes Secret: no Secret rendered, no secret in a plain value', () => {
    expect(ofKind('Secret')).toEqual([]);
    const secretName = /(SECRET|PASSWORD|TOKEN|CREDENTIAL)|_KEY$|DATABASE_URL$|^SMTP_URL$/;
    for (const deployment of [...deployments, ...ofKind('Job')])
      for (const variable of deployment.spec.template.spec.containers[0].env)
        if (secretName.test(variable.name)) {
          expect({ [variable.name]: variable.value }).toEqual({ [variable.name]: undefined });
          expect(variable.valueFrom.secretKeyRef).toEqual({ name: expect.any(String), key: expect.any(String) });
        }
  });

  it('runs the topics, search attributes and every database migration as hook Jobs before the rollout', () => {
    const jobs = ofKind('Job').sort(
      (a, b) =>
        Number(a.metadata.annotations!['helm.sh/hook-weight']) - Number(b.metadata.annotations!['helm.sh/hook-weight']),
    );
    expect(jobs.map((job) => job.spec.template.spec.containers[0].command.at(-1))).toEqual([
      'kafka-topics.js',
      'search-attributes.js',
      'migrate.js',
    ]);
    for (const job of jobs) expect(job.metadata.annotations!['helm.sh/hook']).toBe('pre-install,pre-upgrade');
    const migrations = jobs[2].spec.template.spec.containers[0].env.map((variable: { name: string }) => variable.name);
    const expected = MIGRATED_DATABASES.map((name) => `${name.replace(/-/g, '_').toUpperCase()}_DATABASE_URL`);
    expect(migrations.filter((name: string) => name.endsWith('_DATABASE_URL')).sort()).toEqual(expected.sort());
  });

  const containerOf = (workload: Manifest) => workload.spec.template.spec.containers[0];
  const envOf = (workload: Manifest): { name: string; value?: string }[] => containerOf(workload).env ?? [];
  const reachesDatabase = (workload: Manifest) =>
    envOf(workload).some((variable) => variable.name.endsWith('_DATABASE_URL'));

  it("gives every process that reaches PostgreSQL the database's CA, where its URL's sslrootcert names it", () => {
    const withDatabase = [...deployments, ...ofKind('Job')].filter(reachesDatabase);
    expect(withDatabase.length).toBeGreaterThan(8);
    for (const workload of withDatabase) {
      const volume = workload.spec.template.spec.volumes.find(
        (candidate: { name: string }) => candidate.name === 'postgres-ca',
      );
      expect({ name: workload.metadata.name, secret: volume?.secret?.secretName }).toEqual({
        name: workload.metadata.name,
        secret: 'aeo-postgres-ca',
      });
      expect(containerOf(workload).volumeMounts).toContainEqual({
        name: 'postgres-ca',
        mountPath: '/var/run/aeo-postgres-ca',
        readOnly: true,
      });
    }
    // The worker has no database: no CA mounted.
    const worker = deployments.find((deployment) => componentOf(deployment) === 'worker')!;
    expect(worker.spec.template.spec.volumes.map((volume: { name: string }) => volume.name)).not.toContain(
      'postgres-ca',
    );
  });

  it('gives applications and notifications the invitation codes key from a Secret (they refuse to start without it)', () => {
    for (const component of ['applications', 'notifications']) {
      const deployment = deployments.find((candidate) => componentOf(candidate) === component)!;
      expect(containerOf(deployment).env).toContainEqual({
        name: 'INVITATION_CODE_KEY',
        valueFrom: { secretKeyRef: { name: 'aeo-invitation-codes', key: 'key' } },
      });
    }
  });

  it("keeps the database connections at the largest scale within PostgreSQL's max_connections", () => {
    const engines = manifestsOf(readFileSync(join(ENGINES, 'cloudnative-pg.yaml'), 'utf8'));
    const cluster = engines.find(
      (manifest) => manifest.kind === 'Cluster' && manifest.metadata.name === 'aeo-postgres',
    )!;
    const maxConnections = Number(cluster.spec.postgresql.parameters.max_connections);
    const scalers = [...ofKind('HorizontalPodAutoscaler'), ...ofKind('ScaledObject')];
    let connections = 0;
    for (const deployment of deployments.filter(reachesDatabase)) {
      const scaler = scalers.find((candidate) => candidate.spec.scaleTargetRef.name === deployment.metadata.name)!;
      const replicas = Number(scaler.spec.maxReplicas ?? scaler.spec.maxReplicaCount);
      const pool = Number(envOf(deployment).find((variable) => variable.name === 'DATABASE_POOL_SIZE')?.value ?? 10);
      // Its pool, and the outbox relay's LISTEN connection.
      connections += replicas * (pool + 1);
    }
    expect(connections).toBeGreaterThan(100);
    // Room for the migration Job (one service at a time, one pool) and the operators' own sessions.
    expect(connections + 10 + 20).toBeLessThanOrEqual(maxConnections);
  });

  it('lets the webhook deliveries reach public addresses on any port (the API accepts any https URL), no private one', () => {
    const notifications = ofKind('NetworkPolicy').find(
      (candidate) => candidate.metadata.name === 'aeo-aeo-platform-notifications',
    )!;
    type Rule = { to: { ipBlock?: { cidr: string; except?: string[] } }[]; ports?: unknown[] };
    const webhooks = notifications.spec.egress.find((rule: Rule) =>
      rule.to.some((peer) => peer.ipBlock?.except?.includes('10.0.0.0/8')),
    ) as Rule;
    expect(webhooks.ports).toBeUndefined();
    expect(webhooks.to.map((peer) => peer.ipBlock!.cidr)).toEqual(['0.0.0.0/0', '::/0']);
    expect(webhooks.to[0].ipBlock!.except).toEqual(
      expect.arrayContaining(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '169.254.0.0/16']),
    );
    expect(webhooks.to[1].ipBlock!.except).toEqual(expect.arrayContaining(['fc00::/7', 'fe80::/10']));
  });

  it('lets each component reach only what it needs', () => {
    const policy = (component: string) =>
      ofKind('NetworkPolicy').find((candidate) => candidate.metadata.name === `aeo-aeo-platform-${component}`)!;
    type Peer = { podSelector?: { matchLabels?: Record<string, string> }; namespaceSelector?: unknown };
    /** The components of this release among the peers (same namespace, this release's labels). */
    const componentsIn = (peers: Peer[]) =>
      peers
        .filter(
          (peer) => !peer.namespaceSelector && peer.podSelector?.matchLabels?.['app.kubernetes.io/instance'] === 'aeo',
        )
        .map((peer) => peer.podSelector!.matchLabels!['app.kubernetes.io/component'])
        .sort();
    const calls = (component: string) =>
      componentsIn(policy(component).spec.egress.flatMap((rule: { to: Peer[] }) => rule.to));
    const callers = (component: string) =>
      componentsIn(policy(component).spec.ingress.flatMap((rule: { from: Peer[] }) => rule.from));
    const services = [
      'applications',
      'mra',
      'notifications',
      'operations',
      'programme',
      'risk-management',
      'validation',
    ];
    expect(calls('console')).toEqual(services);
    expect(calls('portal')).toEqual(['applications', 'notifications', 'programme', 'validation']);
    expect(calls('operations')).toEqual(
      services
        .filter((name) => name !== 'operations')
        .concat('worker')
        .sort(),
    );
    expect(calls('identity-provider')).toEqual(['applications']);
    expect(calls('risk-management')).toEqual([]);
    expect(callers('applications')).toEqual(['console', 'identity-provider', 'operations', 'portal']);
    expect(callers('risk-management')).toEqual(['console', 'operations']);
    expect(callers('worker')).toEqual(['operations']);
    // The worker reaches Temporal (and DNS) only: no database, no Kafka, no other component.
    const worker = policy('worker').spec.egress.map((rule: { ports: { port: number }[] }) =>
      rule.ports.map((port) => port.port),
    );
    expect(worker).toEqual([[53, 53], [7233]]);
  });

  it("mounts Temporal's client TLS Secret read-only in every process that talks to Temporal, the variables naming its files", () => {
    const workloads = [...deployments, ...ofKind('Job')];
    const nameOf = (workload: Manifest) => workload.metadata.name.replace('aeo-aeo-platform-', '');
    const withTls = workloads.filter((workload) =>
      (workload.spec.template.spec.volumes ?? []).some((volume: { name: string }) => volume.name === 'temporal-tls'),
    );
    // The services with a Temporal client or activity workers, the orchestrating worker, the search attributes' Job.
    expect(withTls.map(nameOf).sort()).toEqual(
      [
        'applications',
        'mra',
        'operations',
        'programme',
        'risk-management',
        'temporal-search-attributes',
        'validation',
        'worker',
      ].sort(),
    );
    const tlsVariables = ['TEMPORAL_TLS', 'TEMPORAL_TLS_CA_FILE', 'TEMPORAL_TLS_CERT_FILE', 'TEMPORAL_TLS_KEY_FILE'];
    for (const workload of withTls) {
      const volume = workload.spec.template.spec.volumes.find((v: { name: string }) => v.name === 'temporal-tls');
      expect({ name: nameOf(workload), secret: volume.secret }).toEqual({
        name: nameOf(workload),
        secret: { secretName: 'aeo-temporal-client-tls', defaultMode: 0o440 },
      });
      expect(containerOf(workload).volumeMounts).toContainEqual({
        name: 'temporal-tls',
        mountPath: '/var/run/aeo-temporal-tls',
        readOnly: true,
      });
      const env = Object.fromEntries(
        envOf(workload)
          .filter((variable) => variable.name.startsWith('TEMPORAL_TLS'))
          .map((variable) => [variable.name, variable.value]),
      );
      expect(env).toEqual({
        TEMPORAL_TLS: 'true',
        TEMPORAL_TLS_CA_FILE: '/var/run/aeo-temporal-tls/ca.crt',
        TEMPORAL_TLS_CERT_FILE: '/var/run/aeo-temporal-tls/tls.crt',
        TEMPORAL_TLS_KEY_FILE: '/var/run/aeo-temporal-tls/tls.key',
      });
    }
    // The names are the ones libs/config reads.
    for (const variable of tlsVariables) expect(Object.keys(platformEnvSchema.shape)).toContain(variable);
    // No other process gets the client certificate.
    for (const workload of workloads.filter((candidate) => !withTls.includes(candidate)))
      expect(envOf(workload).filter((variable) => variable.name.startsWith('TEMPORAL_TLS'))).toEqual([]);
  });
});

describe('deploy/kubernetes: Temporal TLS switches of the chart', () => {
  const temporalTlsOf = (extra: string[]) =>
    manifestsOf(render(PROFILES['production'], extra))
      .filter((manifest) => manifest.kind === 'Deployment' || manifest.kind === 'Job')
      .map((workload) => ({
        name: workload.metadata.name,
        volumes: (workload.spec.template.spec.volumes ?? [])
          .filter((volume: { name: string }) => volume.name === 'temporal-tls')
          .map((volume: { secret: { secretName: string } }) => volume.secret.secretName),
        env: (workload.spec.template.spec.containers[0].env as { name: string; value?: string }[])
          .filter((variable) => variable.name.startsWith('TEMPORAL_TLS'))
          .map((variable) => `${variable.name}=${variable.value}`),
      }));

  it('temporal.tls.enabled=false: no Secret mounted, no TLS variable (plain gRPC)', () => {
    for (const workload of temporalTlsOf(['--set', 'temporal.tls.enabled=false']))
      expect(workload).toEqual({ name: workload.name, volumes: [], env: [] });
  });

  it('clientCertificate=false verifies the frontend only; serverName and another Secret are passed on', () => {
    const worker = temporalTlsOf([
      '--set',
      'temporal.tls.clientCertificate=false',
      '--set',
      'temporal.tls.serverName=temporal-frontend',
      '--set',
      'temporal.tls.secret=other-temporal-tls',
    ]).find((workload) => workload.name.endsWith('-worker'))!;
    expect(worker).toEqual({
      name: 'aeo-aeo-platform-worker',
      volumes: ['other-temporal-tls'],
      env: [
        'TEMPORAL_TLS=true',
        'TEMPORAL_TLS_CA_FILE=/var/run/aeo-temporal-tls/ca.crt',
        'TEMPORAL_TLS_SERVER_NAME=temporal-frontend',
      ],
    });
  });
});

describe('deploy/kubernetes: engines/temporal-values.yaml rendered with the official Temporal chart (kept in engines/charts/temporal)', () => {
  const rendered = renderTemporal();
  const manifests = rendered.status === 0 ? manifestsOf(rendered.output) : [];
  const ofKind = (kind: string) => manifests.filter((manifest) => manifest.kind === kind);
  const componentOf = (manifest: Manifest) => manifest.metadata.labels?.['app.kubernetes.io/component'];
  const deployment = (component: string) =>
    ofKind('Deployment').find((candidate) => componentOf(candidate) === component)!;
  const volumesOf = (workload: Manifest) =>
    Object.fromEntries(
      (workload.spec.template.spec.volumes ?? [])
        .filter((volume: { secret?: unknown }) => volume.secret)
        .map((volume: { name: string; secret: { secretName: string } }) => [volume.name, volume.secret.secretName]),
    );
  const mountsOf = (container: { volumeMounts?: { name: string; mountPath: string; readOnly?: boolean }[] }) =>
    Object.fromEntries((container.volumeMounts ?? []).filter((m) => m.readOnly).map((m) => [m.mountPath, m.name]));

  it('the kept chart is the pinned release, small, with no subchart to fetch', () => {
    const chart = readFileSync(join(TEMPORAL_CHART, 'Chart.yaml'), 'utf8');
    expect(chart).toMatch(/^version: 1\.6\.0$/m);
    expect(chart).not.toMatch(/^dependencies:/m);
    expect(existsSync(join(TEMPORAL_CHART, 'charts'))).toBe(false);
    expect(readFileSync(join(TEMPORAL_CHART, 'UPSTREAM.md'), 'utf8')).toMatch(/commit `[0-9a-f]{40}`/);
    const bytes = (dir: string): number =>
      readdirSync(dir, { withFileTypes: true }).reduce(
        (sum, entry) =>
          sum + (entry.isDirectory() ? bytes(join(dir, entry.name)) : readFileSync(join(dir, entry.name)).length),
        0,
      );
    expect(bytes(TEMPORAL_CHART)).toBeLessThan(200 * 1024);
  });

  it('helm lint --strict passes with the values', () => {
    const { status, output } = run('helm', [
      'lint',
      '--strict',
      TEMPORAL_CHART,
      '--namespace',
      'temporal',
      '--kube-version',
      KUBERNETES_VERSION,
      '-f',
      join(ENGINES, 'temporal-values.yaml'),
    ]);
    expect({ status, output }).toEqual({ status: 0, output: expect.stringContaining('0 chart(s) failed') });
  });

  it('helm template succeeds and kubeconform -strict accepts every object', () => {
    expect({ status: rendered.status, output: rendered.status ? rendered.output : '' }).toEqual({
      status: 0,
      output: '',
    });
    const { status, output, summary } = kubeconform(rendered.output);
    expect({ status, output: status ? output : '' }).toEqual({ status: 0, output: '' });
    expect(summary).toMatchObject({ invalid: 0, errors: 0, skipped: 0 });
    expect(summary['valid']).toBe(manifests.length);
    expect([...new Set(manifests.map((manifest) => manifest.kind))].sort()).toEqual([
      'ConfigMap',
      'Deployment',
      'Job',
      'PodDisruptionBudget',
      'Service',
    ]);
  });

  it('the chart refuses the pre-1.0 layout these values had before (so a stale key fails, not renders nothing)', () => {
    const stale = renderTemporal(['--set', 'cassandra.enabled=false']);
    expect(stale.status).not.toBe(0);
    expect(stale.output).toMatch(/'cassandra' is no longer a supported top-level key/);
  });

  it("runs on the CloudNativePG cluster of cloudnative-pg.yaml, with its Secret, and creates the platform's namespace", () => {
    const config = ofKind('ConfigMap').find((map) => map.metadata.name === 'temporal-config')!;
    // The server's configuration is a template of its own ({{ env "…" }}): those values are left out.
    const serverConfig = parseAllDocuments(
      (config as unknown as { data: Record<string, string> }).data['config_template.yaml']!.replace(
        /\{\{[^}]*\}\}/g,
        '"(templated)"',
      ),
    )[0]!.toJS();
    const datastores = serverConfig.persistence.datastores;
    expect(serverConfig.persistence).toMatchObject({
      defaultStore: 'default',
      visibilityStore: 'visibility',
      numHistoryShards: 512,
    });
    const engines = manifestsOf(readFileSync(join(ENGINES, 'cloudnative-pg.yaml'), 'utf8'));
    const cluster = engines.find(
      (manifest) => manifest.kind === 'Cluster' && manifest.metadata.name === 'aeo-temporal-postgres',
    )!;
    for (const [store, database] of [
      ['default', cluster.spec.bootstrap.initdb.database],
      ['visibility', 'temporal_visibility'],
    ])
      expect(datastores[store].sql).toMatchObject({
        pluginName: 'postgres12',
        databaseName: database,
        connectAddr: `${cluster.metadata.name}-rw.${cluster.metadata.namespace}.svc:5432`,
        user: cluster.spec.bootstrap.initdb.owner,
        // verify-full against CloudNativePG's CA (the server's sslmode follows enableHostVerification).
        tls: { enabled: true, caFile: '/etc/temporal/tls/postgres/ca.crt', enableHostVerification: true },
      });
    // The CA is where the stores' caFile points, in the server and in the schema Job.
    const schemaJob = ofKind('Job').find((job) => job.metadata.name === 'temporal-schema')!;
    for (const container of [
      deployment('history').spec.template.spec.containers[0],
      ...schemaJob.spec.template.spec.initContainers,
    ])
      expect(mountsOf(container)).toMatchObject({ '/etc/temporal/tls/postgres': 'postgres-ca' });
    for (const workload of [deployment('history'), schemaJob])
      expect(volumesOf(workload)).toMatchObject({ 'postgres-ca': 'aeo-temporal-postgres-ca' });
    expect(schemaJob.spec.template.spec.initContainers[0].env).toEqual(
      expect.arrayContaining([
        { name: 'SQL_TLS', value: 'true' },
        { name: 'SQL_TLS_CA_FILE', value: '/etc/temporal/tls/postgres/ca.crt' },
        { name: 'SQL_TLS_DISABLE_HOST_VERIFICATION', value: 'false' },
      ]),
    );
    expect(cluster.spec.bootstrap.initdb.postInitSQL.join(' ')).toContain('CREATE DATABASE temporal_visibility');
    const frontend = deployment('frontend').spec.template.spec.containers[0];
    expect(frontend.env).toContainEqual({
      name: 'TEMPORAL_DEFAULT_STORE_PASSWORD',
      valueFrom: { secretKeyRef: { name: `${cluster.metadata.name}-app`, key: 'password' } },
    });
    // The production values' namespace is created by the chart's namespace Job.
    const production = readFileSync(join(CHART, 'values-production.yaml'), 'utf8');
    const namespace = /TEMPORAL_NAMESPACE: (\S+)/.exec(production)![1];
    const namespaceJob = ofKind('Job').find((job) => job.metadata.name.startsWith('temporal-namespace'))!;
    expect(JSON.stringify(namespaceJob.spec.template.spec.initContainers)).toContain(
      `temporal operator namespace create -n ${namespace} --retention 30d`,
    );
  });

  it("serves the frontend with TLS and client certificates, on the Service and labels the platform's values name", () => {
    const config = ofKind('ConfigMap').find((map) => map.metadata.name === 'temporal-config')!;
    const text = (config as unknown as { data: Record<string, string> }).data['config_template.yaml']!;
    const tls = parseAllDocuments(text.replace(/\{\{[^}]*\}\}/g, '"(templated)"'))[0]!.toJS().global.tls;
    expect(tls.frontend.server).toEqual({
      certFile: '/etc/temporal/tls/frontend/tls.crt',
      keyFile: '/etc/temporal/tls/frontend/tls.key',
      requireClientAuth: true,
      clientCaFiles: ['/etc/temporal/tls/frontend/ca.crt'],
    });
    expect(tls.internode.server.requireClientAuth).toBe(true);
    // Every server Deployment has the files where the configuration points: the two Secrets, read-only.
    for (const component of ['frontend', 'history', 'matching', 'worker']) {
      const workload = deployment(component);
      expect(volumesOf(workload)).toMatchObject({
        'internode-tls': 'temporal-internode-tls',
        'frontend-tls': 'temporal-frontend-tls',
      });
      expect(mountsOf(workload.spec.template.spec.containers[0])).toMatchObject({
        '/etc/temporal/tls/internode': 'internode-tls',
        '/etc/temporal/tls/frontend': 'frontend-tls',
      });
    }
    // The Web UI and the admin tools connect with TLS and a client certificate.
    const web = deployment('web').spec.template.spec.containers[0];
    expect(web.env.map((variable: { name: string }) => variable.name)).toEqual(
      expect.arrayContaining(['TEMPORAL_TLS_CA', 'TEMPORAL_TLS_CERT', 'TEMPORAL_TLS_KEY', 'TEMPORAL_TLS_SERVER_NAME']),
    );
    expect(volumesOf(deployment('web'))).toEqual({ 'client-tls': 'temporal-frontend-tls' });
    const admintools = deployment('admintools').spec.template.spec.containers[0];
    expect(admintools.env).toContainEqual({ name: 'TEMPORAL_TLS', value: 'true' });

    // The platform's TEMPORAL_ADDRESS is this frontend Service, and its NetworkPolicy selects these pods.
    const values = parseAllDocuments(readFileSync(join(CHART, 'values.yaml'), 'utf8'))[0]!.toJS();
    const [host, port] = (values.env.TEMPORAL_ADDRESS as string).split(':');
    const service = ofKind('Service').find((candidate) => candidate.metadata.name === host!.split('.')[0])!;
    expect(`${service.metadata.name}.temporal.svc`).toBe(host);
    expect(service.spec.ports.find((entry: { name: string }) => entry.name === 'grpc-rpc').port).toBe(Number(port));
    const selector = values.networkPolicy.dependencies.temporal.to[0];
    expect(selector.namespaceSelector.matchLabels['kubernetes.io/metadata.name']).toBe('temporal');
    const podLabels = deployment('frontend').spec.template.metadata.labels;
    expect(podLabels).toMatchObject(selector.podSelector.matchLabels);
    expect(values.networkPolicy.dependencies.temporal.ports).toEqual([{ port: Number(port), protocol: 'TCP' }]);
  });
});
