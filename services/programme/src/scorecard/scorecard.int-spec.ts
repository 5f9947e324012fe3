import { randomUUID } from 'node:crypto';
import { ROLES } from '@aeo/auth';
import { MraArrangementPhaseChanged, ProgrammePublished, TOPIC_NAMES, dlqTopicOf } from '@aeo/contracts';
import { itRequiresTokenAndRole } from '@aeo/service-kit/testing';
import { bearer, collectMessages, testKafka, waitFor } from '@aeo/testing';
import { upsertSide } from '../benefit/benefit.repository';
import { withDecision, withLodgement } from '../benefit/benefit-fold';
import { envelope } from '../kpis/testing/scripted-stream';
import { programmeUnderTest } from '../testing/programme-under-test';
import { foldProgrammePublished } from './scorecard-evidence.consumer';
import { ScorecardService } from './scorecard.service';

jest.setTimeout(240_000);

describe('programme service: design-principles scorecard and WTO TFA 7.7 checks (real PostgreSQL, Kafka)', () => {
  const programme = programmeUnderTest('programme-scorecard', [], { ownTopics: true });
  const policyUnit = bearer({ sub: 'policy-1', roles: [ROLES.policyUnit] });
  const executive = bearer({ sub: 'exec-1', roles: [ROLES.executive] });
  const office = bearer({ sub: 'ro-1', roles: [ROLES.regionalOffice], region: 'ULAANBAATAR' });
  const validator = bearer({ sub: 'val-1', roles: [ROLES.validator], region: 'ULAANBAATAR' });

  const http = () => programme.http;
  const assess = (standardId: string, body: object, token = policyUnit) =>
    http().post(`/v1/scorecard/standards/${standardId}/assessments`).set('Authorization', token).send(body);
  const scorecard = async (token = policyUnit) =>
    (await http().get('/v1/scorecard').set('Authorization', token).expect(200)).body;
  const principle = async (id: string) =>
    (await scorecard()).principles.find((p: { id: string }) => p.id === id) as {
      status: string;
      standards: { id: string; status: string | null; assessment: { id: string } | null }[];
    };

  const evidence = {
    documents: [
      {
        title: 'AEO strategy 2025–2028, approved by the Commissioner General',
        url: 'https://customs.gov.mn/aeo/strategy.pdf',
      },
    ],
    links: [{ url: 'https://customs.gov.mn/aeo' }],
    kpiIds: ['decided-within-time-limit'],
  };

  itRequiresTokenAndRole(() => programme.service, {
    path: '/v1/scorecard',
    forbidden: validator,
    role: ROLES.policyUnit,
    roleKind: 'a programme role',
  });

  it('lists the five principles with their standards, none assessed yet', async () => {
    const body = await scorecard(office);
    expect(body.principles.map((p: { id: string; status: string }) => [p.id, p.status])).toEqual([
      ['mandate-from-the-top', 'not-assessed'],
      ['international-standards', 'not-assessed'],
      ['professionalism', 'not-assessed'],
      ['customs-business', 'not-assessed'],
      ['customs-pga', 'not-assessed'],
    ]);
    const pga = body.principles[4];
    expect(pga.name).toEqual({
      en: 'Customs-partner government agencies partnership',
      mn: 'Гааль ба түнш төрийн байгууллагуудын түншлэл',
    });
    expect(pga.standards.map((s: { id: string }) => s.id)).toEqual([
      'customs-pga.partnership',
      'customs-pga.coordinated-border-management',
      'customs-pga.single-window',
      'customs-pga.effective-cooperation',
    ]);
    expect(pga.standards[2]).toMatchObject({
      name: { en: 'Single window platform', mn: 'Нэг цонхны систем' },
      asks: { en: expect.stringContaining('inter-agency data sharing') },
      status: null,
      assessment: null,
    });
  });

  it('records an assessment with its evidence, audit entry and event; only the policy unit assesses', async () => {
    const events = await collectMessages(
      testKafka('programme-scorecard-events'),
      [programme.service.topic(TOPIC_NAMES.programmeEvents)],
      { from: 'now' },
    );
    try {
      const created = await assess('mandate-from-the-top.senior-support', {
        status: 'met',
        note: 'Senior-level support and funding confirmed by the survey',
        evidence,
      }).expect(201);
      expect(created.body).toMatchObject({
        principleId: 'mandate-from-the-top',
        standardId: 'mandate-from-the-top.senior-support',
        status: 'met',
        evidence,
        assessedBy: 'policy-1',
      });
      const [message] = await events.waitForCount(
        1,
        60_000,
        (m) => m.headers['ce_subject'] === 'mandate-from-the-top.senior-support',
      );
      expect(message!.headers['ce_type']).toBe('aeo.programme-scorecard.assessed.v1');
      expect(JSON.parse(message!.message.value!.toString())).toMatchObject({
        assessmentId: created.body.id,
        status: 'met',
        previousStatus: null,
        principleStatus: 'met',
      });
    } finally {
      await events.stop();
    }
    const [audit] = await programme.service.dataSource.query(
      `SELECT actor_sub, action, after FROM audit_log WHERE entity_type = 'programme-scorecard-standard' AND entity_id = $1`,
      ['mandate-from-the-top.senior-support'],
    );
    expect(audit).toMatchObject({
      actor_sub: 'policy-1',
      action: 'programme-scorecard.assessed',
      after: { status: 'met', principleStatus: 'met' },
    });
    expect((await principle('mandate-from-the-top')).status).toBe('met');

    for (const token of [executive, office]) {
      const refused = await assess(
        'mandate-from-the-top.senior-support',
        { status: 'partial', note: 'x' },
        token,
      ).expect(403);
      expect(refused.body.message).toContain(ROLES.policyUnit);
    }
  });

  it('keeps every assessment as history, newest first, and shows the latest as current', async () => {
    const id = 'professionalism.key-staff';
    const first = await assess(id, { status: 'partial', note: 'Training curriculum drafted' }).expect(201);
    const second = await assess(id, { status: 'ongoing', note: 'Ongoing development of training materials' }).expect(
      201,
    );
    const history = (
      await http().get(`/v1/scorecard/standards/${id}/history`).set('Authorization', executive).expect(200)
    ).body;
    expect(history).toMatchObject({ standardId: id, principleId: 'professionalism', name: { en: expect.any(String) } });
    expect(history.assessments.map((a: { id: string; status: string }) => [a.id, a.status])).toEqual([
      [second.body.id, 'ongoing'],
      [first.body.id, 'partial'],
    ]);
    const professionalism = await principle('professionalism');
    expect(professionalism.status).toBe('ongoing');
    expect(professionalism.standards[0]!.assessment!.id).toBe(second.body.id);
    await expect(
      programme.service.dataSource.query('UPDATE scorecard_assessments SET status = $1', ['met']),
    ).rejects.toThrow(/keeps its history/);
  });

  it('rolls a principle up to its least advanced standard', async () => {
    const note = { note: 'Assessed at the policy unit review', evidence };
    expect((await principle('customs-pga')).status).toBe('not-assessed');
    await assess('customs-pga.partnership', { status: 'met', ...note }).expect(201);
    await assess('customs-pga.coordinated-border-management', { status: 'met', ...note }).expect(201);
    await assess('customs-pga.effective-cooperation', { status: 'met', ...note }).expect(201);
    // One standard not assessed yet: the principle is not assessed as a whole.
    expect((await principle('customs-pga')).status).toBe('not-assessed');
    await assess('customs-pga.single-window', {
      status: 'partial',
      note: 'Data sharing with two agencies only',
    }).expect(201);
    expect((await principle('customs-pga')).status).toBe('partial');
    await assess('customs-pga.coordinated-border-management', {
      status: 'ongoing',
      note: 'Joint border plan drafted',
    }).expect(201);
    expect((await principle('customs-pga')).status).toBe('ongoing');
    await assess('customs-pga.single-window', { status: 'met', ...note }).expect(201);
    await assess('customs-pga.coordinated-border-management', { status: 'met', ...note }).expect(201);
    const pga = await principle('customs-pga');
    expect(pga.status).toBe('met');
    expect(pga.standards.map((s) => s.status)).toEqual(['met', 'met', 'met', 'met']);
  });

  it('refuses bad input naming the field, and an unknown standard with 404', async () => {
    const cases: [string, object, string][] = [
      ['customs-business.security', { status: 'done', note: 'x' }, 'status: '],
      ['customs-business.security', { status: 'partial' }, 'note: '],
      ['customs-business.security', { status: 'partial', note: '   ' }, 'note: '],
      [
        'customs-business.security',
        { status: 'met', note: 'Fine' },
        'evidence: a standard assessed as met needs at least one document, link or KPI reference',
      ],
      [
        'customs-business.security',
        { status: 'partial', note: 'x', evidence: { kpiIds: ['decided-within-time-limit', 'no-such-kpi'] } },
        'evidence.kpiIds.1: no-such-kpi is not a KPI of the catalogue (GET /v1/kpis lists them)',
      ],
      [
        'customs-business.security',
        { status: 'partial', note: 'x', evidence: { documents: [{ title: 'Plan', url: 'javascript:alert(1)' }] } },
        'evidence.documents.0.url: must be an http or https address',
      ],
      [
        'customs-business.security',
        { status: 'partial', note: 'x', evidence: { documents: [{ url: 'https://customs.gov.mn/x.pdf' }] } },
        'evidence.documents.0.title: ',
      ],
      [
        'customs-business.security',
        { status: 'partial', note: 'x', evidence: { links: [{ url: 'https://clerk:secret@customs.gov.mn/aeo' }] } },
        'evidence.links.0.url: must not carry a user name or password',
      ],
      [
        'customs-business.security',
        {
          status: 'partial',
          note: 'x',
          evidence: { links: [{ url: `https://customs.gov.mn/${'a'.repeat(10_000)}` }] },
        },
        'evidence.links.0.url: Too big: expected string to have <=2000 characters',
      ],
      [
        'customs-business.security',
        {
          status: 'partial',
          note: 'x',
          evidence: { kpiIds: ['decided-within-time-limit', 'aeo-declaration-share', 'decided-within-time-limit'] },
        },
        'evidence.kpiIds.2: decided-within-time-limit is listed already (at 0); cite each KPI once',
      ],
      ['customs-business.security', { status: 'partial', note: 'x', score: 3 }, 'body: Unrecognized key "score"'],
      ['customs-business.security', { status: 'partial', note: 'bad\u0000text' }, 'note: '],
      ['Customs_Business', { status: 'partial', note: 'x' }, 'id: must be a standard id'],
    ];
    for (const [id, body, message] of cases) {
      const refused = await assess(id, body).expect(400);
      expect(refused.body.message).toContain(message);
    }
    const unknown = await assess('customs-business.tariffs', { status: 'partial', note: 'x' }).expect(404);
    expect(unknown.body.message).toContain('customs-business.tariffs');
    await http()
      .get('/v1/scorecard/standards/customs-business.tariffs/history')
      .set('Authorization', policyUnit)
      .expect(404);
    const [{ n }] = await programme.service.dataSource.query(
      `SELECT count(*)::int AS n FROM scorecard_assessments WHERE standard_id LIKE 'customs-business.%'`,
    );
    expect(n).toBe(0);
  });

  it('computes the WTO TFA 7.7 checks from a programme version and scripted MRA phase events', async () => {
    // The programme version is folded as the consumer folds it (publishing a fake version on the
    // shared application topic would reach the other services' projections of the catalogue).
    const question = (id: string) => ({
      id,
      text: { en: id, mn: id },
      answer: 'yes-no' as const,
      evidenceRequired: false,
    });
    const published = envelope(
      ProgrammePublished,
      {
        version: 7,
        publishedBy: 'policy-1',
        document: {
          statusTypes: [
            { code: 'AEOC', sections: ['compliance'] },
            { code: 'AEOS', sections: ['compliance', 'security'] },
          ],
          sections: [
            {
              id: 'compliance',
              title: { en: 'Compliance', mn: 'Нийцэл' },
              questions: [question('c1'), question('c2')],
            },
            { id: 'security', title: { en: 'Security', mn: 'Аюулгүй байдал' }, questions: [question('s1')] },
          ],
          timeLimits: { acceptanceDays: 30, decisionDays: 120 },
        },
      },
      '2099-01-01T00:00:00.000Z',
      'programme-7',
    );
    await programme.service.dataSource.transaction((manager) => foldProgrammePublished(manager, published));

    // Two arrangements of this run on the MRA topic: one negotiating, one terminated (its
    // termination published before its creation: the latest by stated time counts).
    const offered = randomUUID();
    const ended = randomUUID();
    const phase = (arrangementId: string, from: string | null, to: string, at: string) =>
      envelope(
        MraArrangementPhaseChanged,
        {
          arrangementId,
          partnerCountry: 'XZ',
          partnerAdministration: 'Test customs administration',
          title: `Scorecard test arrangement ${arrangementId}`,
          from: from as never,
          to: to as never,
          by: 'mra-1',
          at,
        },
        at,
        arrangementId,
      );
    const stream = [
      phase(ended, 'preparation', 'terminated', '2026-06-01T00:00:00.000Z'),
      phase(offered, null, 'preparation', '2026-05-01T00:00:00.000Z'),
      phase(ended, null, 'preparation', '2026-05-02T00:00:00.000Z'),
      phase(offered, 'preparation', 'programme-comparison', '2026-05-10T00:00:00.000Z'),
      phase(offered, 'programme-comparison', 'negotiation', '2026-07-01T00:00:00.000Z'),
    ];
    await programme.publish(...stream);

    type Evidence = {
      kind: string;
      reference: string;
      state: string | null;
      at: string | null;
      eventId: string | null;
    };
    type Check = { id: string; status: string; finding: string; evidence: Evidence[] };
    const checks = await waitFor(
      'the scripted arrangements in the MRA check',
      async () => {
        const body = (await http().get('/v1/scorecard/wto-tfa-7-7').set('Authorization', office).expect(200)).body as {
          status: string;
          checks: Check[];
        };
        const mra = body.checks.find((check) => check.id === 'mra-offered')!;
        const ours = mra.evidence.filter((e) => e.reference === offered || e.reference === ended);
        return ours.length === 2 && ours.every((e) => e.state === 'negotiation' || e.state === 'terminated') && body;
      },
      150_000,
      500,
    );
    const [criteria, benefits, mra] = checks.checks;
    expect(criteria).toMatchObject({ id: 'criteria-published', status: 'met' });
    expect(criteria!.evidence[0]).toMatchObject({
      kind: 'programme-version',
      reference: 'v7',
      state: 'published',
      at: '2099-01-01T00:00:00.000Z',
      eventId: published.id,
    });
    expect(criteria!.finding).toBe(
      'Programme version 7 published its criteria catalogue (3 criteria in 2 sections) on 2099-01-01T00:00:00.000Z.',
    );
    // No benefit applied to declarations of the last 90 days is ours: see the next test.
    expect(benefits).toMatchObject({ id: 'benefits-measured', article: '7.7.3' });
    expect(mra!.status).toBe('met');
    const ours = new Map(mra!.evidence.map((e) => [e.reference, e]));
    expect(ours.get(offered)).toMatchObject({
      state: 'negotiation',
      at: '2026-07-01T00:00:00.000Z',
      eventId: stream[4]!.id,
    });
    expect(ours.get(ended)).toMatchObject({
      state: 'terminated',
      at: '2026-06-01T00:00:00.000Z',
      eventId: stream[0]!.id,
    });

    // The scorecard carries the same checks.
    const body = await scorecard(executive);
    expect(body.tfaArticle77.checks.map((c: Check) => [c.id, c.status])).toEqual(
      checks.checks.map((c) => [c.id, c.status]),
    );
  });

  it('counts the AEO benefits applied in the 90 days before the time asked for that a KPI measures', async () => {
    // The benefit family's facts as its consumer folds them, lodged in 2099 so that no other run's
    // declarations on the shared topics fall in the window.
    const now = new Date('2099-06-01T00:00:00.000Z');
    const declaration = (id: string, lodgedAt: string, benefits: string[], aeoStatusType: 'AEOS' | 'AEOF' | null) => {
      const fact = withLodgement(
        { declarationId: `SC-${randomUUID()}-${id}`, lodgement: null, decision: null },
        {
          eventId: randomUUID(),
          lodgedAt,
          region: 'ULAANBAATAR',
          customsOffice: 'UB-01',
          traderTaxpayerId: '1234567',
          customsValue: '1000',
          currency: 'MNT',
        },
      );
      return withDecision(fact, {
        eventId: randomUUID(),
        decisionId: randomUUID(),
        decidedAt: lodgedAt,
        channel: 'green',
        aeoStatusType,
        benefits,
        priority: false,
      });
    };
    const facts = [
      declaration(
        'a',
        '2099-05-20T10:00:00.000Z',
        ['aeo-reduced-documentary-controls', 'aeo-reduced-physical-inspection', 'aeo-risk-score-reduction'],
        'AEOF',
      ),
      declaration(
        'b',
        '2099-05-21T10:00:00.000Z',
        ['aeo-reduced-physical-inspection', 'aeo-priority-if-selected', 'aeo-prior-notice'],
        'AEOS',
      ),
      // A foreign AEO's benefit under an MRA is not one of ours; a declaration lodged before the window does not count.
      declaration('c', '2099-05-22T10:00:00.000Z', ['mra-priority-clearance'], null),
      declaration('d', '2099-01-10T10:00:00.000Z', ['aeo-risk-score-reduction'], 'AEOS'),
    ];
    await programme.service.dataSource.transaction(async (manager) => {
      await upsertSide(manager, 'lodgement', facts);
      await upsertSide(manager, 'decision', facts);
    });

    const { checks } = await programme.service.app.get(ScorecardService).tfaArticle77(undefined, now);
    const benefits = checks.find((check) => check.id === 'benefits-measured')!;
    expect(benefits.status).toBe('met');
    expect(benefits.finding).toBe(
      '5 AEO benefits applied by the risk engine to declarations lodged since 2099-03-03, 3 measured by KPIs of the catalogue (3 asked).',
    );
    expect(
      benefits.evidence.map((e) => [e.reference, e.state, e.label.match(/applied to (\d+)/)![1], e.kpiIds]),
    ).toEqual([
      ['aeo-prior-notice', 'not-measured', '1', []],
      ['aeo-priority-if-selected', 'not-measured', '1', []],
      [
        'aeo-reduced-documentary-controls',
        'measured',
        '1',
        ['aeo-documentary-control-rate', 'other-documentary-control-rate'],
      ],
      [
        'aeo-reduced-physical-inspection',
        'measured',
        '2',
        ['aeo-physical-control-rate', 'other-physical-control-rate'],
      ],
      ['aeo-risk-score-reduction', 'measured', '1', ['aeo-benefit-received']],
    ]);
    expect(benefits.evidence[3]!.at).toEqual(new Date('2099-05-21T10:00:00.000Z'));
  });

  it('keeps an arrangement phase change once when redelivered, and dead-letters a malformed one', async () => {
    const arrangementId = randomUUID();
    const change = (from: 'preparation' | null, to: 'preparation' | 'programme-comparison', at: string) =>
      envelope(
        MraArrangementPhaseChanged,
        {
          arrangementId,
          partnerCountry: 'XZ',
          partnerAdministration: 'Test customs administration',
          title: 'Scorecard redelivery test',
          from,
          to,
          by: 'mra-1',
          at,
        },
        at,
        arrangementId,
      );
    const created = change(null, 'preparation', '2026-08-01T00:00:00.000Z');
    const invalid = { ...change(null, 'preparation', '2026-08-02T00:00:00.000Z'), id: randomUUID() };
    invalid.data = { ...invalid.data, partnerCountry: 'xz' };
    // A sentinel after them on the same partition (same key) shows they were handled.
    const sentinel = change('preparation', 'programme-comparison', '2026-08-03T00:00:00.000Z');
    const dead = await collectMessages(
      testKafka('programme-scorecard-dead'),
      [programme.service.topic(dlqTopicOf(TOPIC_NAMES.mraEvents))],
      { from: 'now' },
    );
    try {
      await programme.publish(created, created, invalid, sentinel);
      const rows = () =>
        programme.service.dataSource.query(
          'SELECT event_id FROM scorecard_mra_phase_changes WHERE arrangement_id = $1',
          [arrangementId],
        ) as Promise<{ event_id: string }[]>;
      await waitFor(
        'the sentinel kept',
        async () => (await rows()).some((row) => row.event_id === sentinel.id),
        120_000,
        250,
      );
      expect((await rows()).map((row) => row.event_id).sort()).toEqual([created.id, sentinel.id].sort());
      const [letter] = await dead.waitForCount(
        1,
        60_000,
        (m) =>
          m.headers['ce_id'] === invalid.id && m.headers['dlq_consumer']!.startsWith('programme.scorecard-evidence'),
      );
      expect(letter!.headers['dlq_reason']).toContain('partnerCountry');
    } finally {
      await dead.stop();
    }
  });
});
