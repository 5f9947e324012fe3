import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { Client, Connection, ScheduleNotFoundError } from '@temporalio/client';
import { testEnv } from '@aeo/testing';
import { WorkflowSchedule, type WorkflowScheduleSetting } from './workflow-schedule';

jest.setTimeout(60_000);

class TestSchedule extends WorkflowSchedule {
  constructor(temporal: Client, setting: WorkflowScheduleSetting) {
    super(temporal, setting);
  }
}

/** A schedule as a service configures it, on the real Temporal server (its own schedule id). */
describe('WorkflowSchedule (real Temporal)', () => {
  let connection: Connection;
  let client: Client;
  const scheduleId = `test-schedule-${randomUUID()}`;
  const setting = (cron: string, args: unknown[], id = scheduleId): WorkflowScheduleSetting => ({
    scheduleId: id,
    cron: { variable: 'TEST_CRON', value: cron },
    start: {
      workflowType: 'testScheduledWorkflow',
      workflowId: `${id}-run`,
      taskQueue: 'test-schedules',
      args,
    },
    catchupWindow: '1 day',
    purpose: 'a test of WorkflowSchedule',
  });
  const describeSchedule = (id = scheduleId) => client.schedule.getHandle(id).describe();

  beforeAll(async () => {
    connection = await Connection.connect({ address: testEnv.temporalAddress });
    client = new Client({ connection, namespace: testEnv.temporalNamespace });
  });

  afterAll(async () => {
    await client.schedule
      .getHandle(scheduleId)
      .delete()
      .catch(() => undefined);
    await connection.close();
  });

  it('creates nothing while the cron expression is empty', async () => {
    await new TestSchedule(client, setting('', [])).onApplicationBootstrap();
    await expect(describeSchedule()).rejects.toBeInstanceOf(ScheduleNotFoundError);
  });

  it('creates the schedule, then updates its time and input at a later start and keeps a pause', async () => {
    await new TestSchedule(client, setting('30 2 * * *', [{ days: 1 }])).onApplicationBootstrap();
    const created = await describeSchedule();
    expect(created.spec.calendars).toEqual([expect.objectContaining({ hour: [{ start: 2, end: 2, step: 1 }] })]);
    expect(created.action).toMatchObject({
      type: 'startWorkflow',
      workflowType: 'testScheduledWorkflow',
      args: [{ days: 1 }],
    });
    expect(created.policies).toMatchObject({ overlap: 'SKIP', catchupWindow: 86_400_000 });
    expect(created.memo).toEqual({ purpose: 'a test of WorkflowSchedule' });

    await client.schedule.getHandle(scheduleId).pause('paused by operations');
    await new TestSchedule(client, setting('0 5 * * *', [{ days: 2 }])).onApplicationBootstrap();
    const updated = await describeSchedule();
    expect(updated.spec.calendars).toEqual([expect.objectContaining({ hour: [{ start: 5, end: 5, step: 1 }] })]);
    expect(updated.action).toMatchObject({ args: [{ days: 2 }] });
    expect(updated.state).toMatchObject({ paused: true, note: 'paused by operations' });
  });

  it('reads the cron expression in the time zone given (UTC without one)', async () => {
    const quarterly = '0 1 1 1,4,7,10 *';
    const zoned = `${scheduleId}-zoned`;
    await new TestSchedule(client, {
      ...setting(quarterly, [], zoned),
      timeZone: 'Asia/Ulaanbaatar',
    }).onApplicationBootstrap();
    await new TestSchedule(client, setting(quarterly, [])).onApplicationBootstrap();
    try {
      const inZone = await describeSchedule(zoned);
      const inUtc = await describeSchedule();
      expect(inZone.spec.timezone).toBe('Asia/Ulaanbaatar');
      expect(inUtc.spec.timezone || 'UTC').toBe('UTC');
      // 01:00 on a quarter's first day in Ulaanbaatar (UTC+8) is 17:00 UTC on the day before.
      const [nextInZone] = inZone.info.nextActionTimes;
      const [nextInUtc] = inUtc.info.nextActionTimes;
      expect(nextInZone!.getUTCHours()).toBe(17);
      expect(nextInUtc!.getUTCHours()).toBe(1);
      expect(nextInUtc!.getTime() - nextInZone!.getTime()).toBe(8 * 3_600_000);
    } finally {
      await client.schedule
        .getHandle(zoned)
        .delete()
        .catch(() => undefined);
    }
  });

  it('deletes a schedule made earlier when the service starts with an empty cron expression', async () => {
    const id = `${scheduleId}-emptied`;
    await new TestSchedule(client, setting('30 2 * * *', [], id)).onApplicationBootstrap();
    await client.schedule.getHandle(id).pause('paused by operations');
    await expect(describeSchedule(id)).resolves.toMatchObject({ scheduleId: id });

    await new TestSchedule(client, setting('', [], id)).onApplicationBootstrap();
    await expect(describeSchedule(id)).rejects.toBeInstanceOf(ScheduleNotFoundError);
    // A second start with the cron still empty finds nothing to delete.
    await new TestSchedule(client, setting('', [], id)).onApplicationBootstrap();
    await expect(describeSchedule(id)).rejects.toBeInstanceOf(ScheduleNotFoundError);
  });

  it('makes sure of the schedule from two instances starting together: both succeed', async () => {
    const id = `${scheduleId}-concurrent`;
    const warn = jest.spyOn(Logger.prototype, 'warn');
    try {
      await Promise.all([
        new TestSchedule(client, setting('0 4 * * *', [{ days: 3 }], id)).onApplicationBootstrap(),
        new TestSchedule(client, setting('0 4 * * *', [{ days: 3 }], id)).onApplicationBootstrap(),
      ]);
      const warnings = warn.mock.calls.map(([message]) => String(message)).filter((m) => m.includes(id));
      expect(warnings).toEqual([]);
      const made = await describeSchedule(id);
      expect(made.spec.calendars).toEqual([expect.objectContaining({ hour: [{ start: 4, end: 4, step: 1 }] })]);
      expect(made.action).toMatchObject({ args: [{ days: 3 }] });
    } finally {
      warn.mockRestore();
      await client.schedule
        .getHandle(id)
        .delete()
        .catch(() => undefined);
    }
  });
});
