import { ActivityFailure, ApplicationFailure, proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { MraPhase } from '@aeo/contracts/mra';
import { activityOptions } from '../shared/activities';
import { FAILURE_TYPES } from '../shared/errors';
import { TASK_QUEUES } from '../shared/task-queues';
import type {
  ArrangementStepRecord,
  MraArrangementActivities,
  MraArrangementState,
  MraArrangementWorkflowInput,
} from './mra-arrangement.contract';

/** The mra service's activities on arrangements. */
export const arrangements = proxyActivities<MraArrangementActivities>(activityOptions(TASK_QUEUES.mraArrangements));

/**
 * One run of an arrangement's workflow, until it continues as new (after a completed review) or
 * ends (terminated): the state its query answers, and the flags its handlers raise for the main
 * loop (a step in progress, the review date changed, a new run due).
 */
export class ArrangementRun {
  readonly state: MraArrangementState;
  readonly remindersSent: Set<string>;
  /** A step is being recorded: the next one waits for it (the validator refuses it meanwhile). */
  busy = false;
  /** The review date or the phase changed: the main loop re-arms its reminder timer. */
  changed = false;
  /** A review completed: the run continues as new once idle. */
  renew = false;
  terminated?: { by: string; reason: string };

  constructor(readonly input: MraArrangementWorkflowInput) {
    this.remindersSent = new Set(input.remindersSent);
    this.state = {
      arrangementId: input.arrangementId,
      partnerCountry: input.partnerCountry,
      title: input.title,
      phase: input.phase,
      suspendedFrom: input.suspendedFrom,
      terms: input.terms,
      reviewDueAt: input.reviewDueAt,
      policy: input.policy,
      progress: { ...input.progress },
      history: [],
    };
  }

  note(note: string): void {
    this.state.history.push({ at: new Date().toISOString(), phase: this.state.phase, note });
    // A long-running arrangement keeps only the recent notes (the service keeps every record).
    if (this.state.history.length > 200) this.state.history.splice(0, this.state.history.length - 200);
  }

  /**
   * Records a step through the mra service (row, record, event, audit in one transaction). A
   * failure no retry can fix (a data error) refuses the step with the reason; nothing changed.
   */
  async record(
    record: Omit<ArrangementStepRecord, 'arrangementId' | 'policy' | 'from'> & {
      policy?: ArrangementStepRecord['policy'];
    },
  ): Promise<void> {
    try {
      await arrangements.recordArrangementStep({
        arrangementId: this.input.arrangementId,
        from: this.state.phase,
        policy: this.state.policy,
        ...record,
      });
    } catch (error) {
      const cause = error instanceof ActivityFailure ? error.cause : undefined;
      if (cause instanceof ApplicationFailure)
        throw ApplicationFailure.create({
          type: cause.type ?? FAILURE_TYPES.invalidData,
          nonRetryable: true,
          message: `"${record.step}" could not be recorded: ${cause.message}. Nothing changed`,
        });
      throw error;
    }
  }

  enter(phase: MraPhase, note: string): void {
    this.state.phase = phase;
    this.changed = true;
    this.note(note);
  }

  /** The next run's input: everything the arrangement carries from one review period to the next. */
  carried(): MraArrangementWorkflowInput {
    const { state } = this;
    const due = state.reviewDueAt;
    return {
      arrangementId: state.arrangementId,
      partnerCountry: state.partnerCountry,
      partnerAdministration: this.input.partnerAdministration,
      title: state.title,
      policy: state.policy,
      phase: state.phase,
      suspendedFrom: state.suspendedFrom as MraArrangementWorkflowInput['suspendedFrom'],
      terms: state.terms,
      reviewDueAt: due,
      // Only the current review date's reminders matter.
      remindersSent: [...this.remindersSent].filter((key) => due !== undefined && key.startsWith(`${due}/`)),
      progress: state.progress,
    };
  }

  /** Temporal suggests a new run when the history grows large (a long suspension with many policy changes, say). */
  historyLarge(): boolean {
    return workflowInfo().continueAsNewSuggested;
  }
}
