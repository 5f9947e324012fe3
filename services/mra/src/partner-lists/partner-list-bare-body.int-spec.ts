import request from 'supertest';
import { ROLES } from '@aeo/auth';
import { bearer } from '@aeo/testing';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { seedDemoArrangements } from '../testing/arrangements-fixture';
import { startMra } from '../testing/start-mra';
import { chineseListEntries, listCsv, partnerSigningKey, signDetached } from './partner-list.testing';

jest.setTimeout(120_000);

/**
 * A partner list sent as the request body itself (text/csv or application/json), signed over its
 * exact bytes: the service takes those bytes, never JSON parsed and written again.
 */
describe('mra service: a partner list as the bare request body (real PostgreSQL, Kafka)', () => {
  let service: ServiceUnderTest;
  let http: ReturnType<typeof request>;
  let arrangementId: string;
  let key: Awaited<ReturnType<typeof partnerSigningKey>>;
  const gacc = bearer({ sub: 'gacc-1', roles: [ROLES.partnerCustoms], partnerCountry: 'CN' });
  const officer = bearer({ sub: 'mra-1', roles: [ROLES.mraOfficer] });

  const send = (contentType: string, body: Buffer, signature: string) =>
    http
      .post(`/v1/arrangements/${arrangementId}/partner-lists`)
      .set('Authorization', gacc)
      .set('Content-Type', contentType)
      .set('x-jws-signature', signature)
      .serialize(((bytes: Buffer) => bytes) as never)
      .send(body as never);

  beforeAll(async () => {
    service = await startMra({ ownTopics: true });
    http = service.http;
    arrangementId = (await seedDemoArrangements(service.dataSource)).china.id;
    key = await partnerSigningKey('gacc-bare-2026');
    await http
      .put(`/v1/arrangements/${arrangementId}/partner-keys/${key.kid}`)
      .set('Authorization', officer)
      .send({ jwk: key.publicJwk })
      .expect(200);
  });

  afterAll(() => service?.close());

  /** A CSV list's issue time is the signature's iat (the JSON list below is issued later). */
  const signCsv = (body: Buffer) => signDetached(body, key, new Date('2026-11-30T06:00:00Z'));

  it('imports a CSV list sent as text/csv', async () => {
    const body = Buffer.from(listCsv(chineseListEntries(12)));
    const answer = await send('text/csv; charset=utf-8', body, await signCsv(body)).expect(200);
    expect(answer.body).toMatchObject({ format: 'csv', rows: 12, alreadyImported: false });
  });

  it('imports a JSON list sent as application/json byte for byte (its own spacing and key order, which a parser would not keep)', async () => {
    const entries = chineseListEntries(15);
    // Pretty-printed with the entries first: parsing and writing it again would change the bytes the signature covers.
    const body = Buffer.from(
      `{\n  "entries": ${JSON.stringify(entries, null, 4)},\n  "generatedAt" : "2026-11-30T07:00:00Z",\n  "partnerCountry": "CN"\n}\n`,
    );
    const answer = await send('application/json', body, await signDetached(body, key)).expect(200);
    expect(answer.body).toMatchObject({ format: 'json', rows: 15, alreadyImported: false });
    // The same bytes again: already imported, nothing changes.
    const again = await send('application/json', body, await signDetached(body, key)).expect(200);
    expect(again.body).toMatchObject({ version: answer.body.version, alreadyImported: true });
  });

  it('refuses a body with one byte changed after signing (422), invalid UTF-8 (400) and another media type (415)', async () => {
    const body = Buffer.from(listCsv(chineseListEntries(5)));
    const signature = await signCsv(body);
    const changed = Buffer.from(body);
    changed[changed.length - 3] = changed[changed.length - 3]! ^ 0x01;
    const refused = await send('text/csv', changed, signature).expect(422);
    expect(refused.body.message).toMatch(/^x-jws-signature: the signature does not match the list's bytes/);

    const invalid = Buffer.concat([body, Buffer.from([0xff, 0xfe, 0x0a])]);
    const notUtf8 = await send('text/csv', invalid, await signCsv(invalid)).expect(400);
    expect(notUtf8.body.message).toBe('body: is not valid UTF-8');

    await send('text/plain', body, signature).expect(415);
    const unsigned = await http
      .post(`/v1/arrangements/${arrangementId}/partner-lists`)
      .set('Authorization', gacc)
      .set('Content-Type', 'text/csv')
      .send(body.toString())
      .expect(400);
    expect(unsigned.body.message).toMatch(/^x-jws-signature: /);
  });

  it('answers 413 to a body over 64 MB', async () => {
    const tooLarge = Buffer.alloc(64 * 1024 * 1024 + 1, 0x61);
    const answer = await send('text/csv', tooLarge, 'eyJhbGciOiJFZERTQSJ9..c2ln').expect(413);
    expect(answer.body.message).toMatch(/^body: larger than 64 MB/);
  });
});
