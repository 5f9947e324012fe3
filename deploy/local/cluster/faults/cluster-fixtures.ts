/**
 * What the fault tests share: the running cluster profile's processes (pm2 under
 * .local/pm2-cluster, the Kafka brokers' pid files), killing them with SIGKILL and waiting for
 * them to be back, the services' APIs with a client that fails over from one instance to the
 * other as a load balancer would, the profile's databases, and the Temporal workflows a test
 * started (ended in one batch).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client as TemporalClient, Connection } from '@temporalio/client';
import { Client as PgClient } from 'pg';
import { ROLES } from '@aeo/auth';
import { TOPIC_NAMES } from '@aeo/contracts';
import { bearer, examineAndReport, fileApplication, testEnv, waitFor } from '@aeo/testing';
import { certificationStateQuery, certificationWorkflowId } from '@aeo/workflows';
import type { Admin, Kafka } from 'kafkajs';
import { makeCompany } from '../../../../services/applications/src/e2e/slice-fixtures';
import { clusterDatabaseUrl, clusterProcesses, isReady } from '../cluster-processes';

const root = testEnv.repoRoot;
const pm2Env = { ...process.env, PM2_HOME: join(root, '.local', 'pm2-cluster'), PM2_DISABLE_VERSION_CHECK: 'true' };
const clusterScript = join(root, 'deploy', 'local', 'cluster', 'cluster.sh');
const infraScript = join(root, 'deploy', 'local', 'infra.sh');

/** `http://127.0.0.1:<port>` of instance 1 and 2 of a service or the worker. */
export function instanceUrls(role: string): [string, string] {
  const urls = clusterProcesses()
    .filter((p) => p.role === role)
    .sort((a, b) => a.instance - b.instance)
    .map((p) => `http://127.0.0.1:${p.port}`);
  if (urls.length !== 2) throw new Error(`the cluster profile has no two instances of ${role}`);
  return urls as [string, string];
}

/** Every process of the profile answers ready (a test starts from a whole cluster). */
export async function expectClusterReady(timeoutMs = 120_000): Promise<void> {
  for (const p of clusterProcesses())
    await waitFor(
      `${p.name} ready on port ${p.port} (bash deploy/local/infra.sh cluster start)`,
      () => isReady(p.port),
      timeoutMs,
      1000,
    );
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pid pm2 runs a process of the profile as. */
export function pm2Pid(name: string): number {
  const list = JSON.parse(
    execFileSync(join(root, 'node_modules', '.bin', 'pm2'), ['jlist'], { env: pm2Env, encoding: 'utf8' })
      .trim()
      .split('\n')
      .pop() ?? '[]',
  ) as { name: string; pid: number; pm2_env: { status: string } }[];
  const entry = list.find((p) => p.name === name && p.pm2_env.status === 'online');
  if (!entry?.pid) throw new Error(`${name} is not online under pm2 (${pm2Env.PM2_HOME})`);
  return entry.pid;
}

/** SIGKILL of a service instance or worker; pm2 starts it again (after 0.5 s), as an orchestrator would. */
export async function killProcess(name: string): Promise<number> {
  const pid = pm2Pid(name);
  process.kill(pid, 'SIGKILL');
  await waitFor(`${name} (pid ${pid}) to exit`, () => !alive(pid), 10_000, 50);
  return pid;
}

/** Waits until pm2 runs a new process for a killed one and it answers ready. */
export async function waitRestarted(name: string, killedPid: number, timeoutMs = 180_000): Promise<void> {
  const p = clusterProcesses().find((c) => c.name === name)!;
  await waitFor(
    `${name} restarted by pm2 and ready`,
    async () => {
      const pid = (() => {
        try {
          return pm2Pid(name);
        } catch {
          return undefined;
        }
      })();
      return pid !== undefined && pid !== killedPid && (await isReady(p.port));
    },
    timeoutMs,
    1000,
  );
}

/**
 * SIGKILL of an engine's process by its pid file under .local/run (cluster-kafka-2, cluster-temporal, or
 * the light profile's dev server, temporal), after checking that the pid still runs a server of this
 * repo (its command line names a path under this repo's .local/): never a reused pid.
 */
export async function killServer(name: string): Promise<void> {
  const pid = Number(readFileSync(join(root, '.local', 'run', `${name}.pid`), 'utf8').trim());
  let cmdline: string;
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    throw new Error(`${name}.pid names pid ${pid}, which is not running: is the ${name} server up?`);
  }
  if (!cmdline.includes(join(root, '.local') + '/'))
    throw new Error(`${name}.pid names pid ${pid}, which runs something else: ${cmdline.slice(0, 120)}`);
  process.kill(pid, 'SIGKILL');
  await waitFor(`${name} (pid ${pid}) to exit`, () => !alive(pid), 10_000, 50);
}

export const killBroker = (nodeId: number) => killServer(`cluster-kafka-${nodeId}`);

/** `SCRIPT start COMPONENT`: starts what is not running (a killed broker or server) and waits for it. */
function start(script: string, component: string, env: NodeJS.ProcessEnv): void {
  // A restarted broker rejoins in 20-90 s on the loaded 2-core machine: more than infra.sh's default 90 s wait.
  const result = spawnSync('bash', [script, 'start', component], {
    encoding: 'utf8',
    timeout: 600_000,
    env: { ...env, AEO_INFRA_TIMEOUT: process.env['AEO_INFRA_TIMEOUT'] ?? '240' },
  });
  if (result.status !== 0) {
    const how = result.error
      ? `failed (${result.error.message})`
      : result.signal
        ? `was ended by ${result.signal}`
        : `exited ${result.status}`;
    throw new Error(`${script} start ${component} ${how}:\n${result.stderr}${result.stdout}`);
  }
}

/** `cluster.sh start COMPONENT`: the profile's brokers, or its Temporal server on PostgreSQL. */
export const clusterStart = (component: 'kafka' | 'temporal') => start(clusterScript, component, process.env);

/**
 * `infra.sh start temporal`: the light profile's Temporal dev server (what AEO_CLUSTER_TEMPORAL=dev
 * runs the profile on), with the light profile's own address and namespace rather than the
 * profile's (TEMPORAL_NAMESPACE is aeo-cluster here).
 */
export function devServerStart(): void {
  const { TEMPORAL_ADDRESS: _address, TEMPORAL_NAMESPACE: _namespace, ...env } = process.env;
  start(infraScript, 'temporal', env);
}

/** Waits until every partition of the platform's application events has three in-sync replicas again. */
export async function waitFullIsr(admin: Admin, timeoutMs = 120_000): Promise<void> {
  await waitFor(
    'every partition of the application events with three in-sync replicas',
    async () => {
      const [topic] = (await admin.fetchTopicMetadata({ topics: [TOPIC_NAMES.applicationEvents] })).topics;
      return topic!.partitions.every((p) => p.isr.length === 3);
    },
    timeoutMs,
    1000,
  );
}

/**
 * A service's API behind two instances: requests alternate between them, and one that fails on
 * the way (connection refused or reset: the instance died) or with 502-504 is sent to the other
 * instance, with the same `Idempotency-Key` on a POST, so that a request the dead instance
 * committed before dying is answered from the record rather than done twice.
 */
export class FailoverApi {
  private next = 0;
  failovers = 0;

  constructor(readonly urls: readonly string[]) {}

  /**
   * `attempts` (24) spans about 90 s of back-off: more than the idempotency lease (IDEMPOTENCY_KEY_LEASE_S,
   * 60 s), which is how long a key claimed by a request that died with its instance answers 409
   * ("in progress; retry shortly") before the same request may claim it again. With 12 (about 30 s)
   * fault (b) once gave up on such a 409 in a fresh-clone run.
   */
  async request(path: string, init: RequestInit & { attempts?: number } = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if ((init.method ?? 'GET') === 'POST' && !headers.has('idempotency-key'))
      headers.set('idempotency-key', randomUUID());
    let lastError: unknown;
    const first = this.next++ % this.urls.length;
    const attempts = init.attempts ?? 24;
    for (let attempt = 0; attempt < attempts; attempt++) {
      const url = this.urls[(first + attempt) % this.urls.length]!;
      try {
        const response = await fetch(`${url}${path}`, { ...init, headers, signal: AbortSignal.timeout(30_000) });
        // After a failover, 409 is the key still held by the dead instance's request (its lease frees it).
        const retry = [502, 503, 504].includes(response.status) || (response.status === 409 && attempt > 0);
        if (!retry || attempt === attempts - 1) return response;
        lastError = new Error(`${response.status} ${await response.text()}`);
      } catch (error) {
        lastError = error;
      }
      this.failovers++;
      await new Promise((resolve) => setTimeout(resolve, Math.min(500 * (attempt + 1), 5000)));
    }
    throw new Error(`${path}: no instance answered (${(lastError as Error)?.message})`);
  }
}

export const officerOf = (region: string) =>
  bearer({ sub: `officer-${region.toLowerCase()}`, roles: [ROLES.contactOfficer], region });
export const validatorOf = (region: string) =>
  bearer({ sub: `validator-${region.toLowerCase()}`, roles: [ROLES.validator], region });
export const executive = bearer({ sub: 'executive-cluster', roles: [ROLES.executive] });
export const jsonHeaders = (token: string) => ({ 'content-type': 'application/json', authorization: token });

const STATUS_TYPES = ['AEOC', 'AEOS', 'AEOF'] as const;

export interface SubmittedApplication {
  applicationId: string;
  operatorId: string;
  region: string;
}

/**
 * Registers companies and files `count` applications through the applications API, three per
 * company (one of each status type: an operator has one open application per type), alternating
 * between the two instances, `concurrency` at a time. `onSubmitted` sees the running count (a
 * test kills something part way).
 */
export async function submitApplications(
  api: FailoverApi,
  count: number,
  options: { concurrency?: number; region?: string; onSubmitted?: (done: number) => Promise<void> | void } = {},
): Promise<SubmittedApplication[]> {
  const region = options.region ?? 'DARKHAN';
  // A company's registration and its applications one after the other, companies in parallel.
  const companies: { company: ReturnType<typeof makeCompany>; statusTypes: (typeof STATUS_TYPES)[number][] }[] = [];
  for (let planned = 0; planned < count; planned += STATUS_TYPES.length)
    companies.push({ company: makeCompany(region), statusTypes: STATUS_TYPES.slice(0, count - planned) });
  const submitted: SubmittedApplication[] = [];
  let next = 0;
  const work = async () => {
    while (next < companies.length) {
      const { company, statusTypes } = companies[next++]!;
      const response = await api.request('/v1/operators', {
        method: 'POST',
        headers: jsonHeaders(company.operatorToken),
        body: JSON.stringify(company.registration),
      });
      if (response.status !== 201)
        throw new Error(`registering a company: ${response.status} ${await response.text()}`);
      const operatorId = ((await response.json()) as { id: string }).id;
      for (const statusType of statusTypes) {
        const base = api.urls[submitted.length % api.urls.length]!;
        const { applicationId, submission } = await fileApplication(base, company.operatorToken, {
          operatorId,
          statusType,
          consentToMraSharing: true,
        });
        if (submission?.status !== 200)
          throw new Error(`submitting: ${submission?.status} ${await submission?.text()}`);
        submitted.push({ applicationId, operatorId, region });
        await options.onSubmitted?.(submitted.length);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 6 }, work));
  return submitted;
}

/** A read-only connection to a service's database of the profile. */
export async function serviceDatabase(service: string): Promise<PgClient> {
  const client = new PgClient({ connectionString: clusterDatabaseUrl(service, testEnv.databaseUrl) });
  await client.connect();
  return client;
}

/** Application id → rows, of a query returning `application_id` and `n`. */
export async function countsByApplication(
  db: PgClient,
  sql: string,
  applicationIds: readonly string[],
): Promise<Map<string, number>> {
  const { rows } = await db.query<{ application_id: string; n: string }>(sql, [applicationIds]);
  return new Map(rows.map((r) => [r.application_id, Number(r.n)]));
}

/** The ids whose count is not exactly 1 (missing or more), with their counts: [] when all are once. */
export const notExactlyOnce = (ids: readonly string[], counts: Map<string, number>) =>
  ids.filter((id) => counts.get(id) !== 1).map((id) => `${id}: ${counts.get(id) ?? 0}`);

export async function temporalClient(): Promise<TemporalClient> {
  return new TemporalClient({
    connection: await Connection.connect({ address: testEnv.temporalAddress }),
    namespace: testEnv.temporalNamespace,
  });
}

/** The stage of an application's certification workflow (its query), or undefined while it cannot be asked. */
export const stageOf = (client: TemporalClient, applicationId: string) =>
  client.workflow
    .getHandle(certificationWorkflowId(applicationId))
    .query(certificationStateQuery)
    .then((state) => state.stage as string)
    .catch(() => undefined);

/** Waits until every one of the applications' workflows is at one of the stages; returns how long it took. */
export async function waitStages(
  client: TemporalClient,
  applicationIds: readonly string[],
  stages: readonly string[],
  timeoutMs: number,
): Promise<void> {
  const pending = new Set(applicationIds);
  await waitFor(
    `${applicationIds.length} certifications at ${stages.join(' or ')}`,
    async () => {
      for (const id of [...pending]) if (stages.includes((await stageOf(client, id)) ?? '')) pending.delete(id);
      return pending.size === 0;
    },
    timeoutMs,
    1000,
  ).catch((error: Error) => {
    throw new Error(`${error.message}; ${pending.size} not there, e.g. ${[...pending].slice(0, 3).join(', ')}`);
  });
}

/**
 * Terminates every workflow of the namespace started since `since` and still running (the
 * certifications and the revalidations of the grants), in one batch operation of the server,
 * and waits until none runs: no test leaves workflows behind, also after a failure.
 */
export async function terminateStartedSince(client: TemporalClient, since: Date, timeoutMs = 120_000): Promise<void> {
  const query = `ExecutionStatus = "Running" AND StartTime >= "${since.toISOString()}"`;
  if ((await client.workflow.count(query)).count === 0) return;
  await client.workflowService.startBatchOperation({
    namespace: testEnv.temporalNamespace,
    jobId: randomUUID(),
    visibilityQuery: query,
    reason: 'end of cluster fault test',
    terminationOperation: {},
  });
  await waitFor('the batch termination', async () => (await client.workflow.count(query)).count === 0, timeoutMs, 1000);
}

/** The Kafka topic's partitions' ends now, to read what is written after from there. */
export async function topicEnds(admin: Admin, topic: string) {
  return (await admin.fetchTopicOffsets(topic)).map((p) => ({ partition: p.partition, offset: p.high }));
}

/**
 * Reads a topic with a fresh consumer from the given offsets until `done` says it has all it
 * needs, or timeoutMs has passed; returns the messages' CloudEvents headers, each record once.
 *
 * The consumer reads from the beginning and skips what lies before `from`, instead of seeking:
 * a seek needs the consumer's group joined, and with a broker down the first join can fail and
 * the client restarts the consumer without its group (a seek then throws 'Consumer group was not
 * initialized'). A restart reads again from the group's commits; records seen twice are kept once.
 */
export async function readBack(
  kafka: Kafka,
  topic: string,
  from: { partition: number; offset: string }[],
  done: (headers: Record<string, string>[]) => boolean,
  timeoutMs = 120_000,
): Promise<Record<string, string>[]> {
  const seen: Record<string, string>[] = [];
  const taken = new Set<string>();
  const start = new Map(from.map((p) => [p.partition, BigInt(p.offset)]));
  const consumer = kafka.consumer({ groupId: `cluster-faults-readback-${randomUUID()}` });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        if (BigInt(message.offset) < (start.get(partition) ?? 0n)) return;
        const key = `${partition}:${message.offset}`;
        if (taken.has(key)) return;
        taken.add(key);
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(message.headers ?? {}))
          if (value !== undefined) headers[name] = value.toString();
        seen.push(headers);
      },
    });
    // Bounded; on a timeout the caller's assertions name what is missing.
    await waitFor(`the events on ${topic}`, () => done(seen), timeoutMs, 500).catch(() => undefined);
    return seen;
  } finally {
    await consumer.disconnect();
  }
}

/**
 * Takes certifications waiting at `validation` to a grant through the APIs, as the people would:
 * the validator examines the case and reports (validation API), the executive grants
 * (applications API, a Temporal update); `concurrency` at a time. Resolves with each workflow's outcome.
 */
export async function certifyToGrant(
  temporal: TemporalClient,
  applicationIds: readonly string[],
  apis: { validation: string; applications: FailoverApi },
  concurrency = 4,
): Promise<Map<string, string>> {
  const validationDb = await serviceDatabase('validation');
  const outcomes = new Map<string, string>();
  let next = 0;
  const work = async () => {
    while (next < applicationIds.length) {
      const applicationId = applicationIds[next++]!;
      await waitStages(temporal, [applicationId], ['validation'], 300_000);
      const { rows } = await validationDb.query<{ id: string }>(
        `SELECT id FROM validation_cases WHERE application_id = $1`,
        [applicationId],
      );
      const reported = await examineAndReport(apis.validation, validatorOf('DARKHAN'), rows[0]!.id, {
        recommendation: 'grant',
        summary: 'desk review and site visit found no gaps',
      });
      if (reported.status !== 200)
        throw new Error(`report on ${applicationId}: ${reported.status} ${await reported.text()}`);
      await waitStages(temporal, [applicationId], ['decision'], 300_000);
      const granted = await apis.applications.request(`/v1/applications/${applicationId}/decision`, {
        method: 'POST',
        headers: jsonHeaders(executive),
        body: JSON.stringify({ decision: 'grant', reasons: ['all criteria are met'] }),
      });
      if (granted.status !== 200)
        throw new Error(`grant of ${applicationId}: ${granted.status} ${await granted.text()}`);
      const result = (await temporal.workflow.getHandle(certificationWorkflowId(applicationId)).result()) as {
        outcome: string;
      };
      outcomes.set(applicationId, result.outcome);
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, work));
  } finally {
    await validationDb.end();
  }
  return outcomes;
}

/**
 * Accepts the applications through the applications API (the contact officer of their region),
 * `concurrency` at a time; `before(index)` runs before the index-th is sent (a test kills something there).
 */
export async function acceptAll(
  api: FailoverApi,
  applicationIds: readonly string[],
  options: { concurrency?: number; before?: (index: number) => Promise<void> } = {},
): Promise<void> {
  let next = 0;
  const work = async () => {
    while (next < applicationIds.length) {
      const index = next++;
      await options.before?.(index);
      const id = applicationIds[index]!;
      const response = await api.request(`/v1/applications/${id}/acceptance`, {
        method: 'POST',
        headers: jsonHeaders(officerOf('DARKHAN')),
        body: JSON.stringify({ decision: 'accept' }),
      });
      if (response.status !== 202) throw new Error(`accepting ${id}: ${response.status} ${await response.text()}`);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 6 }, work));
}

/** Registers the region's validator (once per database of the profile: 409 afterwards). */
export async function registerValidator(validationUrl: string, region = 'DARKHAN'): Promise<void> {
  const response = await fetch(`${validationUrl}/v1/validators`, {
    method: 'POST',
    headers: jsonHeaders(bearer({ sub: `office-${region.toLowerCase()}`, roles: [ROLES.regionalOffice], region })),
    body: JSON.stringify({ sub: `validator-${region.toLowerCase()}`, name: `${region} validator`, region }),
  });
  if (![201, 409].includes(response.status))
    throw new Error(`registering the validator: ${response.status} ${await response.text()}`);
}

/**
 * The hooks every fault test file shares: a whole cluster before it (and the region's validator),
 * a Temporal client, and at the end every workflow it started ended in one batch, also after a
 * failure. The returned object is filled in `beforeAll`.
 */
export function faultTestContext(): { temporal: TemporalClient; applications: FailoverApi } {
  const startedAt = new Date();
  const context = { applications: new FailoverApi(instanceUrls('applications')) } as {
    temporal: TemporalClient;
    applications: FailoverApi;
  };
  beforeAll(async () => {
    await expectClusterReady();
    context.temporal = await temporalClient();
    await registerValidator(instanceUrls('validation')[1]);
  });
  afterAll(async () => {
    if (!context.temporal) return;
    await terminateStartedSince(context.temporal, startedAt).catch((error) => console.error(`cleanup: ${error}`));
    await context.temporal.connection.close();
  });
  return context;
}

/** Files `count` applications and waits until every certification workflow waits for its acceptance. */
export async function submitToAcceptance(
  context: { temporal: TemporalClient; applications: FailoverApi },
  count: number,
): Promise<string[]> {
  const ids = (await submitApplications(context.applications, count)).map((s) => s.applicationId);
  await waitStages(context.temporal, ids, ['acceptance'], 300_000);
  return ids;
}

/** Programme's KPI facts of an event type, per application, once every application has one. */
export async function programmeFacts(programme: PgClient, type: string, applicationIds: readonly string[]) {
  return waitFor(
    `programme's KPI facts (${type}) of ${applicationIds.length} applications`,
    async () => {
      const counts = await countsByApplication(
        programme,
        `SELECT application_id::text, count(*) AS n FROM programme_event_facts
         WHERE type = '${type}' AND application_id = ANY($1) GROUP BY application_id`,
        applicationIds,
      );
      return counts.size === applicationIds.length ? counts : undefined;
    },
    300_000,
    2000,
  );
}
