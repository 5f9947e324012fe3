import { Client, ScheduleNotFoundError, type ScheduleOptions } from '@temporalio/client';

/**
 * Makes sure a Temporal Schedule exists as the service configures it: created, or its spec,
 * action and policies updated when it exists (its state, such as a pause by operations, is kept).
 * Every instance of the service does it at start, idempotently.
 */
export async function upsertSchedule(client: Client, options: ScheduleOptions): Promise<void> {
  try {
    await client.schedule.getHandle(options.scheduleId).update((previous) => ({
      ...previous,
      spec: options.spec,
      action: options.action,
      policies: { ...previous.policies, ...options.policies },
    }));
  } catch (error) {
    if (!(error instanceof ScheduleNotFoundError)) throw error;
    await client.schedule.create(options);
  }
}
