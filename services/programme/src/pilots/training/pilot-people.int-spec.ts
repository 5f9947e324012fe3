import { randomInt, randomUUID } from 'node:crypto';
import { USER_SUB_MESSAGE } from '@aeo/auth';
import { TOPIC_NAMES } from '@aeo/contracts';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { bearer, type CollectedMessage, collectMessages, linkOperatorUsers, testKafka } from '@aeo/testing';
import { startProgramme } from '../../testing/start-programme';
import { seedParticipants } from './testing/participants';

jest.setTimeout(300_000);

const REGION = `PP_${randomUUID().slice(0, 8).toUpperCase()}`;
const OTHER_REGION = `PP_${randomUUID().slice(0, 8).toUpperCase()}`;
const suffix = randomUUID().slice(0, 8);
// Taxpayer ids of the default format (seven digits): the routes' taxpayerId is checked against it.
const taxpayerBase = randomInt(1_000_000, 9_999_000);
const TAXPAYER = String(taxpayerBase);
const OTHER_TAXPAYER = String(taxpayerBase + 1);
const STRANGER_TAXPAYER = String(taxpayerBase + 2);
const OPERATOR_ID = randomUUID();
const OFFICER_A = `officer.a.${suffix}`;
const OFFICER_B = `officer.b.${suffix}`;

const policyUnit = bearer({ sub: 'policy.unit.oyun', roles: ['policy-unit'] });
const office = bearer({ sub: `office.${suffix}`, roles: ['regional-office'], region: REGION });
const otherOffice = bearer({ sub: `office.o.${suffix}`, roles: ['regional-office'], region: OTHER_REGION });
const officerA = bearer({ sub: OFFICER_A, roles: ['contact-officer'], region: REGION });
const officerB = bearer({ sub: OFFICER_B, roles: ['contact-officer'], region: REGION });
const otherOfficer = bearer({ sub: `officer.o.${suffix}`, roles: ['contact-officer'], region: OTHER_REGION });
const operator = bearer({ sub: `user.${suffix}`, roles: ['operator-user'], taxpayerId: TAXPAYER });
const otherOperator = bearer({ sub: `user.o.${suffix}`, roles: ['operator-user'], taxpayerId: OTHER_TAXPAYER });

/**
 * Pilot contact officers and training through the API, on the service's own database, with the
 * outbox relayed to the real Kafka.
 */
describe('pilot contact officers and training (real servers)', () => {
  let service: ServiceUnderTest;
  let events: Awaited<ReturnType<typeof collectMessages>>;
  const pilotId = randomUUID();

  const officerPath = (taxpayerId = TAXPAYER) => `/v1/pilots/${pilotId}/companies/${taxpayerId}/contact-officer`;
  const sessionsPath = `/v1/pilots/${pilotId}/training-sessions`;
  const get = (path: string, token = policyUnit) => service.http.get(path).set('Authorization', token);
  const put = (path: string, body: object, token = policyUnit) =>
    service.http.put(path).set('Authorization', token).send(body);
  const post = (path: string, body: object, token = policyUnit) =>
    service.http.post(path).set('Authorization', token).send(body);
  const assignment = (officerSub: string, extra: object = {}) => ({
    officerSub,
    officerRegion: REGION,
    reason: 'Knows the company',
    ...extra,
  });
  const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
  const session = (topic: string, extra: object = {}) => ({
    topic,
    startsAt: inHours(48),
    endsAt: inHours(50),
    place: 'Customs General Administration, room 301',
    audience: 'company-staff',
    capacity: 2,
    ...extra,
  });
  /** The session was held: its time moved into the past (the test cannot wait for the day). */
  const held = (sessionId: string) =>
    service.dataSource.query(
      `UPDATE pilot_training_sessions SET starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour' WHERE id = $1`,
      [sessionId],
    );
  const published = (type: string) =>
    events.messages
      .filter((m: CollectedMessage) => m.headers['ce_type'] === type)
      .map((m) => JSON.parse(m.message.value!.toString()) as Record<string, unknown>)
      .filter((data) => data['pilotId'] === pilotId);
  const audited = async (action: string) =>
    Number((await service.dataSource.query(`SELECT count(*) FROM audit_log WHERE action = $1`, [action]))[0].count);

  beforeAll(async () => {
    service = await startProgramme([REGION, OTHER_REGION], {}, { ownTopics: true });
    events = await collectMessages(testKafka('programme-pilot-people'), [service.topic(TOPIC_NAMES.pilotEvents)], {
      from: 'now',
    });
    // The companies' users, linked to them as the applications service announces it.
    await linkOperatorUsers(
      service,
      { sub: `user.${suffix}`, taxpayerId: TAXPAYER, region: REGION },
      { sub: `user.o.${suffix}`, taxpayerId: OTHER_TAXPAYER, region: REGION },
    );
    await service.dataSource.query(
      `INSERT INTO pilots (id, code, title, status, starts_on, ends_on, max_companies, created_by)
       VALUES ($1, $2, 'Pilot of the people spec', 'running', current_date, current_date + 180, 5, 'policy.unit.oyun')`,
      [pilotId, `PP-${suffix}`],
    );
    // The selection's participant list (pilots/selection): the company accepted, another is still invited.
    await seedParticipants(service.dataSource, pilotId, [
      { taxpayerId: TAXPAYER, stage: 'accepted', region: REGION, operatorId: OPERATOR_ID },
      { taxpayerId: OTHER_TAXPAYER, stage: 'invited', region: REGION, operatorId: OPERATOR_ID },
    ]);
  });

  afterAll(async () => {
    await events?.stop();
    await service?.close();
  });

  describe('contact officers', () => {
    it('is assigned by the policy unit only, to a company that accepted, from the company’s region', async () => {
      await put(officerPath(), assignment(OFFICER_A), office).expect(403);
      const stranger = await put(officerPath(STRANGER_TAXPAYER), assignment(OFFICER_A)).expect(404);
      expect(stranger.body.message).toMatch(/^taxpayerId: /);
      const invited = await put(officerPath(OTHER_TAXPAYER), assignment(OFFICER_A)).expect(409);
      expect(invited.body.message).toMatch(/^taxpayerId: .* is invited/);
      const elsewhere = await put(officerPath(), assignment(OFFICER_A, { officerRegion: OTHER_REGION })).expect(400);
      expect(elsewhere.body.issues).toEqual([expect.stringMatching(/^officerRegion: the officer works in /)]);
      const malformed = await put(officerPath(), { officerRegion: REGION, reason: 'x' }).expect(400);
      expect(malformed.body.message).toContain('officerSub');
      // A sub as OpenID Connect allows it: nothing hidden or blank in it for the company's inbox to show.
      for (const officerSub of [`${OFFICER_A}\u202E`, 'officer a']) {
        const refused = await put(officerPath(), assignment(officerSub)).expect(400);
        expect(refused.body.message).toBe(`officerSub: ${USER_SUB_MESSAGE}`);
      }
      await put(officerPath(), assignment(OFFICER_A, { region: REGION })).expect(400);
      await put(`/v1/pilots/${randomUUID()}/companies/${TAXPAYER}/contact-officer`, assignment(OFFICER_A)).expect(404);

      const first = await put(officerPath(), assignment(OFFICER_A, { companyName: 'Gobi Trade LLC' })).expect(200);
      expect(first.body).toMatchObject({
        pilotId,
        taxpayerId: TAXPAYER,
        sequence: 1,
        region: REGION,
        operatorId: OPERATOR_ID,
        officerSub: OFFICER_A,
        companyName: 'Gobi Trade LLC',
        assignedBy: 'policy.unit.oyun',
        reason: 'Knows the company',
      });
      expect(first.body.history).toHaveLength(1);
      await put(officerPath(), assignment(OFFICER_A)).expect(409);
    });

    it('is reassigned with the history of who, when and why; audited and published', async () => {
      const moved = await put(
        officerPath(),
        assignment(OFFICER_B, { reason: 'Officer A moved to the border post' }),
      ).expect(200);
      expect(moved.body).toMatchObject({
        sequence: 2,
        officerSub: OFFICER_B,
        region: REGION,
        companyName: 'Gobi Trade LLC',
      });
      expect(moved.body.history.map((h: { officerSub: string; reason: string }) => [h.officerSub, h.reason])).toEqual([
        [OFFICER_B, 'Officer A moved to the border post'],
        [OFFICER_A, 'Knows the company'],
      ]);
      expect(await audited('pilot.contact-officer-assigned')).toBeGreaterThanOrEqual(1);
      expect(await audited('pilot.contact-officer-reassigned')).toBeGreaterThanOrEqual(1);
      await events.waitForCount(
        2,
        60_000,
        (m) =>
          m.headers['ce_type'] === 'aeo.programme-pilot.contact-officer-assigned.v1' &&
          m.message.value!.toString().includes(pilotId),
      );
      expect(published('aeo.programme-pilot.contact-officer-assigned.v1')).toEqual([
        expect.objectContaining({ taxpayerId: TAXPAYER, officerSub: OFFICER_A, sequence: 1, region: REGION }),
        expect.objectContaining({
          officerSub: OFFICER_B,
          previousOfficerSub: OFFICER_A,
          sequence: 2,
          by: 'policy.unit.oyun',
        }),
      ]);
    });

    it('is read by the region’s staff and the company itself, not by another region (403) or company (404)', async () => {
      expect((await get(officerPath(), office).expect(200)).body.history).toHaveLength(2);
      expect((await get(officerPath(), officerA).expect(200)).body.assignedBy).toBe('policy.unit.oyun');
      // The company reads its officer and why, not which policy unit member assigned it (customs does).
      const own = (await get(officerPath(), operator).expect(200)).body;
      expect(own).toMatchObject({
        officerSub: OFFICER_B,
        assignedBy: null,
        reason: 'Officer A moved to the border post',
      });
      expect(own.history.map((h: { assignedBy: string | null }) => h.assignedBy)).toEqual([null, null]);
      expect((await get(`/v1/pilots/${pilotId}/contact-officers`, operator).expect(200)).body).toEqual([
        expect.objectContaining({ taxpayerId: TAXPAYER, officerSub: OFFICER_B, assignedBy: null }),
      ]);
      expect(JSON.stringify(own)).not.toContain('policy.unit.oyun');
      await get(officerPath(), otherOffice).expect(403);
      await get(officerPath(), otherOfficer).expect(403);
      // Another company's operator user: not found, as for a company without an officer (same message).
      const hidden = await get(officerPath(), otherOperator).expect(404);
      const missing = await get(officerPath(OTHER_TAXPAYER)).expect(404);
      expect(hidden.body.message.replace(TAXPAYER, 'X')).toBe(missing.body.message.replace(OTHER_TAXPAYER, 'X'));
      // A sign-up naming the company's taxpayer id, never linked to it: the same 404, and none of its officers listed.
      const signedUp = bearer({ sub: `signed-up.${suffix}`, roles: ['operator-user'], taxpayerId: TAXPAYER });
      expect((await get(officerPath(), signedUp).expect(404)).body.message).toBe(hidden.body.message);
      expect((await get(`/v1/pilots/${pilotId}/contact-officers`, signedUp).expect(200)).body).toEqual([]);
      await get(`/v1/pilots/${pilotId}/companies/${TAXPAYER}/training`, signedUp).expect(404);
      const list = await get(`/v1/pilots/${pilotId}/contact-officers`, office).expect(200);
      expect(list.body.map((row: { taxpayerId: string }) => row.taxpayerId)).toEqual([TAXPAYER]);
      expect((await get(`/v1/pilots/${pilotId}/contact-officers`, otherOffice).expect(200)).body).toEqual([]);
      await get(`/v1/pilots/${pilotId}/contact-officers?region=${REGION}`, otherOffice).expect(403);
      await get(`/v1/pilots/${pilotId}/contact-officers?region=MARS`).expect(400);
    });
  });

  describe('training', () => {
    let security: string;
    let benefits: string;
    let customs: string;
    let registered: string;

    it('schedules sessions (policy unit), each with a place or a link', async () => {
      await post(sessionsPath, session('Security'), operator).expect(403);
      const placeless = await post(sessionsPath, session('Security', { place: undefined })).expect(400);
      expect(placeless.body.issues).toEqual([expect.stringMatching(/^place: /)]);
      const backwards = await post(sessionsPath, session('Security', { endsAt: inHours(47) })).expect(400);
      expect(backwards.body.issues).toEqual([expect.stringMatching(/^endsAt: /)]);
      // Within the pilot's time frame (it runs from today for 180 days).
      const early = await post(sessionsPath, session('Security', { startsAt: inHours(-72), endsAt: inHours(-70) }));
      expect(early.status).toBe(400);
      expect(early.body.issues).toEqual([expect.stringMatching(/^startsAt: must not be before the pilot starts/)]);
      const late = await post(
        sessionsPath,
        session('Security', { startsAt: inHours(200 * 24), endsAt: inHours(4802) }),
      );
      expect(late.status).toBe(400);
      expect(late.body.issues).toEqual([expect.stringMatching(/^startsAt: must be before the pilot ends/)]);
      const overrunning = await post(sessionsPath, session('Security', { endsAt: inHours(200 * 24) })).expect(400);
      expect(overrunning.body.issues).toEqual([expect.stringMatching(/^endsAt: must not be after the pilot ends/)]);
      security = (await post(sessionsPath, session('Security')).expect(201)).body.id;
      benefits = (
        await post(
          sessionsPath,
          session('Benefits', { place: undefined, link: 'https://meet.customs.example/b' }),
        ).expect(201)
      ).body.id;
      customs = (await post(sessionsPath, session('Validation practice', { audience: 'customs-staff' })).expect(201))
        .body.id;
      const optional = await post(sessionsPath, session('Optional tour', { required: false })).expect(201);
      expect(optional.body).toMatchObject({ required: false, registered: 0, registrations: [], materials: [] });
      await events.waitForCount(
        4,
        60_000,
        (m) =>
          m.headers['ce_type'] === 'aeo.programme-pilot.training-session-scheduled.v1' &&
          m.message.value!.toString().includes(pilotId),
      );
      expect(published('aeo.programme-pilot.training-session-scheduled.v1').map((data) => data['topic'])).toEqual([
        'Security',
        'Benefits',
        'Validation practice',
        'Optional tour',
      ]);
    });

    it('schedules nothing for a cancelled or closed pilot (409)', async () => {
      for (const status of ['cancelled', 'closed']) {
        const otherPilot = randomUUID();
        await service.dataSource.query(
          `INSERT INTO pilots (id, code, title, status, starts_on, ends_on, max_companies, created_by)
           VALUES ($1, $2, 'A finished pilot', $3, current_date - 10, current_date + 180, 5, 'policy.unit.oyun')`,
          [otherPilot, `PP-${status}-${suffix}`, status],
        );
        const refused = await post(`/v1/pilots/${otherPilot}/training-sessions`, session('Security')).expect(409);
        expect(refused.body.message).toContain(`is ${status}`);
      }
    });

    it('takes registrations: a company registers its own staff, the policy unit customs staff; within capacity, once each', async () => {
      const mine = await post(
        `${sessionsPath}/${security}/registrations`,
        { personName: 'Enkhjargal', personRole: 'Compliance manager' },
        operator,
      ).expect(201);
      expect(mine.body).toMatchObject({
        taxpayerId: TAXPAYER,
        region: REGION,
        staffSub: null,
        attended: null,
        registeredBy: null,
      });
      registered = mine.body.id;
      await post(
        `${sessionsPath}/${security}/registrations`,
        { personName: 'enkhjargal', personRole: 'Manager' },
        operator,
      ).expect(409);
      await post(
        `${sessionsPath}/${security}/registrations`,
        { taxpayerId: OTHER_TAXPAYER, personName: 'X', personRole: 'Y' },
        operator,
      ).expect(403);
      await post(
        `${sessionsPath}/${security}/registrations`,
        { personName: 'Z', personRole: 'Y' },
        otherOperator,
      ).expect(404);
      await post(`${sessionsPath}/${customs}/registrations`, { personName: 'Z', personRole: 'Y' }, operator).expect(
        404,
      );
      await post(`${sessionsPath}/${security}/registrations`, {
        taxpayerId: TAXPAYER,
        personName: 'Tuvshin',
        personRole: 'Logistics',
      }).expect(201);
      // Capacity 2: full.
      await post(`${sessionsPath}/${security}/registrations`, {
        taxpayerId: TAXPAYER,
        personName: 'Third',
        personRole: 'Driver',
      }).expect(409);
      for (const [taxpayerId, issue] of [
        [`${TAXPAYER}\u202E`, /^taxpayerId: .*\(U\+202E\)$/],
        [`${TAXPAYER}x`, /^taxpayerId: does not match the programme's format/],
      ] as const) {
        const refused = await post(`${sessionsPath}/${security}/registrations`, {
          taxpayerId,
          personName: 'Fourth',
          personRole: 'Driver',
        }).expect(400);
        expect(refused.body.issues).toEqual([expect.stringMatching(issue)]);
      }
      const wrongAudience = await post(`${sessionsPath}/${customs}/registrations`, {
        taxpayerId: TAXPAYER,
        personName: 'A',
        personRole: 'B',
      }).expect(400);
      expect(wrongAudience.body.issues).toEqual([expect.stringMatching(/^staffSub: /)]);
      for (const staffSub of ['validator.dorj\u202E', 'validator dorj']) {
        const refused = await post(`${sessionsPath}/${customs}/registrations`, {
          staffSub,
          personName: 'Dorj',
          personRole: 'Validator',
        }).expect(400);
        expect(refused.body.message).toBe(`staffSub: ${USER_SUB_MESSAGE}`);
      }
      await post(`${sessionsPath}/${customs}/registrations`, {
        staffSub: 'validator.dorj',
        personName: 'Dorj',
        personRole: 'Validator',
      }).expect(201);
      await post(
        `${sessionsPath}/${benefits}/registrations`,
        { personName: 'Enkhjargal', personRole: 'Compliance manager' },
        operator,
      ).expect(201);
      const sessions = (await get(sessionsPath, operator).expect(200)).body as Array<{
        id: string;
        audience: string;
        createdBy: string | null;
      }>;
      expect(sessions.every((s) => s.audience === 'company-staff')).toBe(true);
      // The company does not learn which policy unit member scheduled a session (customs does).
      expect(sessions.map((s) => s.createdBy)).toEqual(sessions.map(() => null));
      expect((await get(sessionsPath).expect(200)).body[0].createdBy).toBe('policy.unit.oyun');
      expect(sessions.map((s) => s.id)).not.toContain(customs);
    });

    it('records attendance after the session: the policy unit, or the company’s own contact officer', async () => {
      const early = await post(`${sessionsPath}/${security}/attendance`, {
        attendance: [{ registrationId: registered, attended: true }],
      }).expect(409);
      expect(early.body.message).toContain('attendance is recorded after it');
      await held(security);
      await post(
        `${sessionsPath}/${security}/attendance`,
        { attendance: [{ registrationId: registered, attended: true }] },
        officerA,
      ).expect(403);
      await post(
        `${sessionsPath}/${security}/attendance`,
        { attendance: [{ registrationId: registered, attended: true }] },
        operator,
      ).expect(403);
      const unknown = await post(`${sessionsPath}/${security}/attendance`, {
        attendance: [{ registrationId: randomUUID(), attended: true }],
      }).expect(404);
      expect(unknown.body.message).toMatch(/^attendance\.0\.registrationId: /);
      const recorded = await post(
        `${sessionsPath}/${security}/attendance`,
        { attendance: [{ registrationId: registered, attended: true }] },
        officerB,
      ).expect(200);
      expect(recorded.body.registrations.find((r: { id: string }) => r.id === registered)).toMatchObject({
        attended: true,
        attendanceBy: OFFICER_B,
      });
      expect(
        (await get(`/v1/pilots/${pilotId}/companies/${TAXPAYER}/training`, operator).expect(200)).body,
      ).toMatchObject({
        requiredTopics: ['Benefits', 'Security'],
        attendedTopics: ['Security'],
        missingTopics: ['Benefits'],
        completed: false,
        completedAt: null,
      });
    });

    it('completes a company’s training when every required topic is attended: once, audited and published', async () => {
      await held(benefits);
      const session = (await get(`${sessionsPath}/${benefits}`).expect(200)).body;
      const attendance = session.registrations.map((r: { id: string }) => ({ registrationId: r.id, attended: true }));
      await post(`${sessionsPath}/${benefits}/attendance`, { attendance }).expect(200);
      await post(`${sessionsPath}/${benefits}/attendance`, { attendance }).expect(200);
      const status = (await get(`/v1/pilots/${pilotId}/companies/${TAXPAYER}/training`, officerA).expect(200)).body;
      expect(status).toMatchObject({ missingTopics: [], completed: true, region: REGION });
      expect(status.completedAt).toEqual(expect.any(String));
      await get(`/v1/pilots/${pilotId}/companies/${TAXPAYER}/training`, otherOffice).expect(403);
      expect(await audited('pilot.training-completed')).toBeGreaterThanOrEqual(1);
      await events.waitForCount(
        1,
        60_000,
        (m) =>
          m.headers['ce_type'] === 'aeo.programme-pilot.training-completed.v1' &&
          m.message.value!.toString().includes(pilotId),
      );
      expect(published('aeo.programme-pilot.training-completed.v1')).toEqual([
        expect.objectContaining({ taxpayerId: TAXPAYER, region: REGION, topics: ['Benefits', 'Security'] }),
      ]);
    });

    it('keeps materials (a link or a document reference) and shows each reader the registrations of its scope', async () => {
      const both = await post(`${sessionsPath}/${security}/materials`, {
        title: 'Slides',
        link: 'https://x.example/s',
        documentRef: 'DOC-1',
      }).expect(400);
      expect(both.body.issues).toEqual([expect.stringMatching(/^link: /)]);
      await post(`${sessionsPath}/${security}/materials`, { title: 'Slides', documentRef: 'DOC-1' }, officerB).expect(
        403,
      );
      await post(`${sessionsPath}/${security}/materials`, { title: 'Slides', documentRef: 'DOC-2026-17' }).expect(201);
      const seen = (token: string) => get(`${sessionsPath}/${security}`, token).expect(200);
      // The company's view names none of the customs staff who scheduled, registered, recorded or added.
      const companyView = (await seen(operator)).body;
      expect(companyView).toMatchObject({ createdBy: null });
      expect(companyView.materials).toEqual([
        expect.objectContaining({ title: 'Slides', documentRef: 'DOC-2026-17', addedBy: null }),
      ]);
      expect(companyView.registrations).toEqual([
        expect.objectContaining({ personName: 'Enkhjargal', attended: true, registeredBy: null, attendanceBy: null }),
        expect.objectContaining({ personName: 'Tuvshin', attended: null, registeredBy: null, attendanceBy: null }),
      ]);
      expect(JSON.stringify(companyView)).not.toMatch(/policy\.unit\.oyun|officer\.b\./);
      const staffView = (await seen(policyUnit)).body;
      expect(staffView).toMatchObject({ createdBy: 'policy.unit.oyun' });
      expect(staffView.materials[0].addedBy).toBe('policy.unit.oyun');
      expect(
        staffView.registrations.map((r: { registeredBy: string; attendanceBy: string | null }) => [
          r.registeredBy,
          r.attendanceBy,
        ]),
      ).toEqual([
        [`user.${suffix}`, OFFICER_B],
        ['policy.unit.oyun', null],
      ]);
      expect((await seen(office)).body.registrations).toHaveLength(2);
      expect((await seen(otherOffice)).body.registrations).toEqual([]);
      expect((await get(`${sessionsPath}/${customs}`).expect(200)).body.registrations).toEqual([
        expect.objectContaining({ staffSub: 'validator.dorj', taxpayerId: null }),
      ]);
    });
  });

  describe('a withdrawn company', () => {
    it('loses its pilot access: its users list no sessions and register no one, its officer records no attendance', async () => {
      const later = (await post(sessionsPath, session('Customs procedures', { capacity: 5 })).expect(201)).body.id;
      const next = (await post(sessionsPath, session('Risk management', { capacity: 5 })).expect(201)).body.id;
      const enrolled = (
        await post(
          `${sessionsPath}/${later}/registrations`,
          { personName: 'Enkhjargal', personRole: 'Compliance manager' },
          operator,
        ).expect(201)
      ).body.id;
      await held(later);
      // The policy unit withdrew the company (pilots/invitations: its stage in the participant list).
      await service.dataSource.query(
        `UPDATE pilot_participants SET stage = 'withdrawn', updated_at = now() WHERE pilot_id = $1 AND taxpayer_id = $2`,
        [pilotId, TAXPAYER],
      );

      const listed = await get(sessionsPath, operator).expect(403);
      expect(listed.body.message).toContain('is withdrawn');
      await get(`${sessionsPath}/${later}`, operator).expect(403);
      await post(
        `${sessionsPath}/${next}/registrations`,
        { personName: 'Tuvshin', personRole: 'Logistics' },
        operator,
      ).expect(403);
      const forIt = await post(`${sessionsPath}/${next}/registrations`, {
        taxpayerId: TAXPAYER,
        personName: 'Tuvshin',
        personRole: 'Logistics',
      }).expect(409);
      expect(forIt.body.message).toMatch(/^taxpayerId: .* is withdrawn/);
      await post(
        `${sessionsPath}/${later}/attendance`,
        { attendance: [{ registrationId: enrolled, attended: true }] },
        officerB,
      ).expect(403);

      expect((await get(`/v1/pilots/${pilotId}/contact-officers`, operator).expect(200)).body).toEqual([]);
      expect((await get(`/v1/pilots/${pilotId}/contact-officers`, office).expect(200)).body).toEqual([]);
      await get(officerPath(), operator).expect(403);
      await get(`/v1/pilots/${pilotId}/companies/${TAXPAYER}/training`, operator).expect(403);
      // Customs staff still read what the company did while it took part.
      expect((await get(officerPath()).expect(200)).body).toMatchObject({ officerSub: OFFICER_B });
      expect((await get(`/v1/pilots/${pilotId}/companies/${TAXPAYER}/training`).expect(200)).body).toMatchObject({
        completed: true,
      });
    });
  });
});
