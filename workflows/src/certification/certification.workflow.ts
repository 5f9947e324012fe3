import { ApplicationFailure, condition, log, proxyActivities, setHandler, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import { SEARCH_ATTRIBUTE_KEYS } from '../search-attributes';
import { FAILURE_TYPES } from '../shared/errors';
import { TASK_QUEUES } from '../shared/task-queues';
import {
  AcceptanceDecision,
  ApplicationsActivities,
  CertificationInput,
  CertificationResult,
  CertificationStage,
  CertificationState,
  acceptanceDecisionSchema,
  acceptanceDecisionSignal,
  certificationInputSchema,
  certificationStateQuery,
} from './certification.contract';

const DAY_MS = 24 * 60 * 60 * 1000;

const applications = proxyActivities<ApplicationsActivities>({
  taskQueue: TASK_QUEUES.applications,
  startToCloseTimeout: '30 seconds',
  retry: {
    initialInterval: '1 second',
    backoffCoefficient: 2,
    maximumInterval: '1 minute',
    // Errors that no retry can fix; everything else (database, network) is retried until it works.
    nonRetryableErrorTypes: [FAILURE_TYPES.illegalTransition, FAILURE_TYPES.notFound, 'InvalidEventDataError', 'EntityNotFoundError'],
  },
});

/**
 * Certification of one application, from submission to decision. This slice runs the first
 * stage for real: acceptance, decided by customs within the acceptance period, or deemed
 * accepted when customs misses it (EU UCC). Later stages come with the certification issue.
 */
export async function certificationWorkflow(rawInput: CertificationInput): Promise<CertificationResult> {
  const parsed = certificationInputSchema.safeParse(rawInput);
  if (!parsed.success) {
    throw ApplicationFailure.create({
      type: FAILURE_TYPES.invalidInput,
      nonRetryable: true,
      message: `Invalid certification input: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    });
  }
  const input = parsed.data;
  const acceptanceDeadline = new Date(Date.parse(input.submittedAt) + input.timeLimits.acceptanceDays * DAY_MS);
  const state: CertificationState = {
    stage: 'acceptance',
    applicationId: input.applicationId,
    acceptanceDeadline: acceptanceDeadline.toISOString(),
    history: [],
  };
  const enter = (stage: CertificationStage, note: string) => {
    state.stage = stage;
    state.history.push({ at: new Date().toISOString(), stage, note });
    // Only when the starter registered our attributes (the time-skipping test server has none).
    if (workflowInfo().typedSearchAttributes.get(SEARCH_ATTRIBUTE_KEYS.stage) !== undefined) {
      upsertSearchAttributes([{ key: SEARCH_ATTRIBUTE_KEYS.stage, value: stage }]);
    }
  };

  let decision: AcceptanceDecision | undefined;
  setHandler(certificationStateQuery, () => state);
  setHandler(acceptanceDecisionSignal, (raw) => {
    const result = acceptanceDecisionSchema.safeParse(raw);
    if (!result.success) {
      log.warn('ignored invalid acceptance decision', { issues: result.error.issues.map((i) => i.message) });
      return;
    }
    if (state.stage === 'acceptance' && !decision) decision = result.data;
  });

  enter('acceptance', `submitted; acceptance due by ${state.acceptanceDeadline}`);
  const decidedInTime = await condition(() => decision !== undefined, Math.max(0, acceptanceDeadline.getTime() - Date.now()));

  if (decidedInTime && decision?.decision === 'reject') {
    await applications.recordRejection({ applicationId: input.applicationId, decidedBy: decision.decidedBy, reason: decision.reason });
    enter('rejected', `rejected by ${decision.decidedBy}: ${decision.reason}`);
    return { outcome: 'rejected', deemed: false };
  }

  const deemed = !decidedInTime;
  const decisionDeadline = new Date(Date.now() + input.timeLimits.decisionDays * DAY_MS).toISOString();
  await applications.recordAcceptance({
    applicationId: input.applicationId,
    deemed,
    decidedBy: deemed ? 'system:deemed-acceptance' : decision!.decidedBy,
    decisionDeadline,
  });
  state.decisionDeadline = decisionDeadline;
  enter('risk-assessment', deemed ? 'deemed accepted: customs did not decide within the acceptance period' : `accepted by ${decision!.decidedBy}`);
  return { outcome: 'accepted', deemed, decisionDeadline };
}
