import { createHmac, randomUUID } from 'node:crypto';
import { createServer, IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Producer } from 'kafkajs';
import { simpleParser, ParsedMail } from 'mailparser';
import {
  ApplicationAccepted,
  ApplicationDecisionExtended,
  ApplicationInformationRequested,
  ApplicationSubmitted,
  AuthorisationGranted,
  AuthorisationReinstated,
  type EventDefinition,
  MULTILINE_VISIBLE_TEXT_MESSAGE,
  TOPIC_NAMES,
  ValidationCorrectiveActionAnswered,
  ValidationCorrectiveActionRequested,
} from '@aeo/contracts';
import { USER_SUB_MESSAGE } from '@aeo/auth';
import { metricsRegistry } from '@aeo/observability';
import {
  bearer,
  collectMessages,
  linkOperatorUsers,
  publishEvent,
  startTestSmtpServer,
  testKafka,
  type TestEvent,
  TestSmtpServer,
  waitFor,
} from '@aeo/testing';
import { NotificationsUnderTest, startNotifications } from './testing/start-notifications';
import { assignContactOfficer, putStaffContact } from './testing/staff';
import { authorisationRef } from './testing/publish-event';

jest.setTimeout(120_000);

/** A region of its own, so that staff of this test hear only of this test's events. */
const REGION = `TEST_${randomUUID().slice(0, 8).toUpperCase()}`;
const operations = bearer({ sub: 'ops-1', roles: ['operations'] });
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

interface ReceivedMail {
  to: string;
  mail: ParsedMail;
}
interface WebhookCall {
  headers: IncomingMessage['headers'];
  body: string;
  at: number;
}

/** A company with its own contact address, so that each test recognises its own messages among the file's. */
function company(language: 'mn' | 'en') {
  const suffix = randomUUID().slice(0, 8);
  return {
    operatorId: randomUUID(),
    taxpayerId: `T${suffix}`,
    email: `contact-${suffix}@company.test`,
    language,
    name: `Company ${suffix}`,
  };
}
type Company = ReturnType<typeof company>;

const applicationRef = (c: Company, applicationId: string) => ({
  applicationId,
  operatorId: c.operatorId,
  taxpayerId: c.taxpayerId,
  region: REGION,
  statusType: 'AEOC',
});
const authorisationOf = (c: Company) =>
  authorisationRef({ operatorId: c.operatorId, taxpayerId: c.taxpayerId, region: REGION });

/** A staff contact of the test region, in `language`, with one role (`<name>-<region>@customs.test`). */
const staffOfRegion = (name: string, language: string, role: string) => ({
  name,
  email: `${name.toLowerCase()}-${REGION}@customs.test`,
  language,
  roles: [role],
  region: REGION,
});

/** An event of `definition` keyed by `key`, with an id of its own (its deliveries are found by it). */
const testEvent = (
  definition: EventDefinition,
  key: string,
  data: Record<string, unknown>,
): TestEvent & { id: string } => ({
  definition,
  key,
  data,
  id: randomUUID(),
});
const submittedData = (c: Company) => ({
  ...applicationRef(c, randomUUID()),
  operatorName: c.name,
  contactEmail: c.email,
  contactLanguage: c.language,
  consentToMraSharing: true,
  submittedAt: new Date().toISOString(),
  acceptanceDeadline: day(30),
});
const submitted = (c: Company) => testEvent(ApplicationSubmitted, c.operatorId, submittedData(c));
const accepted = (c: Company) =>
  testEvent(ApplicationAccepted, c.operatorId, {
    ...applicationRef(c, randomUUID()),
    acceptedAt: new Date().toISOString(),
    deemed: false,
    decidedBy: 'officer-1',
    decisionDeadline: day(120),
  });
const granted = (c: Company) =>
  testEvent(AuthorisationGranted, c.operatorId, {
    ...authorisationOf(c),
    decidedAt: new Date().toISOString(),
    effectiveFrom: new Date().toISOString(),
    revalidationDue: day(3 * 365),
  });
const informationRequested = (c: Company) =>
  testEvent(ApplicationInformationRequested, c.operatorId, {
    ...applicationRef(c, randomUUID()),
    requestId: randomUUID(),
    requestedBy: 'officer-1',
    questions: 'Please send the premises plan.',
    dueBy: day(14),
  });
const reinstated = (c: Company) =>
  testEvent(AuthorisationReinstated, c.operatorId, {
    ...authorisationOf(c),
    effectiveFrom: new Date().toISOString(),
  });

describe('notifications service (real Kafka, PostgreSQL, SMTP and HTTP receivers)', () => {
  let service: NotificationsUnderTest;
  let producer: Producer;
  let smtp: TestSmtpServer;
  let receiver: Server;
  let receiverUrl: string;
  const mails: ReceivedMail[] = [];
  const calls = new Map<string, WebhookCall[]>();
  /** How the receiver answers a delivery: per webhook id, failures before it says 200. */
  const failuresFor = new Map<string, number>();
  let receiverDown = false;

  const publish = async (...events: TestEvent[]) => {
    for (const event of events) await publishEvent(producer, service, '/aeo/test', event);
  };
  /** The delivery log as `token` reads it (GET /v1/deliveries with `query`). */
  const deliveries = async (query: Record<string, string | number>, token = operations) => {
    const response = await service.http.get('/v1/deliveries').query(query).set('authorization', token).expect(200);
    return response.body as Array<Record<string, any>>;
  };
  const deliveriesOf = (sourceEventId: string) => deliveries({ sourceEventId });
  const mailsTo = (address: string) => mails.filter((entry) => entry.to === address);

  beforeAll(async () => {
    smtp = await startTestSmtpServer({
      onMessage: async (raw, recipients) => {
        const mail = await simpleParser(raw);
        for (const to of recipients) mails.push({ to, mail });
      },
    });
    receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const id = String(request.headers['webhook-id']);
        const seen = calls.get(id) ?? [];
        seen.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
        calls.set(id, seen);
        const failures = failuresFor.get(JSON.parse(seen[0].body).id) ?? 0;
        response.statusCode = receiverDown && request.url === '/down' ? 503 : seen.length <= failures ? 500 : 200;
        response.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;

    Object.assign(process.env, {
      SMTP_URL: smtp.url,
      DELIVERY_MAX_ATTEMPTS: '3',
      DELIVERY_RETRY_BASE_MS: '300',
      DELIVERY_RETRY_MAX_MS: '2000',
      DELIVERY_POLL_INTERVAL_MS: '100',
      EMAIL_RATE_LIMIT: '3',
      EMAIL_RATE_WINDOW_S: '600',
      WEBHOOK_TIMEOUT_MS: '3000',
    });
    service = await startNotifications([REGION]);
    producer = testKafka('notifications-int').producer({ idempotent: true });
    await producer.connect();
    // Staff of the test region and a national executive, in their languages.
    await putStaffContact(service, operations, `co-${REGION}`, {
      ...staffOfRegion('Bat', 'mn', 'contact-officer'),
      email: 'bat@customs.test',
    }).expect(200);
    await putStaffContact(service, operations, `ro-${REGION}`, staffOfRegion('Sarah', 'en', 'regional-office')).expect(
      200,
    );
  });

  afterAll(async () => {
    await producer?.disconnect();
    await service?.close();
    await new Promise((resolve) => receiver?.close(resolve));
    await smtp?.close();
    for (const name of [
      'SMTP_URL',
      'DELIVERY_MAX_ATTEMPTS',
      'DELIVERY_RETRY_BASE_MS',
      'DELIVERY_RETRY_MAX_MS',
      'DELIVERY_POLL_INTERVAL_MS',
      'EMAIL_RATE_LIMIT',
      'EMAIL_RATE_WINDOW_S',
      'WEBHOOK_TIMEOUT_MS',
    ])
      delete process.env[name];
  });

  it('emails each recipient in its own language and fills each user its inbox', async () => {
    const english = company('en');
    const mongolian = company('mn');
    await publish(submitted(english), submitted(mongolian));

    const [toEnglish] = await waitFor(
      'the English email',
      () => mailsTo(english.email).length > 0 && mailsTo(english.email),
      60_000,
      200,
    );
    expect(toEnglish.mail.subject).toBe('AEO application received (AEOC)');
    expect(toEnglish.mail.text).toContain('it counts as accepted');
    expect(toEnglish.mail.headers.get('content-language')).toBe('en');
    const [toMongolian] = await waitFor(
      'the Mongolian email',
      () => mailsTo(mongolian.email).length > 0 && mailsTo(mongolian.email),
      30_000,
      200,
    );
    expect(toMongolian.mail.subject).toBe('AEO өргөдөл хүлээн авлаа (AEOC)');
    // The regional office hears of both submissions, in English, the language of its staff member.
    await waitFor(
      'regional office emails',
      () =>
        mailsTo(`sarah-${REGION}@customs.test`).filter((entry) => /Company/.test(entry.mail.text ?? '')).length >= 2,
      30_000,
      200,
    );
    expect(mailsTo(`sarah-${REGION}@customs.test`).some((entry) => entry.mail.text?.includes(english.name))).toBe(true);

    // In-app: each user of the company has its own read state.
    const alice = bearer({
      sub: `alice-${english.taxpayerId}`,
      roles: ['operator-user'],
      taxpayerId: english.taxpayerId,
    });
    const bob = bearer({ sub: `bob-${english.taxpayerId}`, roles: ['operator-user'], taxpayerId: english.taxpayerId });
    // Users of their companies, as the applications service's aeo.operator.user-linked.v1 says (inbox.int-spec: the others get 403).
    await linkOperatorUsers(
      service,
      { sub: `alice-${english.taxpayerId}`, taxpayerId: english.taxpayerId, operatorId: english.operatorId },
      { sub: `bob-${english.taxpayerId}`, taxpayerId: english.taxpayerId, operatorId: english.operatorId },
      { sub: 'carol', taxpayerId: mongolian.taxpayerId, operatorId: mongolian.operatorId },
    );
    const inbox = (await service.http.get('/v1/inbox').set('authorization', alice).expect(200)).body;
    expect(inbox).toEqual([
      expect.objectContaining({ template: 'application-submitted.v1', language: 'en', read: false }),
    ]);
    await service.http.post(`/v1/inbox/${inbox[0].id}/read`).set('authorization', alice).expect(204);
    expect(
      (await service.http.get('/v1/inbox').query({ unread: 'true' }).set('authorization', alice).expect(200)).body,
    ).toEqual([]);
    expect((await service.http.get('/v1/inbox/unread-count').set('authorization', bob).expect(200)).body).toEqual({
      unread: 1,
    });
    const other = bearer({ sub: 'carol', roles: ['operator-user'], taxpayerId: mongolian.taxpayerId });
    await service.http.post(`/v1/inbox/${inbox[0].id}/read`).set('authorization', other).expect(404);
    // Staff read their own inbox.
    const staffInbox = (
      await service.http
        .get('/v1/inbox')
        .set('authorization', bearer({ sub: `ro-${REGION}`, roles: ['regional-office'], region: REGION }))
        .expect(200)
    ).body;
    expect(
      staffInbox.filter((item: { template: string }) => item.template === 'staff-application-submitted.v1').length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('signs webhook calls and retries after two failures with growing delays', async () => {
    const platform = bearer({ sub: 'single-window', roles: ['backend-platform'], scopes: ['aeo.events.subscribe'] });
    const created = await service.http
      .post('/v1/webhook-subscriptions')
      .set('authorization', platform)
      .send({ platform: 'single-window', url: `${receiverUrl}/hooks`, eventTypes: ['aeo.authorisation.granted.v1'] })
      .expect(201);
    const { id: subscriptionId, secret } = created.body;
    expect(secret).toMatch(/^whsec_/);
    const [stored] = await service.dataSource.query(`SELECT secret FROM webhook_subscriptions WHERE id = $1`, [
      subscriptionId,
    ]);
    expect(stored.secret).toMatch(/^aesgcm2:/);
    expect(stored.secret).not.toContain(String(secret).slice(6, 20));
    expect(
      (await service.http.get(`/v1/webhook-subscriptions/${subscriptionId}`).set('authorization', platform).expect(200))
        .body.secret,
    ).toBeUndefined();

    const holder = company('en');
    const event = granted(holder);
    failuresFor.set(event.id, 2);
    await publish(event);

    const delivery = await waitFor(
      'the delivery sent',
      async () => (await deliveriesOf(event.id)).find((row) => row.channel === 'webhook' && row.status === 'sent'),
      60_000,
      200,
    );
    const received = calls.get(delivery.id)!;
    expect(received).toHaveLength(3);
    const key = Buffer.from(String(secret).slice('whsec_'.length), 'base64');
    for (const call of received) {
      const expected = createHmac('sha256', key)
        .update(`${call.headers['webhook-id']}.${call.headers['webhook-timestamp']}.${call.body}`)
        .digest('base64');
      expect(call.headers['webhook-signature']).toBe(`v1,${expected}`);
      expect(call.headers['content-type']).toContain('application/cloudevents+json');
      expect(call.body).toBe(received[0].body);
    }
    expect(JSON.parse(received[0].body)).toMatchObject({
      specversion: '1.0',
      id: event.id,
      type: 'aeo.authorisation.granted.v1',
      data: { authorisationNumber: `MN-AEOC-2026-${holder.taxpayerId}` },
    });
    // Backoff: at least half the base delay, then at least half of twice the base.
    expect(received[1].at - received[0].at).toBeGreaterThanOrEqual(150);
    expect(received[2].at - received[1].at).toBeGreaterThanOrEqual(300);
    const log = (await service.http.get(`/v1/deliveries/${delivery.id}`).set('authorization', platform).expect(200))
      .body;
    expect(log).toMatchObject({ status: 'sent', attempts: 3, lastError: null });
    expect(
      log.attemptLog.map((attempt: { outcome: string; responseStatus: number }) => [
        attempt.outcome,
        attempt.responseStatus,
      ]),
    ).toEqual([
      ['failed', 500],
      ['failed', 500],
      ['sent', 200],
    ]);
    // Another platform sees neither the subscription nor its deliveries.
    const otherPlatform = bearer({ sub: 'risk-engine', roles: ['backend-platform'], scopes: ['aeo.events.subscribe'] });
    await service.http
      .get(`/v1/webhook-subscriptions/${subscriptionId}`)
      .set('authorization', otherPlatform)
      .expect(403);
    await service.http.get(`/v1/deliveries/${delivery.id}`).set('authorization', otherPlatform).expect(404);
    // Regional offices and executives see deliveries to people, not the platforms' webhook calls.
    await service.http
      .get(`/v1/deliveries/${delivery.id}`)
      .set('authorization', bearer({ sub: 'exec', roles: ['executive'] }))
      .expect(404);
    await service.http.delete(`/v1/webhook-subscriptions/${subscriptionId}`).set('authorization', platform).expect(204);
  });

  it('dead-letters a delivery after its attempts and redelivers it on request', async () => {
    receiverDown = true;
    const events = await collectMessages(
      testKafka('notifications-dlq'),
      [service.topic(TOPIC_NAMES.notificationEvents)],
      {
        from: 'now',
      },
    );
    try {
      const created = await service.http
        .post('/v1/webhook-subscriptions')
        .set('authorization', operations)
        .send({ platform: 'declarations', url: `${receiverUrl}/down`, eventTypes: ['aeo.authorisation.reinstated.v1'] })
        .expect(201);
      const holder = company('mn');
      const event = reinstated(holder);
      await publish(event);
      const failed = await waitFor(
        'dead-lettered',
        async () => (await deliveriesOf(event.id)).find((row) => row.channel === 'webhook' && row.status === 'failed'),
        60_000,
        200,
      );
      expect(failed).toMatchObject({ attempts: 3, lastError: 'HTTP 503 Service Unavailable' });
      await events.waitForCount(
        1,
        30_000,
        (m) => m.headers['ce_type'] === 'aeo.notification.failed.v1' && m.headers['ce_subject'] === failed.id,
      );

      await service.http
        .post(`/v1/deliveries/${failed.id}/redelivery`)
        .set('authorization', operations)
        .send({})
        .expect(400);
      // The reason is free text on several lines: nothing hidden in it (400 naming reason, nothing requeued nor audited).
      const redeliveriesAudited = async () =>
        (
          await service.dataSource.query(
            `SELECT reason FROM audit_log WHERE action = 'notifications.redelivered' AND entity_id = $1`,
            [failed.id],
          )
        ).map((row: { reason: string }) => row.reason);
      for (const [character, reason] of [
        ['U+202E', 'platform back up\nticket \u202Egpj.exe'],
        ['U+200B', 'platform\u200B back up'],
      ]) {
        const refused = await service.http
          .post(`/v1/deliveries/${failed.id}/redelivery`)
          .set('authorization', operations)
          .send({ reason })
          .expect(400);
        expect(refused.body.message).toBe(`reason: ${MULTILINE_VISIBLE_TEXT_MESSAGE} (${character})`);
      }
      expect(await redeliveriesAudited()).toEqual([]);
      expect((await deliveriesOf(event.id)).find((row) => row.id === failed.id)).toMatchObject({
        status: 'failed',
        attempts: 3,
      });
      receiverDown = false;
      const reason = 'declaration platform back up:\r\nthe provider restarted its gateway';
      await service.http
        .post(`/v1/deliveries/${failed.id}/redelivery`)
        .set('authorization', operations)
        .send({ reason: `${reason}\n` })
        .expect(201);
      expect(await redeliveriesAudited()).toEqual([reason]);
      const sent = await waitFor(
        'redelivered',
        async () => (await deliveriesOf(event.id)).find((row) => row.id === failed.id && row.status === 'sent'),
        30_000,
        200,
      );
      expect(sent.attempts).toBe(4);
      expect(calls.get(failed.id)).toHaveLength(4);
      await service.http
        .post(`/v1/deliveries/${failed.id}/redelivery`)
        .set('authorization', bearer({ sub: 'ro', roles: ['regional-office'], region: REGION }))
        .send({ reason: 'x' })
        .expect(403);
      await service.http
        .delete(`/v1/webhook-subscriptions/${created.body.id}`)
        .set('authorization', operations)
        .expect(204);
      // A deactivated subscription takes no redelivery.
      await service.http
        .post(`/v1/deliveries/${failed.id}/redelivery`)
        .set('authorization', operations)
        .send({ reason: 'again' })
        .expect(409);
    } finally {
      receiverDown = false;
      await events.stop();
    }
  });

  it('delivers a redelivered event once, and skips an unknown event type without stopping', async () => {
    const holder = company('en');
    const first = submitted(holder);
    const again = accepted(holder);
    // A type no contract defines, on the application topic.
    const unknown = testEvent({ ...ApplicationAccepted, type: 'aeo.authorisation.amended.v9' }, holder.operatorId, {
      anything: true,
    });
    const invalid = testEvent(ApplicationAccepted, holder.operatorId, { applicationId: 'not-a-uuid' });
    const sentinel = informationRequested(holder);
    const unknownBefore =
      (await metricsRegistry.getSingleMetric('aeo_events_consumed_total')?.get())?.values
        .filter((value) => value.labels['outcome'] === 'unknown-type')
        .reduce((sum, value) => sum + value.value, 0) ?? 0;
    const dead = await collectMessages(
      testKafka('notifications-dead'),
      [service.topic(`${TOPIC_NAMES.applicationEvents}.dlq`)],
      {
        from: 'now',
      },
    );
    try {
      // Same key: one partition, in this order.
      await publish(first, again, again, unknown, invalid, sentinel);
      await waitFor(
        'the event after them delivered',
        async () => (await deliveriesOf(sentinel.id)).length === 2,
        60_000,
        200,
      );
      const accepts = await deliveriesOf(again.id);
      expect(accepts.map((row) => row.channel).sort()).toEqual(['email', 'in-app']);
      await waitFor('emails sent', () => mailsTo(holder.email).length >= 3, 30_000, 200);
      expect(
        mailsTo(holder.email)
          .map((entry) => entry.mail.subject)
          .sort(),
      ).toEqual(['AEO application accepted', 'AEO application received (AEOC)', expect.stringMatching(/information/i)]);
      const unknownAfter =
        (await metricsRegistry.getSingleMetric('aeo_events_consumed_total')?.get())?.values
          .filter((value) => value.labels['outcome'] === 'unknown-type')
          .reduce((sum, value) => sum + value.value, 0) ?? 0;
      expect(unknownAfter).toBeGreaterThan(unknownBefore);
      const [letter] = await dead.waitForCount(1, 30_000, (m) => m.headers['ce_id'] === invalid.id);
      expect(JSON.stringify(letter.headers)).toContain('applicationId');
    } finally {
      await dead.stop();
    }
  });

  it('dead-letters an event of a region outside the customs regions with the reason, and tells no one of it', async () => {
    const holder = company('en');
    const mars = testEvent(ApplicationSubmitted, holder.operatorId, {
      ...submittedData(holder),
      region: 'MARS',
    });
    const sentinel = informationRequested(holder);
    const dead = await collectMessages(
      testKafka('notifications-region'),
      [service.topic(`${TOPIC_NAMES.applicationEvents}.dlq`)],
      {
        from: 'now',
      },
    );
    try {
      // Same key: one partition, in this order.
      await publish(mars, sentinel);
      const [letter] = await dead.waitForCount(1, 30_000, (m) => m.headers['ce_id'] === mars.id);
      expect(letter.headers['dlq_reason']).toBe(
        `invalid aeo.application.submitted.v1 data: region: MARS is not a customs region of the programme (${process.env['CUSTOMS_REGIONS']!.split(',').join(', ')})`,
      );
      await waitFor(
        'the event after it planned',
        async () => (await deliveriesOf(sentinel.id)).length > 0,
        60_000,
        200,
      );
      expect(await deliveriesOf(mars.id)).toEqual([]);
    } finally {
      await dead.stop();
    }
  });

  it("tells the operator's own contact officer once one is assigned, else the region's", async () => {
    const holder = company('en');
    const office = bearer({ sub: `ro-${REGION}`, roles: ['regional-office'], region: REGION });
    await putStaffContact(service, office, `co2-${REGION}`, staffOfRegion('Oyuna', 'en', 'contact-officer')).expect(
      200,
    );
    await publish(submitted(holder));
    await waitFor('the operator known', () => mailsTo(holder.email).length > 0, 60_000, 200);
    await assignContactOfficer(
      service,
      bearer({ sub: 'ro-x', roles: ['regional-office'], region: 'KHOVD' }),
      holder.taxpayerId,
      `co2-${REGION}`,
    ).expect(403);
    const missing = await assignContactOfficer(service, office, holder.taxpayerId, 'nobody').expect(400);
    expect(missing.body.message).toMatch(/officerSub/);
    await assignContactOfficer(service, office, holder.taxpayerId, `co2-${REGION}`).expect(200);

    const grant = granted(holder);
    await publish(grant);
    const rows = await waitFor(
      'the grant routed',
      async () => {
        const found = await deliveriesOf(grant.id);
        return found.some((row) => row.audience === 'contact-officers') && found;
      },
      60_000,
      200,
    );
    const officers = rows
      .filter((row) => row.audience === 'contact-officers')
      .map((row) => row.recipient)
      .sort();
    expect(officers).toEqual([`email:oyuna-${REGION.toLowerCase()}@customs.test`, `staff:co2-${REGION}`]);
    await waitFor(
      "the assigned officer's email",
      () => mailsTo(`oyuna-${REGION}@customs.test`).some((entry) => entry.mail.text?.includes(holder.name)),
      30_000,
      200,
    );
  });

  it('tells the operator (email and inbox) and its contact officer of a corrective action request, and the validator of its answer', async () => {
    const holder = company('en');
    const validator = `val-${REGION}`;
    await putStaffContact(service, operations, validator, staffOfRegion('Tsetseg', 'mn', 'validator')).expect(200);
    await publish(submitted(holder));
    await waitFor('the operator known', () => mailsTo(holder.email).length > 0, 60_000, 200);
    const caseRef = { caseId: randomUUID(), ...applicationRef(holder, randomUUID()) };
    const action = {
      actionId: randomUUID(),
      questionId: 'security.premises',
      criterion: { en: 'Are the premises protected?', mn: 'Байрыг хамгаалсан уу?' },
      dueBy: day(21),
    };
    const request = testEvent(ValidationCorrectiveActionRequested, holder.operatorId, {
      ...caseRef,
      ...action,
      description: 'Fence the bonded warehouse.',
      requestedBy: validator,
      requestedAt: new Date().toISOString(),
    });
    await publish(request);
    const requestRows = await waitFor(
      'the request routed',
      async () => {
        const found = await deliveriesOf(request.id);
        return (
          found.some((row) => row.audience === 'contact-officers') &&
          found.some((row) => row.audience === 'operator') &&
          found
        );
      },
      60_000,
      200,
    );
    expect(requestRows.map((row) => `${row.audience} ${row.template} ${row.recipient}`)).toEqual(
      expect.arrayContaining([
        `operator corrective-action-requested.v1 email:${holder.email}`,
        `contact-officers staff-corrective-action-requested.v1 staff:co-${REGION}`,
      ]),
    );
    const [mail] = await waitFor(
      'the operator email',
      () =>
        mailsTo(holder.email).filter((entry) => entry.mail.subject === 'AEO application: corrective action requested')
          .length > 0 &&
        mailsTo(holder.email).filter((entry) => entry.mail.subject === 'AEO application: corrective action requested'),
      30_000,
      200,
    );
    expect(mail.mail.text).toContain('the criterion "Are the premises protected?": Fence the bonded warehouse.');
    const user = bearer({ sub: `user-${holder.taxpayerId}`, roles: ['operator-user'], taxpayerId: holder.taxpayerId });
    await linkOperatorUsers(service, {
      sub: `user-${holder.taxpayerId}`,
      taxpayerId: holder.taxpayerId,
      operatorId: holder.operatorId,
    });
    await waitFor(
      'the in-app message',
      async () =>
        (
          (await service.http.get('/v1/inbox').set('authorization', user).expect(200)).body as Array<{
            template: string;
          }>
        ).some((item) => item.template === 'corrective-action-requested.v1'),
      30_000,
      200,
    );

    const answer = testEvent(ValidationCorrectiveActionAnswered, holder.operatorId, {
      ...caseRef,
      ...action,
      requestedBy: validator,
      assignedValidator: validator,
      answeredBy: `user-${holder.taxpayerId}`,
      answeredAt: new Date().toISOString(),
      late: false,
    });
    await publish(answer);
    const answerRows = await waitFor(
      'the answer routed',
      async () => {
        const found = (await deliveriesOf(answer.id)).filter((row) => row.audience === 'assigned-validator');
        return found.length >= 2 && found;
      },
      60_000,
      200,
    );
    expect(answerRows.map((row) => `${row.audience} ${row.template} ${row.recipient}`).sort()).toEqual([
      `assigned-validator staff-corrective-action-answered.v1 email:tsetseg-${REGION.toLowerCase()}@customs.test`,
      `assigned-validator staff-corrective-action-answered.v1 staff:${validator}`,
    ]);
  });

  it('holds back emails beyond the recipient rate limit without losing them', async () => {
    const holder = company('mn');
    // One topic and key: in this order, so the contact address is known before the others.
    const extended = testEvent(ApplicationDecisionExtended, holder.operatorId, {
      ...applicationRef(holder, randomUUID()),
      decisionDeadline: day(150),
      decidedBy: 'executive-1',
      reasons: ['site visit pending'],
    });
    await publish(submitted(holder), accepted(holder), informationRequested(holder), extended);
    await waitFor('three emails', () => mailsTo(holder.email).length >= 3, 60_000, 200);
    const held = await waitFor(
      'the fourth held back',
      async () => {
        const rows = await deliveries({ recipient: `email:${holder.email}` });
        return rows.find((row) => row.status === 'queued' && /rate limit/.test(row.lastError ?? ''));
      },
      30_000,
      200,
    );
    expect(mailsTo(holder.email)).toHaveLength(3);
    expect(new Date(held.nextAttemptAt).getTime()).toBeGreaterThan(Date.now() + 60_000);
    const log = (await service.http.get(`/v1/deliveries/${held.id}`).set('authorization', operations).expect(200)).body;
    expect(log.attemptLog.map((attempt: { outcome: string }) => attempt.outcome)).toEqual(['rate-limited']);
    expect(log.attempts).toBe(0);
  });

  it('lets a backend platform subscribe as itself only (403 naming both platforms), operations for any platform', async () => {
    const body = (platform: string) => ({
      platform,
      url: `${receiverUrl}/own`,
      eventTypes: ['aeo.authorisation.revoked.v1'],
    });
    const singleWindow = bearer({
      sub: 'single-window',
      roles: ['backend-platform'],
      scopes: ['aeo.events.subscribe'],
    });
    const subscriptionsOf = async (platform: string) =>
      (await service.dataSource.query(`SELECT id FROM webhook_subscriptions WHERE platform = $1`, [platform])).length;
    const before = await subscriptionsOf('risk-engine');
    const refused = await service.http
      .post('/v1/webhook-subscriptions')
      .set('authorization', singleWindow)
      .send(body('risk-engine'))
      .expect(403);
    expect(refused.body.message).toBe(
      'A backend platform subscribes as itself: your token names platform single-window, not risk-engine (operations subscribe another platform)',
    );
    // A platform's client id names it when its token has one (its sub may be a service account's id).
    const byClient = bearer({
      sub: 'service-account-7f3a',
      clientId: 'risk-engine',
      roles: ['backend-platform'],
      scopes: ['aeo.events.subscribe'],
    });
    await service.http
      .post('/v1/webhook-subscriptions')
      .set('authorization', byClient)
      .send(body('single-window'))
      .expect(403);
    expect(await subscriptionsOf('risk-engine')).toBe(before);
    const own = await service.http
      .post('/v1/webhook-subscriptions')
      .set('authorization', byClient)
      .send(body('risk-engine'))
      .expect(201);
    const forAnother = await service.http
      .post('/v1/webhook-subscriptions')
      .set('authorization', operations)
      .send(body('risk-engine'))
      .expect(201);
    expect(await subscriptionsOf('risk-engine')).toBe(before + 2);
    for (const [id, token] of [
      [own.body.id, byClient],
      [forAnother.body.id, operations],
    ])
      await service.http.delete(`/v1/webhook-subscriptions/${id}`).set('authorization', token).expect(204);
  });

  it('validates input, names the field, and scopes the directory and the log', async () => {
    const bad = await service.http
      .post('/v1/webhook-subscriptions')
      .set('authorization', operations)
      .send({ platform: 'x', url: 'ftp://host/hook', eventTypes: ['aeo.declaration.lodged.v1'] })
      .expect(400);
    expect(JSON.stringify(bad.body)).toMatch(/platform/);
    expect(JSON.stringify(bad.body)).toMatch(/url/);
    const credentials = await service.http
      .post('/v1/webhook-subscriptions')
      .set('authorization', operations)
      .send({ platform: 'single-window', url: 'https://user:pw@hooks.example.org/x', eventTypes: ['*'] })
      .expect(400);
    expect(JSON.stringify(credentials.body)).toMatch(/url.*credentials/);
    const unknownType = await service.http
      .post('/v1/webhook-subscriptions')
      .set('authorization', operations)
      .send({ platform: 'single-window', url: `${receiverUrl}/x`, eventTypes: ['aeo.declaration.lodged.v1'] })
      .expect(400);
    expect(unknownType.body.message).toMatch(/eventTypes: .*aeo\.declaration\.lodged\.v1/);
    const regional = bearer({ sub: 'ro-2', roles: ['regional-office'], region: 'KHOVD' });
    await service.http
      .put('/v1/staff-contacts/v-dornod')
      .set('authorization', regional)
      .send({ name: 'V', email: 'v@customs.test', roles: ['validator'], region: REGION })
      .expect(403);
    await service.http
      .put('/v1/staff-contacts/v-khovd')
      .set('authorization', regional)
      .send({ name: 'V', email: 'v@customs.test', roles: ['validator'], region: 'KHOVD' })
      .expect(200);
    const noRegion = await service.http
      .put('/v1/staff-contacts/v-x')
      .set('authorization', operations)
      .send({ name: 'V', roles: ['validator'] })
      .expect(400);
    expect(JSON.stringify(noRegion.body)).toMatch(/region/);
    // The test region has deliveries (operations see them); an office of another region sees none of them.
    const all = await deliveries({ limit: 500 });
    expect(all.some((row) => row.region === REGION)).toBe(true);
    const log = await deliveries({ limit: 500 }, regional);
    expect(log.some((row) => row.region === REGION)).toBe(false);
    expect(log.every((row) => row.region === 'KHOVD' && row.channel !== 'webhook')).toBe(true);
    const own = await deliveries(
      { limit: 500 },
      bearer({ sub: `ro-${REGION}`, roles: ['regional-office'], region: REGION }),
    );
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((row) => row.region === REGION)).toBe(true);
    await service.http.get('/v1/deliveries').expect(401);
    const routes = (await service.http.get('/v1/routes').set('authorization', operations).expect(200)).body;
    expect(routes.webhookEventTypes).toContain('aeo.authorisation.granted.v1');
    expect(routes.webhookEventTypes).not.toContain('aeo.declaration.lodged.v1');
  });

  it('refuses a staff contact of an unknown region, with roles repeated or not a list or a name hiding a character, and a directory or assignments read of another region', async () => {
    const khovdOffice = bearer({ sub: 'ro-khovd', roles: ['regional-office'], region: 'KHOVD' });
    const contact = (sub: string, body: Record<string, unknown>) =>
      service.http
        .put(`/v1/staff-contacts/${sub}`)
        .set('authorization', operations)
        .send({ name: 'V', email: 'v@customs.test', ...body })
        .expect(400);
    const unknownRegion = await contact('v-nowhere', { roles: ['validator'], region: 'NOWHERE' });
    expect(unknownRegion.body.message).toMatch(/^region: NOWHERE is not a customs region of the programme/);
    const repeated = await contact('v-twice', { roles: ['policy-unit', 'policy-unit'] });
    expect(repeated.body.message).toBe('roles: must not repeat a role');
    const bare = await contact('v-bare', { roles: 'policy-unit' });
    expect(bare.body.message).toMatch(/^roles: must be an array of roles \(contact-officer, [^;]*\)$/);
    const reversed = await contact('v-reversed', { name: 'Val \u202Eidator', roles: ['policy-unit'] });
    expect(reversed.body.message).toMatch(/^name: .*\(U\+202E\)$/);
    const zeroWidth = await contact('v-zero-width', { name: 'Val\u200Bidator', roles: ['policy-unit'] });
    expect(zeroWidth.body.message).toMatch(/^name: .*\(U\+200B\)$/);
    const hiddenSub = await contact(encodeURIComponent('v-\u202Ereversed'), { name: 'Val', roles: ['policy-unit'] });
    expect(hiddenSub.body.message).toBe(`sub: ${USER_SUB_MESSAGE}`);
    for (const sub of ['v-nowhere', 'v-twice', 'v-bare', 'v-reversed', 'v-zero-width'])
      expect((await service.dataSource.query('SELECT 1 FROM staff_contacts WHERE sub = $1', [sub])).length).toBe(0);
    await service.http
      .get('/v1/staff-contacts')
      .query({ region: 'NOWHERE' })
      .set('authorization', operations)
      .expect(400);
    await service.http
      .get('/v1/staff-contacts')
      .query({ region: REGION })
      .set('authorization', khovdOffice)
      .expect(403);
    // The contact-officer assignments alike: another region is refused, not answered the office's own.
    const assignments = await service.http
      .get('/v1/operator-contact-officers')
      .query({ region: REGION })
      .set('authorization', khovdOffice)
      .expect(403);
    expect(assignments.body.message).toBe(`Region ${REGION} is outside your scope (KHOVD)`);
    await service.http
      .get('/v1/operator-contact-officers')
      .query({ region: 'KHOVD' })
      .set('authorization', khovdOffice)
      .expect(200);
  });
});
