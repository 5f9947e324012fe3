import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { WorkflowFailedError, WorkflowHandle } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { testEnv } from '@aeo/testing';
import { bundleWorkflows } from '../bundle';
import { TASK_QUEUES } from '../shared/task-queues';
import { ApplicationsActivities, CertificationInput, acceptanceDecisionSignal, certificationStateQuery, certificationWorkflow, certificationWorkflowId } from '../index';

jest.setTimeout(120_000);

describe('certification workflow: acceptance stage (time-skipping)', () => {
  let env: TestWorkflowEnvironment;
  let bundle: WorkflowBundleWithSourceMap;

  beforeAll(async () => {
    env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: testEnv.temporalTestServerPath } } });
    bundle = await bundleWorkflows();
  });
  afterAll(() => env?.teardown());

  const input = async (applicationId: string): Promise<CertificationInput> => ({
    applicationId,
    operatorId: '5b0a9c3e-6c55-4b8e-9d7e-2f1f6c1b2a33',
    taxpayerId: '1234567',
    region: 'ULAANBAATAR',
    statusType: 'AEOF',
    // The test server's clock runs ahead of the wall clock once a test skipped time.
    submittedAt: new Date(await env.currentTimeMs()).toISOString(),
    timeLimits: { acceptanceDays: 30, decisionDays: 120 },
  });

  /** RECORD_HISTORIES=1 saves each history for the replay test (do it before changing the workflow). */
  async function recordHistory(name: string, handle: WorkflowHandle): Promise<void> {
    if (process.env['RECORD_HISTORIES'] !== '1') return;
    const directory = join(__dirname, 'histories');
    mkdirSync(directory, { recursive: true });
    writeFileSync(join(directory, `${name}.json`), historyToJSON(await handle.fetchHistory()));
  }

  function recordingActivities() {
    const calls: { name: string; args: unknown }[] = [];
    const activities: ApplicationsActivities = {
      recordAcceptance: async (args) => void calls.push({ name: 'recordAcceptance', args }),
      recordRejection: async (args) => void calls.push({ name: 'recordRejection', args }),
    };
    return { calls, activities };
  }

  async function withWorkers<T>(activities: ApplicationsActivities, fn: () => Promise<T>): Promise<T> {
    const workflowWorker = await Worker.create({ connection: env.nativeConnection, taskQueue: TASK_QUEUES.certification, workflowBundle: bundle });
    const activityWorker = await Worker.create({ connection: env.nativeConnection, taskQueue: TASK_QUEUES.applications, activities });
    return activityWorker.runUntil(() => workflowWorker.runUntil(fn));
  }

  it('deems the application accepted when customs does not decide within 30 days', async () => {
    const { calls, activities } = recordingActivities();
    const applicationId = 'a1c1e0f2-7d1b-4c8a-9b5e-0f6d7e8a9b01';
    const result = await withWorkers(activities, async () => {
      const handle = await env.client.workflow.start(certificationWorkflow, { taskQueue: TASK_QUEUES.certification, workflowId: certificationWorkflowId(applicationId), args: [await input(applicationId)] });
      await env.sleep('29 days');
      expect((await handle.query(certificationStateQuery)).stage).toBe('acceptance');
      expect(calls).toHaveLength(0);
      await env.sleep('2 days');
      const outcome = await handle.result();
      await recordHistory('deemed-acceptance', handle);
      return outcome;
    });
    expect(result).toMatchObject({ outcome: 'accepted', deemed: true });
    expect(calls).toEqual([{ name: 'recordAcceptance', args: expect.objectContaining({ applicationId, deemed: true, decidedBy: 'system:deemed-acceptance' }) }]);
  });

  it('records an explicit acceptance and sets the 120-day decision deadline from the day of acceptance', async () => {
    const { calls, activities } = recordingActivities();
    const applicationId = 'a1c1e0f2-7d1b-4c8a-9b5e-0f6d7e8a9b02';
    const started = await input(applicationId);
    const result = await withWorkers(activities, async () => {
      const handle = await env.client.workflow.start(certificationWorkflow, { taskQueue: TASK_QUEUES.certification, workflowId: certificationWorkflowId(applicationId), args: [started] });
      await env.sleep('3 days');
      const state = await handle.query(certificationStateQuery);
      expect(state).toMatchObject({ stage: 'acceptance', applicationId });
      expect(state.history.map((h) => h.stage)).toEqual(['acceptance']);
      await handle.signal(acceptanceDecisionSignal, { decision: 'accept', decidedBy: 'officer-1' });
      const outcome = await handle.result();
      await recordHistory('accepted', handle);
      return outcome;
    });
    expect(result.deemed).toBe(false);
    const daysFromSubmission = (Date.parse(result.decisionDeadline!) - Date.parse(started.submittedAt)) / 86_400_000;
    expect(Math.round(daysFromSubmission)).toBe(123);
    expect(calls[0]).toEqual({ name: 'recordAcceptance', args: expect.objectContaining({ decidedBy: 'officer-1', deemed: false }) });
  });

  it('records a rejection with its reason', async () => {
    const { calls, activities } = recordingActivities();
    const applicationId = 'a1c1e0f2-7d1b-4c8a-9b5e-0f6d7e8a9b03';
    const result = await withWorkers(activities, async () => {
      const handle = await env.client.workflow.start(certificationWorkflow, { taskQueue: TASK_QUEUES.certification, workflowId: certificationWorkflowId(applicationId), args: [await input(applicationId)] });
      await env.sleep('1 day');
      await handle.signal(acceptanceDecisionSignal, { decision: 'reject', decidedBy: 'officer-2', reason: 'barred for 3 years after revocation' });
      const outcome = await handle.result();
      await recordHistory('rejected', handle);
      return outcome;
    });
    expect(result).toEqual({ outcome: 'rejected', deemed: false });
    expect(calls).toEqual([{ name: 'recordRejection', args: { applicationId, decidedBy: 'officer-2', reason: 'barred for 3 years after revocation' } }]);
  });

  it('fails fast, without retrying, on invalid input', async () => {
    const { activities } = recordingActivities();
    await withWorkers(activities, async () => {
      const bad = { ...(await input('a1c1e0f2-7d1b-4c8a-9b5e-0f6d7e8a9b04')), region: '', timeLimits: { acceptanceDays: 0, decisionDays: 120 } };
      const promise = env.client.workflow.execute(certificationWorkflow, { taskQueue: TASK_QUEUES.certification, workflowId: 'certification-invalid', args: [bad] });
      await expect(promise).rejects.toBeInstanceOf(WorkflowFailedError);
      await expect(promise).rejects.toHaveProperty('cause.message', expect.stringMatching(/region: .*timeLimits.acceptanceDays/));
    });
  });
});
