import { randomBytes } from 'node:crypto';
import { Client as PgClient } from 'pg';
import { ROLES, USER_SUB_MESSAGE } from '@aeo/auth';
import { MULTILINE_VISIBLE_TEXT_MESSAGE } from '@aeo/contracts';
import { bearer, waitFor } from '@aeo/testing';
import { PILOT_MAX_FRAME_DAYS, pilotWorkflowId, programmePilotStateQuery } from '@aeo/workflows';
import { usePilotServers } from './testing/pilot-servers';

jest.setTimeout(600_000);

/**
 * The pilot's time frame and its end steps against the real servers (the programme service
 * in-process as configured by default: no start before today; the orchestrating worker in a
 * Temporal namespace of the test's own): a start in the past, an end before the start or past
 * PILOT_MAX_FRAME_DAYS are refused naming the field, on creation, change and extension; a repeated
 * cancellation states when the pilot was cancelled.
 */
describe('pilot time frame and cancellation (real PostgreSQL, Temporal)', () => {
  const servers = usePilotServers('pilot-bounds', { PILOT_START_BACKDATING_DAYS: '0' });
  const run = randomBytes(3).toString('hex').toUpperCase();

  const policyUnit = bearer({ sub: 'policy.unit.oyun', roles: [ROLES.policyUnit] });
  const executive = bearer({ sub: 'executive.ganbold', roles: [ROLES.executive] });

  const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  const get = (path: string) => servers.service.http.get(path).set('Authorization', policyUnit);
  const post = (path: string, body: object, token = policyUnit) =>
    servers.service.http.post(path).set('Authorization', token).send(body);
  const patch = (path: string, body: object) =>
    servers.service.http.patch(path).set('Authorization', policyUnit).send(body);
  const pilotBody = (code: string, overrides: object = {}) => ({
    code,
    title: `Pilot ${code}`,
    startsOn: day(0),
    endsOn: day(90),
    maxCompanies: 3,
    objectives: [{ text: 'Certify pilot companies within 90 days', kpiCode: 'certification-time-median', target: 90 }],
    ...overrides,
  });
  const frameOf = (pilot: Record<string, any>) => ({
    title: pilot['title'],
    startsOn: pilot['startsOn'],
    endsOn: pilot['endsOn'],
    maxCompanies: pilot['maxCompanies'],
    version: pilot['version'],
  });

  /** Starts a pilot dated today and waits until its workflow runs it (the start recorded, ready for steps). */
  const startRunning = async (id: string) => {
    await post(`/v1/pilots/${id}/start`, {}).expect(200);
    await waitFor(
      'the pilot running',
      async () =>
        (await servers.temporal.workflow.getHandle(pilotWorkflowId(id)).query(programmePilotStateQuery)).stage ===
        'running'
          ? true
          : undefined,
      120_000,
      250,
    );
  };

  it.each([
    ['U+202E', 'H', 'Title\u202E'],
    ['U+200B', 'Z', 'T\u200Bitle'],
  ])(
    'refuses a title hiding %s: 400 naming title and the character, nothing stored',
    async (character, suffix, title) => {
      const code = `PB-${run}-${suffix}`;
      const refused = await post('/v1/pilots', pilotBody(code, { title })).expect(400);
      expect(refused.body.message).toContain('title: ');
      expect(refused.body.message).toContain(character);
      expect(await servers.service.dataSource.query('SELECT id FROM pilots WHERE code = $1', [code])).toEqual([]);
    },
  );

  it.each([
    ['U+202E', 'I', { description: 'Pilot in two regions.\nBudget \u202Egpj.exe' }, 'description'],
    [
      'U+200B',
      'J',
      { objectives: [{ text: 'Certify\nwithin\u200B 90 days', kpiCode: 'certification-time-median', target: 90 }] },
      'objectives.0.text',
    ],
  ])(
    'refuses free text on several lines hiding %s: 400 naming the field and the character, nothing stored',
    async (character, suffix, overrides, field) => {
      const code = `PB-${run}-${suffix}`;
      const refused = await post('/v1/pilots', pilotBody(code, overrides)).expect(400);
      expect(refused.body.message).toBe(`${field}: ${MULTILINE_VISIBLE_TEXT_MESSAGE} (${character})`);
      expect(await servers.service.dataSource.query('SELECT id FROM pilots WHERE code = $1', [code])).toEqual([]);
    },
  );

  it.each([
    ['U+202E', 'L', 'demo-policy-unit\u202E'],
    ['a space', 'M', 'demo policy'],
  ])(
    'refuses a milestone owner (a token subject or an email address) with %s: 400 naming the owner, nothing stored',
    async (_what, suffix, owner) => {
      const code = `PB-${run}-${suffix}`;
      const milestones = [{ title: 'Staff trained', workstream: 'training', dueOn: day(30), owner }];
      const refused = await post('/v1/pilots', pilotBody(code, { milestones })).expect(400);
      expect(refused.body.message).toBe(`milestones.0.owner: ${USER_SUB_MESSAGE}`);
      expect(await servers.service.dataSource.query('SELECT id FROM pilots WHERE code = $1', [code])).toEqual([]);
    },
  );

  it('keeps the line breaks of a description (LF and CRLF), trimmed at the ends', async () => {
    const code = `PB-${run}-K`;
    const description = 'Pilot in two regions.\r\n\r\nScope:\n- Zamyn-Uud\n- Altanbulag';
    await post('/v1/pilots', pilotBody(code, { description: `\n${description}\n` })).expect(201);
    expect(await servers.service.dataSource.query('SELECT description FROM pilots WHERE code = $1', [code])).toEqual([
      { description },
    ]);
  });

  it('refuses a start before today, an end before the start and a frame over the maximum, on creation and change', async () => {
    const past = await post('/v1/pilots', pilotBody(`PB-${run}-A`, { startsOn: day(-1) })).expect(400);
    expect(past.body.message).toMatch(/^startsOn: must not be before today/);
    const backwards = await post('/v1/pilots', pilotBody(`PB-${run}-A`, { endsOn: day(-1) })).expect(400);
    expect(backwards.body.message).toMatch(/^endsOn/);
    const endless = await post('/v1/pilots', pilotBody(`PB-${run}-A`, { endsOn: '9999-12-31' })).expect(400);
    expect(endless.body.message).toMatch(/^endsOn: must be at most 1096 days/);
    await post('/v1/pilots', pilotBody(`PB-${run}-A`, { endsOn: day(PILOT_MAX_FRAME_DAYS + 1) })).expect(400);
    const longest = (
      await post('/v1/pilots', pilotBody(`PB-${run}-A`, { endsOn: day(PILOT_MAX_FRAME_DAYS) })).expect(201)
    ).body;
    expect(longest).toMatchObject({ startsOn: day(0), endsOn: day(PILOT_MAX_FRAME_DAYS) });

    // A planned pilot whose start date has come (created before that day) keeps it when changed.
    await servers.service.dataSource.query(`UPDATE pilots SET starts_on = $2::date WHERE id = $1`, [
      longest.id,
      day(-5),
    ]);
    const begun = (await get(`/v1/pilots/${longest.id}`).expect(200)).body;
    const kept = (
      await patch(`/v1/pilots/${longest.id}`, { ...frameOf(begun), endsOn: day(100), title: 'Kept start' }).expect(200)
    ).body;
    expect(kept).toMatchObject({ startsOn: day(-5), endsOn: day(100), title: 'Kept start' });
    const moved = await patch(`/v1/pilots/${longest.id}`, { ...frameOf(kept), startsOn: day(-3) }).expect(400);
    expect(moved.body.message).toMatch(/^startsOn: must not be before today/);
    const far = await patch(`/v1/pilots/${longest.id}`, { ...frameOf(kept), endsOn: '9999-12-31' }).expect(400);
    expect(far.body.message).toMatch(/^endsOn/);
    const reversed = await patch(`/v1/pilots/${longest.id}`, { ...frameOf(kept), endsOn: day(-6) }).expect(400);
    expect(reversed.body.message).toMatch(/^endsOn/);
    expect((await get(`/v1/pilots/${longest.id}`).expect(200)).body).toMatchObject({ version: kept.version });
  });

  it('refuses new dates that would leave a training session outside them or an open questionnaire closing more than 60 days after the new end: 409 naming each (review)', async () => {
    const pilot = (await post('/v1/pilots', pilotBody(`PB-${run}-D`)).expect(201)).body;
    const session = (
      await post(`/v1/pilots/${pilot.id}/training-sessions`, {
        topic: 'Self-assessment',
        startsAt: `${day(80)}T10:00:00.000Z`,
        endsAt: `${day(80)}T12:00:00.000Z`,
        place: 'Room 301',
        audience: 'company-staff',
        capacity: 10,
      }).expect(201)
    ).body;
    const questionnaire = (
      await post(`/v1/pilots/${pilot.id}/questionnaires`, {
        audience: 'external',
        title: { mn: 'Судалгаа', en: 'Pilot survey' },
        questions: [{ kind: 'yes-no', text: { mn: 'Дахин оролцох уу?', en: 'Would you take part again?' } }],
      }).expect(201)
    ).body;
    // 55 days after the end of the pilot's last day (day 90): within the 60 days.
    const closesAt = `${day(146)}T00:00:00.000Z`;
    await post(`/v1/pilots/${pilot.id}/questionnaires/${questionnaire.id}/opening`, { closesAt }).expect(200);
    const planned = (await get(`/v1/pilots/${pilot.id}`).expect(200)).body;

    const both = await patch(`/v1/pilots/${pilot.id}`, { ...frameOf(planned), endsOn: day(70) }).expect(409);
    expect(both.body.message).toMatch(/^startsOn, endsOn: /);
    expect(both.body.message).toContain(`training session ${session.id} "Self-assessment"`);
    expect(both.body.message).toContain(`questionnaire ${questionnaire.id} "Pilot survey" (closes ${closesAt})`);
    // Each says what can be done: a session cannot be moved (no route does it), a questionnaire can be closed.
    const closeFirst = `close those questionnaires first (POST /v1/pilots/${pilot.id}/questionnaires/{questionnaireId}/closing; a closing time cannot be changed)`;
    const keepSessions = 'a training session cannot be moved or cancelled: choose dates that keep the sessions';
    expect(both.body.message).toContain(`${keepSessions}, and ${closeFirst} or choose dates that keep them too`);
    const closing = await patch(`/v1/pilots/${pilot.id}`, { ...frameOf(planned), endsOn: day(84) }).expect(409);
    expect(closing.body.message).toContain(`questionnaire ${questionnaire.id}`);
    expect(closing.body.message).not.toContain('training session');
    expect(closing.body.message).toMatch(new RegExp(`${escapeRegExp(closeFirst)} or choose other dates$`));
    const later = await patch(`/v1/pilots/${pilot.id}`, { ...frameOf(planned), startsOn: day(81) }).expect(409);
    expect(later.body.message).toContain(`training session ${session.id}`);
    expect(later.body.message).not.toContain(`questionnaire ${questionnaire.id}`);
    expect(later.body.message).toMatch(new RegExp(`${escapeRegExp(keepSessions)}$`));
    expect((await get(`/v1/pilots/${pilot.id}`).expect(200)).body).toMatchObject({
      startsOn: day(0),
      endsOn: day(90),
      version: planned.version,
    });
    // Dates that keep both are taken.
    expect(
      (await patch(`/v1/pilots/${pilot.id}`, { ...frameOf(planned), startsOn: day(1), endsOn: day(86) }).expect(200))
        .body,
    ).toMatchObject({ startsOn: day(1), endsOn: day(86) });
    // As the refusal says: the questionnaire closed, an end it would have outlived is taken.
    await post(`/v1/pilots/${pilot.id}/questionnaires/${questionnaire.id}/closing`, {}).expect(200);
    const moved = (await get(`/v1/pilots/${pilot.id}`).expect(200)).body;
    expect(
      (await patch(`/v1/pilots/${pilot.id}`, { ...frameOf(moved), endsOn: day(84) }).expect(200)).body,
    ).toMatchObject({ endsOn: day(84) });
  });

  it('refuses a session or a questionnaire opening that waited on a cancellation, by the status of the pilot it locked (review)', async () => {
    const pilot = (await post('/v1/pilots', pilotBody(`PB-${run}-R`)).expect(201)).body;
    const questionnaire = (
      await post(`/v1/pilots/${pilot.id}/questionnaires`, {
        audience: 'internal',
        title: { mn: 'Судалгаа', en: 'Staff survey' },
        questions: [{ kind: 'yes-no', text: { mn: 'Тийм үү?', en: 'Was it useful?' } }],
      }).expect(201)
    ).body;
    const steps = [
      {
        what: 'training session',
        send: () =>
          post(`/v1/pilots/${pilot.id}/training-sessions`, {
            topic: 'Self-assessment',
            startsAt: `${day(10)}T10:00:00.000Z`,
            endsAt: `${day(10)}T12:00:00.000Z`,
            place: 'Room 301',
            audience: 'company-staff',
            capacity: 10,
          }),
      },
      {
        what: 'questionnaire opening',
        send: () =>
          post(`/v1/pilots/${pilot.id}/questionnaires/${questionnaire.id}/opening`, {
            closesAt: `${day(20)}T00:00:00.000Z`,
          }),
      },
    ];
    const url = (servers.service.dataSource.options as { url: string }).url;
    for (const step of steps) {
      // A cancellation being committed (its row locked and changed, not committed yet) on a connection of its own.
      const canceller = new PgClient({ connectionString: url });
      await canceller.connect();
      try {
        await canceller.query('BEGIN');
        await canceller.query(`UPDATE pilots SET status = 'cancelled' WHERE id = $1`, [pilot.id]);
        const sent = step.send().then((response) => response);
        // The step has read the pilot (still planned, to any reader) and waits for its lock.
        // (asked on another connection: a transaction sees one snapshot of pg_stat_activity)
        await waitFor(
          `the ${step.what} waiting for the pilot's lock`,
          async () =>
            (
              await servers.service.dataSource.query(
                `SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%FOR SHARE%' AND datname = current_database()`,
              )
            ).length > 0,
          30_000,
          50,
        );
        await canceller.query('COMMIT');
        const answer = await sent;
        expect({ what: step.what, status: answer.status }).toEqual({ what: step.what, status: 409 });
        expect(answer.body.message).toContain('is cancelled');
      } finally {
        await canceller.query('ROLLBACK').catch(() => undefined);
        await canceller.end();
        await servers.service.dataSource.query(`UPDATE pilots SET status = 'planned' WHERE id = $1`, [pilot.id]);
      }
    }
    const [counts] = await servers.service.dataSource.query(
      `SELECT (SELECT count(*)::int FROM pilot_training_sessions WHERE pilot_id = $1) AS sessions,
              (SELECT status FROM pilot_questionnaires WHERE id = $2) AS questionnaire`,
      [pilot.id, questionnaire.id],
    );
    expect(counts).toEqual({ sessions: 0, questionnaire: 'draft' });
  });

  it('refuses an extension to the current end date or an earlier one, or past the maximum frame, with 400 naming endsOn', async () => {
    const pilot = (await post('/v1/pilots', pilotBody(`PB-${run}-B`)).expect(201)).body;
    await startRunning(pilot.id);
    for (const endsOn of [day(90), day(30)]) {
      const refused = await post(`/v1/pilots/${pilot.id}/extensions`, { endsOn, reason: 'x' }, executive).expect(400);
      expect(refused.body.message).toMatch(/^endsOn: must be after the pilot's current end date/);
    }
    const endless = await post(
      `/v1/pilots/${pilot.id}/extensions`,
      { endsOn: '9999-12-31', reason: 'x' },
      executive,
    ).expect(400);
    expect(endless.body.message).toMatch(/^endsOn: must be at most 1096 days/);
    const extended = (
      await post(`/v1/pilots/${pilot.id}/extensions`, { endsOn: day(120), reason: 'A later start' }, executive).expect(
        200,
      )
    ).body;
    expect(extended).toMatchObject({ endsOn: day(120) });
  });

  it('answers a repeated cancellation with the time the pilot was cancelled', async () => {
    const pilot = (await post('/v1/pilots', pilotBody(`PB-${run}-C`)).expect(201)).body;
    await startRunning(pilot.id);
    const cancelled = (
      await post(`/v1/pilots/${pilot.id}/cancellation`, { reason: 'Budget withdrawn' }, executive).expect(200)
    ).body;
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelledBy: 'executive.ganbold' });
    const { cancelledAt } = (await get(`/v1/pilots/${pilot.id}`).expect(200)).body;
    // The same request by the same person answers as the first time.
    expect(
      (await post(`/v1/pilots/${pilot.id}/cancellation`, { reason: 'Budget withdrawn' }, executive).expect(200)).body,
    ).toMatchObject({ status: 'cancelled', cancelledAt });
    // Another one is told when, by whom and why it was cancelled.
    const again = await post(`/v1/pilots/${pilot.id}/cancellation`, { reason: 'Postponed' }).expect(409);
    expect(again.body.message).toBe(
      `Pilot PB-${run}-C was cancelled on ${cancelledAt} by executive.ganbold: Budget withdrawn`,
    );
  });
});
