import { WorkflowExecutionAlreadyStartedError, type WorkflowHandle } from '@temporalio/client';
import { updateRefusal } from '@aeo/testing';
import { TASK_QUEUES } from '../shared/task-queues';
import { POISON, dataFailure, refusingPoison } from '../shared/testing/fakes';
import { DAY_MS, untilState, useWorkflowTestbed } from '../shared/testing/testbed';
import {
  type DeviationStepInput,
  type DeviationStepRecord,
  FAILURE_TYPES,
  PROGRAMME_DEVIATION_ID_REUSE_POLICY,
  type ProgrammeDeviationInput,
  type ProgrammeDeviationState,
  deviationKpiValueSignal,
  deviationStepUpdate,
  programmeDeviationStateQuery,
  programmeDeviationWorkflow,
  programmeDeviationWorkflowId,
} from '../index';

jest.setTimeout(240_000);

describe('programme deviation workflow (time-skipping)', () => {
  const testbed = useWorkflowTestbed(__dirname);
  const { recordHistory } = testbed;

  /** The programme service's activity, recording each step at the test server's clock (refusing POISON as PostgreSQL would). */
  const fakes = () => {
    const records: (DeviationStepRecord & { at: number })[] = [];
    const activities = {
      recordDeviationStep: refusingPoison('recordDeviationStep', async (input: DeviationStepRecord) => {
        records.push({ ...input, at: await testbed.env.currentTimeMs() });
      }),
    };
    return { records, activities, names: () => records.map((r) => `${r.step}:${r.from}>${r.to}`) };
  };
  type Fakes = ReturnType<typeof fakes>;
  const withWorkers = <T>(fake: Fakes, fn: () => Promise<T>): Promise<T> =>
    testbed.withActivities({ [TASK_QUEUES.programme]: fake.activities }, fn);

  /** Time to certify (days) in Ulaanbaatar for AEOS, above its upper threshold of 90 days in November. */
  const input = (period: string, periodsToVerify?: number): ProgrammeDeviationInput => ({
    kpiId: 'time-to-certify',
    scope: 'ULAANBAATAR',
    statusType: 'AEOS',
    period,
    value: 112,
    threshold: { version: 3, bound: 'upper', limit: 90, ...(periodsToVerify && { periodsToVerify }) },
  });
  const start = (deviation: ProgrammeDeviationInput) =>
    testbed.env.client.workflow.start(programmeDeviationWorkflow, {
      taskQueue: TASK_QUEUES.certification,
      workflowId: programmeDeviationWorkflowId(deviation),
      workflowIdReusePolicy: PROGRAMME_DEVIATION_ID_REUSE_POLICY,
      args: [deviation],
    });
  const step = (handle: WorkflowHandle, action: DeviationStepInput): Promise<ProgrammeDeviationState> =>
    handle.executeUpdate(deviationStepUpdate, { args: [action] });
  const state = (handle: WorkflowHandle) => handle.query(programmeDeviationStateQuery);
  const untilPhase = (handle: WorkflowHandle, phase: ProgrammeDeviationState['phase']) =>
    untilState(
      () => state(handle),
      (s) => s.phase === phase,
      `phase ${phase}`,
    );
  /** The opening is recorded (its note is the first). */
  const untilOpened = (handle: WorkflowHandle) =>
    untilState(
      () => state(handle),
      (s) => s.history.length > 0,
      'the opening recorded',
    );
  const untilPeriods = (handle: WorkflowHandle, count: number) =>
    untilState(
      () => state(handle),
      (s) => s.periods.length === count,
      `${count} periods assessed`,
    );
  const policy = { by: 'policy.unit.oyun', byRoles: ['policy-unit'] };
  const executive = { by: 'executive.ganbold', byRoles: ['executive'] };
  /** The calendar date `days` from the test server's now. */
  const dateIn = async (days: number) =>
    new Date((await testbed.env.currentTimeMs()) + days * DAY_MS).toISOString().slice(0, 10);

  /** Analysis, a plan of two actions due in 20 and 40 days, implementation started. */
  const toImplementation = async (handle: WorkflowHandle) => {
    await step(handle, {
      step: 'record-analysis',
      ...policy,
      rootCause: 'two validators on leave in the region',
      owner: 'Head of the Ulaanbaatar validation unit',
    });
    await step(handle, {
      step: 'record-plan',
      ...policy,
      actions: [
        { description: 'Assign two validators from Darkhan', owner: 'HR unit', dueDate: await dateIn(20) },
        { description: 'Weekly backlog review', owner: 'Validation unit', dueDate: await dateIn(40) },
      ],
    });
    return step(handle, { step: 'start-implementation', ...policy });
  };
  const actionDone = (handle: WorkflowHandle, actionId: string) =>
    step(handle, { step: 'report-action-done', ...policy, actionId, evidence: `report on ${actionId}` });

  it('walks from opened to closed once the KPI is back within its threshold for the periods required', async () => {
    const fake = fakes();
    await withWorkers(fake, async () => {
      const handle = await start(input('2026-11'));
      expect(handle.workflowId).toBe('programme-deviation-time-to-certify-ULAANBAATAR-AEOS-2026-11');
      const implementing = await toImplementation(handle);
      expect(implementing).toMatchObject({
        phase: 'implementation',
        analysis: { owner: 'Head of the Ulaanbaatar validation unit', by: policy.by },
        actions: [
          { actionId: 'A1', owner: 'HR unit', status: 'open' },
          { actionId: 'A2', owner: 'Validation unit', status: 'open' },
        ],
      });
      // A value before verification is kept, not counted.
      await handle.signal(deviationKpiValueSignal, { period: '2026-12', value: 80 });
      await untilPeriods(handle, 1);
      expect((await actionDone(handle, 'A1')).phase).toBe('implementation');
      const verifying = await actionDone(handle, 'A2');
      expect(verifying).toMatchObject({ phase: 'verification', periodsWithin: 0 });
      // Past both due dates: every action was done, so nothing escalates.
      await testbed.env.sleep('45 days');
      expect((await state(handle)).phase).toBe('verification');

      // Ignored: a period already signalled, one of another length, one before the latest.
      await handle.signal(deviationKpiValueSignal, { period: '2026-12', value: 200 });
      await handle.signal(deviationKpiValueSignal, { period: '2027-Q1', value: 200 });
      await handle.signal(deviationKpiValueSignal, { period: '2027-01', value: 85 });
      await handle.signal(deviationKpiValueSignal, { period: '2027-01', value: 85 });
      await handle.signal(deviationKpiValueSignal, { period: '2026-12', value: 200 });
      await untilPeriods(handle, 2);
      await handle.signal(deviationKpiValueSignal, { period: '2027-02', value: 90 });
      await expect(handle.result()).resolves.toEqual({ phase: 'closed', outcome: 'recovered', closedBy: 'system' });

      expect(fake.names()).toEqual([
        'open:opened>opened',
        'record-analysis:opened>analysis',
        'record-plan:analysis>improvement-plan',
        'start-implementation:improvement-plan>implementation',
        'report-action-done:implementation>implementation',
        'report-action-done:implementation>verification',
        'assess-period:verification>verification',
        'assess-period:verification>closed',
      ]);
      expect(fake.records.map((r) => r.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(fake.records[0]).toMatchObject({
        workflowId: handle.workflowId,
        kpiId: 'time-to-certify',
        scope: 'ULAANBAATAR',
        statusType: 'AEOS',
        period: '2026-11',
        by: 'system',
        threshold: { version: 3, bound: 'upper', limit: 90, periodsToVerify: 2 },
        details: { value: 112 },
      });
      expect(fake.records[1]).toMatchObject({ by: policy.by, byRoles: ['policy-unit'] });
      expect(fake.records.at(-1)!.details).toEqual({
        period: '2027-02',
        value: 90,
        within: true,
        periodsWithin: 2,
        periodsRequired: 2,
      });
      const closed = await state(handle);
      expect(closed.periods).toEqual([
        { period: '2026-12', value: 80, within: true, counted: false },
        { period: '2027-01', value: 85, within: true, counted: true },
        { period: '2027-02', value: 90, within: true, counted: true },
      ]);
      expect(closed.actions.map((a) => [a.actionId, a.status, a.doneBy])).toEqual([
        ['A1', 'done', policy.by],
        ['A2', 'done', policy.by],
      ]);
      await recordHistory('recovered-closed', handle);
    });
  });

  it('escalates to executives when an open action’s due date passes; the executive re-plans, then closes with a decision', async () => {
    const fake = fakes();
    await withWorkers(fake, async () => {
      const handle = await start(input('2026-10'));
      await toImplementation(handle);
      const startedAt = await testbed.env.currentTimeMs();
      await actionDone(handle, 'A1');
      // A2 is due in 40 days: nothing until the day after.
      await testbed.env.sleep('40 days');
      expect((await state(handle)).phase).toBe('implementation');
      await testbed.env.sleep('2 days');
      const escalated = await untilPhase(handle, 'escalated');
      expect(escalated.escalation).toMatchObject({ actionId: 'A2', dueDate: escalated.actions[1].dueDate });
      const escalation = fake.records.at(-1)!;
      expect(escalation).toMatchObject({ step: 'escalate', from: 'implementation', to: 'escalated', by: 'system' });
      expect(escalation.at - startedAt).toBeGreaterThan(40 * DAY_MS);
      expect(escalation.at - startedAt).toBeLessThanOrEqual(41 * DAY_MS);

      const refused = await updateRefusal(actionDone(handle, 'A2'));
      expect(refused.message).toBe(
        '"report-action-done" is not possible while the deviation case is in phase escalated (possible: replan, close, dismiss)',
      );
      const replanned = await step(handle, {
        step: 'replan',
        ...executive,
        decision: 'The backlog review moves to the national unit',
        actions: [{ description: 'National backlog review', owner: 'Policy unit', dueDate: await dateIn(10) }],
      });
      expect(replanned).toMatchObject({ phase: 'implementation' });
      expect(replanned.escalation).toBeUndefined();
      expect(replanned.actions.map((a) => [a.actionId, a.status])).toEqual([
        ['A1', 'done'],
        ['A2', 'superseded'],
        ['A3', 'open'],
      ]);
      // The new due date passes too: escalated again, and closed by decision.
      await testbed.env.sleep('12 days');
      await untilPhase(handle, 'escalated');
      await step(handle, { step: 'close', ...executive, decision: 'Accepted: the region is merged next year' });
      await expect(handle.result()).resolves.toEqual({
        phase: 'closed',
        outcome: 'executive-decision',
        closedBy: executive.by,
        decision: 'Accepted: the region is merged next year',
      });
      expect(fake.names().slice(4)).toEqual([
        'report-action-done:implementation>implementation',
        'escalate:implementation>escalated',
        'replan:escalated>implementation',
        'escalate:implementation>escalated',
        'close:escalated>closed',
      ]);
      expect(fake.records.find((r) => r.step === 'replan')!.details).toMatchObject({
        superseded: ['A2'],
        decision: 'The backlog review moves to the national unit',
        escalation: { actionId: 'A2' },
      });
      await recordHistory('escalated-replanned-closed', handle);
    });
  });

  it('resets the count when a period crosses the threshold again during verification', async () => {
    const fake = fakes();
    await withWorkers(fake, async () => {
      const handle = await start(input('2026-09', 3));
      await toImplementation(handle);
      await actionDone(handle, 'A1');
      await actionDone(handle, 'A2');
      const values: [string, number][] = [
        ['2026-10', 70],
        ['2026-11', 95],
        ['2026-12', 88],
        ['2027-01', 60],
      ];
      for (const [period, value] of values) await handle.signal(deviationKpiValueSignal, { period, value });
      const counted = await untilPeriods(handle, 4);
      expect(counted.phase).toBe('verification');
      expect(counted.periodsWithin).toBe(2);
      expect(fake.records.filter((r) => r.step === 'assess-period').map((r) => r.details['periodsWithin'])).toEqual([
        1, 0, 1, 2,
      ]);
      await handle.signal(deviationKpiValueSignal, { period: '2027-02', value: 89 });
      await expect(handle.result()).resolves.toMatchObject({ outcome: 'recovered' });
      expect(fake.records.at(-1)).toMatchObject({ step: 'assess-period', to: 'closed', details: { periodsWithin: 3 } });
    });
  });

  it('carries on in implementation when the service refuses the escalation for good (logged, the action still reportable)', async () => {
    const fake = fakes();
    const record = fake.activities.recordDeviationStep;
    fake.activities.recordDeviationStep = async (input) => {
      if (input.step === 'escalate') throw dataFailure('recordDeviationStep');
      return record(input);
    };
    await withWorkers(fake, async () => {
      const handle = await start(input('2026-06'));
      await toImplementation(handle);
      await testbed.env.sleep('22 days');
      const current = await untilState(
        () => state(handle),
        (s) => s.history.some((entry) => entry.note.startsWith('skipped: "escalate" could not be recorded')),
        'the escalation skipped',
      );
      expect(current.phase).toBe('implementation');
      expect(current.escalation).toBeUndefined();
      // A2's due date is not escalated either (refused the same way), and both can still be reported done.
      await testbed.env.sleep('20 days');
      await actionDone(handle, 'A1');
      expect((await actionDone(handle, 'A2')).phase).toBe('verification');
      expect(fake.names().slice(4)).toEqual([
        'report-action-done:implementation>implementation',
        'report-action-done:implementation>verification',
      ]);
      await handle.terminate('test over');
    });
  });

  it('refuses steps out of order with the reason, malformed ones naming the field, and a step the service cannot record; nothing changes', async () => {
    const fake = fakes();
    await withWorkers(fake, async () => {
      const handle = await start(input('2026-08'));
      const plan = { description: 'Assign validators', owner: 'HR unit', dueDate: await dateIn(20) };
      const early = await updateRefusal(step(handle, { step: 'record-plan', ...policy, actions: [plan] }));
      expect(early.type).toBe(FAILURE_TYPES.illegalTransition);
      expect(early.message).toBe(
        '"record-plan" is not possible while the deviation case is in phase opened (possible: record-analysis, dismiss)',
      );
      const malformed = await updateRefusal(
        step(handle, { step: 'record-analysis', ...policy, rootCause: '', owner: 'Head of unit' }),
      );
      expect(malformed.type).toBe(FAILURE_TYPES.invalidInput);
      expect(malformed.message).toContain('rootCause');
      const poisoned = await updateRefusal(
        step(handle, { step: 'record-analysis', ...policy, rootCause: POISON, owner: 'Head of unit' }),
      );
      expect(poisoned.type).toBe(FAILURE_TYPES.invalidData);
      expect(poisoned.message).toContain('"record-analysis" could not be recorded');
      expect((await state(handle)).analysis).toBeUndefined();

      await step(handle, { step: 'record-analysis', ...policy, rootCause: 'staffing', owner: 'Head of unit' });
      const late = await updateRefusal(
        step(handle, { step: 'record-plan', ...policy, actions: [plan, { ...plan, dueDate: await dateIn(-1) }] }),
      );
      expect(late.message).toBe(
        `action 2's due date ${await dateIn(-1)} has already passed (today is ${await dateIn(0)})`,
      );
      await step(handle, { step: 'record-plan', ...policy, actions: [plan] });
      const notStarted = await updateRefusal(actionDone(handle, 'A1'));
      expect(notStarted.message).toContain('is not possible while the deviation case is in phase improvement-plan');
      await step(handle, { step: 'start-implementation', ...policy });
      const unknown = await updateRefusal(actionDone(handle, 'A7'));
      expect(unknown.message).toBe('the plan has no action A7 (open actions: A1)');
      const closing = await updateRefusal(step(handle, { step: 'close', ...executive, decision: 'no' }));
      expect(closing.message).toContain('"close" is not possible while the deviation case is in phase implementation');

      expect(fake.names()).toEqual([
        'open:opened>opened',
        'record-analysis:opened>analysis',
        'record-plan:analysis>improvement-plan',
        'start-implementation:improvement-plan>implementation',
      ]);
      // The refused plan took no action number.
      expect((await state(handle)).actions.map((a) => a.actionId)).toEqual(['A1']);
      await recordHistory('refused-steps', handle);
      await handle.terminate('test over');
    });
  });

  it('is dismissed by the policy unit when opened by mistake, in any phase but closed, with the reason', async () => {
    const fake = fakes();
    await withWorkers(fake, async () => {
      const handle = await start(input('2026-05'));
      await toImplementation(handle);
      const malformed = await updateRefusal(step(handle, { step: 'dismiss', ...policy, reason: ' ' }));
      expect(malformed.type).toBe(FAILURE_TYPES.invalidInput);
      expect(malformed.message).toContain('reason');
      const dismissed = await step(handle, {
        step: 'dismiss',
        ...policy,
        reason: 'The March figures were loaded twice',
      });
      expect(dismissed).toMatchObject({
        phase: 'closed',
        closure: { outcome: 'dismissed', closedBy: policy.by, reason: 'The March figures were loaded twice' },
      });
      await expect(handle.result()).resolves.toEqual({
        phase: 'closed',
        outcome: 'dismissed',
        closedBy: policy.by,
        reason: 'The March figures were loaded twice',
      });
      expect(fake.names().slice(4)).toEqual(['dismiss:implementation>closed']);
      expect(fake.records.at(-1)).toMatchObject({
        by: policy.by,
        byRoles: ['policy-unit'],
        details: { reason: 'The March figures were loaded twice' },
      });
      await recordHistory('dismissed', handle);

      // Right after its opening, too.
      const fresh = await start(input('2026-04'));
      await untilOpened(fresh);
      await step(fresh, { step: 'dismiss', ...policy, reason: 'Threshold set on the wrong KPI' });
      await expect(fresh.result()).resolves.toMatchObject({ outcome: 'dismissed' });
    });
  });

  it('never opens a second case for the same KPI, scope and period, even after the first closed', async () => {
    const fake = fakes();
    await withWorkers(fake, async () => {
      const handle = await start(input('2026-07'));
      await untilOpened(handle);
      await expect(start(input('2026-07'))).rejects.toBeInstanceOf(WorkflowExecutionAlreadyStartedError);
      // Another period, scope or status type is another case.
      const national = await start({ ...input('2026-07'), scope: 'national', statusType: undefined });
      expect(national.workflowId).toBe('programme-deviation-time-to-certify-national-2026-07');
      await untilOpened(national);
      await handle.terminate('test over');
      await national.terminate('test over');
      await expect(start(input('2026-07'))).rejects.toBeInstanceOf(WorkflowExecutionAlreadyStartedError);
      expect(fake.records.filter((r) => r.step === 'open').map((r) => r.workflowId)).toEqual([
        handle.workflowId,
        national.workflowId,
      ]);
    });
  });
});
