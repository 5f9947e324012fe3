import { WorkflowFailedError, WorkflowHandle, WorkflowUpdateFailedError } from '@temporalio/client';
import { TASK_QUEUES } from '../shared/task-queues';
import { POISON, certificationInput, dataFailure, recordingFakes, refusingPoison } from '../shared/testing/fakes';
import { updateRefusal } from '@aeo/testing';
import { DAY_MS, untilState, useWorkflowTestbed } from '../shared/testing/testbed';
import type { RiskRecommendation } from '../risk/risk.contract';
import {
  ExecutiveDecision,
  FAILURE_TYPES,
  acceptanceDecisionSignal,
  certificationStateQuery,
  certificationWorkflow,
  certificationWorkflowId,
  executiveDecisionUpdate,
  hearingResponseSignal,
  validationReportSignal,
  withdrawalSignal,
  informationReceivedSignal,
  informationRequestedSignal,
} from '../index';

jest.setTimeout(180_000);

const CASE_ID = '9d1f0c2e-3b4a-4c5d-8e6f-7a8b9c0d1e2f';

/** The activities of a certification withdrawn during validation, in order. */
const WITHDRAWN_IN_VALIDATION = ['recordAcceptance', 'assessOperatorRisk', 'openValidationCase', 'closeValidationCase'];

describe('certification workflow (time-skipping)', () => {
  const testbed = useWorkflowTestbed(__dirname);
  const { withWorkers, recordHistory } = testbed;
  const fakes = (recommendation: RiskRecommendation = 'proceed') =>
    recordingFakes({ caseId: CASE_ID, riskScore: 31.5, recommendation });

  const input = async (applicationId: string) => certificationInput(applicationId, await testbed.env.currentTimeMs());

  const start = async (applicationId: string) =>
    testbed.env.client.workflow.start(certificationWorkflow, {
      taskQueue: TASK_QUEUES.certification,
      workflowId: certificationWorkflowId(applicationId),
      args: [await input(applicationId)],
    });
  const report = (recommendation: 'grant' | 'refuse' = 'grant') => ({
    caseId: CASE_ID,
    recommendation,
    summary: 'desk review and site visit done',
    submittedBy: 'validator-7',
  });
  const waitForStage = (handle: WorkflowHandle, stage: string) =>
    untilState(
      () => handle.query(certificationStateQuery),
      (state) => state.stage === stage,
      `workflow never reached ${stage}`,
    );
  const waitForNote = (handle: WorkflowHandle, note: RegExp) =>
    untilState(
      () => handle.query(certificationStateQuery),
      (state) => state.history.some((h) => note.test(h.note)),
      `no history note ${note}`,
    );

  /** Accepted, validated with this recommendation, waiting for the executive. */
  const toDecision = async (handle: WorkflowHandle, recommendation: 'grant' | 'refuse') => {
    await handle.signal(acceptanceDecisionSignal, { decision: 'accept', decidedBy: 'officer-1' });
    await waitForStage(handle, 'validation');
    await handle.signal(validationReportSignal, report(recommendation));
    await waitForStage(handle, 'decision');
  };

  it('deems the application accepted when customs does not decide within 30 days, then assesses risk and opens validation', async () => {
    const fake = fakes('proceed-with-enhanced-validation');
    const applicationId = 'a1c1e0f2-7d1b-4c8a-9b5e-0f6d7e8a9b01';
    await withWorkers(fake, async () => {
      const handle = await start(applicationId);
      await testbed.env.sleep('29 days');
      expect((await handle.query(certificationStateQuery)).stage).toBe('acceptance');
      expect(fake.calls).toHaveLength(0);
      await testbed.env.sleep('2 days');
      await waitForStage(handle, 'validation');
      const state = await handle.query(certificationStateQuery);
      expect(state.risk).toEqual({
        score: 31.5,
        recommendation: 'proceed-with-enhanced-validation',
        modelVersion: 'risk-model.v1',
      });
      expect(state.validation).toMatchObject({ caseId: CASE_ID, siteVisitRequired: true });
      await handle.signal(withdrawalSignal, { withdrawnBy: 'trader-1', reason: 'end of test' });
      expect(await handle.result()).toEqual({ outcome: 'withdrawn', deemed: false });
    });
    // The withdrawal closes the open case, so it leaves the validator's workload.
    expect(fake.names()).toEqual(WITHDRAWN_IN_VALIDATION);
    expect(fake.calls[0].args).toMatchObject({ applicationId, deemed: true, decidedBy: 'system:deemed-acceptance' });
    expect(fake.calls[3].args).toEqual({
      caseId: CASE_ID,
      cause: 'application-withdrawn',
      reason: 'end of test',
      closedBy: 'trader-1',
    });
  });

  it('stops the acceptance clock while requested information is awaited, and restarts it where it stood', async () => {
    const fake = fakes();
    const applicationId = 'a1c1e0f2-7d1b-4c8a-9b5e-0f6d7e8a9b08';
    const requestId = '3c9e1a2b-4d5f-4a6b-8c7d-9e0f1a2b3c4d';
    await withWorkers(fake, async () => {
      const handle = await start(applicationId);
      await testbed.env.sleep('10 days');
      await handle.signal(informationRequestedSignal, {
        requestId,
        requestedBy: 'officer-1',
        dueBy: new Date((await testbed.env.currentTimeMs()) + 30 * DAY_MS).toISOString(),
      });
      // 60 days later nothing is deemed: the clock stood still at 20 days left.
      await testbed.env.sleep('60 days');
      expect((await handle.query(certificationStateQuery)).stage).toBe('acceptance');
      await handle.signal(informationReceivedSignal, { requestId, respondedBy: 'trader-1' });
      await testbed.env.sleep('19 days');
      const waiting = await handle.query(certificationStateQuery);
      expect(waiting.stage).toBe('acceptance');
      expect(waiting.informationRequests).toEqual([
        expect.objectContaining({ requestId, receivedAt: expect.any(String) }),
      ]);
      await testbed.env.sleep('2 days');
      await waitForStage(handle, 'validation');
      await handle.signal(withdrawalSignal, { withdrawnBy: 'trader-1', reason: 'end of test' });
      await handle.result();
    });
    expect(fake.calls[0]).toMatchObject({ name: 'recordAcceptance', args: { deemed: true } });
  });

  it('goes from acceptance to a grant that takes effect 5 days after the decision', async () => {
    const fake = fakes();
    const applicationId = 'a1c1e0f2-7d1b-4c8a-9b5e-0f6d7e8a9b02';
    const { result, state } = await withWorkers(fake, async () => {
      const handle = await start(applicationId);
      await testbed.env.sleep('3 days');
      await handle.signal(acceptanceDecisionSignal, { decision: 'accept', decidedBy: 'officer-1' });
      await waitForStage(handle, 'validation');
      // A report for another case is ignored.
      await handle.signal(validationReportSignal, { ...report(), caseId: '00000000-0000-4000-8000-000000000000' });
      await testbed.env.sleep('40 days');
      expect((await handle.query(certificationStateQuery)).stage).toBe('validation');
      await handle.signal(validationReportSignal, report());
      await waitForStage(handle, 'decision');
      const after = await handle.executeUpdate(executiveDecisionUpdate, {
        args: [
          {
            decision: 'grant',
            decidedBy: 'executive-1',
            reasons: ['all criteria met'],
            conditions: ['annual security self-audit'],
          },
        ],
      });
      expect(after.stage).toBe('granted');
      const outcome = await handle.result();
      await recordHistory('granted', handle);
      return { result: outcome, state: after };
    });
    expect(result).toMatchObject({ outcome: 'granted', deemed: false, authorisationNumber: 'MN-AEOF-2026-0001' });
    const issued = fake.calls.find((c) => c.name === 'issueAuthorisation')!;
    expect(issued.args).toMatchObject({
      applicationId,
      decidedBy: 'executive-1',
      conditions: ['annual security self-audit'],
    });
    expect(Date.parse(issued.args['effectiveFrom'] as string) - Date.parse(issued.args['decidedAt'] as string)).toBe(
      5 * DAY_MS,
    );
    expect(state.history.map((h) => h.stage)).toEqual([
      'acceptance',
      'risk-assessment',
      'validation',
      'decision',
      'granted',
    ]);
    expect(fake.names()).toEqual([
      'recordAcceptance',
      'assessOperatorRisk',
      'openValidationCase',
      'issueAuthorisation',
    ]);
  });

  it('hears the operator before refusing: the grounds, its comments, then the final refusal', async () => {
    const fake = fakes();
    const applicationId = 'a1c1e0f2-7d1b-4c8a-9b5e-0f6d7e8a9b03';
    const result = await withWorkers(fake, async () => {
      const handle = await start(applicationId);
      await toDecision(handle, 'refuse');
      const hearing = await handle.executeUpdate(executiveDecisionUpdate, {
        args: [{ decision: 'refuse', decidedBy: 'executive-1', reasons: ['no security plan for the warehouse'] }],
      });
      expect(hearing.stage).toBe('hearing');
      expect(Date.parse(hearing.hearing!.respondBy) - (await testbed.env.currentTimeMs())).toBeGreaterThan(29 * DAY_MS);
      // No decision while the operator may still comment.
      await expect(
        handle.executeUpdate(executiveDecisionUpdate, {
          args: [{ decision: 'refuse', decidedBy: 'executive-1', reasons: ['again'] }],
        }),
      ).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
      await testbed.env.sleep('10 days');
      await handle.signal(hearingResponseSignal, {
        respondedBy: 'trader-1',
        response: 'a plan is attached; the fence is being built',
      });
      await waitForStage(handle, 'final-decision');
      const final = await handle.executeUpdate(executiveDecisionUpdate, {
        args: [{ decision: 'refuse', decidedBy: 'executive-2', reasons: ['the plan does not cover access control'] }],
      });
      expect(final.stage).toBe('refused');
      const outcome = await handle.result();
      await recordHistory('refused-after-hearing', handle);
      return outcome;
    });
    expect(result).toMatchObject({ outcome: 'refused' });
    expect(fake.calls.find((c) => c.name === 'openHearing')!.args).toMatchObject({
      grounds: ['no security plan for the warehouse'],
      decidedBy: 'executive-1',
    });
    expect(fake.calls.find((c) => c.name === 'recordRefusal')!.args).toEqual({
      applicationId,
      decidedBy: 'executive-2',
      reasons: ['the plan does not cover access control'],
      hearing: { responded: true, response: 'a plan is attached; the fence is being built' },
    });
  });

  it('closes the hearing when its 30 days pass without comments; a grant is still possible', async () => {
    const fake = fakes();
    const applicationId = 'a1c1e0f2-7d1b-4c8a-9b5e-0f6d7e8a9b04';
    const result = await withWorkers(fake, async () => {
      const handle = await start(applicationId);
      await toDecision(handle, 'refuse');
      await handle.executeUpdate(executiveDecisionUpdate, {
        args: [{ decision: 'refuse', decidedBy: 'executive-1', reasons: ['gaps in the records'] }],
      });
      await testbed.env.sleep('29 days');
      expect((await handle.query(certificationStateQuery)).stage).toBe('hearing');
      await testbed.env.sleep('2 days');
      await waitForStage(handle, 'final-decision');
      expect((await handle.query(certificationStateQuery)).hearing).toMatchObject({ expired: true });
      await handle.executeUpdate(executiveDecisionUpdate, {
        args: [{ decision: 'grant', decidedBy: 'executive-1', reasons: ['records completed meanwhile'] }],
      });
      return handle.result();
    });
    expect(result.outcome).toBe('granted');
  });

  it('reminds before and escalates after the validation report and decision deadlines; extends the decision period once, by at most 60 days', async () => {
    const fake = fakes();
    const applicationId = 'a1c1e0f2-7d1b-4c8a-9b5e-0f6d7e8a9b05';
    await withWorkers(fake, async () => {
      const handle = await start(applicationId);
      await handle.signal(acceptanceDecisionSignal, { decision: 'accept', decidedBy: 'officer-1' });
      await waitForStage(handle, 'validation');
      const acceptedAt = await testbed.env.currentTimeMs();
      // Nothing can be decided before the report.
      await expect(
        handle.executeUpdate(executiveDecisionUpdate, {
          args: [{ decision: 'grant', decidedBy: 'executive-1', reasons: ['too early'] }],
        }),
      ).rejects.toHaveProperty('cause.message', expect.stringMatching(/no decision can be taken at stage validation/i));
      await testbed.env.sleep('77 days');
      expect(fake.names()).toContain('remindValidationReport:reminder');
      await testbed.env.sleep('14 days');
      expect(fake.names()).toContain('remindValidationReport:overdue');
      await handle.signal(validationReportSignal, report());
      await waitForStage(handle, 'decision');
      await testbed.env.sleep('16 days');
      expect(fake.names()).toContain('recordDecisionDeadline:due');
      expect(fake.names()).not.toContain('recordDecisionDeadline:overdue');
      await testbed.env.sleep('14 days');
      expect(fake.names()).toContain('recordDecisionDeadline:overdue');

      // A value beyond the programme's limit is refused as invalid input naming the field (the services answer 422), a stage refusal as before (409).
      await expect(
        handle.executeUpdate(executiveDecisionUpdate, {
          args: [{ decision: 'extend', decidedBy: 'executive-1', reasons: ['third-country supplier audit'], days: 61 }],
        }),
      ).rejects.toMatchObject({
        cause: { type: FAILURE_TYPES.invalidInput, message: 'days: an extension is at most 60 days' },
      });
      const extended = await handle.executeUpdate(executiveDecisionUpdate, {
        args: [{ decision: 'extend', decidedBy: 'executive-1', reasons: ['third-country supplier audit'], days: 45 }],
      });
      expect(Date.parse(extended.decisionDeadline!) - acceptedAt).toBeGreaterThanOrEqual(165 * DAY_MS - DAY_MS);
      await expect(
        handle.executeUpdate(executiveDecisionUpdate, {
          args: [{ decision: 'extend', decidedBy: 'executive-1', reasons: ['more time'], days: 10 }],
        }),
      ).rejects.toMatchObject({ cause: { type: 'Error', message: expect.stringMatching(/extended already/) } });
      // The new deadline gets its own "due" and "overdue".
      await testbed.env.sleep('46 days');
      const deadlineEvents = fake.calls.filter((c) => c.name === 'recordDecisionDeadline').map((c) => c.args['kind']);
      expect(deadlineEvents).toEqual(['due', 'overdue', 'extended', 'due', 'overdue']);
      await handle.executeUpdate(executiveDecisionUpdate, {
        args: [{ decision: 'grant', decidedBy: 'executive-1', reasons: ['late but complete'] }],
      });
      expect((await handle.result()).outcome).toBe('granted');
    });
  });

  it('records a rejection at acceptance with its reason', async () => {
    const fake = fakes();
    const applicationId = 'a1c1e0f2-7d1b-4c8a-9b5e-0f6d7e8a9b06';
    const result = await withWorkers(fake, async () => {
      const handle = await start(applicationId);
      await testbed.env.sleep('1 day');
      await handle.signal(acceptanceDecisionSignal, {
        decision: 'reject',
        decidedBy: 'officer-2',
        reason: 'barred for 3 years after revocation',
      });
      return handle.result();
    });
    expect(result).toEqual({ outcome: 'rejected', deemed: false });
    expect(fake.calls.map((c) => ({ name: c.name, args: c.args }))).toEqual([
      {
        name: 'recordRejection',
        args: { applicationId, decidedBy: 'officer-2', reason: 'barred for 3 years after revocation' },
      },
    ]);
  });

  it('ends withdrawn when the application is withdrawn before acceptance (no deadline watch has started)', async () => {
    const fake = fakes();
    const applicationId = 'a1c1e0f2-7d1b-4c8a-9b5e-0f6d7e8a9b0e';
    const result = await withWorkers(fake, async () => {
      const handle = await start(applicationId);
      await testbed.env.sleep('2 days');
      await handle.signal(withdrawalSignal, { withdrawnBy: 'trader-1', reason: 'filed by mistake' });
      const outcome = await handle.result();
      await recordHistory('withdrawn-before-acceptance', handle);
      return outcome;
    });
    expect(result).toEqual({ outcome: 'withdrawn', deemed: false });
    expect(fake.calls).toEqual([]);
  });

  it('fails fast, without retrying, on invalid input', async () => {
    await withWorkers(fakes(), async () => {
      const bad = {
        ...(await input('a1c1e0f2-7d1b-4c8a-9b5e-0f6d7e8a9b07')),
        region: '',
        timeLimits: { acceptanceDays: 0, decisionDays: 120 },
      };
      const promise = testbed.env.client.workflow.execute(certificationWorkflow, {
        taskQueue: TASK_QUEUES.certification,
        workflowId: 'certification-invalid',
        args: [bad],
      });
      await expect(promise).rejects.toBeInstanceOf(WorkflowFailedError);
      await expect(promise).rejects.toHaveProperty(
        'cause.message',
        expect.stringMatching(/region: .*timeLimits.acceptanceDays/),
      );
    });
  });

  it('an acceptance or a decision whose activity fails for good is refused with the reason, operations are alerted, and the next one is applied', async () => {
    const fake = fakes();
    const applicationId = 'a1c1e0f2-7d1b-4c8a-9b5e-0f6d7e8a9b0a';
    fake.applications.recordAcceptance = refusingPoison('recordAcceptance', fake.applications.recordAcceptance);
    fake.applications.issueAuthorisation = refusingPoison('issueAuthorisation', fake.applications.issueAuthorisation);
    await withWorkers(fake, async () => {
      const handle = await start(applicationId);
      // A signalled acceptance that cannot be recorded: noted, and the acceptance is awaited again.
      await handle.signal(acceptanceDecisionSignal, { decision: 'accept', decidedBy: `officer-1 ${POISON}` });
      await waitForNote(handle, /^acceptance could not be recorded/);
      expect((await handle.query(certificationStateQuery)).stage).toBe('acceptance');
      await toDecision(handle, 'grant');
      const cause = await updateRefusal(
        handle.executeUpdate(executiveDecisionUpdate, {
          args: [
            { decision: 'grant', decidedBy: 'executive-1', reasons: [`all criteria met ${POISON}`], conditions: [] },
          ],
        }),
      );
      expect(cause.type).toBe(FAILURE_TYPES.invalidData);
      expect(cause.message).toContain('The grant decision could not be applied: issueAuthorisation: invalid data');
      expect((await handle.query(certificationStateQuery)).stage).toBe('decision');
      // The next decision is taken at once (no "Another decision is being applied").
      const granted = await handle.executeUpdate(executiveDecisionUpdate, {
        args: [{ decision: 'grant', decidedBy: 'executive-1', reasons: ['all criteria met'], conditions: [] }],
      });
      expect(granted.stage).toBe('granted');
      expect(await handle.result()).toMatchObject({ outcome: 'granted', authorisationNumber: 'MN-AEOF-2026-0001' });
      await recordHistory('refused-by-activity-then-granted', handle);
    });
    expect(fake.names()).toEqual([
      'alertWorkflowFailure',
      'recordAcceptance',
      'assessOperatorRisk',
      'openValidationCase',
      'alertWorkflowFailure',
      'issueAuthorisation',
    ]);
    const alerts = fake.calls.filter((c) => c.name === 'alertWorkflowFailure').map((c) => c.args);
    expect(alerts).toEqual([
      expect.objectContaining({
        process: 'certification',
        applicationId,
        action: 'acceptance',
        outcome: 'action-refused',
        activity: 'recordAcceptance',
        failureType: FAILURE_TYPES.invalidData,
      }),
      expect.objectContaining({
        process: 'certification',
        applicationId,
        action: 'decision:grant',
        outcome: 'action-refused',
        activity: 'issueAuthorisation',
        by: 'executive-1',
      }),
    ]);
  });

  it('sends the decision-due and overdue notices once, even when final decisions are refused for bad data meanwhile', async () => {
    const fake = fakes();
    const applicationId = 'a1c1e0f2-7d1b-4c8a-9b5e-0f6d7e8a9b0b';
    fake.applications.issueAuthorisation = refusingPoison('issueAuthorisation', fake.applications.issueAuthorisation);
    const notices = () => fake.calls.filter((c) => c.name === 'recordDecisionDeadline').map((c) => c.args['kind']);
    const grant = (reason: string) => ({
      args: [{ decision: 'grant', decidedBy: 'executive-1', reasons: [reason] }] as [ExecutiveDecision],
    });
    await withWorkers(fake, async () => {
      const handle = await start(applicationId);
      await toDecision(handle, 'grant');
      await testbed.env.sleep('107 days');
      expect(notices()).toEqual(['due']);
      await expect(handle.executeUpdate(executiveDecisionUpdate, grant(`complete ${POISON}`))).rejects.toBeInstanceOf(
        WorkflowUpdateFailedError,
      );
      await testbed.env.sleep('1 day');
      expect(notices()).toEqual(['due']);
      await testbed.env.sleep('14 days');
      expect(notices()).toEqual(['due', 'overdue']);
      await expect(handle.executeUpdate(executiveDecisionUpdate, grant(`late ${POISON}`))).rejects.toBeInstanceOf(
        WorkflowUpdateFailedError,
      );
      await testbed.env.sleep('1 day');
      expect((await handle.executeUpdate(executiveDecisionUpdate, grant('complete'))).stage).toBe('granted');
      expect((await handle.result()).outcome).toBe('granted');
      await recordHistory('deadline-notices-once-after-refused-grants', handle);
    });
    expect(notices()).toEqual(['due', 'overdue']);
    expect(fake.names().filter((name) => name === 'alertWorkflowFailure')).toHaveLength(2);
  });

  /** Fakes whose deemed acceptance fails for good while `refuse.deemed` holds; `refuse.attempts` counts its attempts. */
  function refusingDeemedAcceptance() {
    const fake = fakes();
    const refuse = { deemed: true, attempts: 0 };
    const { recordAcceptance } = fake.applications;
    fake.applications.recordAcceptance = async (args) => {
      if (args.deemed) refuse.attempts++;
      if (args.deemed && refuse.deemed) throw dataFailure('recordAcceptance');
      return recordAcceptance(args);
    };
    return { fake, refuse };
  }

  it('holds a deemed acceptance that cannot be recorded at acceptance, alerts once and records it again until it goes in; a rejection meanwhile is ignored', async () => {
    const { fake, refuse } = refusingDeemedAcceptance();
    const applicationId = 'a1c1e0f2-7d1b-4c8a-9b5e-0f6d7e8a9b0c';
    await withWorkers(fake, async () => {
      const handle = await start(applicationId);
      await testbed.env.sleep('31 days');
      await waitForNote(handle, /^acceptance could not be recorded .*retried until it is recorded/);
      // A day after the period ended: retried after 1, 3, 7 and 15 hours (then 31, then every day); nothing goes on meanwhile.
      const held = await handle.query(certificationStateQuery);
      expect(held.stage).toBe('acceptance');
      expect(held.decisionDeadline).toBeUndefined();
      expect(refuse.attempts).toBe(5);
      await handle.signal(acceptanceDecisionSignal, {
        decision: 'reject',
        decidedBy: 'officer-2',
        reason: 'too late to accept',
      });
      await waitForNote(handle, /^rejection by officer-2 ignored/);
      expect((await handle.query(certificationStateQuery)).stage).toBe('acceptance');
      // Operations corrected the data: the next attempt records it and the process goes on.
      refuse.deemed = false;
      await testbed.env.sleep('1 day');
      await waitForStage(handle, 'validation');
      expect((await handle.query(certificationStateQuery)).decisionDeadline).toEqual(expect.any(String));
      await handle.signal(withdrawalSignal, { withdrawnBy: 'trader-1', reason: 'end of test' });
      await handle.result();
      await recordHistory('deemed-acceptance-held-then-recorded', handle);
    });
    expect(fake.names()).toEqual(['alertWorkflowFailure', ...WITHDRAWN_IN_VALIDATION]);
    expect(fake.calls[0].args).toMatchObject({
      process: 'certification',
      applicationId,
      action: 'acceptance',
      outcome: 'step-retried',
      activity: 'recordAcceptance',
      by: 'system:deemed-acceptance',
    });
    expect(fake.calls[1].args).toMatchObject({ applicationId, deemed: true, decidedBy: 'system:deemed-acceptance' });
  });

  it('records a customs acceptance given while a deemed acceptance cannot be recorded', async () => {
    const { fake } = refusingDeemedAcceptance();
    const applicationId = 'a1c1e0f2-7d1b-4c8a-9b5e-0f6d7e8a9b0d';
    await withWorkers(fake, async () => {
      const handle = await start(applicationId);
      await testbed.env.sleep('31 days');
      await waitForNote(handle, /^acceptance could not be recorded/);
      expect((await handle.query(certificationStateQuery)).stage).toBe('acceptance');
      await handle.signal(acceptanceDecisionSignal, { decision: 'accept', decidedBy: 'officer-1' });
      await waitForStage(handle, 'validation');
      await handle.signal(withdrawalSignal, { withdrawnBy: 'trader-1', reason: 'end of test' });
      await handle.result();
    });
    expect(fake.names()).toEqual(['alertWorkflowFailure', ...WITHDRAWN_IN_VALIDATION]);
    expect(fake.calls[1].args).toMatchObject({ applicationId, deemed: false, decidedBy: 'officer-1' });
  });
});
