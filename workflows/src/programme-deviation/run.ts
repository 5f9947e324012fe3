import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import { activityOptions } from '../shared/activities';
import { upsertRegisteredAttributes } from '../shared/attributes';
import { recordOrRefuse } from '../shared/failures';
import { TASK_QUEUES } from '../shared/task-queues';
import { SEARCH_ATTRIBUTE_KEYS } from '../search-attributes';
import type {
  DeviationPhase,
  DeviationStepRecord,
  KpiPeriodValue,
  ProgrammeDeviationActivities,
  ProgrammeDeviationState,
  ProgrammeDeviationWorkflowInput,
} from './programme-deviation.contract';

/** The programme service's activities on deviation cases. */
export const programme = proxyActivities<ProgrammeDeviationActivities>(activityOptions(TASK_QUEUES.programme));

/** What a step gives to its record (the case's key, sequence, phase and threshold are the run's). */
export type StepRecord = Pick<DeviationStepRecord, 'step' | 'by' | 'byRoles' | 'to' | 'summary' | 'details'>;

/**
 * One deviation case: the state its query answers, the KPI values signalled and not yet
 * assessed, and the flags its handlers raise for the main loop (a step in progress, a change).
 */
export class DeviationRun {
  readonly state: ProgrammeDeviationState;
  /** Period values signalled, assessed one at a time by the main loop. */
  readonly pendingPeriods: KpiPeriodValue[] = [];
  /** The latest period signalled (the case's own at first): only later ones are assessed. */
  latestPeriod: string;
  /** Overdue actions already handled (escalated, or their escalation could not be recorded). */
  readonly overdueHandled = new Set<string>();
  /** The opening is recorded: people's steps wait for it. */
  opened = false;
  /** A step is being recorded: the next one waits for it (the validator refuses it meanwhile). */
  busy = false;
  /** The phase or the plan changed: the main loop re-arms its due-date timer. */
  changed = false;
  private sequence = 0;

  constructor(readonly input: ProgrammeDeviationWorkflowInput) {
    this.latestPeriod = input.period;
    this.state = {
      workflowId: workflowInfo().workflowId,
      kpiId: input.kpiId,
      scope: input.scope,
      statusType: input.statusType,
      period: input.period,
      value: input.value,
      threshold: input.threshold,
      phase: 'opened',
      actions: [],
      periodsWithin: 0,
      periods: [],
      history: [],
    };
  }

  note(note: string): void {
    this.state.history.push({ at: new Date().toISOString(), phase: this.state.phase, note });
  }

  /**
   * Records a step through the programme service (row, record, audit and event in one
   * transaction). A failure no retry can fix (a data error) is thrown as a non-retryable
   * refusal naming the step; nothing changed.
   */
  async record(record: StepRecord): Promise<void> {
    const { kpiId, scope, statusType, period, workflowId, threshold, phase } = this.state;
    await recordOrRefuse(record.step, () =>
      programme.recordDeviationStep({
        workflowId,
        kpiId,
        scope,
        ...(statusType && { statusType }),
        period,
        sequence: this.sequence + 1,
        from: phase,
        threshold,
        ...record,
      }),
    );
    this.sequence += 1;
  }

  enter(phase: DeviationPhase, note: string): void {
    this.state.phase = phase;
    this.changed = true;
    upsertRegisteredAttributes([{ key: SEARCH_ATTRIBUTE_KEYS.stage, value: phase }]);
    this.note(note);
  }
}
