import { randomBytes, randomInt } from 'node:crypto';
import { Client } from '@temporalio/client';
import { ROLES } from '@aeo/auth';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { bearer, ensureTemporalNamespace, type InProcessWorker, runWorkerInProcess, waitFor } from '@aeo/testing';
import { pilotWorkflowId, TASK_QUEUES } from '@aeo/workflows';
import { createOrchestratingWorker } from '@aeo/workflows/bundle';
import { startProgramme } from '../../testing/start-programme';
import { seedParticipants } from './testing/participants';

jest.setTimeout(600_000);

const REGION = `PT_${randomBytes(4).toString('hex').toUpperCase()}`;
const suffix = randomBytes(4).toString('hex');
// Taxpayer ids of the default format (seven digits): the routes' taxpayerId is checked against it.
const taxpayerBase = randomInt(1_000_000, 9_999_000);
const COMPANIES = [String(taxpayerBase), String(taxpayerBase + 1)];
const OFFICER = `officer.t.${suffix}`;

/**
 * A started pilot (pilots/core, its workflow on a Temporal namespace of the test's own) whose
 * training milestone is reported done by the platform once every company that accepted has
 * attended every required training topic — not before.
 */
describe('the pilot’s training milestone (real PostgreSQL, Temporal, Kafka)', () => {
  const namespace = `programme-pilot-training-${randomBytes(3).toString('hex')}`;
  let service: ServiceUnderTest;
  let worker: InProcessWorker;
  let pilotId: string;
  const policyUnit = bearer({ sub: 'policy.unit.oyun', roles: [ROLES.policyUnit] });
  const officer = bearer({ sub: OFFICER, roles: [ROLES.contactOfficer], region: REGION });

  const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
  const post = (path: string, body: object, token = policyUnit) =>
    service.http.post(path).set('Authorization', token).send(body);
  const milestone = async () =>
    (
      (await service.http.get(`/v1/pilots/${pilotId}`).set('Authorization', policyUnit).expect(200)).body
        .milestones as Array<Record<string, unknown>>
    ).find((m) => m['workstream'] === 'training')!;
  /** Registers a staff member of each company for the session, and holds it; the registrations by company. */
  const registerAndHold = async (sessionId: string) => {
    const ids: Record<string, string> = {};
    for (const taxpayerId of COMPANIES)
      ids[taxpayerId] = (
        await post(`/v1/pilots/${pilotId}/training-sessions/${sessionId}/registrations`, {
          taxpayerId,
          personName: `Manager of ${taxpayerId}`,
          personRole: 'Compliance manager',
        }).expect(201)
      ).body.id;
    await service.dataSource.query(
      `UPDATE pilot_training_sessions SET starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour' WHERE id = $1`,
      [sessionId],
    );
    return ids;
  };
  /** The contact officer records the companies' staff as attending the session. */
  const attended = (sessionId: string, registrationIds: string[]) =>
    post(
      `/v1/pilots/${pilotId}/training-sessions/${sessionId}/attendance`,
      { attendance: registrationIds.map((registrationId) => ({ registrationId, attended: true })) },
      officer,
    ).expect(200);
  const session = async (topic: string) =>
    (
      await post(`/v1/pilots/${pilotId}/training-sessions`, {
        topic,
        startsAt: inHours(24),
        endsAt: inHours(26),
        place: 'Room 301',
        audience: 'company-staff',
        capacity: 10,
      }).expect(201)
    ).body.id as string;

  beforeAll(async () => {
    await ensureTemporalNamespace(namespace);
    process.env['TEMPORAL_NAMESPACE'] = namespace;
    service = await startProgramme([REGION], {}, { ownTopics: true });
    worker = await runWorkerInProcess((connection) =>
      createOrchestratingWorker(
        { namespace, taskQueue: TASK_QUEUES.certification, maxConcurrentWorkflowTaskExecutions: 10 },
        connection,
      ),
    );
    pilotId = (
      await post('/v1/pilots', {
        code: `PT-${suffix.toUpperCase()}`,
        title: 'Training milestone pilot',
        startsOn: day(-1),
        endsOn: day(60),
        maxCompanies: 5,
        objectives: [
          { text: 'Certify pilot companies within 90 days', kpiCode: 'certification-time-median', target: 90 },
        ],
        workstreams: [{ kind: 'companies' }, { kind: 'training' }],
        milestones: [
          { title: 'Pilot companies trained', workstream: 'training', dueOn: day(30), owner: 'policy.unit.oyun' },
        ],
      }).expect(201)
    ).body.id;
    await post(`/v1/pilots/${pilotId}/start`, {}).expect(200);
    // Its start date has come: the workflow records the start at once, but on a loaded machine only
    // after a moment; a milestone reported before that is refused (and left to the policy unit).
    await waitFor(
      'the pilot running',
      async () =>
        (await service.http.get(`/v1/pilots/${pilotId}`).set('Authorization', policyUnit)).body['status'] === 'running',
      60_000,
      250,
    );
    // The selection's participant list (pilots/selection): both companies accepted.
    await seedParticipants(
      service.dataSource,
      pilotId,
      COMPANIES.map((taxpayerId) => ({ taxpayerId, stage: 'accepted' as const, region: REGION })),
    );
    for (const taxpayerId of COMPANIES) {
      await service.http
        .put(`/v1/pilots/${pilotId}/companies/${taxpayerId}/contact-officer`)
        .set('Authorization', policyUnit)
        .send({ officerSub: OFFICER, officerRegion: REGION, reason: 'The region’s pilot officer' })
        .expect(200);
    }
  });

  afterAll(async () => {
    if (pilotId)
      await service?.app
        .get(Client)
        .workflow.getHandle(pilotWorkflowId(pilotId))
        .terminate('end of test')
        .catch(() => undefined);
    await worker?.stop();
    await service?.close();
    delete process.env['TEMPORAL_NAMESPACE'];
  });

  it('is reported done once every company that accepted attended every required topic, not before', async () => {
    const security = await session('Security');
    const benefits = await session('Benefits');
    await attended(security, Object.values(await registerAndHold(security)));
    const onBenefits = await registerAndHold(benefits);
    await attended(benefits, [onBenefits[COMPANIES[0]!]!]);
    expect((await milestone())['status']).not.toBe('done');
    await attended(benefits, [onBenefits[COMPANIES[1]!]!]);
    const done = await waitFor(
      'the training milestone done',
      async () => {
        const current = await milestone();
        return current['status'] === 'done' && current;
      },
      120_000,
      250,
    );
    expect(done).toMatchObject({
      doneBy: 'system:pilot-training',
      evidence: [
        { title: 'Training completed by all 2 pilot companies', reference: `/v1/pilots/${pilotId}/training-sessions` },
      ],
    });
  });
});
