import { Client, ScheduleAlreadyRunning, ScheduleNotFoundError, type ScheduleOptions } from '@temporalio/client';

/**
 * Makes sure a Temporal Schedule exists as the service configures it: created, or its spec,
 * action and policies updated when it exists (its state, such as a pause by operations, is kept).
 * Every instance of the service does it at start, idempotently.
 */
export async function upsertSchedule(client: Client, options: ScheduleOptions): Promise<void> {
  const update = () =>
    client.schedule.getHandle(options.scheduleId).update((previous) => ({
      ...previous,
      spec: options.spec,
      action: options.action,
      policies: { ...previous.policies, ...options.policies },
    }));
  try {
    await update();
  } catch (error) {
    if (!(error instanceof ScheduleNotFoundError)) throw error;
    try {
      await client.schedule.create(options);
    } catch (raced) {
      // Another instance created it between the update and the create: update that one.
      if (!(raced instanceof ScheduleAlreadyRunning)) throw raced;
      await update();
    }
  }
}
