import { randomInt, randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import request from 'supertest';
import { ROLES } from '@aeo/auth';
import type { PreparedQuery } from '@pgtyped/runtime';
import { APP_CONFIG } from '@aeo/config';
import { DeclarationLodged, TOPIC_NAMES, VISIBLE_TEXT_MESSAGE, dlqTopicOf } from '@aeo/contracts';
import { itServesPlatformEndpoints } from '@aeo/service-kit/testing';
import {
  bearer,
  collectMessages,
  deadLetterReason,
  lodgedDeclaration,
  publishEvent,
  startedForTests,
  testKafka,
  waitFor,
} from '@aeo/testing';
import { partnerSigningKey, signDetached, type TestListEntry } from '../partner-lists/partner-list.testing';
import { DEMO_TERMS as TERMS, seedDemoArrangements } from '../testing/arrangements-fixture';
import { seedListEntry, seedSignedArrangement } from '../testing/foreign-ids-fixture';
import { findEntries, findStandingRefusal } from './foreign-ids.queries';
import type { MraConfig } from '../config';
import { startMra } from '../testing/start-mra';

jest.setTimeout(120_000);

describe('mra service: foreign AEO identifiers (real PostgreSQL, Kafka)', () => {
  const service = startedForTests(() => startMra({ ownTopics: true }));
  let http: ReturnType<typeof request>;
  let producer: Producer;

  // Identifiers of this run only (the service reads topics of the file's own).
  const digits = `77${String(randomInt(10_000_000)).padStart(7, '0')}`;
  const id = (last: string) => `CN${digits}${last}`;
  const active = id('1');
  const suspended = id('2');
  const expired = id('3');
  const twice = id('4');
  const unknown = id('9');
  // Lodged in a window of its own, so the match rate counts this run's declarations only.
  const window = { from: new Date(Date.UTC(2027, 0, 1) + randomInt(300) * 86_400_000) };
  const to = new Date(window.from.getTime() + 3_600_000);
  const suspendedOrActive = id('5');
  const aeoc = id('6');
  const refused = id('7');
  let china: Awaited<ReturnType<typeof seedDemoArrangements>>['china'];
  let korea: Awaited<ReturnType<typeof seedDemoArrangements>>['korea'];

  const mraOfficer = bearer({ sub: 'mra-1', roles: [ROLES.mraOfficer] });
  const riskEngine = bearer({ sub: 'risk-engine', roles: [ROLES.backendPlatform], scopes: ['aeo.status.read'] });
  const chineseCustoms = bearer({ sub: 'gacc-1', roles: [ROLES.partnerCustoms], partnerCountry: 'CN' });
  const validator = bearer({ sub: 'validator-1', roles: [ROLES.validator], region: 'ULAANBAATAR' });

  let lodged = 0;
  /**
   * Lodges a declaration naming `foreignPartnerAeoIds` in this run's window, under one key (one
   * partition: in order); `trader` (and declarant), `declarationId` and the event's `id` as given.
   */
  async function lodge(
    foreignPartnerAeoIds: { country: string; aeoId: string }[],
    options: { trader?: string; declarationId?: string; id?: string } = {},
  ): Promise<string> {
    const n = ++lodged;
    const { trader = '1234567', declarationId = `D-${digits}-${n}`, id } = options;
    const data = lodgedDeclaration(trader, declarationId, {
      lodgedAt: new Date(window.from.getTime() + n * 1000).toISOString(),
      foreignPartnerAeoIds,
    });
    const event = { definition: DeclarationLodged, key: '1234567', subject: declarationId, data, id };
    await publishEvent(producer, service(), '/aeo/test', event);
    return declarationId;
  }

  const outcomesOf = async (declarationId: string) =>
    waitFor(`the outcomes of ${declarationId}`, async () => {
      const rows: { declared_id: string; outcome: string }[] = await service().dataSource.query(
        'SELECT declared_id, outcome FROM mra_foreign_id_matches WHERE declaration_id = $1 ORDER BY declared_id',
        [declarationId],
      );
      return rows.length > 0 && Object.fromEntries(rows.map((row) => [row.declared_id, row.outcome]));
    });

  const openReviews = async () =>
    (await http.get('/v1/foreign-ids/reviews?status=open&country=CN').set('Authorization', mraOfficer).expect(200)).body
      .filter((review: { normalisedId: string }) => review.normalisedId.startsWith(`CN${digits}`))
      .sort((a: { normalisedId: string }, b: { normalisedId: string }) => a.normalisedId.localeCompare(b.normalisedId));

  beforeAll(async () => {
    http = service().http;
    producer = testKafka('mra-foreign-ids-int').producer({ idempotent: true });
    await producer.connect();

    ({ china, korea } = await seedDemoArrangements(service().dataSource));
    const entry = (aeoId: string, more: Partial<Parameters<typeof seedListEntry>[1]> = {}) =>
      seedListEntry(service().dataSource, { arrangementId: china.id, country: 'CN', aeoId, ...more });
    await entry(active);
    await entry(suspended, { status: 'suspended' });
    await entry(expired, { validUntil: '2025-12-31' });
    // The same identifier written twice on the partner's list: a third spelling matches both.
    await entry(twice);
    await entry(`cn ${twice.slice(2)}`);
    // Old data: a suspended entry as written and an active one with the same normalised form.
    await entry(suspendedOrActive, { status: 'suspended' });
    await entry(`CN-${suspendedOrActive.slice(2)}`);
    await entry(aeoc, { statusType: 'AEOC' });
    await seedListEntry(service().dataSource, { arrangementId: korea.id, country: 'KR', aeoId: 'KR-KCS-000123' });
  });

  afterAll(async () => {
    await producer?.disconnect();
  });

  itServesPlatformEndpoints(service, [
    '/v1/foreign-ids/reviews',
    '/v1/foreign-ids/reviews/{reviewId}/resolution',
    '/v1/foreign-ids/match-rate',
    '/v1/recognitions/{country}/{aeoId}',
  ]);

  describe('recognition look-up', () => {
    const lookUp = (country: string, aeoId: string, on = '2026-06-01', token = riskEngine) =>
      http.get(`/v1/recognitions/${country}/${encodeURIComponent(aeoId)}?on=${on}`).set('Authorization', token);

    it('recognises an active entry of an operational arrangement, as written or normalised, with the benefits we grant', async () => {
      const exact = await lookUp('CN', active).expect(200);
      expect(exact.body).toEqual({
        country: 'CN',
        declaredId: active,
        normalisedId: active,
        on: '2026-06-01',
        recognised: true,
        arrangement: { id: china.id, title: china.title, partnerCountry: 'CN' },
        aeo: { aeoId: active, name: `Foreign trader ${active}`, statusType: 'AEOS', status: 'active' },
        benefits: TERMS.benefitsWeGrant,
        directions: TERMS.directions,
        matchedBy: 'exact',
        reason: null,
      });
      const written = `cn ${active.slice(2, 6)}-${active.slice(6)}`;
      const normalised = await lookUp('CN', written, '2026-06-01', mraOfficer).expect(200);
      expect(normalised.body).toMatchObject({ recognised: true, matchedBy: 'normalised', aeo: { aeoId: active } });
    });

    it('does not recognise a suspended, expired, unknown one or one under an arrangement not operational, saying why', async () => {
      expect((await lookUp('CN', suspended).expect(200)).body).toMatchObject({
        recognised: false,
        benefits: [],
        reason: `the partner list entry ${suspended} is suspended`,
      });
      expect((await lookUp('CN', expired).expect(200)).body.reason).toBe(
        `the partner list entry ${expired} expired on 2025-12-31`,
      );
      expect((await lookUp('CN', expired, '2025-12-31').expect(200)).body.recognised).toBe(true);
      expect((await lookUp('CN', unknown).expect(200)).body).toMatchObject({
        recognised: false,
        arrangement: null,
        reason: `${unknown} is on no partner list of CN`,
      });
      expect((await lookUp('KR', 'kcs 000123').expect(200)).body).toMatchObject({
        recognised: false,
        arrangement: { id: korea.id },
        reason: `the arrangement ${korea.title} is negotiation, not operational`,
      });
    });

    it('does not recognise an entry of a status type the arrangement does not cover, saying so', async () => {
      expect((await lookUp('CN', aeoc).expect(200)).body).toMatchObject({
        recognised: false,
        benefits: [],
        aeo: { aeoId: aeoc, statusType: 'AEOC', status: 'active' },
        reason: `the partner list entry ${aeoc} is of status type AEOC, which the arrangement ${china.title} does not cover (AEOS, AEOF)`,
      });
    });

    it('decides on the best kind of match alone, and recognises nobody for an ambiguous identifier', async () => {
      expect((await lookUp('CN', suspendedOrActive).expect(200)).body).toMatchObject({
        recognised: false,
        matchedBy: 'exact',
        aeo: { aeoId: suspendedOrActive, status: 'suspended' },
      });
      // Written as on the list, one entry is exact; written otherwise, both match by normalised form.
      expect((await lookUp('CN', twice).expect(200)).body).toMatchObject({ recognised: true, matchedBy: 'exact' });
      expect((await lookUp('CN', `CN-${twice.slice(2)}`).expect(200)).body).toMatchObject({
        recognised: false,
        arrangement: null,
        aeo: null,
        benefits: [],
        matchedBy: 'normalised',
        reason: expect.stringContaining(`is ambiguous: it matches 2 entries of the partner lists of CN`),
      });
    });

    it('refuses a bad day or country naming the field, and callers without a look-up role', async () => {
      expect((await lookUp('CN', active, '2026-13-01').expect(400)).body.message).toContain('on');
      expect((await lookUp('cn', active).expect(400)).body.message).toContain('country');
      await lookUp('CN', active, '2026-06-01', validator).expect(403);
      await lookUp('CN', active, '2026-06-01', chineseCustoms).expect(403);
    });

    it('refuses an identifier hiding a character (U+202E, U+200B) with 400 naming aeoId, never echoing it', async () => {
      for (const [character, aeoId] of [
        ['U+202E', '\u202E'],
        ['U+200B', `${active}\u200B`],
      ]) {
        const response = await lookUp('CN', aeoId).expect(400);
        expect(response.body.message).toBe(`aeoId: ${VISIBLE_TEXT_MESSAGE} (${character})`);
      }
    });
  });

  describe('matching declarations', () => {
    let firstDeclaration: string;

    beforeAll(async () => {
      firstDeclaration = await lodge([
        { country: 'CN', aeoId: active },
        { country: 'CN', aeoId: `cn ${active.slice(2)}` },
        { country: 'CN', aeoId: unknown },
        { country: 'CN', aeoId: `CN-${twice.slice(2)}` },
      ]);
      await outcomesOf(firstDeclaration);
    });

    it('matches exactly, then normalised; queues an unknown identifier and an ambiguous one once each', async () => {
      expect(await outcomesOf(firstDeclaration)).toEqual({
        [active]: 'exact',
        [`cn ${active.slice(2)}`]: 'normalised',
        [unknown]: 'unmatched',
        [`CN-${twice.slice(2)}`]: 'ambiguous',
      });
      await outcomesOf(await lodge([{ country: 'CN', aeoId: `cn-${unknown.slice(2)}` }]));
      const reviews = await openReviews();
      expect(reviews).toEqual([
        expect.objectContaining({
          normalisedId: twice,
          reason: 'ambiguous',
          declarations: 1,
          candidates: expect.arrayContaining([
            { arrangementId: china.id, aeoId: twice },
            { arrangementId: china.id, aeoId: `cn ${twice.slice(2)}` },
          ]),
        }),
        expect.objectContaining({
          normalisedId: unknown,
          declaredId: unknown,
          reason: 'unmatched',
          declarations: 2,
          firstDeclarationId: firstDeclaration,
          status: 'open',
        }),
      ]);
      const published: { subject: string; aggregateid: string }[] = await service().dataSource.query(
        `SELECT subject, aggregateid FROM outbox WHERE type = 'aeo.mra-foreign-id.review-needed.v1' ORDER BY subject`,
      );
      const ours = reviews.map((review: { id: string }) => review.id);
      expect(published.filter((event) => ours.includes(event.subject))).toHaveLength(2);
      const audited: { action: string; actor_sub: string }[] = await service().dataSource.query(
        'SELECT action, actor_sub FROM audit_log WHERE entity_id = ANY($1) ORDER BY action',
        [ours],
      );
      expect(audited).toEqual([
        { action: 'mra-foreign-id.ambiguous', actor_sub: 'system:mra-foreign-id-matching' },
        { action: 'mra-foreign-id.unmatched', actor_sub: 'system:mra-foreign-id-matching' },
      ]);
    });

    it('keeps partner administrations and other staff out of the review queue (403)', async () => {
      await http.get('/v1/foreign-ids/reviews').set('Authorization', chineseCustoms).expect(403);
      await http.get('/v1/foreign-ids/reviews').set('Authorization', validator).expect(403);
      await http
        .post(`/v1/foreign-ids/reviews/${randomUUID()}/resolution`)
        .set('Authorization', chineseCustoms)
        .send({ resolution: 'not-recognised' })
        .expect(403);
    });

    it('resolves a review to a list entry: audited, published, and later declarations match by alias', async () => {
      const [, review] = await openReviews();
      const resolve = (body: object) =>
        http.post(`/v1/foreign-ids/reviews/${review.id}/resolution`).set('Authorization', mraOfficer).send(body);

      // One body per resolution, each field named: matched needs its entry, not-recognised takes none.
      expect(JSON.stringify((await resolve({ resolution: 'matched' }).expect(400)).body)).toContain(
        'arrangementId: required with resolution matched',
      );
      for (const field of ['arrangementId', 'aeoId']) {
        const refused = await resolve({ resolution: 'not-recognised', [field]: field === 'aeoId' ? active : china.id });
        expect(refused.status).toBe(400);
        expect(JSON.stringify(refused.body)).toContain(`${field}: only with resolution matched`);
      }
      expect(
        (await resolve({ resolution: 'matched', arrangementId: korea.id, aeoId: 'KR-KCS-000123' }).expect(422)).body
          .message,
      ).toContain('aeoId');
      const resolved = await resolve({
        resolution: 'matched',
        arrangementId: china.id,
        aeoId: active,
        note: 'the trader’s former code',
      }).expect(201);
      expect(resolved.body).toMatchObject({
        status: 'resolved',
        resolution: 'matched',
        aeoId: active,
        resolvedBy: 'mra-1',
      });
      const again = await resolve({ resolution: 'not-recognised' }).expect(409);
      expect(again.body.message).toMatch(/already resolved: matched by mra-1 at \d{4}-/);

      const audit = await service().dataSource.query(
        'SELECT action, actor_sub FROM audit_log WHERE entity_id = $1 ORDER BY id',
        [review.id],
      );
      expect(audit).toEqual([
        { action: 'mra-foreign-id.unmatched', actor_sub: 'system:mra-foreign-id-matching' },
        { action: 'mra-foreign-id.matched', actor_sub: 'mra-1' },
      ]);
      const [event] = await service().dataSource.query(
        `SELECT payload FROM outbox WHERE type = 'aeo.mra-foreign-id.resolved.v1' AND subject = $1`,
        [review.id],
      );
      expect(event.payload).toMatchObject({
        resolution: 'matched',
        arrangementId: china.id,
        aeoId: active,
        by: 'mra-1',
      });

      expect(await outcomesOf(await lodge([{ country: 'CN', aeoId: unknown }]))).toEqual({ [unknown]: 'alias' });
      const lookUp = await http
        .get(`/v1/recognitions/CN/${unknown}?on=2026-06-01`)
        .set('Authorization', riskEngine)
        .expect(200);
      expect(lookUp.body).toMatchObject({ recognised: true, matchedBy: 'alias', aeo: { aeoId: active } });
      expect((await openReviews()).map((open: { normalisedId: string }) => open.normalisedId)).toEqual([twice]);
    });

    it('reports the match rate of the period', async () => {
      const rate = await http
        .get(`/v1/foreign-ids/match-rate?from=${window.from.toISOString()}&to=${to.toISOString()}`)
        .set('Authorization', mraOfficer)
        .expect(200);
      expect(rate.body).toEqual({
        from: window.from.toISOString(),
        to: to.toISOString(),
        declaredIds: 6,
        matchedExactly: 1,
        matchedNormalised: 1,
        matchedByAlias: 1,
        unmatched: 2,
        ambiguous: 1,
        rate: 0.5,
      });
      const refused = await http
        .get(`/v1/foreign-ids/match-rate?from=${to.toISOString()}&to=${window.from.toISOString()}`)
        .set('Authorization', mraOfficer)
        .expect(400);
      expect(JSON.stringify(refused.body)).toContain('from: must be before to');
      // Instants, whatever their offsets: 10:00+09:00 is 01:00Z, before 05:00Z.
      const offsets = (from: string, until: string) =>
        http
          .get(`/v1/foreign-ids/match-rate?from=${encodeURIComponent(from)}&to=${encodeURIComponent(until)}`)
          .set('Authorization', mraOfficer);
      await offsets('2026-12-01T10:00:00+09:00', '2026-12-01T05:00:00Z').expect(200);
      const reversed = await offsets('2026-12-01T05:00:00Z', '2026-12-01T10:00:00+09:00').expect(400);
      expect(JSON.stringify(reversed.body)).toContain('from: must be before to');
    });
  });

  describe('deciding on the best kind of match and on resolutions', () => {
    const reviewOf = async (normalisedId: string) =>
      (await openReviews()).find((review: { normalisedId: string }) => review.normalisedId === normalisedId);

    it('does not match an exact hit on a suspended entry through an active one of the same normalised form', async () => {
      expect(await outcomesOf(await lodge([{ country: 'CN', aeoId: suspendedOrActive }]))).toEqual({
        [suspendedOrActive]: 'unmatched',
      });
    });

    it('keeps an identifier resolved "not recognised" out of the queue until the partner’s list brings an entry with it', async () => {
      const relisted = {
        ...china,
        id: randomUUID(),
        title: 'China–Mongolia AEO MRA (renewed)',
        phase: 'implementation',
      };
      await seedSignedArrangement(service().dataSource, relisted);
      const key = await partnerSigningKey(`gacc-${digits}`);
      await http
        .put(`/v1/arrangements/${relisted.id}/partner-keys/${key.kid}`)
        .set('Authorization', mraOfficer)
        .send({ jwk: key.publicJwk })
        .expect(200);
      const listEntry = (aeoId: string, status: 'active' | 'suspended'): TestListEntry => ({
        aeoId,
        name: `Foreign trader ${aeoId}`,
        address: { street: '1 Xingfu Road', city: 'Erenhot', postalCode: '011100', country: 'CN' },
        statusType: 'AEOS',
        validFrom: '2025-01-01',
        validUntil: null,
        status,
        ...(status === 'suspended' ? { suspendedOn: '2026-10-15' } : {}),
      });
      const importList = async (entries: TestListEntry[]) => {
        const body = JSON.stringify({ partnerCountry: 'CN', generatedAt: new Date().toISOString(), entries });
        await http
          .post(`/v1/arrangements/${relisted.id}/partner-lists`)
          .set('Authorization', mraOfficer)
          .set('x-jws-signature', await signDetached(body, key))
          .attach('file', Buffer.from(body), { filename: 'list.json', contentType: 'application/json' })
          .expect(200);
      };
      const declareRefused = async () =>
        expect(await outcomesOf(await lodge([{ country: 'CN', aeoId: refused }]))).toEqual({ [refused]: 'unmatched' });

      await declareRefused();
      const first = await reviewOf(refused);
      expect(first).toMatchObject({ reason: 'unmatched', declarations: 1 });
      await http
        .post(`/v1/foreign-ids/reviews/${first.id}/resolution`)
        .set('Authorization', mraOfficer)
        .send({ resolution: 'not-recognised', note: 'not on the GACC list' })
        .expect(201);

      // Named again (in another spelling too), and after a list version that leaves it alone: no item.
      const respelled = `cn-${refused.slice(2)}`;
      expect(await outcomesOf(await lodge([{ country: 'CN', aeoId: respelled }]))).toEqual({
        [respelled]: 'unmatched',
      });
      await importList([listEntry(id('0'), 'active')]);
      await declareRefused();
      expect(await reviewOf(refused)).toBeUndefined();

      // A version bringing an entry with that normalised identifier (suspended: still no match) reopens it.
      await importList([listEntry(id('0'), 'active'), listEntry(refused, 'suspended')]);
      await declareRefused();
      const reopened = await reviewOf(refused);
      expect(reopened).toMatchObject({
        reason: 'unmatched',
        declarations: 1,
        candidates: [{ arrangementId: relisted.id, aeoId: refused }],
      });
      expect(reopened.id).not.toBe(first.id);
    });
  });

  describe('look-ups by index (10,000 list entries)', () => {
    interface PlanNode {
      'Node Type': string;
      'Relation Name'?: string;
      Plans?: PlanNode[];
    }
    const scans = (node: PlanNode): string[] => [
      ...(node['Relation Name'] ? [`${node['Node Type']} on ${node['Relation Name']}`] : []),
      ...(node.Plans ?? []).flatMap(scans),
    ];
    /** How PostgreSQL reads each relation for a generated query, by `EXPLAIN` with the query's own parameters. */
    async function plannedScans<Params>(query: PreparedQuery<Params, unknown>, params: Params): Promise<string[]> {
      const [explained] = (await query.run(params, {
        query: async (sql, bindings) => {
          const rows = await service().dataSource.query(`EXPLAIN (FORMAT JSON) ${sql}`, bindings);
          return { rows, rowCount: rows.length };
        },
      })) as { 'QUERY PLAN': [{ Plan: PlanNode }] }[];
      return scans(explained!['QUERY PLAN'][0].Plan);
    }

    beforeAll(async () => {
      const bulk = { ...china, id: randomUUID(), title: 'China–Mongolia AEO MRA (first, ended)', phase: 'terminated' };
      await seedSignedArrangement(service().dataSource, bulk);
      await service().dataSource.query(
        `INSERT INTO partner_list_entries (arrangement_id, aeo_id, normalised_id, name, status_type, partner_status_type,
           status, valid_from, last_changed_version)
         SELECT $1, 'CN88' || lpad(n::text, 8, '0'), 'CN88' || lpad(n::text, 8, '0'), 'Bulk trader ' || n, 'AEOS', 'AEOS',
           'active', '2025-01-01', 1
         FROM generate_series(1, 10000) AS n`,
        [bulk.id],
      );
      await service().dataSource.query(
        'ANALYZE partner_list_entries, mutual_recognition_arrangements, mra_foreign_id_reviews',
      );
    });

    it('finds the entries of a declared identifier without scanning them', async () => {
      const planned = await plannedScans(findEntries, { country: 'CN', declaredId: active, normalisedId: active });
      const entries = planned.filter((scan) => scan.endsWith(' on partner_list_entries'));
      expect(entries.length).toBeGreaterThan(0);
      expect(entries).not.toContain('Seq Scan on partner_list_entries');
      expect(planned).not.toContain('Seq Scan on mra_foreign_id_aliases');
    });

    it('checks a standing "not recognised" resolution without scanning the entries', async () => {
      const planned = await plannedScans(findStandingRefusal, { country: 'CN', normalisedId: refused });
      expect(planned).not.toContain('Seq Scan on partner_list_entries');
    });
  });

  describe('declarations consumed', () => {
    it("dead-letters a declaration whose trader or declarant id is not of the programme's format, naming the fields: nothing matched", async () => {
      const dead = await collectMessages(
        testKafka('mra-foreign-ids-dead'),
        [service().topic(dlqTopicOf(TOPIC_NAMES.declarationEvents))],
        {
          from: 'now',
        },
      );
      try {
        const id = randomUUID();
        // A hidden character after the digits would be another, look-alike trader.
        const declarationId = await lodge([{ country: 'CN', aeoId: active }], {
          trader: '1234567\u202e',
          declarationId: `D-${digits}-LOOKALIKE`,
          id,
        });
        // A declaration behind it under the same key (one partition): once it is matched, the one before was decided.
        await outcomesOf(await lodge([{ country: 'CN', aeoId: active }]));
        expect(
          await service().dataSource.query('SELECT 1 FROM mra_foreign_id_matches WHERE declaration_id = $1', [
            declarationId,
          ]),
        ).toEqual([]);
        const format = `does not match the programme's format ${service().app.get<MraConfig>(APP_CONFIG).TAXPAYER_ID_PATTERN}`;
        expect(await deadLetterReason(dead, { id, consumer: 'mra.foreign-ids' })).toBe(
          `invalid aeo.declaration.lodged.v1 data: declarantTaxpayerId: ${format}; traderTaxpayerId: ${format}`,
        );
      } finally {
        await dead.stop();
      }
    });
  });
});
