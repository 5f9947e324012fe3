import { log, proxyActivities, workflowInfo } from '@temporalio/workflow';
import { activityOptions } from '../shared/activities';
import { upsertRegisteredAttributes } from '../shared/attributes';
import { failedForGood, recordOrRefuse } from '../shared/failures';
import { TASK_QUEUES } from '../shared/task-queues';
import { SEARCH_ATTRIBUTE_KEYS } from '../search-attributes';
import type {
  PilotFinalReportActivities,
  PilotFinalReportApproval,
  PilotFinalReportApprovalStep,
  PilotFinalReportFollowUpRefusal,
} from './programme-pilot-final-report.contract';
import type {
  PilotStage,
  PilotStepRecord,
  ProgrammePilotActivities,
  ProgrammePilotInput,
  ProgrammePilotState,
  ProgrammePilotWorkflowInput,
} from './programme-pilot.contract';

/** The programme service's activity on pilots. */
export const programme = proxyActivities<ProgrammePilotActivities>(activityOptions(TASK_QUEUES.programme));
/** The programme service's final report activities: rendering takes long (tens of seconds on a loaded machine). */
export const finalReports = proxyActivities<PilotFinalReportActivities>(
  activityOptions(TASK_QUEUES.programme, '5 minutes'),
);

/** A record without the pilot's id (the run's). */
export type RunRecord = PilotStepRecord extends infer R
  ? R extends PilotStepRecord
    ? Omit<R, 'pilotId'>
    : never
  : never;

/**
 * One pilot's run: the state its query answers and the flags its handlers raise for the main loop
 * (a step in progress, a change that re-arms the timer, a continue-as-new due).
 */
export class PilotRun {
  readonly state: ProgrammePilotState;
  /** A step is being recorded: the next one waits for it (the validator refuses it meanwhile). */
  busy = false;
  /** The dates or the milestones changed: the main loop re-arms its timer. */
  changed = false;
  /** The final report approval's follow-ups taken by this run (the service takes each once per pilot). */
  readonly approvalFollowUps = new Set<PilotFinalReportApprovalStep>();
  /** Since when (workflow time) the pilot awaits its final report's approval, once this run followed it up. */
  approvalAwaitedSince: number | undefined;
  /** The follow-ups refused for good and to be tried again: attempts so far, and when (workflow time). */
  readonly approvalFollowUpRetries = new Map<PilotFinalReportApprovalStep, { attempts: number; retryAt: number }>();

  constructor(readonly input: ProgrammePilotWorkflowInput) {
    this.state = {
      workflowId: workflowInfo().workflowId,
      pilotId: input.pilotId,
      stage: input.carried?.stage ?? 'scheduled',
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      reminderDays: input.reminderDays,
      escalationGraceDays: input.escalationGraceDays,
      milestones: input.milestones,
      extensions: input.carried?.extensions ?? 0,
    };
    // Carried over a continue-as-new during the wait: the 14- and 30-day clock goes on from where it was.
    this.approvalAwaitedSince = input.carried?.approvalAwaitedSince;
    for (const step of input.carried?.approvalFollowUps ?? []) this.approvalFollowUps.add(step);
    for (const { step, ...retry } of input.carried?.approvalFollowUpRetries ?? [])
      this.approvalFollowUpRetries.set(step, retry);
  }

  get finished(): boolean {
    return this.state.stage === 'closed' || this.state.stage === 'cancelled';
  }

  /**
   * Records a step through the programme service (row, audit and event in one transaction). A
   * failure no retry can fix (a data error) is thrown as a non-retryable refusal naming the step.
   */
  async record(record: RunRecord): Promise<void> {
    await recordOrRefuse(record.step, () =>
      programme.recordPilotStep({ ...record, pilotId: this.state.pilotId } as PilotStepRecord),
    );
  }

  /**
   * Has the programme service make and store the final report at the pilot's end. A report it
   * cannot make for good (a data error) is logged, not fatal: the policy unit makes one on demand.
   */
  async produceFinalReport(): Promise<void> {
    try {
      await finalReports.producePilotFinalReport({ pilotId: this.state.pilotId });
    } catch (error) {
      const failure = failedForGood(error);
      if (!failure) throw error;
      log.error('pilot final report not made; the policy unit makes it on demand', { error: failure.message });
    }
  }

  /** Marks the stored report approved; refused (nothing changed) when the pilot has none. */
  async approveFinalReport(approval: Omit<PilotFinalReportApproval, 'pilotId'>): Promise<void> {
    await recordOrRefuse('final-report-approved', () =>
      finalReports.approvePilotFinalReport({ ...approval, pilotId: this.state.pilotId }),
    );
  }

  /**
   * Reminds of (or escalates) the report awaiting approval through the programme service; a step it
   * refuses for good (a data error) is thrown as a non-retryable refusal naming it.
   */
  async followUpApproval(step: PilotFinalReportApprovalStep, daysWaiting: number): Promise<void> {
    await recordOrRefuse(`final-report-approval-${step}`, () =>
      finalReports.followUpPilotFinalReportApproval({ pilotId: this.state.pilotId, step, daysWaiting }),
    );
  }

  /** Has the programme service audit a follow-up refused for good and alert operations to it. */
  async reportFollowUpRefusal(refusal: Omit<PilotFinalReportFollowUpRefusal, 'pilotId'>): Promise<void> {
    await finalReports.recordPilotFinalReportFollowUpRefusal({ ...refusal, pilotId: this.state.pilotId });
  }

  enter(stage: PilotStage): void {
    this.state.stage = stage;
    this.changed = true;
    upsertRegisteredAttributes([{ key: SEARCH_ATTRIBUTE_KEYS.stage, value: stage }]);
  }

  /** The next run's input: the pilot as this run leaves it. */
  carryOver(): ProgrammePilotInput {
    const { stage, endsOn, milestones, extensions } = this.state;
    const approval =
      this.approvalAwaitedSince === undefined
        ? {}
        : {
            approvalAwaitedSince: this.approvalAwaitedSince,
            approvalFollowUps: [...this.approvalFollowUps],
            ...(this.approvalFollowUpRetries.size === 0
              ? {}
              : {
                  approvalFollowUpRetries: [...this.approvalFollowUpRetries].map(([step, retry]) => ({
                    step,
                    ...retry,
                  })),
                }),
          };
    return { ...this.input, endsOn, milestones, carried: { stage, extensions, ...approval } };
  }
}
