import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import {
  ApplicationInformationReceived,
  ApplicationSubmitted,
  type EventDefinition,
  PilotContactOfficerAssigned,
} from '@aeo/contracts';
import { bearer, publishEvent, testKafka, waitFor } from '@aeo/testing';
import { NotificationsUnderTest, startNotifications } from '../testing/start-notifications';
import { putStaffContact } from '../testing/staff';

jest.setTimeout(120_000);

const operations = bearer({ sub: 'ops-pilot', roles: ['operations'] });
/** A region of its own, so that this test's staff hear only of this test's events. */
const REGION = `PILOT_${randomUUID().slice(0, 8).toUpperCase()}`;
const OTHER_REGION = `PILOT_${randomUUID().slice(0, 8).toUpperCase()}`;
const suffix = randomUUID().slice(0, 8);
const officer = (name: string) => `officer.${name}.${suffix}`;
const STAFF = [
  { sub: officer('bat'), language: 'mn', roles: ['contact-officer'], region: REGION },
  { sub: officer('saraa'), language: 'en', roles: ['contact-officer'], region: REGION },
  { sub: officer('far'), language: 'en', roles: ['contact-officer'], region: OTHER_REGION },
];
const company = {
  operatorId: randomUUID(),
  taxpayerId: `P${suffix}`,
  region: REGION,
  email: `pilot-${suffix}@company.test`,
};
const pilotId = randomUUID();

/**
 * A pilot company's contact officer, assigned in the programme service, becomes the company's own
 * contact officer here: the officer hears of the company's events (real Kafka and PostgreSQL).
 */
describe('pilot contact officers reach the notifications (real Kafka and PostgreSQL)', () => {
  let service: NotificationsUnderTest;
  let producer: Producer;

  const deliveriesOf = async (sourceEventId: string) =>
    (await service.http.get('/v1/deliveries').query({ sourceEventId }).set('authorization', operations).expect(200))
      .body as Array<Record<string, string>>;
  /** Publishes the event and waits until the notifications planned for it are written; their channel, recipient and template. */
  const publishAndPlan = async (definition: EventDefinition, data: Record<string, unknown>, key: string) => {
    const event = { definition, id: randomUUID(), key, data };
    await publishEvent(producer, service, '/aeo/test', event);
    const rows = await waitFor(
      `the notifications of ${definition.type}`,
      async () => {
        const found = await deliveriesOf(event.id);
        return found.length > 0 && found;
      },
      60_000,
      250,
    );
    return rows
      .map(({ channel, recipient, template, language }) => ({ channel, recipient, template, language }))
      .sort((a, b) => `${a.recipient}${a.channel}`.localeCompare(`${b.recipient}${b.channel}`));
  };
  const assigned = (officerSub: string, sequence: number, previousOfficerSub?: string) =>
    publishAndPlan(
      PilotContactOfficerAssigned,
      {
        pilotId,
        taxpayerId: company.taxpayerId,
        operatorId: company.operatorId,
        region: company.region,
        operatorName: `Pilot company ${suffix}`,
        officerSub,
        previousOfficerSub,
        sequence,
        reason: 'Knows the company',
        by: 'policy.unit.oyun',
        at: new Date().toISOString(),
      },
      pilotId,
    );
  /** An event of the company that goes to its contact officers: an answer to a request for information. */
  const informationReceived = () =>
    publishAndPlan(
      ApplicationInformationReceived,
      {
        applicationId: randomUUID(),
        operatorId: company.operatorId,
        taxpayerId: company.taxpayerId,
        region: company.region,
        statusType: 'AEOC',
        requestId: randomUUID(),
        respondedBy: company.email,
        respondedAt: new Date().toISOString(),
      },
      company.operatorId,
    );
  const officerOfCompany = async () =>
    (
      (await service.http.get('/v1/operator-contact-officers').set('authorization', operations).expect(200))
        .body as Array<{ taxpayerId: string; officerSub: string }>
    ).find((row) => row.taxpayerId === company.taxpayerId)?.officerSub;

  beforeAll(async () => {
    service = await startNotifications([REGION, OTHER_REGION]);
    producer = testKafka('notifications-pilot-int').producer({ idempotent: true });
    await producer.connect();
    for (const { sub, ...person } of STAFF)
      await putStaffContact(service, operations, sub, { name: sub, email: `${sub}@customs.test`, ...person }).expect(
        200,
      );
    // The company is learnt from its application, as for every operator.
    await publishAndPlan(
      ApplicationSubmitted,
      {
        applicationId: randomUUID(),
        operatorId: company.operatorId,
        taxpayerId: company.taxpayerId,
        region: company.region,
        statusType: 'AEOC',
        operatorName: `Pilot company ${suffix}`,
        contactEmail: company.email,
        contactLanguage: 'en',
        consentToMraSharing: true,
        submittedAt: new Date().toISOString(),
        acceptanceDeadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        programmeVersion: 1,
      },
      company.operatorId,
    );
  });

  afterAll(async () => {
    await producer?.disconnect();
    await service?.close();
  });

  it('before any assignment, every contact officer of the region hears of the company', async () => {
    const rows = await informationReceived();
    expect(rows.filter((row) => row.recipient.includes(suffix)).map((row) => row.recipient)).toEqual([
      `email:${officer('bat')}@customs.test`,
      `email:${officer('saraa')}@customs.test`,
      `staff:${officer('bat')}`,
      `staff:${officer('saraa')}`,
    ]);
  });

  it('tells the officer and the company of the assignment, and from then on only that officer hears of the company', async () => {
    expect(await assigned(officer('bat'), 1)).toEqual([
      {
        channel: 'email',
        recipient: `email:${officer('bat')}@customs.test`,
        template: 'staff-pilot-contact-officer-assigned.v1',
        language: 'mn',
      },
      {
        channel: 'email',
        recipient: `email:${company.email}`,
        template: 'pilot-contact-officer-assigned.v1',
        language: 'en',
      },
      {
        channel: 'in-app',
        recipient: `operator:${company.taxpayerId}`,
        template: 'pilot-contact-officer-assigned.v1',
        language: 'en',
      },
      {
        channel: 'in-app',
        recipient: `staff:${officer('bat')}`,
        template: 'staff-pilot-contact-officer-assigned.v1',
        language: 'mn',
      },
    ]);
    expect(await officerOfCompany()).toBe(officer('bat'));
    const rows = await informationReceived();
    expect(rows.map((row) => row.recipient)).toEqual([
      `email:${officer('bat')}@customs.test`,
      `staff:${officer('bat')}`,
    ]);
  });

  it('a reassignment moves the company to the new officer', async () => {
    const rows = await assigned(officer('saraa'), 2, officer('bat'));
    expect(rows.filter((row) => row.recipient.startsWith('staff:')).map((row) => row.recipient)).toEqual([
      `staff:${officer('saraa')}`,
    ]);
    expect(await officerOfCompany()).toBe(officer('saraa'));
    expect((await informationReceived()).map((row) => row.recipient)).toEqual([
      `email:${officer('saraa')}@customs.test`,
      `staff:${officer('saraa')}`,
    ]);
  });

  it('does not take an officer of another region (the audit trail says why): the officer in charge stays', async () => {
    await assigned(officer('far'), 3, officer('saraa'));
    expect(await officerOfCompany()).toBe(officer('saraa'));
    const [refusal] = await service.dataSource.query(
      `SELECT reason FROM audit_log WHERE action = 'notifications.pilot-contact-officer-not-taken' AND entity_id = $1`,
      [company.taxpayerId],
    );
    expect(refusal.reason).toContain(`${officer('far')} is not an active contact officer of ${REGION}`);
  });
});
