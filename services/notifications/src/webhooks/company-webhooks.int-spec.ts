import { randomUUID } from 'node:crypto';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Producer } from 'kafkajs';
import {
  ApplicationDecisionDue,
  AuthorisationGranted,
  OperatorUserLinked,
  OperatorUserRemoved,
  RevalidationStarted,
  ValidationOpened,
  type EventDefinition,
} from '@aeo/contracts';
import { findOperatorMembership } from '@aeo/messaging';
import { bearer, publishEvent, testKafka, waitFor } from '@aeo/testing';
import { authorisationRef } from '../testing/publish-event';
import { NotificationsUnderTest, startNotifications } from '../testing/start-notifications';

jest.setTimeout(180_000);

/** A region of its own, so that the topics' other events reach no one of this test. */
const REGION = `TEST_${randomUUID().slice(0, 8).toUpperCase()}`;
const operations = bearer({ sub: 'ops-company-webhooks', roles: ['operations'] });
const now = () => new Date().toISOString();
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

function company(name: string) {
  const suffix = randomUUID().slice(0, 8);
  return { operatorId: randomUUID(), taxpayerId: `C${suffix}`, region: REGION, name: `${name}-${suffix}` };
}
type Company = ReturnType<typeof company>;
const A = company('a');
const B = company('b');
const userOf = (c: Company, who: string) => ({
  sub: `${who}-${c.taxpayerId}`,
  token: bearer({ sub: `${who}-${c.taxpayerId}`, roles: ['operator-user'], taxpayerId: c.taxpayerId }),
});
const adminA = userOf(A, 'admin');
const adminB = userOf(B, 'admin');
const memberB = userOf(B, 'member');
const operatorRef = (c: Company) => ({ operatorId: c.operatorId, taxpayerId: c.taxpayerId, region: c.region });

interface Call {
  path: string;
  eventId: string;
  type: string;
  data: Record<string, unknown>;
}

/**
 * Company webhook subscriptions (issue 20) on the real broker, PostgreSQL and an HTTP receiver: a
 * company's administrator (as the applications service's aeo.operator.user-* events say) subscribes
 * its own systems; each company's subscription receives only its own company's events, of the kinds
 * the company is told of; another company's subscriptions and deliveries answer 404.
 */
describe('company webhook subscriptions (real Kafka, PostgreSQL, HTTP receiver)', () => {
  let service: NotificationsUnderTest;
  let producer: Producer;
  let receiver: Server;
  let receiverUrl: string;
  const calls: Call[] = [];
  const subscriptions: Record<'a' | 'b' | 'bGranted' | 'customs', string> = { a: '', b: '', bGranted: '', customs: '' };
  const callsTo = (path: string) => calls.filter((call) => call.path === path);
  /** The call of the event at the receiver's `path`, once it came. */
  const callOf = (path: string, eventId: string) =>
    waitFor(`${eventId} at ${path}`, () => callsTo(path).find((call) => call.eventId === eventId), 60_000, 200);

  /** Publishes an event as its producing service does, its data valid for its definition; its id. */
  const publish = async (definition: EventDefinition, key: string, data: Record<string, unknown>): Promise<string> => {
    expect(definition.schema.safeParse(data).error).toBeUndefined();
    const id: string = randomUUID();
    await publishEvent(producer, service, '/aeo/test', { definition, key, data, id });
    return id;
  };
  const linked = (c: Company, sub: string, role: 'administrator' | 'member') =>
    publish(OperatorUserLinked, c.operatorId, {
      ...operatorRef(c),
      sub,
      role,
      linkedBy: 'officer-1',
      linkedAt: now(),
    });
  const granted = (c: Company) =>
    publish(AuthorisationGranted, c.operatorId, {
      ...authorisationRef(c),
      decidedAt: now(),
      effectiveFrom: now(),
      revalidationDue: day(1095),
    });
  const subscribe = (token: string, path: string, eventTypes: string[]) =>
    service.http
      .post('/v1/webhook-subscriptions')
      .set('authorization', token)
      .send({ platform: 'erp', url: `${receiverUrl}${path}`, eventTypes });
  const webhookRecipients = async (eventId: string) =>
    (
      (await service.dataSource.query(
        `SELECT subscription_id FROM notifications WHERE source_event_id = $1 AND channel = 'webhook' ORDER BY subscription_id`,
        [eventId],
      )) as Array<{ subscription_id: string }>
    ).map((row) => row.subscription_id);

  beforeAll(async () => {
    receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const event = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Omit<Call, 'path' | 'eventId'> & {
          id: string;
        };
        calls.push({ path: request.url ?? '', eventId: event.id, type: event.type, data: event.data });
        response.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    Object.assign(process.env, { DELIVERY_POLL_INTERVAL_MS: '100', WEBHOOK_TIMEOUT_MS: '3000' });
    service = await startNotifications([REGION]);
    producer = testKafka('notifications-company-webhooks').producer({ idempotent: true });
    await producer.connect();
    await linked(A, adminA.sub, 'administrator');
    await linked(B, adminB.sub, 'administrator');
    await linked(B, memberB.sub, 'member');
    // The links travel the broker: the administrators manage their companies' subscriptions once notifications has them.
    for (const admin of [adminA, adminB])
      await waitFor(
        `${admin.sub} known as an administrator`,
        async () =>
          (await service.http.get('/v1/webhook-subscriptions').set('authorization', admin.token)).status === 200,
        60_000,
        200,
      );
  });

  afterAll(async () => {
    await producer?.disconnect();
    await service?.close();
    await new Promise((resolve) => receiver?.close(resolve));
    delete process.env['DELIVERY_POLL_INTERVAL_MS'];
    delete process.env['WEBHOOK_TIMEOUT_MS'];
  });

  it('an administrator subscribes its company; a member may not; types not about a company itself are refused', async () => {
    const refused = await subscribe(adminB.token, '/b', [
      'aeo.authorisation.granted.v1',
      'aeo.risk-alert.raised.v1',
      'aeo.mra-list.exported.v1',
    ]).expect(400);
    expect(refused.body.message).toBe(
      "eventTypes: not about a company itself, never delivered to a company's subscription: aeo.risk-alert.raised.v1, aeo.mra-list.exported.v1 (see companyWebhookEventTypes of GET /v1/routes)",
    );
    const member = await subscribe(memberB.token, '/b', ['*']).expect(403);
    expect(member.body.message).toMatch(new RegExp(`^Only an administrator of company ${B.taxpayerId} `));
    await service.http.get('/v1/webhook-subscriptions').set('authorization', memberB.token).expect(403);

    const a = await subscribe(adminA.token, '/a', ['*']).expect(201);
    expect(a.body).toMatchObject({
      operatorId: A.operatorId,
      taxpayerId: A.taxpayerId,
      createdBy: adminA.sub,
      secret: expect.stringMatching(/^whsec_/),
    });
    subscriptions.a = a.body.id;
    subscriptions.b = (await subscribe(adminB.token, '/b', ['*']).expect(201)).body.id;
    subscriptions.bGranted = (
      await subscribe(adminB.token, '/b-granted', ['aeo.authorisation.granted.v1']).expect(201)
    ).body.id;
    const customs = await subscribe(operations, '/customs', ['*']).expect(201);
    expect(customs.body).toMatchObject({ operatorId: null, taxpayerId: null });
    subscriptions.customs = customs.body.id;
    const [stored] = await service.dataSource.query(`SELECT secret FROM webhook_subscriptions WHERE id = $1`, [
      subscriptions.a,
    ]);
    expect(stored.secret).not.toContain(a.body.secret.slice(6));

    const routes = await service.http.get('/v1/routes').set('authorization', adminA.token).expect(200);
    expect(routes.body.companyWebhookEventTypes).toContain('aeo.authorisation.granted.v1');
    expect(routes.body.companyWebhookEventTypes).not.toContain('aeo.risk-alert.raised.v1');
  });

  it('company B’s subscriptions never receive company A’s events, and A’s receives none of what only customs is told', async () => {
    const grantedA = await granted(A);
    const decisionDueA = await publish(ApplicationDecisionDue, A.operatorId, {
      applicationId: randomUUID(),
      ...operatorRef(A),
      statusType: 'AEOC',
      decisionDeadline: day(5),
    });
    const grantedB = await granted(B);

    await callOf('/a', grantedA);
    await callOf('/b-granted', grantedB);
    await callOf('/customs', decisionDueA);

    // Each event's deliveries are planned in one transaction: what is there now is all there will be.
    expect(await webhookRecipients(grantedA)).toEqual([subscriptions.a, subscriptions.customs].sort());
    expect(await webhookRecipients(grantedB)).toEqual(
      [subscriptions.b, subscriptions.bGranted, subscriptions.customs].sort(),
    );
    expect(await webhookRecipients(decisionDueA)).toEqual([subscriptions.customs]);
    for (const path of ['/b', '/b-granted'])
      expect(callsTo(path).filter((call) => [grantedA, decisionDueA].includes(call.eventId))).toEqual([]);
    expect(callsTo('/a').filter((call) => call.eventId === decisionDueA)).toEqual([]);
  });

  it('A’s system gets the company’s view of an event: no risk assessment, no customs staff', async () => {
    const data = {
      caseId: randomUUID(),
      applicationId: randomUUID(),
      ...operatorRef(A),
      statusType: 'AEOC',
      riskScore: 72,
      riskRecommendation: 'high-risk-review',
      siteVisitRequired: true,
      reportDue: day(60),
      assignedValidator: 'validator-sub-1',
      openedAt: now(),
    };
    const id = await publish(ValidationOpened, data.caseId, data);
    const atCompany = await callOf('/a', id);
    const atCustoms = await callOf('/customs', id);
    expect(atCustoms.data).toEqual(data);
    const {
      riskScore: _score,
      riskRecommendation: _recommendation,
      assignedValidator: _validator,
      ...companyView
    } = data;
    expect(atCompany.data).toEqual(companyView);
    // What the delivery log shows A is what A's system got.
    const page = (
      await service.http
        .get(`/v1/webhook-subscriptions/${subscriptions.a}/deliveries?sourceEventId=${id}`)
        .set('authorization', adminA.token)
        .expect(200)
    ).body;
    expect(JSON.parse(page.items[0].body).data).toEqual(companyView);
  });

  it('A’s system is not told why customs started a revalidation (a risk alert’s recommendation, severity and reason)', async () => {
    const trigger = {
      source: 'risk-alert',
      reason:
        'suspension-review (critical): undervaluation pattern on 14 declarations, director linked to a revoked holder',
      requestedBy: 'system:risk-engine',
      triggerId: `risk-alert-${randomUUID()}`,
    };
    const data = {
      ...authorisationRef(A),
      cycle: 2,
      trigger,
      selfAssessmentDue: day(30),
      startedAt: now(),
    };
    const id = await publish(RevalidationStarted, A.operatorId, data);
    const atCompany = await callOf('/a', id);
    expect((await callOf('/customs', id)).data).toEqual(data);
    const { trigger: _trigger, ...companyView } = data;
    expect(atCompany.data).toEqual(companyView);
    const stored = await service.dataSource.query(
      `SELECT body FROM notifications WHERE source_event_id = $1 AND subscription_id = $2`,
      [id, subscriptions.a],
    );
    expect(JSON.stringify(stored)).not.toContain('undervaluation');
    expect(JSON.stringify(stored)).not.toContain('risk-alert');
  });

  it('company B’s administrator cannot read, delete or redeliver A’s subscriptions or deliveries (404), nor list them', async () => {
    const [delivery] = (
      await service.http
        .get(`/v1/webhook-subscriptions/${subscriptions.a}/deliveries`)
        .set('authorization', adminA.token)
        .expect(200)
    ).body.items;
    expect(delivery).toMatchObject({ subscriptionId: subscriptions.a, status: 'sent', attempts: 1 });
    const asB = (method: 'get' | 'delete' | 'post', path: string) =>
      service.http[method](path).set('authorization', adminB.token);
    const hidden = await asB('get', `/v1/webhook-subscriptions/${subscriptions.a}`).expect(404);
    const unknown = await asB('get', `/v1/webhook-subscriptions/${randomUUID()}`).expect(404);
    expect(hidden.body.message.replace(subscriptions.a, 'ID')).toBe(
      unknown.body.message.replace(/[0-9a-f-]{36}/, 'ID'),
    );
    await asB('delete', `/v1/webhook-subscriptions/${subscriptions.a}`).expect(404);
    await asB('post', `/v1/webhook-subscriptions/${subscriptions.a}/redeliveries`).send({ status: 'sent' }).expect(404);
    await asB('get', `/v1/webhook-subscriptions/${subscriptions.a}/deliveries`).expect(404);
    await asB('get', `/v1/webhook-subscriptions/${subscriptions.a}/deliveries/${delivery.id}`).expect(404);
    // Nor through its own subscription.
    await asB('get', `/v1/webhook-subscriptions/${subscriptions.b}/deliveries/${delivery.id}`).expect(404);
    const listedByB = (await asB('get', '/v1/webhook-subscriptions?includeInactive=true').expect(200)).body;
    expect(listedByB.map((subscription: { id: string }) => subscription.id).sort()).toEqual(
      [subscriptions.b, subscriptions.bGranted].sort(),
    );
    // Nothing changed for A: still active, its delivery not queued again.
    const read = await service.http
      .get(`/v1/webhook-subscriptions/${subscriptions.a}`)
      .set('authorization', adminA.token)
      .expect(200);
    expect(read.body).toMatchObject({ active: true, deliveries: { queued: 0, sent: 3, failed: 0 } });
    // Customs operations keep seeing every subscription.
    const listedByOps = (
      await service.http.get('/v1/webhook-subscriptions').set('authorization', operations).expect(200)
    ).body.map((subscription: { id: string }) => subscription.id);
    expect(listedByOps).toEqual(expect.arrayContaining(Object.values(subscriptions)));
  });

  it('A’s administrator reads its delivery log with the attempts, redelivers and deactivates', async () => {
    const page = (
      await service.http
        .get(`/v1/webhook-subscriptions/${subscriptions.a}/deliveries?status=sent`)
        .set('authorization', adminA.token)
        .expect(200)
    ).body;
    expect(page).toMatchObject({ total: 3, page: 1 });
    const [delivery] = page.items;
    const detail = await service.http
      .get(`/v1/webhook-subscriptions/${subscriptions.a}/deliveries/${delivery.id}`)
      .set('authorization', adminA.token)
      .expect(200);
    expect(detail.body.attemptLog).toEqual([
      expect.objectContaining({ attempt: 1, outcome: 'sent', responseStatus: 200 }),
    ]);

    const before = callsTo('/a').length;
    const redelivered = await service.http
      .post(`/v1/webhook-subscriptions/${subscriptions.a}/redeliveries`)
      .set('authorization', adminA.token)
      .send({ status: 'sent' })
      .expect(201);
    expect(redelivered.body).toEqual({ requeued: 3 });
    await waitFor('the redelivery at A’s system', () => callsTo('/a').length > before, 30_000, 200);

    await service.http
      .delete(`/v1/webhook-subscriptions/${subscriptions.a}`)
      .set('authorization', adminA.token)
      .expect(204);
    const audit = await service.dataSource.query(
      `SELECT action, actor_sub FROM audit_log WHERE entity_id = $1 ORDER BY id`,
      [subscriptions.a],
    );
    expect(audit.map((row: { action: string }) => row.action)).toEqual([
      'notifications.webhook-subscribed',
      'notifications.webhook-redelivered',
      'notifications.webhook-unsubscribed',
    ]);
  });

  it('an administrator removed from the company no longer manages its subscriptions', async () => {
    await publish(OperatorUserRemoved, B.operatorId, {
      ...operatorRef(B),
      sub: adminB.sub,
      role: 'administrator',
      removedBy: 'officer-1',
      removedAt: now(),
      reason: 'Left the company',
    });
    await waitFor(
      'the removal known',
      async () =>
        (await service.http.get('/v1/webhook-subscriptions').set('authorization', adminB.token)).status === 403,
      60_000,
      200,
    );
    await service.http
      .get(`/v1/webhook-subscriptions/${subscriptions.b}`)
      .set('authorization', adminB.token)
      .expect(403);
    // The company's subscriptions are its own, not the person's: they stay.
    const [row] = await service.dataSource.query(`SELECT active FROM webhook_subscriptions WHERE id = $1`, [
      subscriptions.b,
    ]);
    expect(row).toEqual({ active: true });
  });

  it('keeps the latest of a user’s links and removals, whatever order they arrive in (a replay)', async () => {
    const c = company('replay');
    const sub = `replay-${c.taxpayerId}`;
    const about = { ...operatorRef(c), sub, role: 'administrator' };
    const membership = () => findOperatorMembership(service.dataSource, sub, c.taxpayerId);
    const link = (at: string, role = 'administrator') =>
      publish(OperatorUserLinked, c.operatorId, {
        ...about,
        role,
        linkedBy: 'officer-1',
        linkedAt: at,
      });
    await link('2026-01-01T00:00:00Z');
    await publish(OperatorUserRemoved, c.operatorId, {
      ...about,
      removedBy: 'officer-1',
      removedAt: '2026-02-01T00:00:00Z',
      reason: 'Left the company',
    });
    await link('2026-01-15T00:00:00Z');
    // A marker behind them on the company's partition: once it is folded, so are they.
    const marker = `marker-${c.taxpayerId}`;
    await publish(OperatorUserLinked, c.operatorId, {
      ...about,
      sub: marker,
      linkedBy: 'officer-1',
      linkedAt: now(),
    });
    await waitFor(
      'the marker folded',
      () => findOperatorMembership(service.dataSource, marker, c.taxpayerId),
      60_000,
      200,
    );
    expect(await membership()).toBeUndefined();

    await link('2026-03-01T00:00:00Z', 'member');
    expect(await waitFor('the newer link folded', membership, 60_000, 200)).toEqual({
      operatorId: c.operatorId,
      role: 'member',
    });
    // Another company's token names another taxpayer id: the user is no one there.
    expect(await findOperatorMembership(service.dataSource, sub, B.taxpayerId)).toBeUndefined();
  });
});
