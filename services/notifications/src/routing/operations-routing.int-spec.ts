import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { WorkflowActionFailed } from '@aeo/contracts';
import { bearer, publishEvent, testKafka } from '@aeo/testing';
import { SAMPLES } from '../templates/template-samples';
import { deliveriesOfEvent } from '../testing/deliveries-of-event';
import { NotificationsUnderTest, startNotifications } from '../testing/start-notifications';
import { putStaffContact } from '../testing/staff';

jest.setTimeout(120_000);

const admin = bearer({ sub: 'ops-routing', roles: ['operations'] });
const suffix = randomUUID().slice(0, 8);
/** Staff of this test's own database: an operations engineer, and the contact officer of the operator's region (who is not told). */
const STAFF = [
  { sub: `operations-${suffix}`, language: 'en', roles: ['operations'], region: null },
  { sub: `contact-officer-${suffix}`, language: 'mn', roles: ['contact-officer'], region: 'DORNOGOVI' },
];

describe('a workflow step that failed for good reaches the operations team (real Kafka and PostgreSQL)', () => {
  let service: NotificationsUnderTest;
  let producer: Producer;

  beforeAll(async () => {
    service = await startNotifications();
    producer = testKafka('notifications-operations-int').producer({ idempotent: true });
    await producer.connect();
    for (const { sub, ...person } of STAFF)
      await putStaffContact(service, admin, sub, { name: sub, email: `${sub}@customs.test`, ...person }).expect(200);
  });

  afterAll(async () => {
    await producer?.disconnect();
    await service?.close();
  });

  it('tells operations staff (email and in-app) of aeo.workflow.action-failed.v1, and nobody else of it', async () => {
    const authorisationNumber = `MN-AEOF-2026-${suffix}`;
    const operatorId = randomUUID();
    const event = {
      definition: WorkflowActionFailed,
      id: randomUUID(),
      key: operatorId,
      data: {
        ...SAMPLES['aeo.workflow.action-failed.v1'][0],
        workflowId: `revalidation-${authorisationNumber}`,
        authorisationNumber,
        operatorId,
      },
    };
    await publishEvent(producer, service, '/aeo/test', event);

    const rows = await deliveriesOfEvent(service, admin, event.id, 'the notifications of the failed action');
    expect(new Set(rows.map((row) => row.audience))).toEqual(new Set(['operations']));
    expect(
      rows
        .filter((row) => row.recipient.includes(suffix))
        .map(({ channel, recipient, template }) => ({ channel, recipient, template }))
        .sort((a, b) => a.recipient.localeCompare(b.recipient)),
    ).toEqual([
      {
        channel: 'email',
        recipient: `email:operations-${suffix}@customs.test`,
        template: 'staff-workflow-step-failed.v1',
      },
      { channel: 'in-app', recipient: `staff:operations-${suffix}`, template: 'staff-workflow-step-failed.v1' },
    ]);

    const inbox = (
      await service.http
        .get('/v1/inbox')
        .set('authorization', bearer({ sub: `operations-${suffix}`, roles: ['operations'] }))
        .expect(200)
    ).body as Array<{ body: string }>;
    expect(inbox.map((item) => item.body).filter((body) => body.includes(authorisationNumber))).toEqual([
      expect.stringContaining('recordReinstatement'),
    ]);
  });
});
