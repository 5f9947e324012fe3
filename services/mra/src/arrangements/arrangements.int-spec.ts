import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { ROLES } from '@aeo/auth';
import { bearer } from '@aeo/testing';
import { itRequiresTokenAndRole, itServesPlatformEndpoints, type ServiceUnderTest } from '@aeo/service-kit/testing';
import { seedArrangement } from '../testing/arrangements-fixture';
import { startMra } from '../testing/start-mra';

jest.setTimeout(60_000);

describe('mra service: arrangements (real PostgreSQL, Kafka, Temporal)', () => {
  let service: ServiceUnderTest;
  let http: ReturnType<typeof request>;

  const korea = {
    id: randomUUID(),
    partnerCountry: 'KR',
    partnerAdministration: 'Korea Customs Service',
    phase: 'implemented',
    signedOn: '2023-06-15',
  };
  const china = {
    id: randomUUID(),
    partnerCountry: 'CN',
    partnerAdministration: 'General Administration of Customs of China',
    phase: 'negotiation',
    signedOn: null,
  };

  const mraOfficer = bearer({ sub: 'mra-1', roles: [ROLES.mraOfficer] });
  const koreanCustoms = bearer({ sub: 'kcs-1', roles: [ROLES.partnerCustoms], partnerCountry: 'KR' });
  const validator = bearer({ sub: 'validator-1', roles: [ROLES.validator], region: 'ULAANBAATAR' });

  beforeAll(async () => {
    service = await startMra({ ownTopics: true });
    http = service.http;

    for (const arrangement of [korea, china]) await seedArrangement(service.dataSource, arrangement);
  });

  afterAll(async () => {
    await service?.close();
  });

  itServesPlatformEndpoints(() => service, ['/v1/arrangements', '/v1/arrangements/{arrangementId}']);

  itRequiresTokenAndRole(() => service, {
    path: '/v1/arrangements',
    forbidden: validator,
    role: ROLES.mraOfficer,
    roleKind: 'an MRA role',
  });

  it('lists every arrangement to an MRA officer and only its own to a partner administration', async () => {
    const all = await http.get('/v1/arrangements').set('Authorization', mraOfficer).expect(200);
    expect(all.body).toEqual([
      expect.objectContaining({ id: china.id, partnerCountry: 'CN', signedOn: null }),
      expect.objectContaining({ id: korea.id, partnerCountry: 'KR', signedOn: '2023-06-15', phase: 'implemented' }),
    ]);

    const own = await http.get('/v1/arrangements').set('Authorization', koreanCustoms).expect(200);
    expect(own.body.map((a: { id: string }) => a.id)).toEqual([korea.id]);
  });

  it('refuses a query key the plain list does not take, naming it, rather than answering every arrangement', async () => {
    const filtered = await http.get('/v1/arrangements?partnerCountry=KR').set('Authorization', mraOfficer).expect(400);
    expect(filtered.body.message).toBe('query: Unrecognized key "partnerCountry"');
  });

  it('returns one arrangement, hiding other partners’ arrangements from a partner administration (404)', async () => {
    const found = await http.get(`/v1/arrangements/${korea.id}`).set('Authorization', koreanCustoms).expect(200);
    expect(found.body).toMatchObject({ id: korea.id, partnerAdministration: 'Korea Customs Service' });
    await http.get(`/v1/arrangements/${china.id}`).set('Authorization', koreanCustoms).expect(404);
    await http.get(`/v1/arrangements/${china.id}`).set('Authorization', mraOfficer).expect(200);
  });

  it('rejects a malformed arrangement id (400 naming the field) and reports an unknown one (404)', async () => {
    const malformed = await http.get('/v1/arrangements/42').set('Authorization', mraOfficer).expect(400);
    expect(malformed.body.message).toMatch(/arrangementId/);

    const unknown = randomUUID();
    const missing = await http.get(`/v1/arrangements/${unknown}`).set('Authorization', mraOfficer).expect(404);
    expect(missing.body.message).toBe(`Arrangement ${unknown} not found`);
  });

  it.each([
    [
      'partnerAdministration',
      'U+202E',
      { partnerAdministration: 'Tuvalu \u202ECustoms', title: 'Mongolia–Tuvalu AEO MRA' },
    ],
    ['title', 'U+200B', { partnerAdministration: 'Tuvalu Customs', title: 'Mongolia–Tuvalu\u200B AEO MRA' }],
  ])(
    'refuses a %s hiding %s: 400 naming the field and the character, nothing stored',
    async (field, character, text) => {
      const refused = await http
        .post('/v1/arrangements')
        .set('Authorization', mraOfficer)
        .send({ partnerCountry: 'TV', ...text })
        .expect(400);
      expect(refused.body.message).toContain(`${field}: `);
      expect(refused.body.message).toContain(character);
      const stored = await service.dataSource.query(
        `SELECT id FROM mutual_recognition_arrangements WHERE partner_country = 'TV'`,
      );
      expect(stored).toEqual([]);
    },
  );
});
