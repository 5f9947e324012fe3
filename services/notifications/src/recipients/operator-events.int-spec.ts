import { randomUUID } from 'node:crypto';
import {
  ApplicationAccepted,
  ApplicationSubmitted,
  OperatorUpdated,
  OperatorUserLinked,
  OperatorUserRemoved,
  TOPIC_NAMES,
  type EventDefinition,
} from '@aeo/contracts';
import type { ConsumedEvent } from '@aeo/messaging';
import { bearer, startedForTests } from '@aeo/testing';
import { DeliveryPlanner } from '../deliveries/delivery-planner';
import { NOTIFIED_DEFINITIONS } from '../routing/notified-events';
import { startNotifications } from '../testing/start-notifications';

jest.setTimeout(120_000);

const platform = bearer({
  sub: 'single-window',
  roles: ['backend-platform'],
  scopes: ['aeo.events.subscribe'],
});
const suffix = randomUUID().slice(0, 8);
const company = {
  operatorId: randomUUID(),
  taxpayerId: `O${suffix}`,
  region: 'DORNOGOVI',
  name: `Operator events ${suffix}`,
};
const OLD_EMAIL = `old-${suffix}@company.test`;
const NEW_EMAIL = `new-${suffix}@company.test`;
const now = () => new Date().toISOString();
const operatorRef = { operatorId: company.operatorId, taxpayerId: company.taxpayerId, region: company.region };
const applicationRef = () => ({ applicationId: randomUUID(), ...operatorRef, statusType: 'AEOC' });

/** An event as the consumer hands it over, its data valid for its definition (so the samples are what the applications service sends). */
function eventOf(definition: EventDefinition, data: Record<string, unknown>): ConsumedEvent<unknown> {
  expect(definition.schema.safeParse(data).error).toBeUndefined();
  return {
    id: randomUUID(),
    type: definition.type,
    source: '/aeo/test',
    subject: company.operatorId,
    time: now(),
    data,
    topic: TOPIC_NAMES.applicationEvents,
    partition: 0,
    offset: '0',
  };
}

const submitted = () =>
  eventOf(ApplicationSubmitted, {
    ...applicationRef(),
    operatorName: company.name,
    contactEmail: OLD_EMAIL,
    contactLanguage: 'mn',
    consentToMraSharing: false,
    submittedAt: now(),
    acceptanceDeadline: now(),
  });
const updated = () =>
  eventOf(OperatorUpdated, {
    ...operatorRef,
    changed: ['contact'],
    contact: { name: 'Bold Dorj', email: NEW_EMAIL, phone: '+976 9911 2233', language: 'en' },
    address: { street: 'Peace Avenue 1', city: 'Sainshand', country: 'MN' },
    supplyChainRoles: ['exporter'],
    updatedBy: 'operator-admin-sub',
    updatedAt: now(),
  });
const userRemoved = () =>
  eventOf(OperatorUserRemoved, {
    ...operatorRef,
    sub: 'removed-user-sub',
    role: 'member',
    removedBy: 'operator-admin-sub',
    removedAt: now(),
    reason: 'Left the company after a dispute',
  });
const userLinked = () =>
  eventOf(OperatorUserLinked, {
    ...operatorRef,
    sub: 'linked-user-sub',
    role: 'administrator',
    previousRole: 'member',
    linkedBy: 'officer-dornogovi',
    linkedAt: now(),
  });
const accepted = () =>
  eventOf(ApplicationAccepted, {
    ...applicationRef(),
    acceptedAt: now(),
    deemed: false,
    decidedBy: 'officer-1',
    decisionDeadline: now(),
  });

/**
 * A company's operator events (PATCH /v1/operators/{id}, a user removed) in notifications, on real
 * PostgreSQL: they carry staff ids and personal details, so no platform hears of them, not even through
 * `*`; and the company's messages go to the contact the update names from then on.
 */
describe('operator events in notifications', () => {
  const service = startedForTests(() => startNotifications([company.region]));

  /** Plans the event as the consumer does; the notifications written for it. */
  const plan = async (event: ConsumedEvent<unknown>) => {
    await service().dataSource.transaction((manager) => service().app.get(DeliveryPlanner).plan(event, manager));
    return (await service().dataSource.query(
      `SELECT channel, recipient, language FROM notifications WHERE source_event_id = $1 ORDER BY channel, recipient`,
      [event.id],
    )) as Array<{ channel: string; recipient: string; language: string }>;
  };
  const webhookCalls = (rows: Array<{ channel: string }>) => rows.filter((row) => row.channel === 'webhook').length;
  const emails = (rows: Array<{ channel: string; recipient: string; language: string }>) =>
    rows.filter((row) => row.channel === 'email').map(({ recipient, language }) => ({ recipient, language }));

  beforeAll(async () => {
    await service()
      .http.post('/v1/webhook-subscriptions')
      .set('authorization', platform)
      .send({ platform: 'single-window', url: 'http://127.0.0.1:9/all', eventTypes: ['*'] })
      .expect(201);
  });

  it('the consumer takes the operator events, which no webhook may name and "*" does not reach', async () => {
    const operatorEvents = [OperatorUpdated.type, OperatorUserLinked.type, OperatorUserRemoved.type];
    const consumed = NOTIFIED_DEFINITIONS.map((definition) => definition.type);
    expect(consumed).toEqual(expect.arrayContaining(operatorEvents));

    for (const type of operatorEvents) {
      const refused = await service()
        .http.post('/v1/webhook-subscriptions')
        .set('authorization', platform)
        .send({ platform: 'single-window', url: 'http://127.0.0.1:9/hooks', eventTypes: [type] })
        .expect(400);
      expect(refused.body.message).toBe(
        `eventTypes: internal to the administration, never delivered by webhook: ${type}`,
      );
    }
    const routes = await service().http.get('/v1/routes').set('authorization', platform).expect(200);
    expect((routes.body.webhookEventTypes as string[]).filter((type) => type.startsWith('aeo.operator.'))).toEqual([]);

    // The "*" subscription hears of the application, not of users linked or removed (ids, reason) nor of the new contact.
    expect(webhookCalls(await plan(submitted()))).toBe(1);
    expect(webhookCalls(await plan(userLinked()))).toBe(0);
    expect(webhookCalls(await plan(userRemoved()))).toBe(0);
    expect(webhookCalls(await plan(updated()))).toBe(0);
  });

  it('sends the company’s messages to the contact of its latest update, in its language, keeping its name', async () => {
    const first = await plan(submitted());
    expect(emails(first)).toContainEqual({ recipient: `email:${OLD_EMAIL}`, language: 'mn' });

    await plan(updated());
    const after = await plan(accepted());
    expect(emails(after)).toEqual([{ recipient: `email:${NEW_EMAIL}`, language: 'en' }]);
    expect(after.filter((row) => row.channel === 'in-app')).toEqual([
      { channel: 'in-app', recipient: `operator:${company.taxpayerId}`, language: 'en' },
    ]);
    const [known] = await service().dataSource.query(
      `SELECT email, language, operator_name FROM operator_recipients WHERE operator_id = $1`,
      [company.operatorId],
    );
    expect(known).toEqual({ email: NEW_EMAIL, language: 'en', operator_name: company.name });
  });
});
