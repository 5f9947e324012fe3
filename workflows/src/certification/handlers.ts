import { ApplicationFailure, condition, log, setHandler } from '@temporalio/workflow';
import { workflowCorrelationId } from '../shared/correlation';
import { invalidInput } from '../shared/errors';
import { issuesOf } from '../shared/input';
import {
  acceptanceDecisionSchema,
  acceptanceDecisionSignal,
  certificationStateQuery,
  executiveDecisionSchema,
  executiveDecisionUpdate,
  hearingResponseSchema,
  hearingResponseSignal,
  informationReceivedSchema,
  informationReceivedSignal,
  informationRequestedSchema,
  informationRequestedSignal,
  validationReportSchema,
  validationReportSignal,
  withdrawalSchema,
  withdrawalSignal,
} from './certification.contract';
import { CertificationRun, isFinal } from './run';

/**
 * What reaches a certification: the state query; the acceptance decision, information requests
 * and replies, the validation report, the hearing response and a withdrawal as signals (each
 * taken only at its stage); the executive's decision as an update its validator checks.
 */
export function handleQueriesSignalsAndUpdates(run: CertificationRun): void {
  const { state, limits } = run;
  setHandler(certificationStateQuery, () => state);
  setHandler(acceptanceDecisionSignal, (raw) => {
    const result = acceptanceDecisionSchema.safeParse(raw);
    if (!result.success) return log.warn('ignored invalid acceptance decision', { issues: issuesOf(result.error) });
    if (state.stage === 'acceptance' && !run.acceptance) run.acceptance = result.data;
  });
  setHandler(validationReportSignal, (raw) => {
    const result = validationReportSchema.safeParse(raw);
    if (!result.success) return log.warn('ignored invalid validation report', { issues: issuesOf(result.error) });
    if (state.stage === 'validation' && !run.report && result.data.caseId === state.validation?.caseId) run.report = result.data;
    else log.warn('ignored validation report', { stage: state.stage, caseId: result.data.caseId });
  });
  setHandler(hearingResponseSignal, (raw) => {
    const result = hearingResponseSchema.safeParse(raw);
    if (!result.success) return log.warn('ignored invalid hearing response', { issues: issuesOf(result.error) });
    if (state.stage === 'hearing' && !run.hearingResponse) run.hearingResponse = result.data;
  });
  setHandler(informationRequestedSignal, (raw) => {
    const result = informationRequestedSchema.safeParse(raw);
    if (!result.success) return log.warn('ignored invalid information request', { issues: issuesOf(result.error) });
    if (state.stage !== 'acceptance' || run.acceptance || run.openRequest || run.deemedHeld) return log.warn('ignored information request', { stage: state.stage, requestId: result.data.requestId });
    run.openRequest = { requestId: result.data.requestId, since: Date.now() };
    (state.informationRequests ??= []).push({ requestId: result.data.requestId, requestedBy: result.data.requestedBy, requestedAt: new Date().toISOString(), dueBy: result.data.dueBy });
    run.note(`information requested by ${result.data.requestedBy}, due ${result.data.dueBy}; the acceptance period stops until the reply`);
    run.requestChanges++;
  });
  setHandler(informationReceivedSignal, (raw) => {
    const result = informationReceivedSchema.safeParse(raw);
    if (!result.success) return log.warn('ignored invalid information reply', { issues: issuesOf(result.error) });
    if (!run.openRequest || run.openRequest.requestId !== result.data.requestId) return log.warn('ignored information reply', { requestId: result.data.requestId });
    run.acceptanceDeadlineMs += Date.now() - run.openRequest.since;
    state.acceptanceDeadline = new Date(run.acceptanceDeadlineMs).toISOString();
    const request = state.informationRequests?.find((r) => r.requestId === result.data.requestId);
    if (request) request.receivedAt = new Date().toISOString();
    run.note(`information received from ${result.data.respondedBy}; acceptance now due by ${state.acceptanceDeadline}`);
    run.openRequest = undefined;
    run.requestChanges++;
  });
  setHandler(withdrawalSignal, (raw) => {
    const result = withdrawalSchema.safeParse(raw);
    if (!result.success) return log.warn('ignored invalid withdrawal', { issues: issuesOf(result.error) });
    if (!run.withdrawal && !isFinal(state.stage)) run.withdrawal = result.data;
  });
  setHandler(
    executiveDecisionUpdate,
    async (raw) => {
      const decision = executiveDecisionSchema.parse(raw);
      const ticket = ++run.submitted;
      run.pending.push({ decision, correlationId: workflowCorrelationId() });
      await condition(() => run.applied >= ticket);
      const failure = run.failedDecisions.get(ticket);
      if (failure) {
        run.failedDecisions.delete(ticket);
        throw ApplicationFailure.create({ type: failure.type, nonRetryable: true, message: `The ${decision.decision} decision could not be applied: ${failure.message}. Nothing changed; correct the data and try again` });
      }
      return state;
    },
    {
      validator: (raw) => {
        const result = executiveDecisionSchema.safeParse(raw);
        if (!result.success) throw invalidInput(`Invalid decision: ${issuesOf(result.error)}`);
        const decision = result.data;
        if (run.submitted > run.applied) throw new Error('Another decision is being applied; try again');
        if (state.stage !== 'decision' && state.stage !== 'final-decision') throw new Error(`No decision can be taken at stage ${state.stage}`);
        if (decision.decision === 'extend') {
          if (state.stage === 'final-decision') throw new Error('The decision period cannot be extended after the hearing');
          if (state.extendedByDays) throw new Error(`The decision period was extended already (by ${state.extendedByDays} days); it can be extended once`);
          if (decision.days > limits.maxExtensionDays) throw invalidInput(`days: an extension is at most ${limits.maxExtensionDays} days`);
        }
      },
    },
  );
}
