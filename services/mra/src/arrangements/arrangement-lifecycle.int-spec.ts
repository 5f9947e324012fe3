import { randomBytes } from 'node:crypto';
import { Client } from '@temporalio/client';
import { ROLES } from '@aeo/auth';
import { MRA_PHASES, MULTILINE_VISIBLE_TEXT_MESSAGE, TOPIC_NAMES } from '@aeo/contracts';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import {
  bearer,
  collectMessages,
  ensureTemporalNamespace,
  type InProcessWorker,
  runWorkerInProcess,
  terminateWorkflows,
  testKafka,
} from '@aeo/testing';
import { TASK_QUEUES, mraArrangementWorkflowId } from '@aeo/workflows';
import { createOrchestratingWorker } from '@aeo/workflows/bundle';
import { startMra } from '../testing/start-mra';

jest.setTimeout(240_000);

const TERMS = {
  statusTypes: ['AEOS', 'AEOF'],
  directions: ['import', 'export'],
  benefitsWeGrant: ['reduced-physical-controls', 'priority-clearance'],
  benefitsPartnerGrants: ['reduced-physical-controls', 'reduced-document-controls'],
};

/**
 * An arrangement's life against the real servers: the mra service in-process (API, activities on
 * aeo-mra-arrangements, outbox relay), the orchestrating worker in-process in a Temporal namespace
 * of the test's own, PostgreSQL and Kafka.
 */
describe('MRA arrangement lifecycle (real PostgreSQL, Temporal, Kafka)', () => {
  const namespace = `mra-arrangements-${randomBytes(3).toString('hex')}`;
  let service: ServiceUnderTest;
  let temporal: Client;
  let worker: InProcessWorker;
  const started: string[] = [];
  const kafka = testKafka('mra-arrangements-int');

  const officer = bearer({ sub: 'mra.officer.tuya', roles: [ROLES.mraOfficer] });
  const executive = bearer({ sub: 'executive.ganbold', roles: [ROLES.executive] });
  const gacc = bearer({ sub: 'gacc-1', roles: [ROLES.partnerCustoms], partnerCountry: 'CN' });
  const kcs = bearer({ sub: 'kcs-1', roles: [ROLES.partnerCustoms], partnerCountry: 'KR' });

  beforeAll(async () => {
    await ensureTemporalNamespace(namespace);
    process.env['TEMPORAL_NAMESPACE'] = namespace;
    service = await startMra({ ownTopics: true });
    temporal = service.app.get(Client);
    worker = await runWorkerInProcess((connection) =>
      createOrchestratingWorker(
        { namespace, taskQueue: TASK_QUEUES.certification, maxConcurrentWorkflowTaskExecutions: 10 },
        connection,
      ),
    );
  });

  afterAll(async () => {
    await terminateWorkflows(temporal, started.map(mraArrangementWorkflowId));
    await worker?.stop();
    await service?.close();
    delete process.env['TEMPORAL_NAMESPACE'];
  });

  const create = async (partnerCountry: string, partnerAdministration: string) => {
    const response = await service.http
      .post('/v1/arrangements')
      .set('Authorization', officer)
      .send({ partnerCountry, partnerAdministration, title: `Mongolia–${partnerCountry} AEO MRA` })
      .expect(201);
    started.push(response.body.id);
    return response.body as { id: string; phase: string };
  };
  const post = (id: string, path: string, token: string, body: object) =>
    service.http.post(`/v1/arrangements/${id}/${path}`).set('Authorization', token).send(body);
  const counts = async (id: string) => {
    const [row]: { records: number; outbox: number; audit: number }[] = await service.dataSource.query(
      `SELECT (SELECT count(*)::int FROM mra_arrangement_records WHERE arrangement_id = $1) AS records,
              (SELECT count(*)::int FROM outbox WHERE subject = $1::text) AS outbox,
              (SELECT count(*)::int FROM audit_log WHERE entity_type = 'mra-arrangement' AND entity_id = $1::text) AS audit`,
      [id],
    );
    return row;
  };

  it('walks an arrangement from preparation to operational; its events reach the topic, every step is audited; partners see their own only', async () => {
    const events = await collectMessages(kafka, [service.topic(TOPIC_NAMES.mraEvents)], { from: 'now' });
    try {
      const { id, phase } = await create('CN', 'General Administration of Customs of China');
      expect(phase).toBe('preparation');
      // One open arrangement per partner country.
      const duplicate = await service.http
        .post('/v1/arrangements')
        .set('Authorization', officer)
        .send({ partnerCountry: 'CN', partnerAdministration: 'GACC', title: 'again' })
        .expect(409);
      expect(duplicate.body.message).toContain(id);

      await post(id, 'advance', officer, { to: 'programme-comparison' }).expect(200);
      const comparison = {
        entries: [
          { ourCriterion: 'security.physical-access', partnerCriterion: 'GACC 4.2', assessment: 'equivalent' },
          { ourCriterion: 'solvency.statements', partnerCriterion: 'GACC 2.1', assessment: 'gap', note: 'none' },
        ],
      };
      await post(id, 'comparison', officer, comparison).expect(200);
      await post(id, 'advance', officer, { to: 'joint-validation' }).expect(200);
      await post(id, 'visits', officer, {
        date: '2026-08-10',
        site: 'Zamyn-Üüd rail terminal',
        operator: 'Gobi Logistics LLC',
        ourObservations: ['perimeter fenced'],
        partnerObservations: ['seal register kept'],
      }).expect(200);
      await post(id, 'advance', officer, { to: 'negotiation' }).expect(200);
      // Free text on several lines: nothing hidden in it (400 naming the field and the character, nothing recorded), line breaks kept.
      const before = await counts(id);
      for (const [character, notes] of [
        ['U+202E', 'Benefits agreed.\nAnnex \u202Egpj.exe'],
        ['U+200B', 'Benefits\u200B agreed.\nNext round in Beijing'],
      ]) {
        const refused = await post(id, 'negotiation-rounds', officer, { date: '2026-09-15', notes }).expect(400);
        expect(refused.body.message).toBe(`notes: ${MULTILINE_VISIBLE_TEXT_MESSAGE} (${character})`);
      }
      expect(await counts(id)).toEqual(before);
      const notes = 'Benefits agreed:\r\n- priority clearance\n- reduced physical controls';
      await post(id, 'negotiation-rounds', officer, { date: '2026-09-15', notes: `${notes}\n` }).expect(200);
      const [round] = await service.dataSource.query(
        `SELECT details FROM mra_arrangement_records WHERE arrangement_id = $1 AND step = 'record-negotiation-round'`,
        [id],
      );
      expect(JSON.stringify(round.details)).toContain(JSON.stringify(notes));
      const signature = { text: 'Arrangement text', signedOn: '2026-10-01', terms: TERMS };
      // Signing is the executive's.
      await post(id, 'signature', officer, signature).expect(403);
      const signed = await post(id, 'signature', executive, signature).expect(200);
      expect(signed.body).toMatchObject({ phase: 'signed', signedOn: '2026-10-01', terms: TERMS });
      await post(id, 'advance', officer, { to: 'implementation' }).expect(200);
      await post(id, 'exchange-tests', officer, {
        date: '2026-10-20',
        outcome: 'failed',
        notes: 'schema mismatch',
      }).expect(200);
      const early = await post(id, 'advance', officer, { to: 'operational' }).expect(409);
      expect(early.body.message).toContain('only after a passed data-exchange test (last test: failed)');
      await post(id, 'exchange-tests', officer, { date: '2026-10-27', outcome: 'passed' }).expect(200);
      const operational = await post(id, 'advance', officer, { to: 'operational' }).expect(200);
      expect(operational.body).toMatchObject({
        phase: 'operational',
        reviewIntervalMonths: 36,
        reminderDaysBefore: [90, 30],
      });
      const dueInDays = (Date.parse(operational.body.reviewDueAt) - Date.now()) / 86_400_000;
      expect(dueInDays).toBeGreaterThan(3 * 365 - 5);
      expect(operational.body.history.map((h: { to: string }) => h.to)).toEqual(
        MRA_PHASES.slice(0, MRA_PHASES.indexOf('operational') + 1),
      );

      // Suspended and resumed back to operational; the review period set, a review completed (re-armed).
      const suspended = await post(id, 'suspension', officer, { reason: 'lists not updated' }).expect(200);
      expect(suspended.body).toMatchObject({ phase: 'suspended', suspendedFrom: 'operational', terms: TERMS });
      await post(id, 'reviews', officer, { findings: ['x'] }).expect(409);
      const resumed = await post(id, 'resumption', officer, { reason: 'lists updated' }).expect(200);
      expect(resumed.body).toMatchObject({ phase: 'operational', suspendedFrom: null });
      await post(id, 'review-policy', officer, { intervalMonths: 200 }).expect(400, /intervalMonths/);
      const policy = await post(id, 'review-policy', officer, { intervalMonths: 24, reminderDaysBefore: [60] });
      expect(policy.status).toBe(200);
      expect(policy.body).toMatchObject({ reviewIntervalMonths: 24, reminderDaysBefore: [60] });
      const reviewed = await post(id, 'reviews', officer, { findings: ['lists exchanged monthly'] }).expect(200);
      const nextInDays = (Date.parse(reviewed.body.reviewDueAt) - Date.now()) / 86_400_000;
      expect(nextInDays).toBeGreaterThan(2 * 365 - 5);
      expect(nextInDays).toBeLessThan(2 * 365 + 5);

      // Events through the outbox onto the topic, keyed by the arrangement; an audit entry per step.
      const phaseChanges = await events.waitForCount(
        9,
        60_000,
        (m) => m.headers['ce_type'] === 'aeo.mra-arrangement.phase-changed.v1' && m.headers['ce_subject'] === id,
      );
      const last = JSON.parse(phaseChanges.at(-1)!.message.value!.toString());
      expect(JSON.parse(phaseChanges[6].message.value!.toString())).toMatchObject({
        arrangementId: id,
        partnerCountry: 'CN',
        partnerAdministration: 'General Administration of Customs of China',
        from: 'implementation',
        to: 'operational',
        by: 'mra.officer.tuya',
        terms: TERMS,
        reviewDueAt: operational.body.reviewDueAt,
      });
      expect(last).toMatchObject({ from: 'suspended', to: 'operational', reason: 'lists updated', terms: TERMS });
      expect(phaseChanges.every((m) => m.message.key?.toString() === id)).toBe(true);
      await events.waitForCount(
        7,
        60_000,
        (m) => m.headers['ce_type'] === 'aeo.mra-arrangement.step-recorded.v1' && m.headers['ce_subject'] === id,
      );
      expect(await counts(id)).toEqual({ records: 16, outbox: 16, audit: 16 });
      const [signing]: { actor_sub: string; actor_roles: string[] }[] = await service.dataSource.query(
        `SELECT actor_sub, actor_roles FROM audit_log WHERE entity_id = $1 AND action = 'mra-arrangement.sign'`,
        [id],
      );
      expect(signing).toEqual({ actor_sub: 'executive.ganbold', actor_roles: [ROLES.executive] });

      // China's customs reads its arrangement, its phases, comparison and terms; nothing else.
      await service.http.get(`/v1/arrangements/${id}`).set('Authorization', gacc).expect(200);
      const phases = await service.http.get(`/v1/arrangements/${id}/phases`).set('Authorization', gacc).expect(200);
      expect(phases.body).toHaveLength(9);
      const compared = await service.http
        .get(`/v1/arrangements/${id}/comparison`)
        .set('Authorization', gacc)
        .expect(200);
      expect(compared.body).toMatchObject({ entries: comparison.entries, gaps: 1, recordedBy: 'mra.officer.tuya' });
      const terms = await service.http.get(`/v1/arrangements/${id}/terms`).set('Authorization', gacc).expect(200);
      expect(terms.body).toEqual({ arrangementId: id, signedOn: '2026-10-01', terms: TERMS });
      await service.http.get(`/v1/arrangements/${id}/records`).set('Authorization', gacc).expect(403);
      await post(id, 'suspension', gacc, { reason: 'x' }).expect(403);
      // Korea's customs does not learn that it exists.
      for (const path of ['', '/phases', '/comparison', '/terms'])
        await service.http.get(`/v1/arrangements/${id}${path}`).set('Authorization', kcs).expect(404);
      const own = await service.http.get('/v1/arrangements').set('Authorization', kcs).expect(200);
      expect(own.body.map((a: { id: string }) => a.id)).not.toContain(id);
    } finally {
      await events.stop();
    }
  });

  it('refuses a step out of order with 409 and the reason, writing nothing; a repeat answers as the first time; termination ends it', async () => {
    const { id } = await create('KR', 'Korea Customs Service');
    const before = await counts(id);
    const refused = await post(id, 'signature', executive, {
      text: 'x',
      signedOn: '2026-11-01',
      terms: TERMS,
    }).expect(409);
    expect(refused.body.message).toBe(
      'Step "sign" refused: "sign" is not possible while the arrangement is in phase preparation (possible: advance, set-review-policy, terminate)',
    );
    const skipped = await post(id, 'advance', officer, { to: 'negotiation' }).expect(409);
    expect(skipped.body.message).toContain('it advances to programme-comparison, not to negotiation');
    const malformed = await post(id, 'visits', officer, { date: '10/12/2026', site: 'x' }).expect(400);
    expect(malformed.body.message).toMatch(/date/);
    // Dates are calendar dates, from 2000 to today (tomorrow for a partner ahead of us), each refused naming its field.
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const dayAfter = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const observations = { site: 'x', ourObservations: ['a'], partnerObservations: ['b'] };
    const impossible: [string, string, object, string][] = [
      ['visits', officer, { date: '2026-02-31', ...observations }, 'date: '],
      ['negotiation-rounds', officer, { date: '2026-04-31', notes: 'r' }, 'date: '],
      ['exchange-tests', officer, { date: '2026-06-31', outcome: 'passed' }, 'date: '],
      ['exchange-tests', officer, { date: dayAfter, outcome: 'passed' }, 'date: must not be in the future'],
      ['signature', executive, { text: 't', signedOn: '2026-02-31', terms: TERMS }, 'signedOn: '],
      [
        'signature',
        executive,
        { text: 't', signedOn: '9999-12-31', terms: TERMS },
        'signedOn: must not be in the future',
      ],
      [
        'signature',
        executive,
        { text: 't', signedOn: '1999-12-31', terms: TERMS },
        'signedOn: must be 2000-01-01 or later',
      ],
    ];
    for (const [path, who, body, message] of impossible) {
      const refusedDate = await post(id, path, who, body).expect(400);
      expect(refusedDate.body.message).toContain(message);
    }
    // Tomorrow passes validation (and is refused by the phase here).
    await post(id, 'signature', executive, { text: 't', signedOn: tomorrow, terms: TERMS }).expect(409);
    expect(await counts(id)).toEqual(before);
    expect((await service.http.get(`/v1/arrangements/${id}`).set('Authorization', officer)).body.phase).toBe(
      'preparation',
    );

    // The same request again answers as the first time and records nothing more.
    const first = await post(id, 'advance', officer, { to: 'programme-comparison' }).expect(200);
    const again = await post(id, 'advance', officer, { to: 'programme-comparison' }).expect(200);
    expect(again.body).toEqual(first.body);
    expect((await counts(id)).records).toBe(before.records + 1);

    await post(id, 'termination', officer, { reason: 'partner withdrew' }).expect(403);
    const terminated = await post(id, 'termination', executive, { reason: 'partner withdrew' }).expect(200);
    expect(terminated.body).toMatchObject({ phase: 'terminated', reviewDueAt: null });
    await expect(temporal.workflow.getHandle(mraArrangementWorkflowId(id)).result()).resolves.toEqual({
      phase: 'terminated',
      terminatedBy: 'executive.ganbold',
      reason: 'partner withdrew',
    });
    const late = await post(id, 'advance', officer, { to: 'joint-validation' }).expect(409);
    expect(late.body.message).toContain('no running workflow');
    // Terminated: a new arrangement with the same partner may start; with an Idempotency-Key a repeat creates nothing more.
    const createKorea = () =>
      service.http.post('/v1/arrangements').set('Authorization', officer).set('Idempotency-Key', `kr-${id}`).send({
        partnerCountry: 'KR',
        partnerAdministration: 'Korea Customs Service',
        title: 'Mongolia–Korea AEO MRA',
      });
    const fresh = await createKorea().expect(201);
    started.push(fresh.body.id);
    const replayed = await createKorea().expect(201);
    expect(replayed.headers['idempotent-replayed']).toBe('true');
    expect(replayed.body.id).toBe(fresh.body.id);
    const open: { n: number }[] = await service.dataSource.query(
      `SELECT count(*)::int AS n FROM mutual_recognition_arrangements WHERE partner_country = 'KR' AND phase <> 'terminated'`,
    );
    expect(open[0].n).toBe(1);
  });
});
