import { Logger, type OnApplicationBootstrap } from '@nestjs/common';
import {
  Client,
  ScheduleNotFoundError,
  ScheduleOverlapPolicy,
  type ScheduleOptions,
  type ScheduleOptionsStartWorkflowAction,
} from '@temporalio/client';
import type { Duration } from '@temporalio/common';
import type { Workflow } from '@temporalio/workflow';
import { upsertSchedule } from './schedules';

/** A workflow that a Temporal Schedule starts at the times the service's configuration gives. */
export interface WorkflowScheduleSetting<W extends Workflow = Workflow> {
  scheduleId: string;
  /** The configuration variable holding the cron expression, and its value: empty deletes the schedule. */
  cron: { variable: string; value: string | undefined };
  /** The IANA time zone the cron expression is read in (Temporal's schedule spec `timezone`); UTC when absent. */
  timeZone?: string;
  start: Omit<ScheduleOptionsStartWorkflowAction<W>, 'type'>;
  /** How long after a missed time (Temporal down) the run is still made. */
  catchupWindow: Duration;
  /** The schedule's memo, for operations reading `temporal schedule describe`. */
  purpose: string;
}

/**
 * A service's Temporal Schedule, made sure of when the service starts: created, or updated to the
 * configured time and workflow when it exists (every instance does it, idempotently; a pause by
 * operations is kept). Another instance creating it at the same moment counts as created (and the
 * configuration is applied again over it). An empty cron variable deletes the schedule, so one made
 * before no longer fires. A run still going at the next time makes that one skipped. When Temporal
 * does not answer, the service runs without it and its next start tries again.
 */
export abstract class WorkflowSchedule implements OnApplicationBootstrap {
  private readonly logger = new Logger(this.constructor.name);

  protected constructor(
    private readonly temporal: Client,
    private readonly setting: WorkflowScheduleSetting,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { scheduleId, cron, timeZone, start, catchupWindow, purpose } = this.setting;
    if (!cron.value) return this.remove(`${cron.variable} is empty`);
    const options: ScheduleOptions = {
      scheduleId,
      spec: { cronExpressions: [cron.value], ...(timeZone ? { timezone: timeZone } : {}) },
      action: { type: 'startWorkflow', ...start },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow },
      memo: { purpose },
    };
    try {
      await upsertSchedule(this.temporal, options);
      this.logger.log(`schedule ${scheduleId} starts ${start.workflowId} at ${cron.value} ${timeZone ?? 'UTC'}`);
    } catch (error) {
      this.logger.warn(`schedule ${scheduleId} not created or updated: ${(error as Error).message}`);
    }
  }

  /** Deletes the schedule when it exists (a schedule made before must not keep firing). */
  private async remove(reason: string): Promise<void> {
    const { scheduleId } = this.setting;
    try {
      await this.temporal.schedule.getHandle(scheduleId).delete();
      this.logger.log(`schedule ${scheduleId} deleted (${reason})`);
    } catch (error) {
      if (error instanceof ScheduleNotFoundError) return this.logger.log(`no schedule ${scheduleId} (${reason})`);
      this.logger.warn(`schedule ${scheduleId} not deleted (${reason}): ${(error as Error).message}`);
    }
  }
}
