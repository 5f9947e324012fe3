import { WorkflowHandle } from '@temporalio/client';
import { TASK_QUEUES } from '../shared/task-queues';
import { POISON, TEST_OPERATOR, recordingFakes, refusingPoison } from '../shared/testing/fakes';
import { updateRefusal } from '@aeo/testing';
import { DAY_MS, untilState, useWorkflowTestbed } from '../shared/testing/testbed';
import type { RiskRecommendation } from '../risk/risk.contract';
import {
  FAILURE_TYPES,
  LifecycleActionInput,
  SEARCH_ATTRIBUTE_KEYS,
  RevalidationInput,
  RevalidationStage,
  addMonths,
  lifecycleActionUpdate,
  revalidationStateQuery,
  revalidationTriggerSignal,
  revalidationWorkflow,
  revalidationWorkflowId,
  validationReportSignal,
} from '../index';

jest.setTimeout(240_000);

const CASE_ID = '4e2a7c1d-9b3f-4a5e-8d6c-1f0e2d3c4b5a';

describe('revalidation workflow (time-skipping)', () => {
  const testbed = useWorkflowTestbed(__dirname);
  const { withWorkers, recordHistory } = testbed;
  // `at` is the test server's clock, which skips ahead.
  const fakes = (recommendation: RiskRecommendation = 'proceed') =>
    recordingFakes({ caseId: CASE_ID, riskScore: 22, recommendation, clock: () => testbed.env.currentTimeMs() });

  const input = async (authorisationNumber: string, dueInDays = 3 * 365): Promise<RevalidationInput> => ({
    authorisationNumber,
    applicationId: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b',
    ...TEST_OPERATOR,
    statusType: 'AEOF',
    nextDueAt: new Date((await testbed.env.currentTimeMs()) + dueInDays * DAY_MS).toISOString(),
  });

  const start = async (authorisationNumber: string, dueInDays?: number) =>
    testbed.env.client.workflow.start(revalidationWorkflow, {
      taskQueue: TASK_QUEUES.certification,
      workflowId: revalidationWorkflowId(authorisationNumber),
      args: [await input(authorisationNumber, dueInDays)],
    });
  const act = (handle: WorkflowHandle, action: LifecycleActionInput) =>
    handle.executeUpdate(lifecycleActionUpdate, { args: [action] });
  const state = (handle: WorkflowHandle) => handle.query(revalidationStateQuery);
  const waitFor = (handle: WorkflowHandle, stage: RevalidationStage, cycle?: number) =>
    untilState(
      () => state(handle),
      (current) => current.stage === stage && (cycle === undefined || current.cycle === cycle),
      `workflow never reached ${stage}${cycle ? ` in cycle ${cycle}` : ''}`,
      10_000,
    );
  /** An early revalidation the regional office asks for, the self-assessment updated unchanged: at validation in cycle 1. */
  const toValidation = async (handle: WorkflowHandle, triggerId: string) => {
    await handle.signal(revalidationTriggerSignal, {
      triggerId,
      source: 'regional-office',
      reason: 'routine check',
      requestedBy: 'office-ub-1',
    });
    await waitFor(handle, 'self-assessment', 1);
    await act(handle, { action: 'self-assessment-updated', by: 'trader-1', changedQuestions: 0 });
    return waitFor(handle, 'validation', 1);
  };
  const report = (recommendation: 'grant' | 'grant-with-conditions' | 'refuse' = 'grant') => ({
    caseId: CASE_ID,
    recommendation,
    summary: 'desk review done',
    submittedBy: 'validator-7',
  });
  const refusal = async (update: Promise<unknown>): Promise<string> => (await updateRefusal(update)).message;

  it('runs a whole 3-year cycle with its reminders, then two more cycles, each continuing as new', async () => {
    const fake = fakes();
    const number = 'MN-AEOF-2026-10001';
    const startedAt = await testbed.env.currentTimeMs();
    const result = await withWorkers(fake, async () => {
      const handle = await start(number);
      const firstRunId = handle.firstExecutionRunId;
      // Nothing for almost three years, then the reminders 90 and 30 days ahead.
      await testbed.env.sleep(`${3 * 365 - 91} days`);
      expect(fake.calls).toHaveLength(0);
      await testbed.env.sleep('2 days');
      await testbed.env.sleep('60 days');
      expect(fake.names()).toEqual(['recordRevalidationDue:90', 'recordRevalidationDue:30']);
      expect((await state(handle)).stage).toBe('monitoring');
      await testbed.env.sleep('31 days');
      let current = await waitFor(handle, 'self-assessment', 1);
      expect(current.trigger).toMatchObject({ source: 'scheduled' });
      current = await act(handle, { action: 'self-assessment-updated', by: 'trader-1', changedQuestions: 3 });
      await waitFor(handle, 'validation', 1);
      expect((await state(handle)).validation).toMatchObject({ caseId: CASE_ID, siteVisitRequired: false });
      await handle.signal(validationReportSignal, report());
      await waitFor(handle, 'decision', 1);
      const confirmed = await act(handle, { action: 'confirm', by: 'executive-1', reasons: ['criteria still met'] });
      expect(confirmed.stage).toBe('monitoring');
      const cycle2 = await waitFor(handle, 'monitoring', 2);
      expect(cycle2.history[0].note).toContain('cycle 2');
      await recordHistory('one-cycle-confirmed', testbed.env.client.workflow.getHandle(handle.workflowId, firstRunId));
      const firstRun = await testbed.env.client.workflow.getHandle(handle.workflowId, firstRunId).fetchHistory();
      expect(firstRun.events!.at(-1)!.workflowExecutionContinuedAsNewEventAttributes).toBeTruthy();

      // Cycle 2: the operator lets its self-assessment lapse, so validation includes a site visit.
      await testbed.env.sleep(`${3 * 366} days`);
      await waitFor(handle, 'self-assessment', 2);
      await testbed.env.sleep('61 days');
      await waitFor(handle, 'validation', 2);
      expect((await state(handle)).validation).toMatchObject({ siteVisitRequired: true });
      await handle.signal(validationReportSignal, report('grant-with-conditions'));
      await waitFor(handle, 'decision', 2);
      await act(handle, {
        action: 'confirm',
        by: 'executive-2',
        reasons: ['met, with conditions'],
        conditions: ['quarterly access-control audit'],
      });
      const cycle3 = await waitFor(handle, 'monitoring', 3);
      expect(cycle3.conditions).toEqual(['quarterly access-control audit']);
      const end = await act(handle, { action: 'surrender', by: 'trader-1', reason: 'company merged' });
      expect(end.stage === 'surrendering' || end.stage === 'surrendered').toBe(true);
      return handle.result();
    });
    expect(result).toMatchObject({ outcome: 'surrendered', cycle: 3 });
    expect(fake.names()).toEqual([
      'recordRevalidationDue:90',
      'recordRevalidationDue:30',
      'startRevalidation',
      'noteRevalidation:self-assessment-updated',
      'assessOperatorRisk',
      'openValidationCase',
      'completeRevalidation:confirmed',
      'recordRevalidationDue:90',
      'recordRevalidationDue:30',
      'startRevalidation',
      'noteRevalidation:self-assessment-not-updated',
      'assessOperatorRisk',
      'openValidationCase',
      'completeRevalidation:confirmed-with-conditions',
      'recordSurrender',
    ]);
    // The first cycle starts on the due date; the next due date is 36 calendar months after the decision.
    const started = fake.of('startRevalidation');
    expect(started[0].args).toMatchObject({ cycle: 1, trigger: { source: 'scheduled' } });
    expect(started[1].args).toMatchObject({ cycle: 2 });
    const completed = fake.of('completeRevalidation');
    const next = Date.parse(completed[0].args['nextRevalidationDue'] as string);
    expect(Math.abs(next - addMonths(completed[0].at, 36))).toBeLessThan(60_000);
    expect(fake.of('openValidationCase')[0].args).toMatchObject({
      purpose: 'revalidation',
      workflowId: revalidationWorkflowId(number),
      authorisationNumber: number,
      cycle: 1,
    });
    expect(fake.of('assessOperatorRisk')[1].args).toMatchObject({ reference: `revalidation-${number}-2` });
    expect(started[0].at - startedAt).toBeGreaterThanOrEqual(3 * 365 * DAY_MS);
  });

  it('suspends the security part, reminds about the plan and the period, reinstates, then takes up the alert noted meanwhile', async () => {
    const fake = fakes();
    const number = 'MN-AEOF-2026-10002';
    let due = '';
    await withWorkers(fake, async () => {
      const handle = await start(number);
      due = (await waitFor(handle, 'monitoring')).nextDueAt;
      const suspended = await act(handle, {
        action: 'suspend',
        by: 'executive-1',
        grounds: ['access control at the warehouse failed'],
        scope: 'security',
      });
      expect(suspended).toMatchObject({
        stage: 'suspended',
        suspension: { scope: 'security', requestedByHolder: false },
      });
      // A risk alert during the suspension waits for the authorisation to be back in force.
      await handle.signal(revalidationTriggerSignal, {
        triggerId: 'alert-1',
        source: 'risk-alert',
        reason: 'serious infringement',
        requestedBy: 'risk-engine',
        siteVisit: true,
      });
      expect(await refusal(act(handle, { action: 'confirm', by: 'executive-1', reasons: ['x'] }))).toContain(
        'not possible while the authorisation is at stage suspended',
      );
      await testbed.env.sleep('31 days');
      expect(
        await refusal(
          act(handle, { action: 'remediation-plan', by: 'trader-1', measures: ['new badge system'], periodDays: 400 }),
        ),
      ).toContain('at most 180 days');
      await act(handle, {
        action: 'remediation-plan',
        by: 'trader-1',
        measures: ['new badge system', 'guard training'],
        periodDays: 60,
      });
      await testbed.env.sleep('61 days');
      const reinstated = await act(handle, {
        action: 'reinstate',
        by: 'executive-1',
        reasons: ['measures verified on site'],
      });
      expect(reinstated.stage).toBe('monitoring');
      // The next run starts the early revalidation the alert asked for, with a site visit.
      const early = await waitFor(handle, 'self-assessment', 1);
      expect(early.trigger).toMatchObject({ triggerId: 'alert-1', source: 'risk-alert', siteVisit: true });
      await recordHistory(
        'suspension-reinstated',
        testbed.env.client.workflow.getHandle(handle.workflowId, handle.firstExecutionRunId),
      );
      await act(handle, { action: 'surrender', by: 'trader-1', reason: 'end of test' });
      await handle.result();
    });
    expect(fake.names()).toEqual([
      'recordSuspension',
      'recordSuspensionProgress:remediation-plan-overdue',
      'recordSuspensionProgress:remediation-plan-submitted',
      'recordSuspensionProgress:remediation-period-ended',
      'recordReinstatement',
      'startRevalidation',
      'recordSurrender',
    ]);
    expect(fake.of('recordSuspension')[0].args).toMatchObject({ scope: 'security', requestedByHolder: false });
    // Reinstated from monitoring: the due date stays where it was.
    expect(fake.of('recordReinstatement')[0].args['nextRevalidationDue']).toBe(due);
  });

  it('an early revalidation leads to a suspension, then a revocation after the right to be heard, effective on its date', async () => {
    const fake = fakes('proceed-with-enhanced-validation');
    const number = 'MN-AEOF-2026-10003';
    const result = await withWorkers(fake, async () => {
      const handle = await start(number);
      await testbed.env.sleep('100 days');
      const trigger = {
        triggerId: 'office-req-1',
        source: 'regional-office' as const,
        reason: 'repeated late declarations',
        requestedBy: 'office-ub-1',
      };
      await handle.signal(revalidationTriggerSignal, trigger);
      await handle.signal(revalidationTriggerSignal, trigger);
      await waitFor(handle, 'self-assessment', 1);
      await act(handle, { action: 'self-assessment-updated', by: 'trader-1', changedQuestions: 1 });
      await waitFor(handle, 'validation', 1);
      expect((await state(handle)).validation).toMatchObject({ siteVisitRequired: true });
      // The report is late: a reminder, then the escalation.
      await testbed.env.sleep('91 days');
      await handle.signal(validationReportSignal, report('refuse'));
      await waitFor(handle, 'decision', 1);
      await act(handle, { action: 'suspend', by: 'executive-1', grounds: ['financial solvency no longer shown'] });
      const hearing = await act(handle, {
        action: 'intend-revocation',
        by: 'executive-1',
        grounds: ['no remediation plan', 'insolvency proceedings'],
      });
      expect(hearing).toMatchObject({
        stage: 'revocation-hearing',
        revocation: { grounds: ['no remediation plan', 'insolvency proceedings'] },
      });
      await act(handle, { action: 'hearing-response', by: 'trader-1', response: 'a new investor joins next month' });
      await waitFor(handle, 'revocation-decision', 1);
      const decidedAt = await testbed.env.currentTimeMs();
      const revoking = await act(handle, {
        action: 'revoke',
        by: 'executive-2',
        reasons: ['the comments do not change the grounds'],
        effectiveFrom: new Date(decidedAt + 10 * DAY_MS).toISOString(),
      });
      expect(revoking.stage).toBe('revoking');
      const outcome = await handle.result();
      await recordHistory('revoked-after-suspension', handle);
      return { outcome, decidedAt };
    });
    expect(result.outcome).toMatchObject({ outcome: 'revoked', cycle: 1 });
    expect(fake.names()).toEqual([
      'startRevalidation',
      'noteRevalidation:self-assessment-updated',
      'assessOperatorRisk',
      'openValidationCase',
      'remindValidationReport:reminder',
      'remindValidationReport:overdue',
      'recordSuspension',
      'openRevocationHearing',
      'noteRevocation:hearing-response',
      'recordRevocation',
    ]);
    // The repeated trigger started nothing more.
    expect(fake.of('startRevalidation')).toHaveLength(1);
    const revoked = fake.of('recordRevocation')[0];
    expect(revoked.at - result.decidedAt).toBeGreaterThanOrEqual(10 * DAY_MS);
    expect(revoked.args).toMatchObject({
      decidedBy: 'executive-2',
      grounds: ['no remediation plan', 'insolvency proceedings', 'the comments do not change the grounds'],
    });
  });

  it('drops an intended revocation, suspends at the holder’s request, and refuses actions that do not fit the stage', async () => {
    const fake = fakes();
    const number = 'MN-AEOF-2026-10004';
    await withWorkers(fake, async () => {
      const handle = await start(number);
      expect(await refusal(act(handle, { action: 'reinstate', by: 'executive-1', reasons: ['x'] }))).toContain(
        'possible: suspend, request-suspension, intend-revocation, surrender',
      );
      await act(handle, { action: 'intend-revocation', by: 'executive-1', grounds: ['suspected fraud'] });
      // Nobody comments: the hearing period ends, then customs drops the revocation.
      await testbed.env.sleep('31 days');
      await waitFor(handle, 'revocation-decision');
      expect((await state(handle)).revocation).toMatchObject({ expired: true });
      const back = await act(handle, {
        action: 'drop-revocation',
        by: 'executive-1',
        reasons: ['the fraud suspicion was cleared'],
      });
      expect(back.stage).toBe('monitoring');
      const requested = await act(handle, {
        action: 'request-suspension',
        by: 'trader-1',
        reason: 'warehouse rebuilt',
        measures: ['rebuild the fence'],
        periodDays: 90,
      });
      expect(requested).toMatchObject({
        stage: 'suspended',
        suspension: { requestedByHolder: true, plan: { periodDays: 90 } },
      });
      await act(handle, { action: 'surrender', by: 'trader-1', reason: 'leaving the programme' });
      await handle.result();
    });
    expect(fake.names()).toEqual([
      'openRevocationHearing',
      'noteRevocation:dropped',
      'recordSuspension',
      'recordSuspensionProgress:remediation-plan-submitted',
      'recordSurrender',
    ]);
    expect(fake.of('recordSuspension')[0].args).toMatchObject({
      requestedByHolder: true,
      grounds: ["at the holder's request: warehouse rebuilt"],
    });
  });

  it('a trigger calling for a site visit after a desk-review validation opened leads to a follow-up cycle with a visit', async () => {
    const fake = fakes();
    const number = 'MN-AEOF-2026-10006';
    await withWorkers(fake, async () => {
      const handle = await start(number);
      expect((await toValidation(handle, 'office-1')).validation).toMatchObject({ siteVisitRequired: false });
      await handle.signal(revalidationTriggerSignal, {
        triggerId: 'alert-9',
        source: 'risk-alert',
        reason: 'critical infringement',
        requestedBy: 'risk-engine',
        siteVisit: true,
      });
      await handle.signal(validationReportSignal, report());
      await waitFor(handle, 'decision', 1);
      expect((await state(handle)).pendingTriggers).toEqual([expect.objectContaining({ triggerId: 'alert-9' })]);
      await act(handle, { action: 'confirm', by: 'executive-1', reasons: ['desk review fine'] });
      const followUp = await waitFor(handle, 'self-assessment', 2);
      expect(followUp.trigger).toMatchObject({ triggerId: 'alert-9', siteVisit: true });
      await act(handle, { action: 'surrender', by: 'trader-1', reason: 'end of test' });
      await handle.result();
    });
    expect(fake.of('startRevalidation').map((c) => c.args['cycle'])).toEqual([1, 2]);
  });

  it('closes the open validation case when a surrender ends the cycle', async () => {
    const fake = fakes();
    const number = 'MN-AEOC-2026-10007';
    await withWorkers(fake, async () => {
      const handle = await start(number);
      await toValidation(handle, 'office-2');
      await act(handle, { action: 'surrender', by: 'trader-1', reason: 'business closed' });
      expect(await handle.result()).toMatchObject({ outcome: 'surrendered', cycle: 1 });
    });
    expect(fake.of('closeValidationCase').map((c) => c.args)).toEqual([
      { caseId: CASE_ID, cause: 'authorisation-surrendered', reason: 'business closed', closedBy: 'trader-1' },
    ]);
    // The case is closed once the surrender is recorded (a surrender that fails leaves the cycle and its case as they were).
    expect(fake.names().indexOf('closeValidationCase')).toBeGreaterThan(fake.names().indexOf('recordSurrender'));
  });

  it('clears its revalidation due date from the search attributes when a surrender or a revocation ends it', async () => {
    const fake = fakes();
    await withWorkers(fake, async () => {
      // Started as the applications service starts it: with the stage and the due date as search attributes.
      const startIndexed = async (authorisationNumber: string) => {
        const args = await input(authorisationNumber);
        return testbed.env.client.workflow.start(revalidationWorkflow, {
          taskQueue: TASK_QUEUES.certification,
          workflowId: revalidationWorkflowId(authorisationNumber),
          args: [args],
          typedSearchAttributes: [
            { key: SEARCH_ATTRIBUTE_KEYS.stage, value: 'monitoring' },
            { key: SEARCH_ATTRIBUTE_KEYS.revalidationDue, value: new Date(args.nextDueAt) },
          ],
        });
      };
      // The test server knows no search attribute of ours until registered (once per server; the other cases start without any).
      const { IndexedValueType } = (await import('@temporalio/proto')).temporal.api.enums.v1;
      await testbed.env.connection.operatorService.addSearchAttributes({
        namespace: testbed.env.namespace ?? 'default',
        searchAttributes: {
          AeoStage: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
          AeoRevalidationDue: IndexedValueType.INDEXED_VALUE_TYPE_DATETIME,
        },
      });
      const attributes = async (handle: WorkflowHandle) => (await handle.describe()).typedSearchAttributes;

      const surrendered = await startIndexed('MN-AEOC-2026-10011');
      await waitFor(surrendered, 'monitoring');
      expect((await attributes(surrendered)).get(SEARCH_ATTRIBUTE_KEYS.revalidationDue)).toBeInstanceOf(Date);
      await act(surrendered, { action: 'surrender', by: 'trader-1', reason: 'business closed' });
      expect(await surrendered.result()).toMatchObject({ outcome: 'surrendered' });
      expect((await attributes(surrendered)).get(SEARCH_ATTRIBUTE_KEYS.stage)).toBe('surrendered');
      expect((await attributes(surrendered)).get(SEARCH_ATTRIBUTE_KEYS.revalidationDue)).toBeUndefined();

      const revoked = await startIndexed('MN-AEOF-2026-10012');
      await waitFor(revoked, 'monitoring');
      await act(revoked, { action: 'intend-revocation', by: 'executive-1', grounds: ['insolvency proceedings'] });
      await act(revoked, { action: 'hearing-response', by: 'trader-1', response: 'none' });
      await waitFor(revoked, 'revocation-decision');
      await act(revoked, { action: 'revoke', by: 'executive-2', reasons: ['grounds stand'] });
      expect(await revoked.result()).toMatchObject({ outcome: 'revoked' });
      expect((await attributes(revoked)).get(SEARCH_ATTRIBUTE_KEYS.stage)).toBe('revoked');
      expect((await attributes(revoked)).get(SEARCH_ATTRIBUTE_KEYS.revalidationDue)).toBeUndefined();
    });
  });

  const PG_ERROR = '22P05: unsupported Unicode escape sequence';

  it('refuses an action whose activity fails for good (data the database refuses), alerts operations, and takes the next action at once', async () => {
    const fake = fakes();
    const number = 'MN-AEOF-2026-10008';
    fake.register.recordReinstatement = refusingPoison(
      'recordReinstatement',
      fake.register.recordReinstatement,
      PG_ERROR,
    );
    await withWorkers(fake, async () => {
      const handle = await start(number);
      await waitFor(handle, 'monitoring');
      await act(handle, { action: 'suspend', by: 'executive-1', grounds: ['access control failed'] });
      const cause = await updateRefusal(
        act(handle, { action: 'reinstate', by: 'executive-1', reasons: [`measures verified ${POISON}`] }),
      );
      expect(cause.type).toBe(FAILURE_TYPES.invalidData);
      expect(cause.message).toContain(
        '"reinstate" could not be applied: recordReinstatement: invalid data (PostgreSQL 22P05',
      );
      expect(cause.message).toContain('Nothing changed');
      // The stage is unchanged and the next action is taken at once (no "Another action is being applied").
      const stillSuspended = await state(handle);
      expect(stillSuspended.stage).toBe('suspended');
      expect(stillSuspended.history.at(-1)!.note).toContain('could not be applied');
      const startedAt = Date.now();
      const reinstated = await act(handle, {
        action: 'reinstate',
        by: 'executive-1',
        reasons: ['measures verified on site'],
      });
      expect(reinstated.stage).toBe('monitoring');
      expect(Date.now() - startedAt).toBeLessThan(10_000);
      await waitFor(handle, 'monitoring');
      await recordHistory(
        'action-refused-then-applied',
        testbed.env.client.workflow.getHandle(handle.workflowId, handle.firstExecutionRunId),
      );
      await act(handle, { action: 'surrender', by: 'trader-1', reason: 'end of test' });
      expect(await handle.result()).toMatchObject({ outcome: 'surrendered' });
    });
    expect(fake.names()).toEqual([
      'recordSuspension',
      'alertWorkflowFailure',
      'recordReinstatement',
      'recordSurrender',
    ]);
    expect(fake.of('alertWorkflowFailure')[0].args).toEqual({
      workflowId: revalidationWorkflowId(number),
      process: 'revalidation',
      applicationId: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b',
      operatorId: '5b0a9c3e-6c55-4b8e-9d7e-2f1f6c1b2a33',
      taxpayerId: '1234567',
      region: 'ULAANBAATAR',
      authorisationNumber: number,
      action: 'reinstate',
      outcome: 'action-refused',
      activity: 'recordReinstatement',
      failureType: FAILURE_TYPES.invalidData,
      detail: 'recordReinstatement: invalid data (PostgreSQL 22P05: unsupported Unicode escape sequence)',
      by: 'executive-1',
    });
  });

  it('a trigger whose start cannot be recorded still starts its cycle, and operations hear of the skipped step', async () => {
    const fake = fakes();
    const number = 'MN-AEOF-2026-10009';
    fake.register.startRevalidation = refusingPoison('startRevalidation', fake.register.startRevalidation, PG_ERROR);
    await withWorkers(fake, async () => {
      const handle = await start(number);
      await handle.signal(revalidationTriggerSignal, {
        triggerId: 'office-9',
        source: 'regional-office',
        reason: `late declarations ${POISON}`,
        requestedBy: 'office-ub-1',
      });
      const cycle = await waitFor(handle, 'self-assessment', 1);
      expect(cycle.history.map((h) => h.note)).toContain(
        'revalidation start skipped: startRevalidation: invalid data (PostgreSQL 22P05: unsupported Unicode escape sequence)',
      );
      await act(handle, { action: 'self-assessment-updated', by: 'trader-1', changedQuestions: 2 });
      await waitFor(handle, 'validation', 1);
      await act(handle, { action: 'surrender', by: 'trader-1', reason: 'end of test' });
      await handle.result();
    });
    expect(fake.of('alertWorkflowFailure').map((c) => c.args)).toEqual([
      expect.objectContaining({ action: 'revalidation start', outcome: 'step-skipped', activity: 'startRevalidation' }),
    ]);
  });

  it('rejects invalid input with the field named', async () => {
    const handle = await testbed.env.client.workflow.start(revalidationWorkflow, {
      taskQueue: TASK_QUEUES.certification,
      workflowId: 'revalidation-invalid-input',
      args: [{ ...(await input('MN-AEOF-2026-10005')), policy: { intervalMonths: 60 } } as RevalidationInput],
    });
    const fake = fakes();
    await withWorkers(fake, async () => {
      await expect(handle.result()).rejects.toMatchObject({
        cause: { message: expect.stringContaining('policy.intervalMonths') },
      });
    });
  });
});
