import { log, patched, workflowInfo } from '@temporalio/workflow';
import { openValidationCase, register, risk, validation } from '../../shared/activities';
import { ACTION_FAILURES_PATCH } from '../../shared/failures';
import { ACTIONS_BY_STAGE, RevalidationTrigger } from '../revalidation.contract';
import { DAY_MS, RevalidationRun, Ticket, Transition, addMonths, iso, mergedTrigger } from '../run';
import { interruption } from './interruption';

/**
 * A revalidation cycle, stage by stage: the operator's self-assessment update, risk
 * re-assessment, validation, the executive's decision. A stage returns a transition when the
 * cycle ends there (a suspension, revocation or surrender), undefined to go on to the next.
 */
export async function revalidationCycle(run: RevalidationRun, triggers: RevalidationTrigger[]): Promise<Transition> {
  run.cycleRunning = true;
  try {
    start(run, triggers);
    return (
      (await selfAssessment(run)) ??
      (await riskAssessment(run)) ??
      (await validationStage(run)) ??
      (await decision(run))
    );
  } finally {
    run.cycleRunning = false;
  }
}

/** The cycle's trigger (several noted meanwhile become one) and a clean slate for its stages. */
function start(run: RevalidationRun, triggers: RevalidationTrigger[]): void {
  const { state } = run;
  const trigger = mergedTrigger(triggers);
  state.trigger = trigger;
  run.siteVisitCalledFor = trigger.siteVisit;
  run.report = undefined;
  state.selfAssessment = undefined;
  state.risk = undefined;
  state.validation = undefined;
}

/** 1. The operator updates its self-assessment, until the update arrives or its due date passes. */
async function selfAssessment(run: RevalidationRun): Promise<Transition | undefined> {
  const { state, policy, ref } = run;
  const trigger = state.trigger!;
  const selfAssessmentDueMs = Date.now() + policy.selfAssessmentDays * DAY_MS;
  const selfAssessmentDue = iso(selfAssessmentDueMs);
  const selfAssessment: NonNullable<typeof state.selfAssessment> = { due: selfAssessmentDue };
  state.selfAssessment = selfAssessment;
  await run.step('revalidation start', () =>
    register.startRevalidation({ ...ref, cycle: state.cycle, trigger, selfAssessmentDue }),
  );
  run.enter(
    'self-assessment',
    `cycle ${state.cycle} started (${trigger.source}: ${trigger.reason}); self-assessment update due ${selfAssessment.due}`,
  );
  let ticket: Ticket | undefined;
  // An action that failed leaves the stage as it was.
  for (;;) {
    ticket = await run.nextAction(ACTIONS_BY_STAGE['self-assessment'], selfAssessmentDueMs);
    if (!ticket) break;
    if (ticket.action.action !== 'self-assessment-updated') {
      const outcome = await interruption(run, ticket, true);
      if (outcome) return outcome;
      continue;
    }
    const { by, changedQuestions } = ticket.action;
    if (
      !(await run.applies(ticket, () =>
        register.noteRevalidation({
          ...ref,
          cycle: state.cycle,
          note: 'self-assessment-updated',
          by,
          details: { changedQuestions },
        }),
      ))
    )
      continue;
    Object.assign(selfAssessment, { updatedBy: by, updatedAt: new Date().toISOString(), changedQuestions });
    run.done(ticket);
    break;
  }
  if (!ticket) {
    const due = selfAssessment.due;
    await run.step('self-assessment lapse note', () =>
      register.noteRevalidation({
        ...ref,
        cycle: state.cycle,
        note: 'self-assessment-not-updated',
        by: 'system:revalidation',
        details: { due },
      }),
    );
    run.siteVisitCalledFor = true;
  }
  return undefined;
}

/** 2. Risk re-assessment; an action that arrived meanwhile is taken once it is done. */
async function riskAssessment(run: RevalidationRun): Promise<Transition | undefined> {
  const { state, input } = run;
  const updatedBy = state.selfAssessment!.updatedBy;
  run.enter(
    'risk-assessment',
    updatedBy
      ? `self-assessment updated by ${updatedBy}`
      : 'the self-assessment was not updated in time; a site visit will be required',
  );
  const assessment = await risk.assessOperatorRisk({
    applicationId: input.applicationId,
    taxpayerId: input.taxpayerId,
    reference: `revalidation-${input.authorisationNumber}-${state.cycle}`,
  });
  state.risk = {
    score: assessment.score,
    recommendation: assessment.recommendation,
    modelVersion: assessment.modelVersion,
  };
  // Without waiting: no timer for an instant check.
  const ticket = run.takeQueued(ACTIONS_BY_STAGE['risk-assessment']);
  return ticket ? interruption(run, ticket, true) : undefined;
}

/** 3. Validation: a desk review, with a site visit when risk or the trigger calls for one; a reminder before the report's due date, an escalation after. */
async function validationStage(run: RevalidationRun): Promise<Transition | undefined> {
  const { state, policy, input } = run;
  const assessment = state.risk!;
  const reportDueMs = Date.now() + policy.validationDays * DAY_MS;
  const siteVisitRequired = run.siteVisitCalledFor || assessment.recommendation !== 'proceed';
  const { caseId } = await openValidationCase(input, assessment, siteVisitRequired, iso(reportDueMs), {
    workflowId: workflowInfo().workflowId,
    authorisationNumber: input.authorisationNumber,
    cycle: state.cycle,
  });
  const opened: NonNullable<typeof state.validation> = { caseId, reportDue: iso(reportDueMs), siteVisitRequired };
  state.validation = opened;
  run.enter(
    'validation',
    `risk score ${assessment.score} (${assessment.recommendation}); validation case ${caseId} opened (${siteVisitRequired ? 'desk review and site visit' : 'desk review'}), report due ${opened.reportDue}`,
  );
  const reportIn = () => run.report !== undefined;
  let reminded = false;
  let escalated = false;
  for (;;) {
    const remindAt = reportDueMs - policy.reminderDays * DAY_MS;
    const wakeAt = !reminded ? remindAt : !escalated ? reportDueMs : undefined;
    const ticket = await run.nextAction(ACTIONS_BY_STAGE.validation, wakeAt, reportIn);
    if (ticket) {
      const action = ticket.action;
      const closeCase = async () => {
        try {
          const closing =
            action.action === 'surrender'
              ? { cause: 'authorisation-surrendered' as const, reason: action.reason }
              : {
                  cause: 'authorisation-suspended' as const,
                  reason:
                    action.action === 'suspend'
                      ? action.grounds.join('; ').slice(0, 2000)
                      : `revalidation cycle ${state.cycle} interrupted`,
                };
          await validation.closeValidationCase({ caseId, ...closing, closedBy: action.by });
        } catch (error) {
          // A case that cannot be closed (gone) must not stop the suspension or surrender.
          log.warn('the validation case could not be closed', { caseId, error: String(error) });
        }
      };
      // A suspension or a surrender ends the cycle: its case leaves the validator's workload
      // (histories recorded before this change did not close it), once the interruption is
      // recorded (histories recorded before that closed it first, even if the interruption failed).
      const closing = !reportIn() && patched('close-interrupted-validation-case');
      const closeOnceApplied = closing && patched(ACTION_FAILURES_PATCH);
      if (closing && !closeOnceApplied) await closeCase();
      const outcome = await interruption(run, ticket, true, closeOnceApplied ? closeCase : undefined);
      if (outcome) return outcome;
      continue;
    }
    if (reportIn()) break;
    if (!reminded) {
      reminded = true;
      if (Date.now() < reportDueMs)
        await validation.remindValidationReport({
          caseId,
          applicationId: input.applicationId,
          kind: 'reminder',
          reportDue: opened.reportDue,
        });
      continue;
    }
    escalated = true;
    await validation.remindValidationReport({
      caseId,
      applicationId: input.applicationId,
      kind: 'overdue',
      reportDue: opened.reportDue,
    });
  }
  const received = run.report!;
  opened.recommendation = received.recommendation;
  opened.submittedBy = received.submittedBy;
  return undefined;
}

/** 4. The executive's decision: confirm (with conditions), or suspend or intend a revocation. */
async function decision(run: RevalidationRun): Promise<Transition> {
  const { state, policy, ref } = run;
  const received = run.report!;
  run.enter('decision', `validation report by ${received.submittedBy}: ${received.recommendation}`);
  for (;;) {
    const ticket = (await run.nextAction(ACTIONS_BY_STAGE.decision))!;
    const action = ticket.action;
    if (action.action !== 'confirm') {
      const outcome = await interruption(run, ticket, true);
      if (outcome) return outcome;
      if (!ticket.failed)
        run.enter('decision', 'the intended revocation was dropped; the revalidation awaits its decision');
      continue;
    }
    const next = addMonths(Date.now(), policy.intervalMonths);
    const outcome = action.conditions.length ? 'confirmed-with-conditions' : 'confirmed';
    if (
      !(await run.applies(ticket, () =>
        register.completeRevalidation({
          ...ref,
          cycle: state.cycle,
          outcome,
          decidedBy: action.by,
          reasons: action.reasons,
          conditions: action.conditions,
          nextRevalidationDue: iso(next),
        }),
      ))
    )
      continue;
    state.conditions = action.conditions;
    run.setDue(next);
    run.enter(
      'monitoring',
      `cycle ${state.cycle} ${outcome} by ${action.by}; next revalidation due ${state.nextDueAt}`,
    );
    run.done(ticket);
    return { kind: 'next-run', cycle: state.cycle + 1, nextDueMs: next, conditions: action.conditions };
  }
}
