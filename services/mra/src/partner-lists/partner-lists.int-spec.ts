import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { ROLES } from '@aeo/auth';
import { MraForeignAeosChanged, MraPartnerListImported, TOPIC_NAMES } from '@aeo/contracts';
import { bearer, collectMessages, testKafka } from '@aeo/testing';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import {
  chineseListEntries,
  listCsv as csvOf,
  listJson as jsonOf,
  partnerSigningKey,
  signDetached as sign,
} from './partner-list.testing';
import { startMra } from '../testing/start-mra';

jest.setTimeout(90_000);

const demoPartnerListEntries = () => chineseListEntries(40);

describe('mra service: partner lists (real PostgreSQL, Kafka)', () => {
  let service: ServiceUnderTest;
  let http: ReturnType<typeof request>;
  const china = randomUUID();
  const korea = randomUUID();
  let key: Awaited<ReturnType<typeof partnerSigningKey>>;
  const signDetached = (body: string) => sign(body, key);
  const officer = bearer({ sub: 'mra-1', roles: [ROLES.mraOfficer] });
  const gacc = bearer({ sub: 'gacc-1', roles: [ROLES.partnerCustoms], partnerCountry: 'CN' });
  const kcs = bearer({ sub: 'kcs-1', roles: [ROLES.partnerCustoms], partnerCountry: 'KR' });

  const upload = (
    arrangementId: string,
    body: string,
    type: 'application/json' | 'text/csv',
    signature: string,
    who = officer,
  ) =>
    http
      .post(`/v1/arrangements/${arrangementId}/partner-lists`)
      .set('Authorization', who)
      .set('x-jws-signature', signature)
      .attach('file', Buffer.from(body), {
        filename: type === 'text/csv' ? 'list.csv' : 'list.json',
        contentType: type,
      });

  beforeAll(async () => {
    service = await startMra();
    http = service.http;
    key = await partnerSigningKey('gacc-2026');
    for (const [id, country, phase] of [
      [china, 'CN', 'operational'],
      [korea, 'KR', 'negotiation'],
    ])
      await service.dataSource.query(
        `INSERT INTO mutual_recognition_arrangements (id, partner_country, partner_administration, phase) VALUES ($1, $2, $3, $4)`,
        [id, country, `${country} customs`, phase],
      );
    await http
      .put(`/v1/arrangements/${china}/partner-keys/${key.kid}`)
      .set('Authorization', officer)
      .send({ jwk: key.publicJwk })
      .expect(200);
  });

  afterAll(async () => {
    await service?.close();
  });

  it('imports the signed demo list once (JSON): a second import of the same bytes changes nothing and publishes nothing', async () => {
    const events = await collectMessages(testKafka(), [TOPIC_NAMES.mraEvents], { from: 'now' });
    try {
      const body = jsonOf(demoPartnerListEntries());
      const signature = await signDetached(body);
      const first = await upload(china, body, 'application/json', signature).expect(200);
      expect(first.body).toMatchObject({
        version: 1,
        format: 'json',
        rows: 40,
        counts: { new: 40, changed: 0, suspended: 0, removed: 0, unchanged: 0 },
        alreadyImported: false,
      });
      const again = await upload(china, body, 'application/json', signature, gacc).expect(200);
      expect(again.body).toMatchObject({ version: 1, alreadyImported: true });

      const ofChina = (m: { headers: Record<string, string> }) => m.headers['ce_subject'] === china;
      await events.waitForCount(2, 30_000, ofChina);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const types = events.messages.filter(ofChina).map((m) => m.headers['ce_type']);
      expect(types.sort()).toEqual([MraForeignAeosChanged.type, MraPartnerListImported.type].sort());

      const suspended = await http
        .get(`/v1/arrangements/${china}/partner-list-entries?status=suspended`)
        .set('Authorization', gacc)
        .expect(200);
      expect(suspended.body.entries.map((e: { aeoId: string }) => e.aeoId)).toEqual([
        'CN1100000038',
        'CN1100000039',
        'CN1100000040',
      ]);
      expect(suspended.body.entries[0]).toMatchObject({ statusType: 'AEOS', normalisedId: 'CN1100000038' });
    } finally {
      await events.stop();
    }
  });

  it('refuses a tampered list (signature does not match its bytes) and stores nothing', async () => {
    const body = jsonOf(demoPartnerListEntries());
    const signature = await signDetached(body);
    const tampered = body.replace('CN1100000001', 'CN1100000099');
    const refused = await upload(china, tampered, 'application/json', signature).expect(422);
    expect(refused.body.message).toMatch(/signature does not match/);
    const versions = await http
      .get(`/v1/arrangements/${china}/partner-lists`)
      .set('Authorization', officer)
      .expect(200);
    expect(versions.body.map((v: { version: number }) => v.version)).toEqual([1]);
  });

  it('reports every bad row with its line and reason (CSV) and imports nothing', async () => {
    const bad = csvOf(
      demoPartnerListEntries().map((e, i) =>
        i === 1
          ? { ...e, aeoId: 'CN11-2' }
          : i === 4
            ? { ...e, statusType: 'Gold' }
            : i === 6
              ? { ...e, validFrom: '2026-13-01' }
              : e,
      ),
    );
    const refused = await upload(china, bad, 'text/csv', await signDetached(bad)).expect(422);
    expect(refused.body.rows).toEqual([
      expect.objectContaining({ line: 3, field: 'aeoId' }),
      expect.objectContaining({ line: 6, field: 'statusType', reason: expect.stringContaining('Gold') }),
      expect.objectContaining({ line: 8, field: 'validFrom' }),
    ]);
    const versions = await http
      .get(`/v1/arrangements/${china}/partner-lists`)
      .set('Authorization', officer)
      .expect(200);
    expect(versions.body).toHaveLength(1);
  });

  it('imports a second version (CSV) with the right difference and its events', async () => {
    const events = await collectMessages(testKafka(), [TOPIC_NAMES.mraEvents], { from: 'now' });
    try {
      const entries = demoPartnerListEntries()
        .filter((e) => e.aeoId !== 'CN1100000010')
        .map((e) =>
          e.aeoId === 'CN1100000001'
            ? { ...e, status: 'suspended' as const, suspendedOn: '2026-11-20' }
            : e.aeoId === 'CN1100000002'
              ? { ...e, name: 'Renamed Trading Co., Ltd.' }
              : e,
        );
      entries.push({ ...entries[0], aeoId: 'CN1100000041', status: 'active', suspendedOn: undefined });
      const body = csvOf(entries);
      const answer = await upload(china, body, 'text/csv', await signDetached(body), gacc).expect(200);
      expect(answer.body).toMatchObject({
        version: 2,
        format: 'csv',
        rows: 40,
        counts: { new: 1, changed: 1, suspended: 1, removed: 1, unchanged: 37 },
      });
      const diff = await http
        .get(`/v1/arrangements/${china}/partner-lists/2`)
        .set('Authorization', officer)
        .expect(200);
      expect(diff.body.changes.map((c: { aeoId: string; change: string }) => [c.aeoId, c.change])).toEqual([
        ['CN1100000001', 'suspended'],
        ['CN1100000002', 'changed'],
        ['CN1100000010', 'removed'],
        ['CN1100000041', 'new'],
      ]);
      const [changed] = await events.waitForCount(
        1,
        30_000,
        (m) => m.headers['ce_subject'] === china && m.headers['ce_type'] === MraForeignAeosChanged.type,
      );
      const data = JSON.parse(changed.message.value!.toString());
      const changes = (data.data ?? data).changes as { aeoId: string; change: string; status: string }[];
      expect(changes.map((c) => [c.aeoId, c.change, c.status])).toEqual([
        ['CN1100000001', 'suspended', 'suspended'],
        ['CN1100000002', 'changed', 'active'],
        ['CN1100000010', 'removed', 'removed'],
        ['CN1100000041', 'new', 'active'],
      ]);
    } finally {
      await events.stop();
    }
  });

  it('hides another country’s arrangement from a partner administration (404) and refuses imports outside the allowed phases (409)', async () => {
    const body = jsonOf(demoPartnerListEntries());
    await upload(china, body, 'application/json', await signDetached(body), kcs).expect(404);
    await http.get(`/v1/arrangements/${china}/partner-lists`).set('Authorization', kcs).expect(404);
    await http.get(`/v1/arrangements/${china}/partner-list-entries`).set('Authorization', kcs).expect(404);
    const korean = await upload(korea, body, 'application/json', await signDetached(body)).expect(409);
    expect(korean.body.message).toMatch(/negotiation/);
  });

  it('refuses a private key and a retired key', async () => {
    const privateKey = { ...key.publicJwk, d: 'x' };
    await http
      .put(`/v1/arrangements/${china}/partner-keys/other`)
      .set('Authorization', officer)
      .send({ jwk: privateKey })
      .expect(400);
    await http.delete(`/v1/arrangements/${china}/partner-keys/${key.kid}`).set('Authorization', officer).expect(200);
    const body = jsonOf(demoPartnerListEntries().slice(0, 5));
    const refused = await upload(china, body, 'application/json', await signDetached(body)).expect(422);
    expect(refused.body.message).toMatch(/not a registered, unretired/);
  });
});
