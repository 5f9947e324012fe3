import { randomBytes, randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { Worker } from '@temporalio/worker';
import { ROLES } from '@aeo/auth';
import {
  bearer,
  ensureTemporalNamespace,
  runWorkerInProcess,
  startedForTests,
  terminateWorkflows,
  testEnv,
  waitFor,
  type InProcessWorker,
} from '@aeo/testing';
import { itRequiresTokenAndRole, itServesPlatformEndpoints } from '@aeo/service-kit/testing';
import { startOperations } from '../testing/start-operations';
import type { WorkflowExecution } from './visibility';
import { WorkflowsService } from './workflows.service';

jest.setTimeout(180_000);

const run = randomBytes(4).toString('hex');
const namespace = `aeo-operations-${run}`;
const taskQueue = `operations-probe-${run}`;
const regionKey = defineSearchAttributeKey('AeoRegion', SearchAttributeType.KEYWORD);
const applicationKey = defineSearchAttributeKey('AeoApplicationId', SearchAttributeType.KEYWORD);
const dueKey = defineSearchAttributeKey('AeoRevalidationDue', SearchAttributeType.DATETIME);

/**
 * The workflows API against the real Temporal server, in a namespace of the test's own (with the
 * platform's search attributes): a probe workflow that sets its stage, runs activities, a timer, a
 * signal and an update; one that fails; one stalled on an activity nobody hosts; one waiting for a
 * signal. Visibility is eventually consistent, so lists are polled until they show the runs.
 */
describe('operations: workflows from Temporal visibility (real Temporal, PostgreSQL, Kafka)', () => {
  let connection: Connection;
  let client: Client;
  let worker: InProcessWorker;
  const started: string[] = [];
  const ids = {
    probe: `ops-probe-${run}`,
    failing: `ops-failing-${run}`,
    stalled: `ops-stalled-${run}`,
    waiting: `ops-waiting-${run}`,
  };
  const applicationId = randomUUID();
  const operations = bearer({ sub: 'ops-1', roles: [ROLES.operations] });
  const executive = bearer({ sub: 'exe-1', roles: [ROLES.executive] });

  beforeAll(async () => {
    await ensureTemporalNamespace(namespace);
    connection = await Connection.connect({ address: testEnv.temporalAddress });
    client = new Client({ connection, namespace });
    worker = await runWorkerInProcess((native) =>
      Worker.create({
        connection: native,
        namespace,
        taskQueue,
        workflowsPath: require.resolve('../testing/probe.workflows'),
        activities: {
          probeStep: async () => 'done',
          probeFailure: async () => {
            throw new Error('the probe activity failed on purpose');
          },
        },
      }),
    );
    const start = (type: string, workflowId: string, region: string, args: unknown[] = [], due?: Date) => {
      started.push(workflowId);
      return client.workflow.start(type, {
        taskQueue,
        workflowId,
        args,
        typedSearchAttributes: [
          { key: regionKey, value: region },
          { key: applicationKey, value: applicationId },
          ...(due ? [{ key: dueKey, value: due }] : []),
        ],
      });
    };
    const probe = await start('operationsProbeWorkflow', ids.probe, 'DARKHAN');
    await start('failingProbeWorkflow', ids.failing, 'DARKHAN');
    await start('stalledProbeWorkflow', ids.stalled, 'ERDENET', [`nobody-${run}`]);
    await start('waitingProbeWorkflow', ids.waiting, 'ERDENET', [], new Date('2027-01-15T00:00:00.000Z'));
    await probe.signal('proceed');
    await probe.executeUpdate('note', { args: ['looked at'] });
    expect(await probe.result()).toBe('looked at');
    await expect(client.workflow.getHandle(ids.failing).result()).rejects.toThrow();
  });

  afterAll(async () => {
    await terminateWorkflows(client, started);
    await worker?.stop();
    await connection?.close();
  });

  const service = startedForTests(() => startOperations({ TEMPORAL_NAMESPACE: namespace }));
  const list = async (query: string) =>
    (await service().http.get(`/v1/workflows${query}`).set('Authorization', operations).expect(200)).body as {
      items: WorkflowExecution[];
      nextPageToken: string | null;
    };
  const idsOf = (items: { workflowId: string }[]) => items.map((item) => item.workflowId).sort();
  /** Polls a list until it holds exactly `expected` (visibility catches up within seconds). */
  const listed = (query: string, expected: string[]) =>
    waitFor(`${query} to list ${expected.join(', ')}`, async () => {
      const page = await list(query);
      return idsOf(page.items).join() === [...expected].sort().join() && page;
    });

  itServesPlatformEndpoints(service, ['/v1/workflows', '/v1/workflows/{workflowId}']);
  itRequiresTokenAndRole(service, {
    path: '/v1/workflows',
    forbidden: bearer({ sub: 'pol-1', roles: [ROLES.policyUnit] }),
    role: ROLES.operations,
    roleKind: 'the operations role',
  });

  it('lists by application, region, stage, status and type, each run with its attributes and a Web UI link', async () => {
    const all = await listed(`?applicationId=${applicationId}`, Object.values(ids));
    const probe = all.items.find((item) => item.workflowId === ids.probe)!;
    expect(probe).toMatchObject({
      type: 'operationsProbeWorkflow',
      status: 'completed',
      taskQueue,
      region: 'DARKHAN',
      stage: 'review',
      applicationId,
      operatorId: null,
      pilotId: null,
      temporalUiUrl: `http://127.0.0.1:8233/namespaces/${namespace}/workflows/${ids.probe}/${probe.runId}/history`,
    });
    expect(probe.closeTime).not.toBeNull();
    await listed(`?applicationId=${applicationId}&region=ERDENET`, [ids.stalled, ids.waiting]);
    await listed(`?stage=review`, [ids.probe]);
    await listed(`?status=failed`, [ids.failing]);
    await listed(`?status=running&region=ERDENET`, [ids.stalled, ids.waiting]);
    await listed(`?type=waitingProbeWorkflow`, [ids.waiting]);
    await listed(`?applicationId=${applicationId}&dueBefore=2027-02-01T00:00:00Z`, [ids.waiting]);
    expect((await list(`?applicationId=${applicationId}&dueBefore=2027-01-14T23:59:59Z`)).items).toEqual([]);
    expect((await list(`?applicationId=${applicationId}&type=waitingProbeWorkflow`)).items[0]!.revalidationDue).toBe(
      '2027-01-15T00:00:00.000Z',
    );
    // Executives read too.
    await service().http.get('/v1/workflows?status=failed').set('Authorization', executive).expect(200);
  });

  it('pages with Temporal’s page token', async () => {
    await listed(`?applicationId=${applicationId}`, Object.values(ids));
    const seen: string[] = [];
    let token: string | null = null;
    do {
      const page = await list(`?applicationId=${applicationId}&pageSize=3${token ? `&pageToken=${token}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((item) => item.workflowId));
      token = page.nextPageToken;
    } while (token);
    expect(seen.sort()).toEqual(Object.values(ids).sort());
  });

  it('lists the stuck runs: failed ones now; a run waiting on an activity nobody takes once it has been so for stuckHours', async () => {
    await listed(`?applicationId=${applicationId}&stuck=true`, [ids.failing]);
    const failing = (await list(`?applicationId=${applicationId}&stuck=true`)).items[0]!;
    expect(failing.stuck).toEqual({ since: failing.closeTime, reason: 'the run failed' });
    // Seen from two hours ahead with stuckHours=1: the stalled run has had no event for longer; the waiting one only waits.
    const later = new Date(Date.now() + 2 * 3_600_000);
    const workflows = service().app.get(WorkflowsService);
    const page = await workflows.list({ applicationId, stuck: 'true', stuckHours: 1, pageSize: 50 }, later);
    expect(idsOf(page.items)).toEqual([ids.failing, ids.stalled].sort());
    const stalled = page.items.find((item) => item.workflowId === ids.stalled)!;
    expect(stalled.stuck?.reason).toMatch(/^activity probeStep pending \(attempt 1\)/);

    // A page of one: Temporal's first page holds the newest candidate, the waiting run, which is not stuck; more are read to fill it.
    const pages: string[][] = [];
    let pageToken: string | undefined;
    do {
      const onePerPage = await workflows.list(
        { applicationId, stuck: 'true', stuckHours: 1, pageSize: 1, ...(pageToken ? { pageToken } : {}) },
        later,
      );
      pages.push(idsOf(onePerPage.items));
      pageToken = onePerPage.nextPageToken ?? undefined;
    } while (pageToken && pages.length < 10);
    expect(pages[0]).toEqual([ids.stalled]);
    expect(pages.flat().sort()).toEqual([ids.failing, ids.stalled].sort());
  });

  it('shows a run with its history as a readable timeline', async () => {
    const answer = await service().http.get(`/v1/workflows/${ids.probe}`).set('Authorization', operations).expect(200);
    expect(answer.body.execution).toMatchObject({ workflowId: ids.probe, status: 'completed', stage: 'review' });
    expect(answer.body.pendingActivities).toEqual([]);
    const timeline = answer.body.timeline as { kind: string; summary: string; eventId: number; at: string }[];
    const steps = timeline.map(({ kind, summary }) => `${kind}: ${summary}`);
    // The signal and the update arrive while the workflow works (any time before it waits for them): apart from them, the history is fixed.
    const messages = ['signal: proceed', 'update-accepted: note', 'update-completed: note'];
    expect(steps.filter((step) => !messages.includes(step))).toEqual([
      `started: operationsProbeWorkflow on task queue ${taskQueue}`,
      'search-attributes: AeoStage=intake',
      'activity-scheduled: probeStep',
      'activity-completed: probeStep',
      'timer-started: timer 1 for 1s',
      'timer-fired: timer 1 for 1s',
      'search-attributes: AeoStage=review',
      'activity-scheduled: probeFailure',
      expect.stringMatching(/^activity-failed: probeFailure: .*the probe activity failed on purpose/),
      'completed: completed',
    ]);
    expect(steps.filter((step) => messages.includes(step))).toEqual(messages);
    expect(steps.indexOf('update-completed: note')).toBeLessThan(steps.indexOf('search-attributes: AeoStage=review'));
    expect(timeline.map((entry) => entry.eventId)).toEqual(
      [...timeline.map((entry) => entry.eventId)].sort((a, b) => a - b),
    );

    const stalled = await service()
      .http.get(`/v1/workflows/${ids.stalled}`)
      .set('Authorization', operations)
      .expect(200);
    expect(stalled.body.pendingActivities).toEqual([
      expect.objectContaining({ activityType: 'probeStep', state: 'scheduled', attempt: 1, lastFailure: null }),
    ]);
    const failed = await service()
      .http.get(`/v1/workflows/${ids.failing}`)
      .set('Authorization', operations)
      .expect(200);
    expect(failed.body.timeline.at(-1)).toMatchObject({ kind: 'failed', summary: 'the probe failed on purpose' });
    expect(answer.body.truncated).toBe(false);
  });

  it('reads a history a bounded page at a time, and only so far: beyond, the timeline says it is truncated', async () => {
    const workflows = service().app.get(WorkflowsService);
    const whole = await workflows.get(ids.probe);
    expect(whole.truncated).toBe(false);
    // Pages of three events: the same timeline.
    expect(await workflows.get(ids.probe, undefined, { events: 1000, pageSize: 3 })).toEqual(whole);
    const firstFive = await workflows.get(ids.probe, undefined, { events: 5, pageSize: 2 });
    expect(firstFive.truncated).toBe(true);
    expect(firstFive.timeline).toEqual(whole.timeline.filter((entry) => entry.eventId <= 5));
    expect(firstFive.execution.temporalUiUrl).toBe(whole.execution.temporalUiUrl);
  });

  it('answers 404 for an unknown workflow or run', async () => {
    const missing = await service()
      .http.get(`/v1/workflows/nothing-${run}`)
      .set('Authorization', operations)
      .expect(404);
    expect(missing.body.message).toBe(`Workflow nothing-${run} not found`);
    await service()
      .http.get(`/v1/workflows/${ids.probe}?runId=${randomUUID()}`)
      .set('Authorization', operations)
      .expect(404);
  });

  it.each([
    ['region=MARS', 'region'],
    ['region=darkhan', 'region'],
    ['stage=review%22%20OR%20WorkflowType%3D%22x', 'stage'],
    ['type=a%27b', 'type'],
    ['status=stuck', 'status'],
    ['applicationId=not-a-uuid', 'applicationId'],
    ['pageSize=101', 'pageSize'],
    ['pageToken=%22%29', 'pageToken'],
    ['pageToken=AAAAAAAA', 'pageToken'],
    ['stuckHours=0', 'stuckHours'],
    ['stuck=yes', 'stuck'],
    ['dueBefore=2027-02-30T00:00:00Z', 'dueBefore'],
    ['q=1', 'query'],
  ])('refuses %s with 400 naming %s, never building a query of it', async (query, field) => {
    const refused = await service().http.get(`/v1/workflows?${query}`).set('Authorization', operations).expect(400);
    expect(JSON.stringify(refused.body.message)).toContain(field);
  });

  // Temporal with SQL visibility answers UNKNOWN to these, which the client's default retries kept for ~18 s.
  it.each(['abc', 'garbage', '-1', 'true'])(
    'refuses pageToken=%s, base64 Temporal did not issue, within 8 s (not after the ~18 s of the default retries)',
    async (token) => {
      const asked = Date.now();
      const refused = await service()
        .http.get(`/v1/workflows?pageToken=${token}`)
        .set('Authorization', operations)
        .expect(400);
      expect(JSON.stringify(refused.body.message)).toContain('pageToken: is not a page token of this list');
      expect(Date.now() - asked).toBeLessThan(8_000);
    },
  );
});
