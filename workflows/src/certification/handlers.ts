import { ApplicationFailure, condition, log, setHandler } from '@temporalio/workflow';
import { workflowCorrelationId } from '../shared/correlation';
import { invalidInput } from '../shared/errors';
import { issuesOf, setValidatedSignalHandler } from '../shared/input';
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
  pilotTagSchema,
  pilotTagSignal,
  withdrawalSchema,
  withdrawalSignal,
} from './certification.contract';
import { SEARCH_ATTRIBUTE_KEYS } from '../search-attributes';
import { upsertRegisteredAttributes } from '../shared/attributes';
import { CertificationRun, isFinal } from './run';

/**
 * What reaches a certification: the state query; the acceptance decision, information requests
 * and replies, the validation report, the hearing response and a withdrawal as signals (each
 * taken only at its stage); the executive's decision as an update its validator checks.
 */
export function handleQueriesSignalsAndUpdates(run: CertificationRun): void {
  const { state, limits } = run;
  setHandler(certificationStateQuery, () => state);
  setValidatedSignalHandler(acceptanceDecisionSignal, acceptanceDecisionSchema, 'acceptance decision', (decision) => {
    if (state.stage === 'acceptance' && !run.acceptance) run.acceptance = decision;
  });
  setValidatedSignalHandler(validationReportSignal, validationReportSchema, 'validation report', (report) => {
    if (state.stage === 'validation' && !run.report && report.caseId === state.validation?.caseId) run.report = report;
    else log.warn('ignored validation report', { stage: state.stage, caseId: report.caseId });
  });
  setValidatedSignalHandler(hearingResponseSignal, hearingResponseSchema, 'hearing response', (response) => {
    if (state.stage === 'hearing' && !run.hearingResponse) run.hearingResponse = response;
  });
  setValidatedSignalHandler(
    informationRequestedSignal,
    informationRequestedSchema,
    'information request',
    (requested) => {
      if (state.stage !== 'acceptance' || run.acceptance || run.openRequest || run.deemedHeld)
        return log.warn('ignored information request', { stage: state.stage, requestId: requested.requestId });
      run.openRequest = { requestId: requested.requestId, since: Date.now() };
      (state.informationRequests ??= []).push({
        requestId: requested.requestId,
        requestedBy: requested.requestedBy,
        requestedAt: new Date().toISOString(),
        dueBy: requested.dueBy,
      });
      run.note(
        `information requested by ${requested.requestedBy}, due ${requested.dueBy}; the acceptance period stops until the reply`,
      );
      run.requestChanges++;
    },
  );
  setValidatedSignalHandler(informationReceivedSignal, informationReceivedSchema, 'information reply', (received) => {
    if (!run.openRequest || run.openRequest.requestId !== received.requestId)
      return log.warn('ignored information reply', { requestId: received.requestId });
    run.acceptanceDeadlineMs += Date.now() - run.openRequest.since;
    state.acceptanceDeadline = new Date(run.acceptanceDeadlineMs).toISOString();
    const request = state.informationRequests?.find((r) => r.requestId === received.requestId);
    if (request) request.receivedAt = new Date().toISOString();
    run.note(`information received from ${received.respondedBy}; acceptance now due by ${state.acceptanceDeadline}`);
    run.openRequest = undefined;
    run.requestChanges++;
  });
  setValidatedSignalHandler(withdrawalSignal, withdrawalSchema, 'withdrawal', (withdrawal) => {
    if (!run.withdrawal && !isFinal(state.stage)) run.withdrawal = withdrawal;
  });
  // Only the search attribute: a pilot company's certification runs as any other.
  setValidatedSignalHandler(pilotTagSignal, pilotTagSchema, 'pilot tag', ({ pilotId }) =>
    upsertRegisteredAttributes([{ key: SEARCH_ATTRIBUTE_KEYS.pilotId, value: pilotId }]),
  );
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
        throw ApplicationFailure.create({
          type: failure.type,
          nonRetryable: true,
          message: `The ${decision.decision} decision could not be applied: ${failure.message}. Nothing changed; correct the data and try again`,
        });
      }
      return state;
    },
    {
      validator: (raw) => {
        const result = executiveDecisionSchema.safeParse(raw);
        if (!result.success) throw invalidInput(`Invalid decision: ${issuesOf(result.error)}`);
        const decision = result.data;
        if (run.submitted > run.applied) throw new Error('Another decision is being applied; try again');
        if (state.stage !== 'decision' && state.stage !== 'final-decision')
          throw new Error(`No decision can be taken at stage ${state.stage}`);
        if (decision.decision === 'extend') {
          if (state.stage === 'final-decision')
            throw new Error('The decision period cannot be extended after the hearing');
          if (state.extendedByDays)
            throw new Error(
              `The decision period was extended already (by ${state.extendedByDays} days); it can be extended once`,
            );
          if (decision.days > limits.maxExtensionDays)
            throw invalidInput(`days: an extension is at most ${limits.maxExtensionDays} days`);
        }
      },
    },
  );
}
