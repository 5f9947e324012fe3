import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import {
  type EventDefinition,
  MraArrangementPhaseChanged,
  MraForeignIdReviewNeeded,
  MraListExported,
  MraPartnerListImported,
} from '@aeo/contracts';
import { bearer, publishEvent, testKafka, waitFor } from '@aeo/testing';
import { SAMPLES } from '../templates/template-samples';
import { NotificationsUnderTest, startNotifications } from '../testing/start-notifications';
import { putStaffContact } from '../testing/staff';

jest.setTimeout(120_000);

const operations = bearer({ sub: 'ops-mra', roles: ['operations'] });
const suffix = randomUUID().slice(0, 8);
/** Staff of this test's own database: a national MRA officer reading Mongolian, a national executive reading English, a contact officer (who hears of no MRA event). */
const STAFF = [
  { sub: `mra-officer-${suffix}`, language: 'mn', roles: ['mra-officer'], region: null },
  { sub: `executive-${suffix}`, language: 'en', roles: ['executive'], region: null },
  { sub: `contact-officer-${suffix}`, language: 'mn', roles: ['contact-officer'], region: 'ULAANBAATAR' },
];

describe('MRA events reach the MRA officers and executives (real Kafka and PostgreSQL)', () => {
  let service: NotificationsUnderTest;
  let producer: Producer;

  const deliveriesOf = async (sourceEventId: string) =>
    (await service.http.get('/v1/deliveries').query({ sourceEventId }).set('authorization', operations).expect(200))
      .body as Array<Record<string, string>>;
  /** Publishes the event and waits until the notifications planned for it are written (once, in one transaction). */
  const publishAndPlan = async (definition: EventDefinition, data: Record<string, unknown>) => {
    // Keyed as the mra service keys it: the arrangement, or the country for a review without one.
    const event = { definition, id: randomUUID(), key: String(data['arrangementId'] ?? data['country']), data };
    await publishEvent(producer, service, '/aeo/test', event);
    const rows = await waitFor(
      `the notifications of ${definition.type}`,
      async () => {
        const found = await deliveriesOf(event.id);
        return found.length > 0 && found;
      },
      60_000,
      200,
    );
    return rows.map(({ channel, recipient, audience, language, template, subject }) => ({
      channel,
      recipient,
      audience,
      language,
      template,
      subject,
    }));
  };

  beforeAll(async () => {
    service = await startNotifications();
    producer = testKafka('notifications-mra-int').producer({ idempotent: true });
    await producer.connect();
    for (const { sub, ...person } of STAFF)
      await putStaffContact(service, operations, sub, { name: sub, email: `${sub}@customs.test`, ...person }).expect(
        200,
      );
  });

  afterAll(async () => {
    await producer?.disconnect();
    await service?.close();
  });

  it('tells the MRA officer (in Mongolian) and the executive (in English) that an arrangement became operational', async () => {
    const title = `Mongolia–China AEO arrangement ${suffix}`;
    const rows = await publishAndPlan(MraArrangementPhaseChanged, {
      ...SAMPLES[MraArrangementPhaseChanged.type][1],
      arrangementId: randomUUID(),
      title,
    });
    expect(
      rows.filter((row) => row.recipient.includes(suffix)).sort((a, b) => a.recipient.localeCompare(b.recipient)),
    ).toEqual([
      {
        channel: 'email',
        recipient: `email:executive-${suffix}@customs.test`,
        audience: 'executives',
        language: 'en',
        template: 'staff-mra-phase-changed.v1',
        subject: 'AEO mutual recognition with China: operational',
      },
      {
        channel: 'email',
        recipient: `email:mra-officer-${suffix}@customs.test`,
        audience: 'mra-officers',
        language: 'mn',
        template: 'staff-mra-phase-changed.v1',
        subject: 'AEO харилцан хүлээн зөвшөөрөх хэлэлцээр (Хятад): хэрэгжиж буй',
      },
      {
        channel: 'in-app',
        recipient: `staff:executive-${suffix}`,
        audience: 'executives',
        language: 'en',
        template: 'staff-mra-phase-changed.v1',
        subject: 'AEO mutual recognition with China: operational',
      },
      {
        channel: 'in-app',
        recipient: `staff:mra-officer-${suffix}`,
        audience: 'mra-officers',
        language: 'mn',
        template: 'staff-mra-phase-changed.v1',
        subject: 'AEO харилцан хүлээн зөвшөөрөх хэлэлцээр (Хятад): хэрэгжиж буй',
      },
    ]);
    const inbox = (
      await service.http
        .get('/v1/inbox')
        .set('authorization', bearer({ sub: `mra-officer-${suffix}`, roles: ['mra-officer'] }))
        .expect(200)
    ).body as Array<{ body: string }>;
    // Every MRA event on the topic reaches the (national) MRA officers: this test's is the one with its title.
    expect(inbox.map((item) => item.body).filter((body) => body.includes(title))).toEqual([
      expect.stringContaining('«нэвтрүүлэлт» шатнаас «хэрэгжиж буй» шатанд шилжлээ'),
    ]);
  });

  it('tells only the MRA officer of an import, an export and a foreign identifier to review', async () => {
    const arrangementId = randomUUID();
    for (const [definition, data, subject] of [
      [
        MraPartnerListImported,
        { ...SAMPLES[MraPartnerListImported.type][1], arrangementId },
        'AEO түнш улсын жагсаалтыг импортоллоо: Хятад, 2-р хувилбар',
      ],
      [
        MraListExported,
        { ...SAMPLES[MraListExported.type][0], arrangementId, exportId: randomUUID() },
        'AEO жагсаалтыг Хятад улсад гаргалаа (12-р хувилбар)',
      ],
      [
        MraForeignIdReviewNeeded,
        { ...SAMPLES[MraForeignIdReviewNeeded.type][0], reviewId: randomUUID() },
        'AEO гадаадын дугаарыг хянах: CN9900000001 (Хятад)',
      ],
    ] as const) {
      const rows = await publishAndPlan(definition, data);
      const { type } = definition;
      expect({ type, recipients: rows.map((row) => row.recipient).filter((r) => r.includes(suffix)) }).toEqual({
        type,
        recipients: expect.arrayContaining([`staff:mra-officer-${suffix}`, `email:mra-officer-${suffix}@customs.test`]),
      });
      expect(rows.filter((row) => row.recipient.includes(suffix))).toHaveLength(2);
      expect(rows.filter((row) => row.recipient.includes(suffix)).map((row) => row.subject)).toEqual([
        subject,
        subject,
      ]);
    }
  });
});
