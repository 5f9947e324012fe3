import { WorkflowHandle } from '@temporalio/client';
import { TASK_QUEUES } from '../shared/task-queues';
import { updateRefusal } from '@aeo/testing';
import { DAY_MS, useWorkflowTestbed } from '../shared/testing/testbed';
import {
  ArrangementStepInput,
  ArrangementStepRecord,
  FAILURE_TYPES,
  MraArrangementInput,
  MraArrangementState,
  arrangementStepUpdate,
  mraArrangementStateQuery,
  mraArrangementWorkflow,
  mraArrangementWorkflowId,
} from '../index';

jest.setTimeout(240_000);

const TERMS = {
  statusTypes: ['AEOS' as const],
  directions: ['import' as const, 'export' as const],
  benefitsWeGrant: ['reduced-physical-controls' as const],
  benefitsPartnerGrants: ['priority-clearance' as const],
};

interface Call {
  name: string;
  args: Record<string, unknown>;
  at: number;
}

describe('MRA arrangement workflow (time-skipping)', () => {
  const testbed = useWorkflowTestbed(__dirname);
  const { recordHistory } = testbed;

  /** The mra service's activities, recording each call at the test server's clock. */
  const fakes = () => {
    const calls: Call[] = [];
    const clock = () => testbed.env.currentTimeMs();
    const activities = {
      async recordArrangementStep(input: ArrangementStepRecord) {
        calls.push({ name: `step:${input.step}:${input.to}`, args: { ...input }, at: await clock() });
      },
      async recordArrangementReviewDue(input: { arrangementId: string; reviewDueAt: string; daysBefore: number }) {
        calls.push({ name: `review-due:${input.daysBefore}`, args: { ...input }, at: await clock() });
      },
    };
    return { calls, activities, names: () => calls.map((call) => call.name) };
  };
  type Fakes = ReturnType<typeof fakes>;
  const withWorkers = <T>(fake: Fakes, fn: () => Promise<T>): Promise<T> =>
    testbed.withActivities({ [TASK_QUEUES.mraArrangements]: fake.activities }, fn);

  const input = (arrangementId: string, policy?: MraArrangementInput['policy']): MraArrangementInput => ({
    arrangementId,
    partnerCountry: 'CN',
    partnerAdministration: 'General Administration of Customs of China',
    title: 'Mongolia–China AEO mutual recognition arrangement',
    ...(policy && { policy }),
  });
  const start = (arrangementId: string, policy?: MraArrangementInput['policy']) =>
    testbed.env.client.workflow.start(mraArrangementWorkflow, {
      taskQueue: TASK_QUEUES.certification,
      workflowId: mraArrangementWorkflowId(arrangementId),
      args: [input(arrangementId, policy)],
    });
  const step = (handle: WorkflowHandle, action: ArrangementStepInput): Promise<MraArrangementState> =>
    handle.executeUpdate(arrangementStepUpdate, { args: [action] });
  const state = (handle: WorkflowHandle) => handle.query(mraArrangementStateQuery);
  const officer = { by: 'mra.officer.tuya', byRoles: ['mra-officer'] };
  const executive = { by: 'executive.ganbold', byRoles: ['executive'] };

  /** Preparation to operational, each phase with what it needs before moving on. */
  const toOperational = async (handle: WorkflowHandle): Promise<MraArrangementState> => {
    await step(handle, { step: 'advance', to: 'programme-comparison', ...officer });
    await step(handle, {
      step: 'record-comparison',
      ...officer,
      entries: [
        { ourCriterion: 'security.physical-access', partnerCriterion: 'GACC 4.2 premises', assessment: 'equivalent' },
        {
          ourCriterion: 'solvency.financial-statements',
          partnerCriterion: 'GACC 2.1',
          assessment: 'gap',
          note: 'no audited statements required',
        },
      ],
    });
    await step(handle, { step: 'advance', to: 'joint-validation', ...officer });
    await step(handle, {
      step: 'record-visit',
      ...officer,
      date: '2026-12-10',
      site: 'Zamyn-Üüd rail terminal',
      operator: 'Gobi Logistics LLC',
      ourObservations: ['perimeter fenced, CCTV'],
      partnerObservations: ['seal register kept'],
    });
    await step(handle, { step: 'advance', to: 'negotiation', ...officer });
    await step(handle, { step: 'record-negotiation-round', ...officer, date: '2027-01-15', notes: 'benefits agreed' });
    await step(handle, { step: 'sign', ...executive, text: 'Arrangement text', signedOn: '2027-02-01', terms: TERMS });
    await step(handle, { step: 'advance', to: 'implementation', ...officer });
    await step(handle, { step: 'record-exchange-test', ...officer, date: '2027-02-20', outcome: 'passed' });
    return step(handle, { step: 'advance', to: 'operational', ...officer });
  };

  it('walks from preparation to operational, then reminds of the review at the configured days and re-arms after it', async () => {
    const fake = fakes();
    const id = '0b6f2a4e-1c3d-4e5f-8a9b-0c1d2e3f4a5b';
    await withWorkers(fake, async () => {
      const handle = await start(id, { intervalMonths: 12, reminderDaysBefore: [60, 14] });
      const operational = await toOperational(handle);
      const operationalAt = await testbed.env.currentTimeMs();
      expect(operational).toMatchObject({
        phase: 'operational',
        terms: TERMS,
        progress: { comparisonEntries: 2, gaps: 1, visits: 1, negotiationRounds: 1, lastExchangeTest: 'passed' },
      });
      expect(fake.names()).toEqual([
        'step:advance:programme-comparison',
        'step:record-comparison:programme-comparison',
        'step:advance:joint-validation',
        'step:record-visit:joint-validation',
        'step:advance:negotiation',
        'step:record-negotiation-round:negotiation',
        'step:sign:signed',
        'step:advance:implementation',
        'step:record-exchange-test:implementation',
        'step:advance:operational',
      ]);
      expect(fake.calls.at(-1)!.args).toMatchObject({ from: 'implementation', to: 'operational', terms: TERMS });
      const dueMs = Date.parse(operational.reviewDueAt!);
      expect(dueMs - operationalAt).toBeGreaterThan(360 * DAY_MS);
      expect(dueMs - operationalAt).toBeLessThan(370 * DAY_MS);

      // Nothing until 60 days ahead, then the reminders at 60 and 14 days.
      await testbed.env.sleep(dueMs - 61 * DAY_MS - (await testbed.env.currentTimeMs()));
      expect(fake.names().filter((name) => name.startsWith('review-due'))).toEqual([]);
      await testbed.env.sleep('2 days');
      await testbed.env.sleep('50 days');
      const reminders = fake.calls.filter((call) => call.name.startsWith('review-due'));
      expect(reminders.map((call) => call.name)).toEqual(['review-due:60', 'review-due:14']);
      expect(Math.abs(reminders[0].at - (dueMs - 60 * DAY_MS))).toBeLessThan(DAY_MS);
      expect(Math.abs(reminders[1].at - (dueMs - 14 * DAY_MS))).toBeLessThan(DAY_MS);
      expect(reminders[0].args).toEqual({ arrangementId: id, reviewDueAt: operational.reviewDueAt, daysBefore: 60 });

      // The review completed (with a new period): the next one is armed, in a new run.
      const reviewed = await step(handle, {
        step: 'complete-review',
        ...officer,
        findings: ['both lists exchanged monthly'],
        intervalMonths: 24,
      });
      const nextDueMs = Date.parse(reviewed.reviewDueAt!);
      expect(nextDueMs - (await testbed.env.currentTimeMs())).toBeGreaterThan(720 * DAY_MS);
      await testbed.env.sleep(nextDueMs - 13 * DAY_MS - (await testbed.env.currentTimeMs()));
      expect(fake.names().filter((name) => name.startsWith('review-due'))).toEqual([
        'review-due:60',
        'review-due:14',
        'review-due:60',
        'review-due:14',
      ]);
      const current = await state(handle);
      expect(current).toMatchObject({
        phase: 'operational',
        policy: { intervalMonths: 24 },
        reviewDueAt: reviewed.reviewDueAt,
      });
      expect(current.progress.reviewsCompleted).toBe(1);
      const described = await handle.describe();
      expect(described.runId).not.toBe(handle.firstExecutionRunId);
      await recordHistory(
        'operational-reviewed',
        testbed.env.client.workflow.getHandle(handle.workflowId, handle.firstExecutionRunId),
      );
    });
  });

  it('stops reminders while suspended and restarts them on resumption', async () => {
    const fake = fakes();
    const id = '1c7a3b5f-2d4e-4f60-9b0c-1d2e3f4a5b6c';
    await withWorkers(fake, async () => {
      const handle = await start(id, { intervalMonths: 12, reminderDaysBefore: [90, 30] });
      const dueMs = Date.parse((await toOperational(handle)).reviewDueAt!);
      const suspended = await step(handle, { step: 'suspend', ...officer, reason: 'lists not updated for 3 months' });
      expect(suspended).toMatchObject({ phase: 'suspended', suspendedFrom: 'operational' });
      // Past both reminder dates: none is sent while suspended.
      await testbed.env.sleep(dueMs - 20 * DAY_MS - (await testbed.env.currentTimeMs()));
      expect(fake.names().filter((name) => name.startsWith('review-due'))).toEqual([]);
      const refused = await updateRefusal(step(handle, { step: 'complete-review', ...officer, findings: ['x'] }));
      expect(refused.message).toContain('not possible while the arrangement is in phase suspended');

      const resumed = await step(handle, { step: 'resume', ...officer, reason: 'lists updated again' });
      expect(resumed).toMatchObject({ phase: 'operational' });
      expect(resumed.suspendedFrom).toBeUndefined();
      // Only the latest reminder missed during the suspension is sent, at once.
      await testbed.env.sleep('1 hour');
      expect(fake.names().filter((name) => name.startsWith('review-due'))).toEqual(['review-due:30']);
      expect(fake.calls.find((call) => call.name === 'step:resume:operational')!.args).toMatchObject({
        from: 'suspended',
        to: 'operational',
        suspendedFrom: null,
        terms: TERMS,
      });
      await recordHistory('suspended-resumed', handle);
    });
  });

  it('refuses a step out of order with the reason, and a malformed one naming the field; nothing is recorded', async () => {
    const fake = fakes();
    await withWorkers(fake, async () => {
      const handle = await start('2d8b4c6a-3e5f-4a71-8c1d-2e3f4a5b6c7d');
      const outOfOrder = await updateRefusal(
        step(handle, { step: 'sign', ...executive, text: 'x', signedOn: '2027-01-01', terms: TERMS }),
      );
      expect(outOfOrder.message).toBe(
        '"sign" is not possible while the arrangement is in phase preparation (possible: advance, set-review-policy, terminate)',
      );
      const skipped = await updateRefusal(step(handle, { step: 'advance', to: 'negotiation', ...officer }));
      expect(skipped.message).toContain('it advances to programme-comparison, not to negotiation');
      await step(handle, { step: 'advance', to: 'programme-comparison', ...officer });
      const noComparison = await updateRefusal(step(handle, { step: 'advance', to: 'joint-validation', ...officer }));
      expect(noComparison.message).toBe('record the programme comparison before the joint validation');
      const malformed = await updateRefusal(
        step(handle, {
          step: 'record-comparison',
          ...officer,
          entries: [{ ourCriterion: 'a', partnerCriterion: 'b', assessment: 'similar' as 'gap' }],
        }),
      );
      expect(malformed.type).toBe(FAILURE_TYPES.invalidInput);
      expect(malformed.message).toContain('entries.0.assessment');
      expect(fake.names()).toEqual(['step:advance:programme-comparison']);
      expect((await state(handle)).phase).toBe('programme-comparison');
      await recordHistory('refused-then-advanced', handle);
    });
  });

  it('ends the workflow on termination, from any phase', async () => {
    const fake = fakes();
    await withWorkers(fake, async () => {
      const handle = await start('3e9c5d7b-4f60-4b82-9d2e-3f4a5b6c7d8e');
      await step(handle, { step: 'advance', to: 'programme-comparison', ...officer });
      const terminated = await step(handle, { step: 'terminate', ...executive, reason: 'partner withdrew' });
      expect(terminated.phase).toBe('terminated');
      await expect(handle.result()).resolves.toEqual({
        phase: 'terminated',
        terminatedBy: 'executive.ganbold',
        reason: 'partner withdrew',
      });
      expect(fake.calls.at(-1)!.args).toMatchObject({
        step: 'terminate',
        from: 'programme-comparison',
        to: 'terminated',
        byRoles: ['executive'],
        reason: 'partner withdrew',
      });
    });
  });
});
