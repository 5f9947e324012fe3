import { allHandlersFinished, condition, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import { activityOptions } from '../shared/activities';
import { illegalTransition } from '../shared/errors';
import { recordOrRefuse } from '../shared/failures';
import { parseWorkflowInput, setValidatedSignalHandler } from '../shared/input';
import { handleStepUpdate } from '../shared/step-update';
import { TASK_QUEUES } from '../shared/task-queues';
import { upsertRegisteredAttributes } from '../shared/attributes';
import { SEARCH_ATTRIBUTE_KEYS } from '../search-attributes';
import {
  PILOT_INVITATION_STAGES,
  PILOT_INVITATION_SYSTEM_ACTOR,
  type PilotInvitationActivities,
  type PilotInvitationInput,
  type PilotInvitationRecord,
  type PilotInvitationResult,
  type PilotInvitationStage,
  type PilotInvitationState,
  type PilotInvitationStep,
  pilotInvitationInputSchema,
  pilotInvitationStateQuery,
  pilotInvitationStepSchema,
  pilotInvitationStepUpdate,
  movedStageOf,
  pilotOverSchema,
  pilotOverSignal,
} from './programme-pilot-invitation.contract';

const programme = proxyActivities<PilotInvitationActivities>(activityOptions(TASK_QUEUES.programme));

const DAY_MS = 86_400_000;
const BUSY = 'Another step is being recorded on this invitation; try again';
/** Where each step leads. */
const STEP_TO: Record<PilotInvitationStep['step'], PilotInvitationStage> = {
  comment: 'invited',
  accept: 'accepted',
  decline: 'declined',
  withdraw: 'withdrawn',
};

/** An invitation's ending stage, when `stage` is one (the service moves a participant only to `withdrawn`). */
function endingStage(stage: string | undefined): PilotInvitationStage | undefined {
  return stage !== 'invited' && PILOT_INVITATION_STAGES.includes(stage as PilotInvitationStage)
    ? (stage as PilotInvitationStage)
    : undefined;
}

/**
 * Why the stage refuses a step (every step needs the invitation not yet answered, nor its pilot
 * over). A step that arrives while the invitation is still being recorded is admitted: its handler
 * waits for the record, then takes it (a candidate answering at once is not refused).
 */
export function invitationRefusalOf(state: PilotInvitationState, step: PilotInvitationStep): string | undefined {
  if (state.stage !== 'invited')
    return `The invitation of ${state.taxpayerId} is ${state.stage}${state.answeredBy ? ` (by ${state.answeredBy})` : ''}: ${step.step} is no longer possible`;
  if (state.pilotOver) return `${state.pilotOver}: the invitation is being withdrawn`;
  return undefined;
}

/**
 * One candidate's invitation to a pilot (`pilot-invitation-<pilotId>-<taxpayerId>`): the
 * invitation with the draft programme is recorded (and published) first; comments are recorded as
 * they come; an acceptance, a decline or the policy unit's withdrawal ends it, and so does the
 * deadline (`answerDays`, from the invitation), and the pilot's end or cancellation (the service's
 * `pilotOver` signal: withdrawn by the system with the reason). After a decline or an expiry the programme proposes
 * the next shortlisted candidate (or chooses and invites it, when the pilot replaces automatically).
 */
export async function programmePilotInvitationWorkflow(rawInput: PilotInvitationInput): Promise<PilotInvitationResult> {
  const input = parseWorkflowInput(pilotInvitationInputSchema, rawInput, 'pilot invitation');
  const { workflowId } = workflowInfo();
  const state: PilotInvitationState = {
    workflowId,
    pilotId: input.pilotId,
    taxpayerId: input.taxpayerId,
    region: input.region,
    stage: 'invited',
    comments: 0,
  };
  const run = { state, busy: false };
  let sequence = 0;
  const enter = (stage: PilotInvitationStage) => {
    state.stage = stage;
    upsertRegisteredAttributes([{ key: SEARCH_ATTRIBUTE_KEYS.stage, value: stage }]);
  };
  /**
   * Records a step; false when the service had moved the participant away from `from` (its
   * withdrawal of a candidate it found chosen, racing this workflow's start): nothing was recorded,
   * and the invitation ends at the participant's stage (it never overwrites the service's move).
   */
  const record = async (
    step: Pick<PilotInvitationRecord, 'step' | 'by' | 'byRoles' | 'to' | 'details'>,
    from: PilotInvitationRecord['from'],
  ): Promise<boolean> => {
    let moved: PilotInvitationStage | undefined;
    await recordOrRefuse(step.step, async () => {
      try {
        await programme.recordPilotInvitationStep({
          workflowId,
          pilotId: input.pilotId,
          taxpayerId: input.taxpayerId,
          sequence: sequence + 1,
          from,
          ...step,
        });
      } catch (error) {
        moved = endingStage(movedStageOf(error));
        if (!moved) throw error;
      }
    });
    if (moved) {
      state.moved = moved;
      enter(moved);
      return false;
    }
    sequence += 1;
    return true;
  };

  setHandler(pilotInvitationStateQuery, () => state);
  setValidatedSignalHandler(pilotOverSignal, pilotOverSchema, 'pilot over', ({ reason }) => {
    if (state.stage === 'invited') state.pilotOver ??= reason;
  });
  handleStepUpdate({
    update: pilotInvitationStepUpdate,
    schema: pilotInvitationStepSchema,
    run,
    busy: BUSY,
    refusalOf: invitationRefusalOf,
    apply: async (step) => {
      const { by, byRoles } = step;
      const details =
        step.step === 'comment'
          ? { comment: step.comment }
          : step.step === 'accept'
            ? { ...(step.operatorId && { operatorId: step.operatorId }) }
            : { reason: step.reason };
      if (!(await record({ step: step.step, by, byRoles, to: STEP_TO[step.step], details }, state.stage)))
        throw illegalTransition(
          `The invitation of ${state.taxpayerId} was ${state.stage} meanwhile: ${step.step} was not recorded`,
        );
      if (step.step === 'comment') state.comments += 1;
      else {
        state.answeredBy = by;
        if (step.step !== 'accept') state.reason = step.reason;
        enter(STEP_TO[step.step]);
      }
    },
    // A step arriving right after the start waits for the invitation to be recorded (or refused: moved).
    before: () => condition(() => state.answerDueAt !== undefined || state.moved !== undefined),
  });

  const answerDueAt = new Date(Date.now() + input.answerDays * DAY_MS).toISOString();
  if (
    await record(
      { step: 'invite', by: PILOT_INVITATION_SYSTEM_ACTOR, byRoles: [], to: 'invited', details: { answerDueAt } },
      'chosen',
    )
  )
    state.answerDueAt = answerDueAt;

  const settled = await condition(
    () => (state.stage !== 'invited' || state.pilotOver !== undefined) && !run.busy,
    input.answerDays * DAY_MS,
  );
  if (!settled) {
    // A step taken while the deadline passed is finished first; it may have answered.
    await condition(() => !run.busy);
    if (state.stage === 'invited' && state.pilotOver === undefined) {
      run.busy = true;
      if (
        await record(
          {
            step: 'expire',
            by: PILOT_INVITATION_SYSTEM_ACTOR,
            byRoles: [],
            to: 'expired',
            details: { answerDueAt },
          },
          'invited',
        )
      )
        enter('expired');
      run.busy = false;
    }
  }
  if (state.stage === 'invited' && state.pilotOver !== undefined) {
    // The pilot is over before the candidate answered: the invitation is withdrawn (no replacement).
    run.busy = true;
    const reason = state.pilotOver;
    if (
      await record(
        { step: 'withdraw', by: PILOT_INVITATION_SYSTEM_ACTOR, byRoles: [], to: 'withdrawn', details: { reason } },
        'invited',
      )
    ) {
      state.answeredBy = PILOT_INVITATION_SYSTEM_ACTOR;
      state.reason = reason;
      enter('withdrawn');
    }
    run.busy = false;
  }
  const outcome = state.stage as PilotInvitationResult['outcome'];
  const result: PilotInvitationResult = { outcome };
  if (state.moved) result.moved = true;
  else if (outcome === 'declined' || outcome === 'expired')
    result.replacement = await programme.proposePilotReplacement({
      pilotId: input.pilotId,
      replacing: input.taxpayerId,
      ending: outcome,
    });
  await condition(allHandlersFinished);
  return result;
}
