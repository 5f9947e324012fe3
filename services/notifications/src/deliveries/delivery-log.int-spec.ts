import { randomUUID } from 'node:crypto';
import { ROLES } from '@aeo/auth';
import { bearer, startedForTests } from '@aeo/testing';
import { startNotifications } from '../testing/start-notifications';
import { insertPlanned, type PlannedNotification } from './deliveries.repository';

jest.setTimeout(120_000);

const REGION = `TEST_${randomUUID().slice(0, 8).toUpperCase()}`;
const OTHER_REGION = `TEST_${randomUUID().slice(0, 8).toUpperCase()}`;
const operations = bearer({ sub: 'ops-1', roles: [ROLES.operations] });
const regionalOffice = bearer({ sub: 'ro-1', roles: [ROLES.regionalOffice], region: REGION });

interface Listed {
  id: string;
  channel: string;
  recipient: string;
  status: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
}

const planned = (channel: 'in-app' | 'email', recipient: string): PlannedNotification => ({
  id: randomUUID(),
  channel,
  recipient,
  audience: 'operator',
  target: channel === 'email' ? recipient.slice('email:'.length) : null,
  subscriptionId: null,
  language: 'en',
  template: 'application-submitted',
  subject: 'Application received',
  body: 'We received your application.',
});

/**
 * GET /v1/delivery-log against the real PostgreSQL: the delivery log a page at a time, in the
 * reader's scope, with its filters and sorts; GET /v1/deliveries keeps answering a plain list.
 * The deliveries are written as the planner writes them for one event of the test's own, due a
 * year ahead (the sender leaves them), and one is marked failed as the sender marks a
 * dead-lettered one.
 */
describe('notifications: the paged delivery log (real PostgreSQL)', () => {
  const service = startedForTests(() => startNotifications([REGION, OTHER_REGION]));
  /** The test's deliveries are of one event of its own. */
  const sourceEventId = randomUUID();
  const get = (path: string, query: Record<string, string | number>, token = operations) =>
    service()
      .http.get(path)
      .query({ sourceEventId, ...query })
      .set('Authorization', token);
  const ids: Record<'inApp' | 'queued' | 'failed' | 'elsewhere', string> = {
    inApp: '',
    queued: '',
    failed: '',
    elsewhere: '',
  };
  const suffix = randomUUID().slice(0, 8);

  beforeAll(async () => {
    const write = async (region: string, notification: PlannedNotification, minutes: number) => {
      const at = new Date(Date.now() + 365 * 86_400_000 + minutes * 60_000);
      await insertPlanned(
        service().dataSource,
        { id: sourceEventId, type: 'aeo.application.submitted.v1' },
        [notification],
        {
          taxpayerId: 'T1',
          region,
          deadLetterAfter: 8,
          now: at,
        },
      );
      return notification.id;
    };
    ids.inApp = await write(REGION, planned('in-app', `operator:T${suffix}`), 0);
    ids.queued = await write(REGION, planned('email', `email:queued-${suffix}@company.test`), 1);
    ids.failed = await write(REGION, planned('email', `email:failed-${suffix}@company.test`), 2);
    ids.elsewhere = await write(OTHER_REGION, planned('email', `email:elsewhere-${suffix}@company.test`), 3);
    await service().dataSource.query(
      `UPDATE notifications SET status = 'failed', attempts = 8, failed_at = now(), next_attempt_at = NULL,
              last_error = 'connect ECONNREFUSED 127.0.0.1:9' WHERE id = $1`,
      [ids.failed],
    );
  });

  it('answers a page of the log with the total, newest first, the failed ones with their error and attempts', async () => {
    const first = (await get('/v1/delivery-log', { pageSize: 2 }).expect(200)).body;
    expect(first).toMatchObject({ page: 1, pageSize: 2, total: 4 });
    expect(first.items.map((item: Listed) => item.id)).toEqual([ids.elsewhere, ids.failed]);
    expect(first.items[1]).toMatchObject({
      channel: 'email',
      status: 'failed',
      attempts: 8,
      lastError: 'connect ECONNREFUSED 127.0.0.1:9',
    });
    const second = (await get('/v1/delivery-log', { pageSize: 2, page: 2 }).expect(200)).body;
    expect(second.items.map((item: Listed) => item.id)).toEqual([ids.queued, ids.inApp]);
    expect((await get('/v1/delivery-log', { pageSize: 2, page: 3 }).expect(200)).body).toMatchObject({
      items: [],
      total: 4,
    });

    const oldestFirst = (await get('/v1/delivery-log', { order: 'asc' }).expect(200)).body;
    expect(oldestFirst.items.map((item: Listed) => item.id)).toEqual([
      ids.inApp,
      ids.queued,
      ids.failed,
      ids.elsewhere,
    ]);
    const byAttempts = (await get('/v1/delivery-log', { sort: 'attempts', order: 'desc', pageSize: 1 }).expect(200))
      .body;
    expect(byAttempts.items.map((item: Listed) => item.id)).toEqual([ids.failed]);
  });

  it('filters by status, channel and the start of the recipient, within the reader’s scope', async () => {
    const failed = (await get('/v1/delivery-log', { status: 'failed' }).expect(200)).body;
    expect(failed).toMatchObject({ total: 1 });
    expect(failed.items.map((item: Listed) => item.id)).toEqual([ids.failed]);
    const emails = (await get('/v1/delivery-log', { channel: 'email', recipient: 'email:queued-' }).expect(200)).body;
    expect(emails.items.map((item: Listed) => item.id)).toEqual([ids.queued]);
    const inApp = (await get('/v1/delivery-log', { channel: 'in-app' }).expect(200)).body;
    expect(inApp.items.map((item: Listed) => item.id)).toEqual([ids.inApp]);

    // A regional office sees its region's deliveries only.
    const regional = (await get('/v1/delivery-log', {}, regionalOffice).expect(200)).body;
    expect(regional.total).toBe(3);
    expect(regional.items.map((item: Listed) => item.id)).not.toContain(ids.elsewhere);
  });

  it('refuses a wrong parameter naming it, and GET /v1/deliveries still answers a list with its limit', async () => {
    for (const [query, name] of [
      [{ status: 'lost' }, 'status'],
      [{ sort: 'recipient' }, 'sort'],
      [{ pageSize: 201 }, 'pageSize'],
      [{ limit: 10 }, 'limit'],
    ] as const)
      expect(JSON.stringify((await get('/v1/delivery-log', query).expect(400)).body)).toContain(name);

    const list = (await get('/v1/deliveries', { limit: 2 }).expect(200)).body as Listed[];
    expect(list.map((item) => item.id)).toEqual([ids.elsewhere, ids.failed]);
    // The plain list matches recipients whole, as before.
    expect((await get('/v1/deliveries', { recipient: 'email:queued-' }).expect(200)).body).toEqual([]);
  });
});
