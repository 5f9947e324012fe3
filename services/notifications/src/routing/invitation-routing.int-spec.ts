import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { OperatorInvitationCreated, invitationCodeKeyEnv, newInvitationCode, sealInvitationCode } from '@aeo/contracts';
import { bearer, publishEvent, testKafka } from '@aeo/testing';
import { SAMPLES } from '../templates/template-samples';
import { deliveriesOfEvent } from '../testing/deliveries-of-event';
import { NotificationsUnderTest, startNotifications } from '../testing/start-notifications';

jest.setTimeout(120_000);

const admin = bearer({ sub: 'invitation-routing', roles: ['operations'] });

describe('a company invitation reaches the person invited by email, with the link (real Kafka and PostgreSQL)', () => {
  let service: NotificationsUnderTest;
  let producer: Producer;

  beforeAll(async () => {
    service = await startNotifications();
    producer = testKafka('notifications-invitation-int').producer({ idempotent: true });
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await service?.close();
  });

  it('emails the invitee in its language the link with the opened code, and nobody else; no inbox, no webhook', async () => {
    const invitationId = randomUUID();
    const code = newInvitationCode();
    const email = `invitee-${invitationId.slice(0, 8)}@gobi.example`;
    const operatorId = randomUUID();
    const event = {
      definition: OperatorInvitationCreated,
      id: randomUUID(),
      key: operatorId,
      data: {
        ...SAMPLES[OperatorInvitationCreated.type][1],
        invitationLink: undefined,
        operatorId,
        invitationId,
        email,
        language: 'en',
        sealedCode: sealInvitationCode(
          invitationCodeKeyEnv.parse(process.env['INVITATION_CODE_KEY']),
          invitationId,
          code,
        ),
      },
    };
    await publishEvent(producer, service, '/aeo/test', event);

    const rows = await deliveriesOfEvent(service, admin, event.id, 'the invitation email');
    expect(
      rows.map(({ channel, recipient, template, audience }) => ({ channel, recipient, template, audience })),
    ).toEqual([
      { channel: 'email', recipient: `email:${email}`, template: 'operator-invitation.v1', audience: 'invitee' },
    ]);
    const [message] = await service.dataSource.query(
      `SELECT subject, body FROM notifications WHERE source_event_id = $1`,
      [event.id],
    );
    expect(message.subject).toBe('Invitation to join Gobi Trade LLC on the AEO platform');
    expect(message.body).toContain(`http://127.0.0.1:3010/invitation?code=${code} The link works once`);
    expect(message.body).not.toContain('aesgcm1:');
  });
});
