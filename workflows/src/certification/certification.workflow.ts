import { ApplicationFailure, condition, log, patched, setHandler, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import { SEARCH_ATTRIBUTE_KEYS } from '../search-attributes';
import { applications, openValidationCase, risk, validation } from '../shared/activities';
import { invalidInput } from '../shared/errors';
import { issuesOf, parseWorkflowInput } from '../shared/input';
import { alerter, attempt, FailedForGood } from '../shared/failures';
import { adoptCorrelationId, workflowCorrelationId } from '../shared/correlation';
import {
  AcceptanceDecision,
  CertificationInput,
  CertificationResult,
  CertificationStage,
  CertificationState,
  ExecutiveDecision,
  HearingResponse,
  ValidationReport,
  Withdrawal,
  acceptanceDecisionSchema,
  acceptanceDecisionSignal,
  certificationInputSchema,
  certificationStateQuery,
  executiveDecisionSchema,
  executiveDecisionUpdate,
  hearingResponseSchema,
  hearingResponseSignal,
  validationReportSchema,
  validationReportSignal,
  withdrawalSchema,
  withdrawalSignal,
  informationReceivedSchema,
  informationReceivedSignal,
  informationRequestedSchema,
  informationRequestedSignal,
} from './certification.contract';

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/** Marks the change from the first slice (which ended at acceptance) to the whole process. */
export const FULL_PROCESS_PATCH = 'certification-full-process';
/** Marks the workflows whose decision-due and overdue notices go out once, even after a final decision that could not be recorded. */
export const DEADLINE_NOTICES_ONCE_PATCH = 'decision-deadline-notices-once';
/** Marks the workflows that stay at acceptance while a deemed acceptance cannot be recorded (before, they went on and every later step failed). */
export const DEEMED_ACCEPTANCE_HELD_PATCH = 'deemed-acceptance-held-until-recorded';

/**
 * Certification of one application, from submission to a published grant or refusal:
 *
 * 1. acceptance: customs accepts or rejects within the acceptance period, or the application is
 *    deemed accepted (EU UCC); the decision period starts at acceptance;
 * 2. risk assessment: the risk management service's assessment of the operator;
 * 3. validation: the validation service opens a case and its report is awaited, with a
 *    reminder before and an escalation after the report's due date;
 * 4. decision: an executive grants, refuses, or extends the decision period once (Temporal
 *    update, checked by its validator); "decision due" and "decision overdue" go out on time;
 * 5. before a refusal, the right to be heard: the operator may comment on the grounds within the
 *    hearing period; then the final decision (grant or refuse);
 * 6. a grant enters the authorisation in the register, effective after the effect period.
 *
 * A withdrawal (signalled by the applications service after it recorded it) ends the process at
 * any stage before the decision. Every stage is in the query, the history and the `AeoStage`
 * search attribute. A decision or an acceptance whose activity fails for good (data no retry can
 * fix) is refused with the reason (the update fails) or noted, operations are alerted, and the
 * workflow waits at the same stage for the next one; a deemed acceptance is recorded again later.
 */
export async function certificationWorkflow(rawInput: CertificationInput): Promise<CertificationResult> {
  const input = parseWorkflowInput(certificationInputSchema, rawInput, 'certification');
  const limits = input.timeLimits;
  let acceptanceDeadlineMs = Date.parse(input.submittedAt) + limits.acceptanceDays * DAY_MS;
  const state: CertificationState = { stage: 'acceptance', applicationId: input.applicationId, acceptanceDeadline: new Date(acceptanceDeadlineMs).toISOString(), history: [] };
  const enter = (stage: CertificationStage, note: string) => {
    state.stage = stage;
    state.history.push({ at: new Date().toISOString(), stage, note });
    // Only when the starter registered our attributes (the time-skipping test server has none).
    if (workflowInfo().typedSearchAttributes.get(SEARCH_ATTRIBUTE_KEYS.stage) !== undefined) {
      upsertSearchAttributes([{ key: SEARCH_ATTRIBUTE_KEYS.stage, value: stage }]);
    }
  };

  let acceptance: AcceptanceDecision | undefined;
  let report: ValidationReport | undefined;
  let hearingResponse: HearingResponse | undefined;
  let withdrawal: Withdrawal | undefined;
  /** Executive decisions waiting for the main flow; the update returns once its decision is applied. */
  const pending: { decision: ExecutiveDecision; correlationId?: string }[] = [];
  let applied = 0;
  let submitted = 0;
  /** Decisions (by ticket) whose activity failed for good: their update fails with the reason. */
  const failedDecisions = new Map<number, FailedForGood>();
  const alert = alerter({ process: 'certification', applicationId: input.applicationId, operatorId: input.operatorId, taxpayerId: input.taxpayerId, region: input.region });
  /**
   * Runs an activity; when it fails for good the step is noted, operations are alerted, and false
   * comes back (the caller carries on at its stage). `kind`: the executive's decision (its update
   * fails with the reason), a person's signalled decision (refused, awaited again), the
   * workflow's own step (skipped) or one it cannot go on without (retried).
   */
  const step = (name: string, run: () => Promise<unknown>, by?: string, kind: 'decision' | 'signal' | 'step' | 'retried' = 'step'): Promise<boolean> =>
    attempt(run, async (failure) => {
      const outcome = kind === 'step' ? 'step-skipped' : kind === 'retried' ? 'step-retried' : 'action-refused';
      const then = { 'action-refused': 'nothing changed', 'step-skipped': 'skipped', 'step-retried': 'retried until it is recorded' }[outcome];
      state.history.push({ at: new Date().toISOString(), stage: state.stage, note: `${name} could not be recorded (${failure.message}); ${then}` });
      if (kind === 'decision') {
        failedDecisions.set(applied + 1, failure);
        applied++;
      }
      await alert(failure, name, outcome, by);
    });

  setHandler(certificationStateQuery, () => state);
  setHandler(acceptanceDecisionSignal, (raw) => {
    const result = acceptanceDecisionSchema.safeParse(raw);
    if (!result.success) return log.warn('ignored invalid acceptance decision', { issues: issuesOf(result.error) });
    if (state.stage === 'acceptance' && !acceptance) acceptance = result.data;
  });
  setHandler(validationReportSignal, (raw) => {
    const result = validationReportSchema.safeParse(raw);
    if (!result.success) return log.warn('ignored invalid validation report', { issues: issuesOf(result.error) });
    if (state.stage === 'validation' && !report && result.data.caseId === state.validation?.caseId) report = result.data;
    else log.warn('ignored validation report', { stage: state.stage, caseId: result.data.caseId });
  });
  setHandler(hearingResponseSignal, (raw) => {
    const result = hearingResponseSchema.safeParse(raw);
    if (!result.success) return log.warn('ignored invalid hearing response', { issues: issuesOf(result.error) });
    if (state.stage === 'hearing' && !hearingResponse) hearingResponse = result.data;
  });
  // An open information request stops the acceptance clock; the reply restarts it where it stood.
  let openRequest: { requestId: string; since: number } | undefined;
  let requestChanges = 0;
  /** The acceptance period ended but the deemed acceptance is not recorded yet: no more information requests. */
  let deemedHeld = false;
  setHandler(informationRequestedSignal, (raw) => {
    const result = informationRequestedSchema.safeParse(raw);
    if (!result.success) return log.warn('ignored invalid information request', { issues: issuesOf(result.error) });
    if (state.stage !== 'acceptance' || acceptance || openRequest || deemedHeld) return log.warn('ignored information request', { stage: state.stage, requestId: result.data.requestId });
    openRequest = { requestId: result.data.requestId, since: Date.now() };
    (state.informationRequests ??= []).push({ requestId: result.data.requestId, requestedBy: result.data.requestedBy, requestedAt: new Date().toISOString(), dueBy: result.data.dueBy });
    state.history.push({ at: new Date().toISOString(), stage: state.stage, note: `information requested by ${result.data.requestedBy}, due ${result.data.dueBy}; the acceptance period stops until the reply` });
    requestChanges++;
  });
  setHandler(informationReceivedSignal, (raw) => {
    const result = informationReceivedSchema.safeParse(raw);
    if (!result.success) return log.warn('ignored invalid information reply', { issues: issuesOf(result.error) });
    if (!openRequest || openRequest.requestId !== result.data.requestId) return log.warn('ignored information reply', { requestId: result.data.requestId });
    acceptanceDeadlineMs += Date.now() - openRequest.since;
    state.acceptanceDeadline = new Date(acceptanceDeadlineMs).toISOString();
    const request = state.informationRequests?.find((r) => r.requestId === result.data.requestId);
    if (request) request.receivedAt = new Date().toISOString();
    state.history.push({ at: new Date().toISOString(), stage: state.stage, note: `information received from ${result.data.respondedBy}; acceptance now due by ${state.acceptanceDeadline}` });
    openRequest = undefined;
    requestChanges++;
  });
  setHandler(withdrawalSignal, (raw) => {
    const result = withdrawalSchema.safeParse(raw);
    if (!result.success) return log.warn('ignored invalid withdrawal', { issues: issuesOf(result.error) });
    if (!withdrawal && !isFinal(state.stage)) withdrawal = result.data;
  });
  setHandler(
    executiveDecisionUpdate,
    async (raw) => {
      const decision = executiveDecisionSchema.parse(raw);
      const ticket = ++submitted;
      pending.push({ decision, correlationId: workflowCorrelationId() });
      await condition(() => applied >= ticket);
      const failure = failedDecisions.get(ticket);
      if (failure) {
        failedDecisions.delete(ticket);
        throw ApplicationFailure.create({ type: failure.type, nonRetryable: true, message: `The ${decision.decision} decision could not be applied: ${failure.message}. Nothing changed; correct the data and try again` });
      }
      return state;
    },
    {
      validator: (raw) => {
        const result = executiveDecisionSchema.safeParse(raw);
        if (!result.success) throw invalidInput(`Invalid decision: ${issuesOf(result.error)}`);
        const decision = result.data;
        if (submitted > applied) throw new Error('Another decision is being applied; try again');
        if (state.stage !== 'decision' && state.stage !== 'final-decision') throw new Error(`No decision can be taken at stage ${state.stage}`);
        if (decision.decision === 'extend') {
          if (state.stage === 'final-decision') throw new Error('The decision period cannot be extended after the hearing');
          if (state.extendedByDays) throw new Error(`The decision period was extended already (by ${state.extendedByDays} days); it can be extended once`);
          if (decision.days > limits.maxExtensionDays) throw invalidInput(`days: an extension is at most ${limits.maxExtensionDays} days`);
        }
      },
    },
  );

  /**
   * A deemed acceptance that could not be recorded leaves the application `submitted`, so every
   * later step would fail: the workflow stays at acceptance and records it again after an hour,
   * then at intervals doubling up to a day (operations were alerted once), until it is recorded,
   * customs accepts meanwhile (recorded as its acceptance) or the application is withdrawn. A
   * rejection is ignored: the application was accepted when the period ended.
   */
  const holdDeemedAcceptance = async (): Promise<'deemed' | 'accepted' | 'withdrawn'> => {
    deemedHeld = true;
    state.decisionDeadline = undefined;
    for (let wait = HOUR_MS; ; wait = Math.min(2 * wait, DAY_MS)) {
      await condition(() => acceptance !== undefined || withdrawal !== undefined, wait);
      if (withdrawal) return 'withdrawn';
      if (acceptance?.decision === 'reject') {
        state.history.push({ at: new Date().toISOString(), stage: state.stage, note: `rejection by ${acceptance.decidedBy} ignored: the application was deemed accepted when the acceptance period ended` });
        acceptance = undefined;
      }
      const by = acceptance?.decidedBy;
      const deadlineMs = Date.now() + limits.decisionDays * DAY_MS;
      const decisionDeadline = new Date(deadlineMs).toISOString();
      const record = () => applications.recordAcceptance({ applicationId: input.applicationId, deemed: by === undefined, decidedBy: by ?? 'system:deemed-acceptance', decisionDeadline });
      // A customs acceptance that cannot be recorded is refused like any; the deemed one's retries are only logged.
      const done = by ? await step('acceptance', record, by, 'signal') : await attempt(record, async (failure) => log.warn('the deemed acceptance still cannot be recorded', { detail: failure.message }));
      if (done) {
        deemedHeld = false;
        decisionDeadlineMs = deadlineMs;
        state.decisionDeadline = decisionDeadline;
        return by ? 'accepted' : 'deemed';
      }
      acceptance = undefined;
    }
  };

  // 1. acceptance
  enter('acceptance', `submitted; acceptance due by ${state.acceptanceDeadline}`);
  let decidedInTime = false;
  let deemed: boolean;
  let decisionDeadlineMs: number;
  // Until a decision is recorded: one whose record fails for good is noted and the next awaited.
  for (;;) {
    decidedInTime = false;
    for (;;) {
      const seen = requestChanges;
      const settled = () => acceptance !== undefined || withdrawal !== undefined || requestChanges !== seen;
      // While information is awaited the clock stands still: only a decision, a withdrawal or the reply ends the wait.
      const ended = openRequest ? await condition(settled).then(() => true) : await condition(settled, Math.max(0, acceptanceDeadlineMs - Date.now()));
      if (acceptance !== undefined || withdrawal !== undefined) {
        decidedInTime = true;
        break;
      }
      if (!ended) break;
    }
    if (withdrawal) return withdrawn(withdrawal);
    if (decidedInTime && acceptance?.decision === 'reject') {
      const { decidedBy, reason } = acceptance;
      if (!(await step('rejection', () => applications.recordRejection({ applicationId: input.applicationId, decidedBy, reason }), decidedBy, 'signal'))) {
        acceptance = undefined;
        continue;
      }
      enter('rejected', `rejected by ${decidedBy}: ${reason}`);
      return { outcome: 'rejected', deemed: false };
    }
    deemed = !decidedInTime;
    decisionDeadlineMs = Date.now() + limits.decisionDays * DAY_MS;
    const decisionDeadline = new Date(decisionDeadlineMs).toISOString();
    state.decisionDeadline = decisionDeadline;
    const decidedBy = deemed ? 'system:deemed-acceptance' : acceptance!.decidedBy;
    // A customs acceptance that cannot be recorded is awaited again; a deemed one is retried (histories before it went on unrecorded).
    const hold = deemed && patched(DEEMED_ACCEPTANCE_HELD_PATCH);
    const recorded = await step('acceptance', () => applications.recordAcceptance({ applicationId: input.applicationId, deemed, decidedBy, decisionDeadline }), decidedBy, !deemed ? 'signal' : hold ? 'retried' : 'step');
    if (!recorded && !deemed) {
      acceptance = undefined;
      state.decisionDeadline = undefined;
      continue;
    }
    if (!recorded && hold) {
      const held = await holdDeemedAcceptance();
      if (held === 'withdrawn') return withdrawn(withdrawal!);
      deemed = held === 'deemed';
    }
    break;
  }
  enter('risk-assessment', deemed ? 'deemed accepted: customs did not decide within the acceptance period' : `accepted by ${acceptance!.decidedBy}`);
  // Workflows started by the first slice ended here; their histories must replay unchanged.
  if (!patched(FULL_PROCESS_PATCH)) return { outcome: 'accepted', deemed, decisionDeadline: state.decisionDeadline };

  // The decision deadline runs from acceptance, alongside every later stage.
  let closed = false;
  // The deadline each notice went out for; kept across a final decision that could not be recorded.
  let dueSentFor = -1;
  let overdueSentFor = -1;
  let watching = false;
  const watchDecisionDeadline = async () => {
    watching = true;
    while (!closed) {
      const deadline = decisionDeadlineMs;
      const dueAt = deadline - limits.reminderDays * DAY_MS;
      const now = Date.now();
      if (now >= deadline && overdueSentFor !== deadline) {
        overdueSentFor = deadline;
        await step('decision overdue notice', () => applications.recordDecisionDeadline({ applicationId: input.applicationId, kind: 'overdue', decisionDeadline: new Date(deadline).toISOString() }));
        continue;
      }
      if (now >= dueAt && now < deadline && dueSentFor !== deadline) {
        dueSentFor = deadline;
        await step('decision due notice', () => applications.recordDecisionDeadline({ applicationId: input.applicationId, kind: 'due', decisionDeadline: new Date(deadline).toISOString() }));
        continue;
      }
      const next = now < dueAt ? dueAt : now < deadline ? deadline : undefined;
      const changed = () => closed || decisionDeadlineMs !== deadline;
      if (next === undefined) await condition(changed);
      else await condition(changed, next - now);
    }
    watching = false;
  };
  let watcher = watchDecisionDeadline();
  /** A final decision that could not be recorded: the deadline is watched again, its notices not sent twice. */
  const reopen = () => {
    closed = false;
    if (patched(DEADLINE_NOTICES_ONCE_PATCH)) {
      // One watcher: one still sending a notice carries on.
      if (!watching) watcher = watchDecisionDeadline();
      return;
    }
    // Histories recorded before: a new watcher that sent the notices again.
    dueSentFor = -1;
    overdueSentFor = -1;
    watcher = watchDecisionDeadline();
  };

  try {
    // 2. risk assessment
    const assessment = await risk.assessOperatorRisk({ applicationId: input.applicationId, taxpayerId: input.taxpayerId });
    state.risk = { score: assessment.score, recommendation: assessment.recommendation, modelVersion: assessment.modelVersion };
    if (withdrawal) return withdrawn(withdrawal);

    // 3. validation
    const reportDueMs = Date.now() + limits.validationDays * DAY_MS;
    const siteVisitRequired = assessment.recommendation !== 'proceed' || input.statusType !== 'AEOC';
    const { caseId } = await openValidationCase(input, assessment, siteVisitRequired, new Date(reportDueMs).toISOString());
    state.validation = { caseId, reportDue: new Date(reportDueMs).toISOString(), siteVisitRequired };
    enter('validation', `risk score ${assessment.score} (${assessment.recommendation}); validation case ${caseId} opened, report due ${state.validation.reportDue}`);
    const reportIn = () => report !== undefined || withdrawal !== undefined;
    if (!(await condition(reportIn, Math.max(0, reportDueMs - limits.reminderDays * DAY_MS - Date.now())))) {
      const reportDue = state.validation.reportDue;
      await step('validation report reminder', () => validation.remindValidationReport({ caseId, applicationId: input.applicationId, kind: 'reminder', reportDue }));
      if (!(await condition(reportIn, Math.max(0, reportDueMs - Date.now())))) {
        await step('validation report escalation', () => validation.remindValidationReport({ caseId, applicationId: input.applicationId, kind: 'overdue', reportDue }));
        await condition(reportIn);
      }
    }
    if (withdrawal) {
      // Set by the signal handler meanwhile (TypeScript cannot see that).
      const ended = withdrawal as Withdrawal;
      // Histories recorded before this change did not close the case.
      if (!report && patched('close-validation-case-on-withdrawal')) {
        closed = true; // no decision-deadline notices for a withdrawn application meanwhile
        try {
          await validation.closeValidationCase({ caseId, cause: 'application-withdrawn', reason: ended.reason, closedBy: ended.withdrawnBy });
        } catch (error) {
          // A case that cannot be closed (gone) must not fail the withdrawal itself.
          log.warn('the validation case could not be closed', { caseId, error: String(error) });
        }
      }
      return withdrawn(ended);
    }
    state.validation.report = report;
    enter('decision', `validation report by ${report!.submittedBy}: ${report!.recommendation}`);

    // 4–5. decision, with the right to be heard before a refusal
    for (;;) {
      await condition(() => pending.length > 0 || withdrawal !== undefined);
      if (withdrawal && pending.length === 0) return withdrawn(withdrawal);
      const { decision, correlationId } = pending.shift()!;
      adoptCorrelationId(correlationId);
      if (decision.decision === 'extend') {
        const previousDeadlineMs = decisionDeadlineMs;
        decisionDeadlineMs += decision.days * DAY_MS;
        const extended = new Date(decisionDeadlineMs).toISOString();
        state.decisionDeadline = extended;
        state.extendedByDays = decision.days;
        if (!(await step('decision:extend', () => applications.recordDecisionDeadline({ applicationId: input.applicationId, kind: 'extended', decisionDeadline: extended, decidedBy: decision.decidedBy, reasons: decision.reasons }), decision.decidedBy, 'decision'))) {
          decisionDeadlineMs = previousDeadlineMs;
          state.decisionDeadline = new Date(previousDeadlineMs).toISOString();
          state.extendedByDays = undefined;
          continue;
        }
        state.history.push({ at: new Date().toISOString(), stage: state.stage, note: `decision period extended by ${decision.days} days by ${decision.decidedBy}` });
        applied++;
        continue;
      }
      if (decision.decision === 'refuse' && state.stage === 'decision') {
        const respondByMs = Date.now() + limits.hearingDays * DAY_MS;
        const respondBy = new Date(respondByMs).toISOString();
        state.hearing = { grounds: decision.reasons, respondBy };
        if (!(await step('decision:refuse', () => applications.openHearing({ applicationId: input.applicationId, grounds: decision.reasons, decidedBy: decision.decidedBy, respondBy }), decision.decidedBy, 'decision'))) {
          state.hearing = undefined;
          continue;
        }
        enter('hearing', `refusal intended by ${decision.decidedBy}; the operator may comment until ${state.hearing.respondBy}`);
        applied++;
        const answered = await condition(() => hearingResponse !== undefined || withdrawal !== undefined, Math.max(0, respondByMs - Date.now()));
        if (withdrawal) return withdrawn(withdrawal);
        state.hearing.response = hearingResponse;
        state.hearing.expired = !answered;
        enter('final-decision', answered ? `the operator commented (${hearingResponse!.respondedBy})` : 'the hearing period ended without comments');
        continue;
      }
      closed = true;
      if (decision.decision === 'grant') {
        const decidedAt = new Date();
        const effectiveFrom = new Date(decidedAt.getTime() + limits.effectDays * DAY_MS).toISOString();
        let issued: { authorisationNumber: string } | undefined;
        const issue = async () => {
          issued = await applications.issueAuthorisation({
            applicationId: input.applicationId,
            decidedBy: decision.decidedBy,
            reasons: decision.reasons,
            conditions: decision.conditions,
            decidedAt: decidedAt.toISOString(),
            effectiveFrom,
          });
        };
        if (!(await step('decision:grant', issue, decision.decidedBy, 'decision'))) {
          reopen();
          continue;
        }
        const { authorisationNumber } = issued!;
        state.decision = { decision: 'grant', decidedBy: decision.decidedBy, reasons: decision.reasons, conditions: decision.conditions };
        state.authorisation = { authorisationNumber, effectiveFrom };
        enter('granted', `granted by ${decision.decidedBy}: authorisation ${authorisationNumber}, effective ${effectiveFrom}`);
        applied++;
        return { outcome: 'granted', deemed, decisionDeadline: state.decisionDeadline, authorisationNumber, effectiveFrom };
      }
      const hearing = { responded: state.hearing?.response !== undefined, response: state.hearing?.response?.response };
      if (!(await step('decision:refuse', () => applications.recordRefusal({ applicationId: input.applicationId, decidedBy: decision.decidedBy, reasons: decision.reasons, hearing }), decision.decidedBy, 'decision'))) {
        reopen();
        continue;
      }
      state.decision = { decision: 'refuse', decidedBy: decision.decidedBy, reasons: decision.reasons };
      enter('refused', `refused by ${decision.decidedBy} after the hearing`);
      applied++;
      return { outcome: 'refused', deemed, decisionDeadline: state.decisionDeadline };
    }
  } finally {
    closed = true;
    void watcher;
  }

  function withdrawn(by: Withdrawal): CertificationResult {
    closed = true;
    enter('withdrawn', `withdrawn by ${by.withdrawnBy}: ${by.reason}`);
    return { outcome: 'withdrawn', deemed: false };
  }
}

function isFinal(stage: CertificationStage): boolean {
  return stage === 'granted' || stage === 'refused' || stage === 'rejected' || stage === 'withdrawn';
}
