import type { WorkflowClientInterceptor } from '@temporalio/client';
import { Client } from '@temporalio/client';
import { Headers, defaultPayloadConverter } from '@temporalio/common';
import { ActivityInterceptorsFactory } from '@temporalio/worker';
import { useTimeSkippingTestbed } from '@aeo/testing';
import { bundleWorkflows } from './bundle';
import {
  acceptanceDecisionSignal,
  certificationStateQuery,
  certificationWorkflow,
  certificationWorkflowId,
  executiveDecisionUpdate,
  validationReportSignal,
} from './index';
import { TASK_QUEUES } from './shared/task-queues';
import { CORRELATION_ID_TEMPORAL_HEADER } from './shared/correlation';
import { activitiesByQueue, certificationInput, recordingFakes } from './shared/testing/fakes';

jest.setTimeout(120_000);

const CASE_ID = '9d1f0c2e-3b4a-4c5d-8e6f-7a8b9c0d1e2f';

/**
 * The workflow interceptors with the real bundle on the time-skipping server: the id of the start,
 * of each signal and of each update goes on the activities that step causes, and a timer's step
 * keeps the start's id.
 */
describe('correlation id through the workflows (time-skipping)', () => {
  const testbed = useTimeSkippingTestbed(bundleWorkflows);
  let client: Client;
  /** The id the client interceptor sends with the next call. */
  let sending: string | undefined;
  /** Activities in the order they ran, with the id their headers carried. */
  const received: { activity: string; correlationId: unknown }[] = [];

  const withId = (headers: Headers): Headers =>
    sending ? { ...headers, [CORRELATION_ID_TEMPORAL_HEADER]: defaultPayloadConverter.toPayload(sending) } : headers;
  const sendingId: WorkflowClientInterceptor = {
    startWithDetails: (input, next) => next({ ...input, headers: withId(input.headers) }),
    signal: (input, next) => next({ ...input, headers: withId(input.headers) }),
    startUpdate: (input, next) => next({ ...input, headers: withId(input.headers) }),
  };
  const as = async <T>(correlationId: string, call: () => Promise<T>): Promise<T> => {
    sending = correlationId;
    try {
      return await call();
    } finally {
      sending = undefined;
    }
  };
  const recording: ActivityInterceptorsFactory = (ctx) => ({
    inbound: {
      execute: (input, next) => {
        const payload = input.headers[CORRELATION_ID_TEMPORAL_HEADER];
        received.push({
          activity: ctx.info.activityType,
          correlationId: payload ? defaultPayloadConverter.fromPayload(payload) : undefined,
        });
        return next(input);
      },
    },
  });

  beforeAll(() => {
    client = new Client({ connection: testbed.env.connection, interceptors: { workflow: [sendingId] } });
  });

  const fake = recordingFakes({ caseId: CASE_ID, riskScore: 10 });
  const withWorkers = <T>(fn: () => Promise<T>): Promise<T> =>
    testbed.withWorkers(
      { workflows: TASK_QUEUES.certification, activities: activitiesByQueue(fake), activityInterceptors: [recording] },
      fn,
    );

  const input = async (applicationId: string) =>
    certificationInput(applicationId, await testbed.env.currentTimeMs(), 'AEOC');
  /** Starts the certification of `applicationId` with `correlationId` as the start's id. */
  const start = (applicationId: string, correlationId: string) =>
    as(correlationId, async () =>
      client.workflow.start(certificationWorkflow, {
        taskQueue: TASK_QUEUES.certification,
        workflowId: certificationWorkflowId(applicationId),
        args: [await input(applicationId)],
      }),
    );
  const waitForActivities = async (count: number) => {
    for (let i = 0; i < 200 && received.length < count; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    return received.splice(0);
  };

  it("puts the id of the acceptance signal on the steps it causes, and the executive decision's on the grant", async () => {
    received.length = 0;
    await withWorkers(async () => {
      const handle = await start('c0a1e0f2-7d1b-4c8a-9b5e-0f6d7e8a9b11', 'submission-1');
      await as('acceptance-1', () =>
        handle.signal(acceptanceDecisionSignal, { decision: 'accept', decidedBy: 'officer-1' }),
      );
      expect(await waitForActivities(3)).toEqual([
        { activity: 'recordAcceptance', correlationId: 'acceptance-1' },
        { activity: 'assessOperatorRisk', correlationId: 'acceptance-1' },
        { activity: 'openValidationCase', correlationId: 'acceptance-1' },
      ]);
      await as('report-1', () =>
        handle.signal(validationReportSignal, {
          caseId: CASE_ID,
          recommendation: 'grant',
          summary: 'desk review done',
          submittedBy: 'validator-7',
        }),
      );
      for (let i = 0; i < 100 && (await handle.query(certificationStateQuery)).stage !== 'decision'; i++)
        await new Promise((resolve) => setTimeout(resolve, 50));
      await as('decision-1', () =>
        handle.executeUpdate(executiveDecisionUpdate, {
          args: [{ decision: 'grant', decidedBy: 'executive-1', reasons: ['all criteria are met'] }],
        }),
      );
      expect(await waitForActivities(1)).toEqual([{ activity: 'issueAuthorisation', correlationId: 'decision-1' }]);
      await expect(handle.result()).resolves.toMatchObject({ outcome: 'granted' });
    });
  });

  it("keeps the start's id for what a timer causes (deemed acceptance)", async () => {
    received.length = 0;
    await withWorkers(async () => {
      const handle = await start('c0a1e0f2-7d1b-4c8a-9b5e-0f6d7e8a9b12', 'submission-2');
      await testbed.env.sleep('31 days');
      expect((await waitForActivities(3)).slice(0, 3)).toEqual([
        { activity: 'recordAcceptance', correlationId: 'submission-2' },
        { activity: 'assessOperatorRisk', correlationId: 'submission-2' },
        { activity: 'openValidationCase', correlationId: 'submission-2' },
      ]);
      await handle.terminate('end of test');
    });
  });
});
