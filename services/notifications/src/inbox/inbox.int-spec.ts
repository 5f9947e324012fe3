import { randomUUID } from 'node:crypto';
import { bearer, linkOperatorUsers, removeOperatorUsers } from '@aeo/testing';
import { type NotificationsUnderTest, startNotifications } from '../testing/start-notifications';

jest.setTimeout(120_000);

const REGION = `INBOX_${randomUUID().slice(0, 8).toUpperCase()}`;
const operatorId = randomUUID();
const taxpayerId = `I${randomUUID().slice(0, 8)}`;
const operatorUser = (sub: string) => ({ sub, token: bearer({ sub, roles: ['operator-user'], taxpayerId }) });
const member = operatorUser(`member-${taxpayerId}`);
const leaver = operatorUser(`leaver-${taxpayerId}`);
/** Signed up at the identity provider naming the company's taxpayer id, never linked to the company. */
const stranger = operatorUser(`stranger-${taxpayerId}`);

/**
 * A company's inbox (real PostgreSQL): its operator users read, count and mark read its messages
 * only while the applications service has them linked to the company (notifications' copy of the
 * companies' users, from aeo.operator.user-linked/user-removed.v1); the token's taxpayer id alone,
 * which a trader's sign-up lets anyone choose, opens nothing.
 */
describe('a company’s inbox is read by its linked users only (real PostgreSQL)', () => {
  let service: NotificationsUnderTest;
  const message = randomUUID();
  const call = (method: 'get' | 'post', path: string, token: string) =>
    service.http[method](path).set('authorization', token);

  beforeAll(async () => {
    service = await startNotifications([REGION]);
    await service.dataSource.query(
      `INSERT INTO notifications (id, source_event_id, source_event_type, channel, recipient, taxpayer_id, region, language, template, subject, body, status, attempts)
       VALUES ($1, $2, 'aeo.validation.visit-scheduled.v1', 'in-app', $3, $4, $5, 'en', 'visit-scheduled.v1', 'Site visit', 'A site visit is scheduled at your premises.', 'sent', 1)`,
      [message, randomUUID(), `operator:${taxpayerId}`, taxpayerId, REGION],
    );
    await linkOperatorUsers(
      service,
      { sub: member.sub, taxpayerId, operatorId },
      { sub: leaver.sub, taxpayerId, operatorId },
    );
  });

  afterAll(async () => {
    await service?.close();
  });

  it('a linked user reads, counts and marks read its company’s messages', async () => {
    const inbox = (await call('get', '/v1/inbox', member.token).expect(200)).body;
    expect(inbox).toEqual([expect.objectContaining({ id: message, read: false })]);
    expect((await call('get', '/v1/inbox/unread-count', member.token).expect(200)).body).toEqual({ unread: 1 });
    await call('post', `/v1/inbox/${message}/read`, member.token).expect(204);
    expect((await call('get', '/v1/inbox/unread-count', member.token).expect(200)).body).toEqual({ unread: 0 });
  });

  it('a user signed up with the company’s taxpayer id but not linked gets 403 and nothing of it', async () => {
    const listed = await call('get', '/v1/inbox', stranger.token).expect(403);
    expect(listed.body.message).toBe(
      `You (${stranger.sub}) are not a user of the company ${taxpayerId}; an administrator of the company links its users`,
    );
    expect(JSON.stringify(listed.body)).not.toContain('site visit');
    await call('get', '/v1/inbox/unread-count', stranger.token).expect(403);
    await call('post', `/v1/inbox/${message}/read`, stranger.token).expect(403);
    const [{ readers }] = await service.dataSource.query(
      `SELECT count(*)::int AS readers FROM inbox_reads WHERE notification_id = $1`,
      [message],
    );
    expect(readers).toBe(1);
  });

  it('a user removed from the company no longer reads its inbox', async () => {
    await call('get', '/v1/inbox', leaver.token).expect(200);
    await removeOperatorUsers(service, { operatorId, taxpayerId, sub: leaver.sub });
    await call('get', '/v1/inbox', leaver.token).expect(403);
    await call('get', '/v1/inbox/unread-count', leaver.token).expect(403);
    await call('post', `/v1/inbox/${message}/read`, leaver.token).expect(403);
  });
});
