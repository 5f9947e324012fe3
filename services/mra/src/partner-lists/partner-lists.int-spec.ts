import { createHash, randomUUID } from 'node:crypto';
import request from 'supertest';
import { ROLES } from '@aeo/auth';
import {
  MraForeignAeosChanged,
  MraPartnerListImported,
  TOPIC_NAMES,
  MULTILINE_VISIBLE_TEXT_MESSAGE,
} from '@aeo/contracts';
import { bearer, collectMessages, testKafka } from '@aeo/testing';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import {
  LIST_CSV_HEADER,
  chineseListEntries,
  listCsv as csvOf,
  listJson as jsonOf,
  partnerSigningKey,
  signDetached as sign,
} from './partner-list.testing';
import { startMra } from '../testing/start-mra';
import { pageEntries } from './partner-lists.queries';

jest.setTimeout(90_000);

const demoPartnerListEntries = () => chineseListEntries(40);

describe('mra service: partner lists (real PostgreSQL, Kafka)', () => {
  let service: ServiceUnderTest;
  let http: ReturnType<typeof request>;
  const china = randomUUID();
  const korea = randomUUID();
  let key: Awaited<ReturnType<typeof partnerSigningKey>>;
  const signDetached = (body: string, issuedAt?: Date) => sign(body, key, issuedAt);
  const officer = bearer({ sub: 'mra-1', roles: [ROLES.mraOfficer] });
  /** Registers `jwk` as the partner key `kid` of an arrangement (PUT …/partner-keys/{kid}), as the MRA officer. */
  const putKey = (arrangementId: string, kid: string, jwk: object) =>
    http.put(`/v1/arrangements/${arrangementId}/partner-keys/${kid}`).set('Authorization', officer).send({ jwk });
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
    service = await startMra({ ownTopics: true });
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
    await putKey(china, key.kid, key.publicJwk).expect(200);
  });

  afterAll(async () => {
    await service?.close();
  });

  it('imports the signed demo list once (JSON): a second import of the same bytes changes nothing and publishes nothing', async () => {
    const events = await collectMessages(testKafka(), [service.topic(TOPIC_NAMES.mraEvents)], { from: 'now' });
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
          : i === 2
            ? { ...e, name: 'Erenhot \u202Egpj.exe Trading' }
            : i === 3
              ? { ...e, address: { ...e.address, street: 'Xilin\u200B Road 1' } }
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
      { line: 4, field: 'name', reason: `${MULTILINE_VISIBLE_TEXT_MESSAGE} (U+202E)` },
      { line: 5, field: 'street', reason: `${MULTILINE_VISIBLE_TEXT_MESSAGE} (U+200B)` },
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
    const events = await collectMessages(testKafka(), [service.topic(TOPIC_NAMES.mraEvents)], { from: 'now' });
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
      const signature = await signDetached(body, new Date());
      const answer = await upload(china, body, 'text/csv', signature, gacc).expect(200);
      expect(answer.body).toMatchObject({
        version: 2,
        format: 'csv',
        rows: 40,
        counts: { new: 1, changed: 1, suspended: 1, removed: 1, unchanged: 37 },
      });
      // The version keeps the signed file as received; its rows are not copied, none stays staged.
      const [kept] = await service.dataSource.query(
        `SELECT body, signature FROM mra_partner_list_versions WHERE arrangement_id = $1 AND version = 2`,
        [china],
      );
      expect(Buffer.compare(kept.body, Buffer.from(body))).toBe(0);
      expect(kept.signature).toBe(signature);
      const [{ copied, staged }] = await service.dataSource.query(
        `SELECT (SELECT count(*)::int FROM mra_partner_list_rows WHERE arrangement_id = $1) AS copied,
                (SELECT count(*)::int FROM mra_partner_list_staged_rows WHERE arrangement_id = $1) AS staged`,
        [china],
      );
      expect({ copied, staged }).toEqual({ copied: 0, staged: 0 });
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
    await putKey(china, 'other', privateKey).expect(400);
    await http.delete(`/v1/arrangements/${china}/partner-keys/${key.kid}`).set('Authorization', officer).expect(200);
    const body = jsonOf(demoPartnerListEntries().slice(0, 5));
    const refused = await upload(china, body, 'application/json', await signDetached(body)).expect(422);
    expect(refused.body.message).toMatch(/not a registered, unretired/);
  });

  it('registers a public key once: the same key under another kid, or on another country’s arrangement, is refused (409 naming the kid), retired or not', async () => {
    const jp = randomUUID();
    await service.dataSource.query(
      `INSERT INTO mutual_recognition_arrangements (id, partner_country, partner_administration, phase) VALUES ($1, 'JP', 'Japan Customs', 'operational')`,
      [jp],
    );
    const own = await partnerSigningKey('jp-2026');
    await putKey(jp, 'jp-2026', own.publicJwk).expect(200);
    // The same key again under its own kid (after a retirement too) is a re-registration, not a copy.
    await putKey(jp, 'jp-2026', own.publicJwk).expect(200);
    const { kid: _kid, ...bare } = own.publicJwk;
    const copy = await putKey(jp, 'jp-copy', bare).expect(409);
    expect(copy.body.message).toMatch(/^jwk: this public key is already registered as kid jp-2026;/);
    // China's key (retired above) on Japan's arrangement: refused too, naming where it is.
    const { kid: _chinaKid, ...chinas } = key.publicJwk;
    const foreign = await putKey(jp, 'cn-copy', chinas).expect(409);
    expect(foreign.body.message).toBe(
      `jwk: this public key is already registered as kid ${key.kid} on arrangement ${china} (retired); a key is registered once, under one kid of one arrangement`,
    );
    const kids = await http.get(`/v1/arrangements/${jp}/partner-keys`).set('Authorization', officer).expect(200);
    expect(kids.body.map((k: { kid: string }) => k.kid)).toEqual(['jp-2026']);
  });
});

describe('mra service: partner list versions, refusals and events (real PostgreSQL, Kafka)', () => {
  let service: ServiceUnderTest;
  let http: ReturnType<typeof request>;
  /** Each arrangement's own key (a public key is registered on one arrangement only). */
  const keys = new Map<string, Awaited<ReturnType<typeof partnerSigningKey>>>();
  const officer = bearer({ sub: 'mra-2', roles: [ROLES.mraOfficer] });

  /** A new operational arrangement with China and the partner's key registered. */
  const arrangementWithKey = async () => {
    const id = randomUUID();
    const key = await partnerSigningKey('gacc-versions');
    keys.set(id, key);
    await service.dataSource.query(
      `INSERT INTO mutual_recognition_arrangements (id, partner_country, partner_administration, phase) VALUES ($1, 'CN', 'GACC', 'operational')`,
      [id],
    );
    await http
      .put(`/v1/arrangements/${id}/partner-keys/${key.kid}`)
      .set('Authorization', officer)
      .send({ jwk: key.publicJwk })
      .expect(200);
    return id;
  };
  /** Uploads a list signed by the partner (with `iat` if given) and expects `status`. */
  const upload = async (
    arrangementId: string,
    body: string,
    type: 'application/json' | 'text/csv',
    status: number,
    iat?: Date,
  ) =>
    http
      .post(`/v1/arrangements/${arrangementId}/partner-lists`)
      .set('Authorization', officer)
      .set('x-jws-signature', await sign(body, keys.get(arrangementId)!, iat))
      .attach('file', Buffer.from(body), { filename: type === 'text/csv' ? 'l.csv' : 'l.json', contentType: type })
      .expect(status);
  const versionsOf = async (arrangementId: string) =>
    (await http.get(`/v1/arrangements/${arrangementId}/partner-lists`).set('Authorization', officer).expect(200)).body
      .map((v: { version: number }) => v.version)
      .sort();
  const refusals = (arrangementId: string) =>
    service.dataSource.query(
      `SELECT actor_sub, after, reason FROM audit_log WHERE entity_id = $1 AND action = 'mra-partner-list.refused' ORDER BY id`,
      [arrangementId],
    ) as Promise<{ actor_sub: string; after: Record<string, unknown>; reason: string }[]>;

  beforeAll(async () => {
    service = await startMra({ ownTopics: true });
    http = service.http;
  });

  afterAll(async () => {
    await service?.close();
  });

  it('refuses a replayed older list (its bytes, or an issue time not after the latest) with 409 naming the field; the latest bytes again stay a no-op', async () => {
    const id = await arrangementWithKey();
    const v1 = jsonOf(chineseListEntries(5), 'CN', '2026-11-01T00:00:00Z');
    const v2 = jsonOf(chineseListEntries(6), 'CN', '2026-11-15T00:00:00Z');
    await upload(id, v1, 'application/json', 200);
    await upload(id, v2, 'application/json', 200);

    // A replay comes with its old issue time: refused by it.
    const replayed = await upload(id, v1, 'application/json', 409);
    expect(replayed.body.message).toMatch(
      /^generatedAt: the list was issued at 2026-11-01T00:00:00.000Z, not after the latest version 2/,
    );
    const older = await upload(
      id,
      jsonOf(chineseListEntries(4), 'CN', '2026-11-10T00:00:00Z'),
      'application/json',
      409,
    );
    expect(older.body.message).toMatch(/^generatedAt: .* not after the latest version 2/);
    await upload(id, jsonOf(chineseListEntries(3), 'CN', '2026-11-15T00:00:00Z'), 'application/json', 409);
    // CSV has no generatedAt: the signature's iat is the issue time, and one of them is required.
    const csv = csvOf(chineseListEntries(4));
    const unsigned = await upload(id, csv, 'text/csv', 422);
    expect(unsigned.body.message).toMatch(/^x-jws-signature iat: a CSV list's issue time is the iat/);
    const stale = await upload(id, csv, 'text/csv', 409, new Date('2026-11-14T00:00:00Z'));
    expect(stale.body.message).toMatch(/^x-jws-signature iat: /);
    const future = await upload(id, csv, 'text/csv', 422, new Date(Date.now() + 3600_000));
    expect(future.body.message).toMatch(/^x-jws-signature iat: .* is in the future/);

    const again = await upload(id, v2, 'application/json', 200);
    expect(again.body).toMatchObject({ version: 2, alreadyImported: true });
    expect(await versionsOf(id)).toEqual([1, 2]);
    const entries = await http.get(`/v1/arrangements/${id}/partner-list-entries`).set('Authorization', officer);
    expect(entries.body.entries).toHaveLength(6);
  });

  it('imports a CSV list whose bytes equal an earlier version’s when it is signed later (A, B, A again: version 3)', async () => {
    const id = await arrangementWithKey();
    const a = csvOf(chineseListEntries(4));
    const b = csvOf(
      chineseListEntries(4).map((e, i) => (i === 0 ? { ...e, status: 'suspended', suspendedOn: '2026-11-10' } : e)),
    );
    await upload(id, a, 'text/csv', 200, new Date('2026-11-01T00:00:00Z'));
    await upload(id, b, 'text/csv', 200, new Date('2026-11-10T00:00:00Z'));
    const again = await upload(id, a, 'text/csv', 200, new Date('2026-11-20T00:00:00Z'));
    expect(again.body).toMatchObject({ version: 3, alreadyImported: false });
    // B with its own (older) signature is still a replay.
    const replay = await upload(id, b, 'text/csv', 409, new Date('2026-11-10T00:00:00Z'));
    expect(replay.body.message).toMatch(/^x-jws-signature iat: /);
    expect(await versionsOf(id)).toEqual([1, 2, 3]);
    // Each CSV version shows its issue time, the signature's iat (it has no generatedAt).
    const versions = await http.get(`/v1/arrangements/${id}/partner-lists`).set('Authorization', officer).expect(200);
    expect(
      versions.body.map((v: Record<string, unknown>) => [
        v['version'],
        v['generatedAt'],
        v['issuedAt'],
        v['issuedAtSource'],
      ]),
    ).toEqual([
      [3, null, '2026-11-20T00:00:00.000Z', 'x-jws-signature iat'],
      [2, null, '2026-11-10T00:00:00.000Z', 'x-jws-signature iat'],
      [1, null, '2026-11-01T00:00:00.000Z', 'x-jws-signature iat'],
    ]);
    const json = await upload(
      id,
      jsonOf(chineseListEntries(2), 'CN', '2026-11-25T08:00:00+08:00'),
      'application/json',
      200,
    );
    expect(json.body).toMatchObject({
      generatedAt: '2026-11-25T00:00:00.000Z',
      issuedAt: '2026-11-25T00:00:00.000Z',
      issuedAtSource: 'generatedAt',
    });
  });

  it('re-reads the phase under the import’s lock: a termination committed while the list is verified stops the import (409)', async () => {
    const id = await arrangementWithKey();
    const other = service.dataSource.createQueryRunner();
    await other.connect();
    try {
      await other.startTransaction();
      await other.query(`UPDATE mutual_recognition_arrangements SET phase = 'terminated' WHERE id = $1`, [id]);
      const importing = upload(
        id,
        jsonOf(chineseListEntries(3), 'CN', '2026-11-01T00:00:00Z'),
        'application/json',
        409,
      );
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await other.commitTransaction();
      expect((await importing).body.message).toMatch(/\(the arrangement is in terminated\)$/);
    } finally {
      if (other.isTransactionActive) await other.rollbackTransaction();
      await other.release();
    }
    expect(await versionsOf(id)).toEqual([]);
  });

  it('names the file part in multipart refusals: another part name, two files', async () => {
    const id = await arrangementWithKey();
    const list = Buffer.from(jsonOf(chineseListEntries(2), 'CN', '2026-11-01T00:00:00Z'));
    const multipart = () =>
      http
        .post(`/v1/arrangements/${id}/partner-lists`)
        .set('Authorization', officer)
        .set('x-jws-signature', 'eyJhbGciOiJFZERTQSJ9..c2ln');
    const named = await multipart()
      .attach('list', list, { filename: 'l.json', contentType: 'application/json' })
      .expect(400);
    expect(named.body.message).toBe(
      'file: send the list as one multipart part named file (got a file part named list)',
    );
    const two = await multipart()
      .attach('file', list, { filename: 'a.json', contentType: 'application/json' })
      .attach('file', list, { filename: 'b.json', contentType: 'application/json' })
      .expect(400);
    expect(two.body.message).toBe('file: send the list as one multipart part named file (got more than one file part)');
  });

  it('audits the refusals of a missing list or signature, a bad kid and an arrangement not the caller’s', async () => {
    const id = await arrangementWithKey();
    const list = jsonOf(chineseListEntries(3), 'CN', '2026-11-01T00:00:00Z');
    const post = (who = officer) =>
      http
        .post(`/v1/arrangements/${id}/partner-lists`)
        .set('Authorization', who)
        .set('Content-Type', 'application/json');
    const noSignature = await post().send(list).expect(400);
    expect(noSignature.body.message).toMatch(/^x-jws-signature: /);
    const noList = await http
      .post(`/v1/arrangements/${id}/partner-lists`)
      .set('Authorization', officer)
      .set('x-jws-signature', await sign(list, keys.get(id)!))
      .field('other', 'x')
      .expect(400);
    expect(noList.body.message).toMatch(/^file: the list is required/);
    const nulKid = Buffer.from('{"alg":"EdDSA","kid":"jp\\u0000x"}').toString('base64url');
    const badKid = await post().set('x-jws-signature', `${nulKid}..AAAA`).send(list).expect(400);
    expect(badKid.body.message).toMatch(/^x-jws-signature header kid must be 1–200 letters/);
    const korea = bearer({ sub: 'kcs-2', roles: [ROLES.partnerCustoms], partnerCountry: 'KR' });
    await post(korea)
      .set('x-jws-signature', await sign(list, keys.get(id)!))
      .send(list)
      .expect(404);

    const audited = await refusals(id);
    expect(audited.map((a) => [a.actor_sub, a.after['status'], a.after['format']])).toEqual([
      ['mra-2', 400, 'json'],
      ['mra-2', 400, null],
      ['mra-2', 400, 'json'],
      ['kcs-2', 404, 'json'],
    ]);
    expect(audited.map((a) => a.reason)).toEqual([
      expect.stringMatching(/^x-jws-signature: /),
      expect.stringMatching(/^file: /),
      expect.stringMatching(/^x-jws-signature header kid/),
      `Arrangement ${id} not found`,
    ]);
  });

  it('refuses an empty list (header only, empty file, no entries) and never wipes the entries', async () => {
    const id = await arrangementWithKey();
    await upload(id, jsonOf(chineseListEntries(3), 'CN', '2026-11-01T00:00:00Z'), 'application/json', 200);
    const headerOnly = await upload(id, `${LIST_CSV_HEADER}\n`, 'text/csv', 422, new Date());
    expect(headerOnly.body.message).toMatch(/^The list has no rows/);
    const badHeader = await upload(id, 'id,name\n', 'text/csv', 422, new Date());
    expect(badHeader.body.rows).toEqual([expect.objectContaining({ line: 1, field: 'header' })]);
    const emptyFile = await upload(id, '', 'text/csv', 422, new Date());
    expect(emptyFile.body.rows).toEqual([expect.objectContaining({ line: 1, field: 'header' })]);
    await upload(id, jsonOf([], 'CN', '2026-11-20T00:00:00Z'), 'application/json', 422);
    expect(await versionsOf(id)).toEqual([1]);
    const kept = await http.get(`/v1/arrangements/${id}/partner-list-entries`).set('Authorization', officer);
    expect(kept.body.entries.map((e: { status: string }) => e.status)).toEqual(['suspended', 'suspended', 'suspended']);
  });

  it('audits every refused import (who, why, the body hash; not the rows)', async () => {
    const id = await arrangementWithKey();
    const good = jsonOf(chineseListEntries(3), 'CN', '2026-11-20T00:00:00Z');
    await upload(id, good, 'application/json', 200);
    await http
      .post(`/v1/arrangements/${id}/partner-lists`)
      .set('Authorization', officer)
      .set('x-jws-signature', await sign(good, keys.get(id)!))
      .attach('file', Buffer.from(good.replace('CN1100000001', 'CN1100000009')), {
        filename: 'l.json',
        contentType: 'application/json',
      })
      .expect(422);
    const badRows = chineseListEntries(3).map((e, i) => (i === 1 ? { ...e, statusType: 'Gold' } : e));
    await upload(id, jsonOf(badRows, 'CN', '2026-11-25T00:00:00Z'), 'application/json', 422);
    const staleBody = jsonOf(chineseListEntries(2), 'CN', '2026-11-19T00:00:00Z');
    await upload(id, staleBody, 'application/json', 409);
    const stale = { body: staleBody, signature: await sign(staleBody, keys.get(id)!) };

    const audited = await refusals(id);
    expect(audited.map((a) => [a.actor_sub, a.after['status'], a.after['invalidRows'] ?? null])).toEqual([
      ['mra-2', 422, null],
      ['mra-2', 422, 1],
      ['mra-2', 409, null],
    ]);
    expect(audited[0].reason).toMatch(/signature does not match/);
    expect(audited[1].reason).toMatch(/1 invalid row/);
    expect(audited[2].reason).toMatch(/^generatedAt: /);
    expect(audited[2].after['bodySha256']).toBe(createHash('sha256').update(staleBody).digest('hex'));
    expect(JSON.stringify(audited)).not.toContain('Erenhot');

    // The refusal's audit entry does not mark an Idempotency-Key as applied: the same request again is refused again.
    const retried = () =>
      http
        .post(`/v1/arrangements/${id}/partner-lists`)
        .set('Authorization', officer)
        .set('Idempotency-Key', `refused-${id}`)
        .set('x-jws-signature', stale.signature)
        .set('Content-Type', 'application/json')
        .send(stale.body.replace('CN1100000001', 'CN1100000009'));
    expect((await retried()).body.message).toMatch(/signature does not match/);
    expect((await retried()).body.message).toMatch(/signature does not match/);
  });

  it('imports while another session analyses the list tables (no ANALYZE inside the import transaction)', async () => {
    const id = await arrangementWithKey();
    await upload(id, jsonOf(chineseListEntries(3), 'CN', '2026-11-01T00:00:00Z'), 'application/json', 200);
    const other = service.dataSource.createQueryRunner();
    await other.connect();
    try {
      await other.startTransaction();
      // What ANALYZE holds until the end of its transaction (as another arrangement's import did).
      for (const table of ['mra_partner_list_changes', 'partner_list_entries'])
        await other.query(`LOCK TABLE ${table} IN SHARE UPDATE EXCLUSIVE MODE`);
      const second = jsonOf(chineseListEntries(4), 'CN', '2026-11-02T00:00:00Z');
      // The 15 s limit's timer is cleared once the upload answers (left running, it held Jest open).
      let limit: NodeJS.Timeout | undefined;
      const answer = await Promise.race([
        upload(id, second, 'application/json', 200).then((r) => r.status),
        new Promise((resolve) => (limit = setTimeout(() => resolve('still waiting after 15 s'), 15_000))),
      ]).finally(() => clearTimeout(limit));
      expect(answer).toBe(200);
    } finally {
      await other.rollbackTransaction().catch(() => undefined);
      await other.release();
    }
  });

  it('cuts aeo.mra-foreign-aeos.changed.v1 by serialized size: long names stay far under Kafka’s 1 MB', async () => {
    const id = await arrangementWithKey();
    const longName = (i: number) => `${'二连浩特金海贸易有限公司'.repeat(24)}${i}`.slice(0, 300);
    const entries = chineseListEntries(1200).map((e, i) => ({ ...e, name: longName(i) }));
    await upload(id, jsonOf(entries, 'CN', '2026-11-01T00:00:00Z'), 'application/json', 200);
    const events = (await service.dataSource.query(
      `SELECT octet_length(payload::text) AS bytes, jsonb_array_length(payload->'changes') AS changes
       FROM outbox WHERE subject = $1 AND type = $2 ORDER BY seq`,
      [id, MraForeignAeosChanged.type],
    )) as { bytes: number; changes: number }[];
    expect(events.reduce((sum, e) => sum + e.changes, 0)).toBe(1200);
    expect(events.length).toBeGreaterThan(2);
    for (const event of events) expect(event.bytes).toBeLessThanOrEqual(512 * 1024);
  });

  it('pages suspended and removed entries through the index of the entries not active, active ones through the primary key', async () => {
    const id = await arrangementWithKey();
    await service.dataSource.query(
      `INSERT INTO partner_list_entries (arrangement_id, aeo_id, normalised_id, name, status_type, partner_status_type,
         status, valid_from, last_changed_version)
       SELECT $1, 'CN77' || lpad(n::text, 8, '0'), 'CN77' || lpad(n::text, 8, '0'), 'Bulk trader ' || n, 'AEOS', 'AEOS',
         CASE WHEN n % 50 = 0 THEN 'suspended' ELSE 'active' END, '2025-01-01', 1
       FROM generate_series(1, 10000) AS n`,
      [id],
    );
    await service.dataSource.query('ANALYZE partner_list_entries');
    /** The indexes PostgreSQL reads the entries through for one page, by `EXPLAIN` of the generated query. */
    const indexesFor = async (status: string) => {
      const [explained] = (await pageEntries.run(
        { arrangementId: id, status, after: '', limit: '100' },
        {
          query: async (sql, bindings) => {
            const rows = await service.dataSource.query(`EXPLAIN (FORMAT JSON) ${sql}`, bindings);
            return { rows, rowCount: rows.length };
          },
        },
      )) as unknown as { 'QUERY PLAN': [{ Plan: PlanNode }] }[];
      const indexes = (node: PlanNode): string[] => [
        ...(node['Relation Name'] === 'partner_list_entries' ? [node['Index Name'] ?? node['Node Type']] : []),
        ...(node.Plans ?? []).flatMap(indexes),
      ];
      return indexes(explained!['QUERY PLAN'][0].Plan);
    };
    expect(await indexesFor('suspended')).toEqual(['partner_list_entries_not_active_idx']);
    expect(await indexesFor('removed')).toEqual(['partner_list_entries_not_active_idx']);
    expect(await indexesFor('active')).toEqual(['partner_list_entries_pkey']);
    const suspended = await http
      .get(`/v1/arrangements/${id}/partner-list-entries?status=suspended&limit=500`)
      .set('Authorization', officer)
      .expect(200);
    expect(suspended.body.entries).toHaveLength(200);
  });
});

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}
