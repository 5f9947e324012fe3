import { ApplicationFailure, allHandlersFinished, condition, continueAsNew, log, patched, setHandler, sleep, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import { validationReportSchema, validationReportSignal } from '../certification/certification.contract';
import type { ValidationReport } from '../certification/certification.contract';
import { SEARCH_ATTRIBUTE_KEYS } from '../search-attributes';
import { register, risk, validation } from '../shared/activities';
import { FAILURE_TYPES, invalidInput } from '../shared/errors';
import { ACTION_FAILURES_PATCH, alerter, attempt } from '../shared/failures';
import { adoptCorrelationId, workflowCorrelationId } from '../shared/correlation';
import {
  ACTIONS_BY_STAGE,
  LifecycleAction,
  LifecycleActionName,
  RevalidationInput,
  RevalidationResult,
  RevalidationStage,
  RevalidationState,
  RevalidationTrigger,
  RevalidationWorkflowInput,
  lifecycleActionSchema,
  lifecycleActionUpdate,
  revalidationInputSchema,
  revalidationStateQuery,
  revalidationTriggerSchema,
  revalidationTriggerSignal,
  suspensionScopeProblem,
} from './revalidation.contract';

const DAY_MS = 24 * 60 * 60 * 1000;

const issuesOf = (error: { issues: { path: PropertyKey[]; message: string }[] }) => error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`).join('; ');
const iso = (ms: number) => new Date(ms).toISOString();

/** Adds calendar months (UTC), as a due date "3 years after" is meant. */
export function addMonths(fromMs: number, months: number): number {
  const date = new Date(fromMs);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date.getTime();
}

/** How a phase ends: the next run (continue-as-new) or the end of the authorisation. */
type Transition = { kind: 'next-run'; cycle: number; nextDueMs: number; conditions: string[] } | { kind: 'end'; result: RevalidationResult };

interface Ticket {
  action: LifecycleAction;
  done: boolean;
  refusal?: string;
  /** Set when the action's activity failed for good: the failure type the update answers with. */
  failureType?: string;
  /** The action failed (refused by its activity, or not recorded when it fell due); nothing changed. */
  failed?: boolean;
  /** The request's, so what applying the action causes carries it. */
  correlationId?: string;
}

/**
 * The life of one authorisation after its grant, for years:
 *
 * - monitoring: sleeps until the revalidation due date, with reminders ahead of it (90 and 30
 *   days by default); an early trigger (regional office, risk alert, reported change) starts a
 *   cycle at once, a repeated trigger changes nothing;
 * - a revalidation cycle: the operator updates its self-assessment (with a deadline), risk
 *   re-assessment, validation by the validation service (desk review; a site visit when risk,
 *   a missing update or the trigger calls for one), and the executive's decision: confirm
 *   (with conditions), suspend, or intend a revocation;
 * - suspension (by customs, or at the holder's request; wholly or only the security part): the
 *   holder's remediation plan and period, reminders, then reinstatement or revocation;
 * - revocation: grounds, the right to be heard, a decision with an effective date;
 * - surrender at the holder's request.
 *
 * Each completed cycle (and each reinstatement) continues as new, so no history grows without
 * bound. People act through one update, `lifecycleAction`, whose validator refuses what does not
 * fit the stage. An action whose activity fails for good (data no retry can fix) is refused with
 * the reason and operations are alerted; the workflow stays at its stage and takes the next one.
 */
export async function revalidationWorkflow(rawInput: RevalidationInput): Promise<RevalidationResult> {
  const parsed = revalidationInputSchema.safeParse(rawInput);
  if (!parsed.success) {
    throw ApplicationFailure.create({ type: FAILURE_TYPES.invalidInput, nonRetryable: true, message: `Invalid revalidation input: ${issuesOf(parsed.error)}` });
  }
  const input: RevalidationWorkflowInput = parsed.data;
  const policy = input.policy;
  const ref = { authorisationNumber: input.authorisationNumber };
  const seen = new Set(input.seenTriggerIds);
  let nextDueMs = Date.parse(input.nextDueAt);
  const state: RevalidationState = {
    authorisationNumber: input.authorisationNumber,
    stage: 'monitoring',
    cycle: input.cycle,
    nextDueAt: iso(nextDueMs),
    conditions: input.conditions,
    pendingTriggers: [...input.pendingTriggers],
    history: [],
  };
  const hasAttributes = workflowInfo().typedSearchAttributes.get(SEARCH_ATTRIBUTE_KEYS.stage) !== undefined;
  const enter = (stage: RevalidationStage, note: string) => {
    state.stage = stage;
    note_(note);
    // Only when the starter registered our attributes (the time-skipping test server has none).
    if (hasAttributes) upsertSearchAttributes([{ key: SEARCH_ATTRIBUTE_KEYS.stage, value: stage }]);
  };
  const note_ = (note: string) => void state.history.push({ at: new Date().toISOString(), stage: state.stage, note });

  let report: ValidationReport | undefined;
  /** From a cycle's start to its end. */
  let cycleRunning = false;
  const receivedReport = () => report;
  /** A trigger arriving during a cycle is covered by it; one calling for a site visit upgrades the validation if it has not opened yet. */
  let siteVisitCalledFor = false;
  const queue: Ticket[] = [];
  /** Actions accepted but not yet applied: one at a time, so each is validated against the stage it will meet. */
  const active = new Set<Ticket>();

  setHandler(revalidationStateQuery, () => state);
  setHandler(revalidationTriggerSignal, (raw) => {
    const result = revalidationTriggerSchema.safeParse(raw);
    if (!result.success) return log.warn('ignored invalid revalidation trigger', { issues: issuesOf(result.error) });
    const trigger = result.data;
    if (seen.has(trigger.triggerId)) return log.info('ignored repeated revalidation trigger', { triggerId: trigger.triggerId });
    seen.add(trigger.triggerId);
    if (isFinal(state.stage) || state.stage === 'revoking' || state.stage === 'surrendering') return note_(`${trigger.source} trigger ignored (${trigger.reason}): the authorisation is ending`);
    // Covered by the running cycle: at its stages, and while its first activity runs (the stage still says monitoring).
    if (inCycle(state.stage) || (cycleRunning && state.stage === 'monitoring')) {
      // A site visit asked for once the validation has opened without one is left for a follow-up cycle.
      if (trigger.siteVisit && state.validation && !state.validation.siteVisitRequired) {
        state.pendingTriggers.push(trigger);
        return note_(`${trigger.source} trigger noted (${trigger.reason}); it calls for a site visit, so a follow-up revalidation comes after this cycle`);
      }
      siteVisitCalledFor ||= trigger.siteVisit;
      return note_(`${trigger.source} trigger noted during cycle ${state.cycle} (${trigger.reason}); this cycle covers it`);
    }
    state.pendingTriggers.push(trigger);
    if (state.stage !== 'monitoring') note_(`${trigger.source} trigger noted (${trigger.reason}); a revalidation follows when the authorisation is back in force`);
  });
  setHandler(validationReportSignal, (raw) => {
    const result = validationReportSchema.safeParse(raw);
    if (!result.success) return log.warn('ignored invalid validation report', { issues: issuesOf(result.error) });
    if (state.validation?.caseId === result.data.caseId && !report) report = result.data;
  });
  setHandler(
    lifecycleActionUpdate,
    async (raw) => {
      const ticket: Ticket = { action: lifecycleActionSchema.parse(raw), done: false, correlationId: workflowCorrelationId() };
      queue.push(ticket);
      active.add(ticket);
      await condition(() => ticket.done);
      active.delete(ticket);
      if (ticket.refusal) throw ApplicationFailure.create({ type: ticket.failureType ?? FAILURE_TYPES.illegalTransition, nonRetryable: true, message: ticket.refusal });
      return state;
    },
    {
      validator: (raw) => {
        const result = lifecycleActionSchema.safeParse(raw);
        if (!result.success) throw invalidInput(`Invalid action: ${issuesOf(result.error)}`);
        const action = result.data;
        if (active.size > 0) throw new Error('Another action is being applied; try again');
        const allowed = ACTIONS_BY_STAGE[state.stage];
        if (!allowed.includes(action.action)) {
          throw new Error(`"${action.action}" is not possible while the authorisation is at stage ${state.stage}${allowed.length ? ` (possible: ${allowed.join(', ')})` : ''}`);
        }
        // Validators do not run on replay, so this refusal changes no recorded history.
        const scopeProblem = action.action === 'suspend' ? suspensionScopeProblem(input.statusType, action.scope) : undefined;
        if (scopeProblem) throw invalidInput(scopeProblem);
        if ((action.action === 'remediation-plan' || action.action === 'request-suspension') && action.periodDays > policy.maxRemediationDays) {
          throw invalidInput(`periodDays: a remediation period is at most ${policy.maxRemediationDays} days`);
        }
        if ((action.action === 'revoke' || action.action === 'surrender') && action.effectiveFrom) {
          const at = Date.parse(action.effectiveFrom);
          if (at < Date.now() - DAY_MS) throw invalidInput('effectiveFrom: cannot lie in the past');
          if (at > Date.now() + policy.maxEffectDays * DAY_MS) throw invalidInput(`effectiveFrom: at most ${policy.maxEffectDays} days ahead`);
        }
      },
    },
  );

  /** The next action among `allowed` (others, left over from an earlier stage, are refused), or undefined when `until` passes first. */
  async function nextAction(allowed: readonly LifecycleActionName[], untilMs?: number, alsoWakeOn?: () => boolean): Promise<Ticket | undefined> {
    for (;;) {
      const ready = () => queue.length > 0 || (alsoWakeOn?.() ?? false);
      const woke = untilMs === undefined ? await condition(ready).then(() => true) : await condition(ready, Math.max(0, untilMs - Date.now()));
      if (!woke || queue.length === 0) return undefined;
      const ticket = queue.shift()!;
      if (allowed.includes(ticket.action.action)) return taken(ticket);
      refuse(ticket, `"${ticket.action.action}" is no longer possible: the authorisation moved to stage ${state.stage}`);
    }
  }
  /** The first queued action among `allowed`, if any, without waiting. */
  function takeQueued(allowed: readonly LifecycleActionName[]): Ticket | undefined {
    while (queue.length > 0) {
      const ticket = queue.shift()!;
      if (allowed.includes(ticket.action.action)) return taken(ticket);
      refuse(ticket, `"${ticket.action.action}" is no longer possible: the authorisation moved to stage ${state.stage}`);
    }
    return undefined;
  }
  const taken = (ticket: Ticket) => {
    adoptCorrelationId(ticket.correlationId);
    return ticket;
  };
  const refuse = (ticket: Ticket, reason: string) => {
    ticket.refusal = reason;
    ticket.done = true;
  };
  const done = (ticket: Ticket) => void (ticket.done = true);

  const alert = alerter({ process: 'revalidation', applicationId: input.applicationId, operatorId: input.operatorId, taxpayerId: input.taxpayerId, region: input.region, authorisationNumber: input.authorisationNumber });
  /**
   * Runs the activity that applies a person's action. When it fails for good the action is
   * refused with the reason (nothing changed, the stage stays), operations are alerted, and
   * false comes back; the caller then waits for the next action.
   */
  function applies(ticket: Ticket, apply: () => Promise<unknown>): Promise<boolean> {
    return attempt(apply, async (failure) => {
      note_(`"${ticket.action.action}" by ${ticket.action.by} could not be applied (${failure.message}); nothing changed`);
      ticket.failureType = failure.type;
      ticket.failed = true;
      refuse(ticket, `"${ticket.action.action}" could not be applied: ${failure.message}. Nothing changed; correct the data and try again`);
      await alert(failure, ticket.action.action, 'action-refused', ticket.action.by);
    });
  }
  /** Runs a step the workflow takes on its own (a reminder, a record following an applied action); when it fails for good it is skipped, noted and alerted. */
  function step(name: string, run: () => Promise<unknown>, by?: string): Promise<boolean> {
    return attempt(run, async (failure) => {
      note_(`${name} skipped: ${failure.message}`);
      await alert(failure, name, 'step-skipped', by);
    });
  }

  const setDue = (ms: number) => {
    nextDueMs = ms;
    state.nextDueAt = iso(ms);
    if (hasAttributes) upsertSearchAttributes([{ key: SEARCH_ATTRIBUTE_KEYS.revalidationDue, value: new Date(ms) }]);
  };

  // ---- monitoring: until the due date or an early trigger ----
  async function monitor(): Promise<Transition> {
    enter('monitoring', `cycle ${state.cycle}: revalidation due ${state.nextDueAt}`);
    const points = [...new Set(policy.reminderDaysBefore)].sort((a, b) => b - a).map((daysAhead) => ({ daysAhead, at: nextDueMs - daysAhead * DAY_MS }));
    // A run that starts past a reminder point sends only the latest one it missed.
    let next = points.findIndex((p) => p.at > Date.now());
    if (next === -1) next = points.length;
    if (next > 0 && Date.now() < nextDueMs) next -= 1;
    for (;;) {
      if (state.pendingTriggers.length > 0) return cycle(state.pendingTriggers.splice(0));
      if (Date.now() >= nextDueMs) {
        return cycle([{ triggerId: `scheduled-${input.authorisationNumber}-${state.cycle}`, source: 'scheduled', reason: `periodic revalidation due ${state.nextDueAt}`, requestedBy: 'system:revalidation-schedule', siteVisit: false }]);
      }
      if (next < points.length && Date.now() >= points[next].at) {
        const daysAhead = points[next].daysAhead;
        if (await step('revalidation reminder', () => register.recordRevalidationDue({ ...ref, revalidationDue: state.nextDueAt, daysAhead }))) note_(`reminder sent: revalidation due in ${daysAhead} days`);
        next++;
        continue;
      }
      const wakeAt = next < points.length ? Math.min(points[next].at, nextDueMs) : nextDueMs;
      const ticket = await nextAction(ACTIONS_BY_STAGE.monitoring, wakeAt, () => state.pendingTriggers.length > 0);
      if (!ticket) continue;
      const outcome = await interruption(ticket, false);
      if (outcome) return outcome;
      if (!ticket.failed) enter('monitoring', `back to monitoring; revalidation due ${state.nextDueAt}`);
    }
  }

  /** Suspension, an intended revocation or a surrender, from any stage that allows it; undefined when a revocation was dropped or the action failed. `afterApplied` runs once it is recorded. */
  async function interruption(ticket: Ticket, fromCycle: boolean, afterApplied?: () => Promise<void>): Promise<Transition | undefined> {
    const action = ticket.action;
    if (action.action === 'suspend' || action.action === 'request-suspension') return suspension(ticket, fromCycle, afterApplied);
    if (action.action === 'intend-revocation') return revocation(ticket);
    if (action.action === 'surrender') return surrender(ticket, afterApplied);
    refuse(ticket, `"${action.action}" is not possible at stage ${state.stage}`);
    return undefined;
  }

  // ---- a revalidation cycle ----
  async function cycle(triggers: RevalidationTrigger[]): Promise<Transition> {
    cycleRunning = true;
    try {
      return await runCycle(triggers);
    } finally {
      cycleRunning = false;
    }
  }

  async function runCycle(triggers: RevalidationTrigger[]): Promise<Transition> {
    const trigger: RevalidationTrigger =
      triggers.length === 1
        ? triggers[0]
        : { ...triggers[0], reason: triggers.map((t) => `${t.source}: ${t.reason}`).join('; ').slice(0, 2000), siteVisit: triggers.some((t) => t.siteVisit) };
    state.trigger = trigger;
    siteVisitCalledFor = trigger.siteVisit;
    report = undefined;
    state.selfAssessment = undefined;
    state.risk = undefined;
    state.validation = undefined;

    // 1. the operator updates its self-assessment
    const selfAssessmentDueMs = Date.now() + policy.selfAssessmentDays * DAY_MS;
    const selfAssessmentDue = iso(selfAssessmentDueMs);
    state.selfAssessment = { due: selfAssessmentDue };
    await step('revalidation start', () => register.startRevalidation({ ...ref, cycle: state.cycle, trigger, selfAssessmentDue }));
    enter('self-assessment', `cycle ${state.cycle} started (${trigger.source}: ${trigger.reason}); self-assessment update due ${state.selfAssessment.due}`);
    let ticket: Ticket | undefined;
    // Until the update arrives or its due date passes (an action that failed leaves the stage as it was).
    for (;;) {
      ticket = await nextAction(ACTIONS_BY_STAGE['self-assessment'], selfAssessmentDueMs);
      if (!ticket) break;
      if (ticket.action.action !== 'self-assessment-updated') {
        const outcome = await interruption(ticket, true);
        if (outcome) return outcome;
        continue;
      }
      const { by, changedQuestions } = ticket.action;
      if (!(await applies(ticket, () => register.noteRevalidation({ ...ref, cycle: state.cycle, note: 'self-assessment-updated', by, details: { changedQuestions } })))) continue;
      Object.assign(state.selfAssessment, { updatedBy: by, updatedAt: new Date().toISOString(), changedQuestions });
      done(ticket);
      break;
    }
    if (!ticket) {
      const due = state.selfAssessment.due;
      await step('self-assessment lapse note', () => register.noteRevalidation({ ...ref, cycle: state.cycle, note: 'self-assessment-not-updated', by: 'system:revalidation', details: { due } }));
      siteVisitCalledFor = true;
    }

    // 2. risk re-assessment
    enter('risk-assessment', state.selfAssessment.updatedBy ? `self-assessment updated by ${state.selfAssessment.updatedBy}` : 'the self-assessment was not updated in time; a site visit will be required');
    const assessment = await risk.assessOperatorRisk({ applicationId: input.applicationId, taxpayerId: input.taxpayerId, reference: `revalidation-${input.authorisationNumber}-${state.cycle}` });
    state.risk = { score: assessment.score, recommendation: assessment.recommendation, modelVersion: assessment.modelVersion };
    // An action that arrived during the assessment (without waiting: no timer for an instant check).
    ticket = takeQueued(ACTIONS_BY_STAGE['risk-assessment']);
    if (ticket) {
      const outcome = await interruption(ticket, true);
      if (outcome) return outcome;
    }

    // 3. validation: a desk review, with a site visit when risk or the trigger calls for one
    const reportDueMs = Date.now() + policy.validationDays * DAY_MS;
    const siteVisitRequired = siteVisitCalledFor || assessment.recommendation !== 'proceed';
    const { caseId } = await validation.openValidationCase({
      applicationId: input.applicationId,
      operatorId: input.operatorId,
      taxpayerId: input.taxpayerId,
      region: input.region,
      statusType: input.statusType,
      riskScore: assessment.score,
      riskRecommendation: assessment.recommendation,
      siteVisitRequired,
      reportDue: iso(reportDueMs),
      programmeVersion: input.programmeVersion,
      purpose: 'revalidation',
      workflowId: workflowInfo().workflowId,
      authorisationNumber: input.authorisationNumber,
      cycle: state.cycle,
    });
    state.validation = { caseId, reportDue: iso(reportDueMs), siteVisitRequired };
    enter('validation', `risk score ${assessment.score} (${assessment.recommendation}); validation case ${caseId} opened (${siteVisitRequired ? 'desk review and site visit' : 'desk review'}), report due ${state.validation.reportDue}`);
    const reportIn = () => report !== undefined;
    let reminded = false;
    let escalated = false;
    for (;;) {
      const remindAt = reportDueMs - policy.reminderDays * DAY_MS;
      const wakeAt = !reminded ? remindAt : !escalated ? reportDueMs : undefined;
      ticket = await nextAction(ACTIONS_BY_STAGE.validation, wakeAt, reportIn);
      if (ticket) {
        const action = ticket.action;
        const closeCase = async () => {
          try {
            const closing =
              action.action === 'surrender'
                ? { cause: 'authorisation-surrendered' as const, reason: action.reason }
                : { cause: 'authorisation-suspended' as const, reason: action.action === 'suspend' ? action.grounds.join('; ').slice(0, 2000) : `revalidation cycle ${state.cycle} interrupted` };
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
        const outcome = await interruption(ticket, true, closeOnceApplied ? closeCase : undefined);
        if (outcome) return outcome;
        continue;
      }
      if (reportIn()) break;
      if (!reminded) {
        reminded = true;
        if (Date.now() < reportDueMs) await validation.remindValidationReport({ caseId, applicationId: input.applicationId, kind: 'reminder', reportDue: state.validation.reportDue });
        continue;
      }
      escalated = true;
      await validation.remindValidationReport({ caseId, applicationId: input.applicationId, kind: 'overdue', reportDue: state.validation.reportDue });
    }
    const received = receivedReport()!;
    state.validation.recommendation = received.recommendation;
    state.validation.submittedBy = received.submittedBy;

    // 4. the executive's decision
    enter('decision', `validation report by ${received.submittedBy}: ${received.recommendation}`);
    for (;;) {
      ticket = (await nextAction(ACTIONS_BY_STAGE.decision))!;
      const action = ticket.action;
      if (action.action !== 'confirm') {
        const outcome = await interruption(ticket, true);
        if (outcome) return outcome;
        if (!ticket.failed) enter('decision', 'the intended revocation was dropped; the revalidation awaits its decision');
        continue;
      }
      const next = addMonths(Date.now(), policy.intervalMonths);
      const outcome = action.conditions.length ? 'confirmed-with-conditions' : 'confirmed';
      if (!(await applies(ticket, () => register.completeRevalidation({ ...ref, cycle: state.cycle, outcome, decidedBy: action.by, reasons: action.reasons, conditions: action.conditions, nextRevalidationDue: iso(next) })))) continue;
      state.conditions = action.conditions;
      setDue(next);
      enter('monitoring', `cycle ${state.cycle} ${outcome} by ${action.by}; next revalidation due ${state.nextDueAt}`);
      done(ticket);
      return { kind: 'next-run', cycle: state.cycle + 1, nextDueMs: next, conditions: action.conditions };
    }
  }

  // ---- suspension ----
  async function suspension(ticket: Ticket, fromCycle: boolean, afterApplied?: () => Promise<void>): Promise<Transition | undefined> {
    const action = ticket.action;
    if (action.action !== 'suspend' && action.action !== 'request-suspension') throw new Error('unreachable');
    const byHolder = action.action === 'request-suspension';
    const grounds = byHolder ? [`at the holder's request: ${action.reason}`] : action.grounds;
    const scope = byHolder ? 'whole' : action.scope;
    const planDueMs = Date.now() + policy.remediationPlanDays * DAY_MS;
    if (!(await applies(ticket, () => register.recordSuspension({ ...ref, scope, grounds, decidedBy: action.by, requestedByHolder: byHolder, planDue: iso(planDueMs) })))) return undefined;
    await afterApplied?.();
    state.suspension = { scope, grounds, by: action.by, since: new Date().toISOString(), requestedByHolder: byHolder, planDue: iso(planDueMs) };
    enter('suspended', `${scope === 'whole' ? 'suspended' : 'security part suspended'} by ${action.by}: ${grounds.join('; ')}`);
    let planOverdueSent = false;
    let periodEndSent = false;
    type Plan = NonNullable<NonNullable<RevalidationState['suspension']>['plan']>;
    const planOf = (by: string, measures: string[], periodDays: number): Plan => ({ measures, periodDays, by, remediationDue: iso(Date.now() + periodDays * DAY_MS) });
    const recordPlan = (plan: Plan) => register.recordSuspensionProgress({ ...ref, kind: 'remediation-plan-submitted', by: plan.by, dueAt: plan.remediationDue, measures: plan.measures });
    const planAccepted = (plan: Plan) => {
      state.suspension!.plan = plan;
      note_(`remediation plan from ${plan.by}: ${plan.measures.length} measure(s), remediation due ${plan.remediationDue}`);
    };
    if (byHolder) {
      // The suspension stands even when its plan cannot be recorded: the holder is asked for the plan as after any suspension.
      const plan = planOf(action.by, action.measures, action.periodDays);
      if (await step('remediation plan of the suspension request', () => recordPlan(plan), action.by)) planAccepted(plan);
    }
    done(ticket);
    for (;;) {
      const plan = state.suspension!.plan;
      const wakeAt = !plan ? (planOverdueSent ? undefined : planDueMs) : periodEndSent ? undefined : Date.parse(plan.remediationDue);
      const next = await nextAction(ACTIONS_BY_STAGE.suspended, wakeAt);
      if (!next) {
        if (!plan) {
          planOverdueSent = true;
          await step('remediation plan overdue notice', () => register.recordSuspensionProgress({ ...ref, kind: 'remediation-plan-overdue', by: 'system:revalidation', dueAt: iso(planDueMs) }));
          note_('no remediation plan by its due date; customs is reminded');
        } else {
          periodEndSent = true;
          await step('remediation period end notice', () => register.recordSuspensionProgress({ ...ref, kind: 'remediation-period-ended', by: 'system:revalidation', dueAt: plan.remediationDue }));
          note_('the remediation period ended; customs decides on reinstatement or revocation');
        }
        continue;
      }
      const current = next.action;
      if (current.action === 'remediation-plan') {
        const submitted = planOf(current.by, current.measures, current.periodDays);
        if (!(await applies(next, () => recordPlan(submitted)))) continue;
        planAccepted(submitted);
        periodEndSent = false;
        done(next);
        continue;
      }
      if (current.action === 'reinstate') {
        // A suspension that interrupted a revalidation ends it: the reinstatement confirms the authorisation afresh.
        const nextDue = fromCycle ? addMonths(Date.now(), policy.intervalMonths) : nextDueMs;
        if (!(await applies(next, () => register.recordReinstatement({ ...ref, decidedBy: current.by, reasons: current.reasons, nextRevalidationDue: iso(nextDue) })))) continue;
        if (fromCycle) {
          await step(
            'revalidation completion after the reinstatement',
            () => register.completeRevalidation({ ...ref, cycle: state.cycle, outcome: 'reinstated', decidedBy: current.by, reasons: current.reasons, conditions: state.conditions, nextRevalidationDue: iso(nextDue) }),
            current.by,
          );
        }
        setDue(nextDue);
        state.suspension = undefined;
        enter('monitoring', `reinstated by ${current.by}; revalidation due ${state.nextDueAt}`);
        done(next);
        return { kind: 'next-run', cycle: fromCycle ? state.cycle + 1 : state.cycle, nextDueMs: nextDue, conditions: state.conditions };
      }
      const outcome = await interruption(next, fromCycle);
      if (outcome) return outcome;
      if (!next.failed) enter('suspended', 'the intended revocation was dropped; the suspension continues');
    }
  }

  // ---- revocation, with the right to be heard ----
  async function revocation(ticket: Ticket): Promise<Transition | undefined> {
    const action = ticket.action;
    if (action.action !== 'intend-revocation') throw new Error('unreachable');
    const respondByMs = Date.now() + policy.hearingDays * DAY_MS;
    if (!(await applies(ticket, () => register.openRevocationHearing({ ...ref, grounds: action.grounds, decidedBy: action.by, respondBy: iso(respondByMs) })))) return undefined;
    const revocationState: NonNullable<RevalidationState['revocation']> = { grounds: action.grounds, by: action.by, respondBy: iso(respondByMs) };
    state.revocation = revocationState;
    const resumeStage = state.stage;
    enter('revocation-hearing', `revocation intended by ${action.by}; the holder may comment until ${revocationState.respondBy}`);
    done(ticket);
    for (;;) {
      const next = await nextAction(ACTIONS_BY_STAGE['revocation-hearing'], respondByMs);
      if (next?.action.action === 'surrender') {
        const ended = await surrender(next);
        if (ended) return ended;
        continue;
      }
      if (next?.action.action === 'hearing-response') {
        const { by, response } = next.action;
        if (!(await applies(next, () => register.noteRevocation({ ...ref, kind: 'hearing-response', by, text: response })))) continue;
        revocationState.response = { by, response };
        done(next);
      } else {
        revocationState.expired = true;
      }
      break;
    }
    enter('revocation-decision', revocationState.response ? `the holder commented (${revocationState.response.by})` : 'the hearing period ended without comments');
    for (;;) {
      const next = (await nextAction(ACTIONS_BY_STAGE['revocation-decision']))!;
      const decision = next.action;
      if (decision.action === 'surrender') {
        const ended = await surrender(next);
        if (ended) return ended;
        continue;
      }
      if (decision.action === 'drop-revocation') {
        if (!(await applies(next, () => register.noteRevocation({ ...ref, kind: 'dropped', by: decision.by, text: decision.reasons.join('; ') })))) continue;
        state.revocation = undefined;
        state.stage = resumeStage;
        note_(`revocation dropped by ${decision.by}: ${decision.reasons.join('; ')}`);
        done(next);
        return undefined;
      }
      if (decision.action !== 'revoke') throw new Error('unreachable');
      const effectiveMs = decision.effectiveFrom ? Math.max(Date.now(), Date.parse(decision.effectiveFrom)) : Date.now();
      const effectiveFrom = iso(effectiveMs);
      const record = () => register.recordRevocation({ ...ref, decidedBy: decision.by, grounds: [...revocationState.grounds, ...decision.reasons], effectiveFrom });
      if (effectiveMs <= Date.now() && patched(ACTION_FAILURES_PATCH)) {
        // Effective at once: recorded before customs is answered, so a failure refuses the revocation.
        if (!(await applies(next, record))) continue;
        revocationState.effectiveFrom = effectiveFrom;
        enter('revoking', `revocation decided by ${decision.by}, effective ${effectiveFrom}`);
        done(next);
      } else {
        revocationState.effectiveFrom = effectiveFrom;
        enter('revoking', `revocation decided by ${decision.by}, effective ${effectiveFrom}`);
        done(next);
        if (effectiveMs > Date.now()) await sleep(effectiveMs - Date.now());
        if (!(await step('revocation on its effective date', record, decision.by))) {
          revocationState.effectiveFrom = undefined;
          enter('revocation-decision', 'the revocation could not be recorded; customs decides again');
          continue;
        }
      }
      enter('revoked', `revoked with effect from ${effectiveFrom}`);
      return { kind: 'end', result: { outcome: 'revoked', effectiveFrom, cycle: state.cycle } };
    }
  }

  // ---- surrender at the holder's request ----
  async function surrender(ticket: Ticket, afterApplied?: () => Promise<void>): Promise<Transition | undefined> {
    const action = ticket.action;
    if (action.action !== 'surrender') throw new Error('unreachable');
    const effectiveMs = action.effectiveFrom ? Math.max(Date.now(), Date.parse(action.effectiveFrom)) : Date.now();
    const effectiveFrom = iso(effectiveMs);
    const record = () => register.recordSurrender({ ...ref, requestedBy: action.by, reason: action.reason, effectiveFrom });
    const requested = () => {
      state.surrender = { by: action.by, reason: action.reason, effectiveFrom };
      enter('surrendering', `surrender requested by ${action.by}, effective ${effectiveFrom}: ${action.reason}`);
    };
    if (effectiveMs <= Date.now() && patched(ACTION_FAILURES_PATCH)) {
      // Effective at once: recorded before the holder is answered, so a failure refuses the surrender.
      if (!(await applies(ticket, record))) return undefined;
      requested();
      await afterApplied?.();
      done(ticket);
    } else {
      const resumeStage = state.stage;
      requested();
      await afterApplied?.();
      done(ticket);
      if (effectiveMs > Date.now()) await sleep(effectiveMs - Date.now());
      if (!(await step('surrender on its effective date', record, action.by))) {
        state.surrender = undefined;
        ticket.failed = true;
        enter(resumeStage, 'the surrender could not be recorded; the authorisation stays as it was');
        return undefined;
      }
    }
    enter('surrendered', `surrendered with effect from ${effectiveFrom}`);
    return { kind: 'end', result: { outcome: 'surrendered', effectiveFrom, cycle: state.cycle } };
  }

  const outcome = await monitor();
  // Actions that arrived too late for this run are refused (their callers retry against the next run).
  for (const ticket of queue.splice(0)) refuse(ticket, `"${ticket.action.action}" arrived while the run ended; try again`);
  await condition(allHandlersFinished);
  if (outcome.kind === 'end') return outcome.result;
  return continueAsNew<typeof revalidationWorkflow>({
    authorisationNumber: input.authorisationNumber,
    applicationId: input.applicationId,
    operatorId: input.operatorId,
    taxpayerId: input.taxpayerId,
    region: input.region,
    statusType: input.statusType,
    programmeVersion: input.programmeVersion,
    cycle: outcome.cycle,
    nextDueAt: iso(outcome.nextDueMs),
    conditions: outcome.conditions,
    policy,
    pendingTriggers: carriedTriggers(state.pendingTriggers),
    // The most recent ids are enough to recognise a redelivered trigger.
    seenTriggerIds: [...seen].slice(-500),
  });
}

/** At most 50 triggers cross continue-as-new; any beyond are merged into the last, so none is lost. */
function carriedTriggers(triggers: RevalidationTrigger[]): RevalidationTrigger[] {
  if (triggers.length <= 50) return triggers;
  const rest = triggers.slice(49);
  const merged: RevalidationTrigger = { ...rest[0], reason: rest.map((t) => `${t.source}: ${t.reason}`).join('; ').slice(0, 2000), siteVisit: rest.some((t) => t.siteVisit) };
  return [...triggers.slice(0, 49), merged];
}

function inCycle(stage: RevalidationStage): boolean {
  return stage === 'self-assessment' || stage === 'risk-assessment' || stage === 'validation' || stage === 'decision';
}

function isFinal(stage: RevalidationStage): boolean {
  return stage === 'revoked' || stage === 'surrendered';
}
