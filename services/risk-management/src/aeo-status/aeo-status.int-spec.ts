import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import request from 'supertest';
import { ROLES } from '@aeo/auth';
import {
  AuthorisationGranted,
  AuthorisationReinstated,
  AuthorisationSuspended,
  DeclarationLodged,
  EventData,
  EventDefinition,
  toKafkaRecord,
} from '@aeo/contracts';
import { bearer, linkOperatorUsers, removeOperatorUsers, testKafka, waitFor } from '@aeo/testing';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { lodgedDeclaration } from '../testing/declarations';
import { startRiskManagement } from '../testing/start-risk-management';
import { AeoStatusController } from './aeo-status.controller';
import { AeoStatusReplica } from './aeo-status.replica';

jest.setTimeout(120_000);

const run = randomBytes(3).toString('hex').toUpperCase();
// Taxpayer ids in the programme's format (7 digits): `${base}1`, `${base}2`, ...
const base = String(randomInt(100_000, 999_999));
const platform = bearer({ sub: 'border-replica', roles: [ROLES.backendPlatform], scopes: ['aeo.status.read'] });

describe('AEO status look-up from the in-memory register replica (real PostgreSQL)', () => {
  let service: ServiceUnderTest;
  let replica: AeoStatusReplica;

  const grant = (taxpayerId: string, status = 'granted', scope: string | null = null) =>
    // Straight into the table, as another instance of the service would: only NOTIFY tells this one.
    service.dataSource.query(
      `INSERT INTO aeo_status (taxpayer_id, operator_id, authorisation_number, status_type, status, suspended_scope, effective_from, consent_to_mra_sharing, last_event_at)
       VALUES ($1, $2, $3, 'AEOF', $4, $5, now() - interval '1 day', true, now())
       ON CONFLICT (taxpayer_id) DO UPDATE SET status = EXCLUDED.status, suspended_scope = EXCLUDED.suspended_scope, last_event_at = now()`,
      [taxpayerId, randomUUID(), `MN-AEOF-${taxpayerId}`, status, scope],
    );
  /** The database ends the replica's connection (57P01, as in a server shutdown); the replica reconnects within moments. */
  const loseReplicaConnection = async () => {
    await service.dataSource.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'aeo-risk-management-replica' AND datname = current_database()`,
    );
    await waitFor('the replica to notice', async () => (replica.ready ? undefined : true), 10_000, 10);
  };
  const lookUp = async (taxpayerId: string) => {
    const response = await service.http.get(`/v1/aeo-status/${taxpayerId}`).set('Authorization', platform);
    expect(response.status).toBe(200);
    return response.body as { aeo: boolean; status: string | null; benefits: string[]; reason: string | null };
  };

  beforeAll(async () => {
    service = await startRiskManagement([], { ownTopics: true });
    replica = service.app.get(AeoStatusReplica);
    await waitFor('the replica in sync', async () => (replica.ready ? true : undefined), 30_000);
  });

  afterAll(async () => {
    await service?.close();
  });

  it('follows changes committed by anyone, within moments, and answers without the database', async () => {
    const taxpayer = `${base}1`;
    expect((await lookUp(taxpayer)).aeo).toBe(false);
    await grant(taxpayer);
    await waitFor(
      'the grant in the replica',
      async () => (replica.get(taxpayer)?.status === 'granted' ? true : undefined),
      10_000,
    );
    expect(await lookUp(taxpayer)).toMatchObject({ aeo: true, status: 'granted' });

    await grant(taxpayer, 'suspended', 'whole');
    await waitFor(
      'the suspension in the replica',
      async () => (replica.get(taxpayer)?.status === 'suspended' ? true : undefined),
      10_000,
    );
    expect(await lookUp(taxpayer)).toMatchObject({ aeo: false, status: 'suspended', benefits: [] });

    await service.dataSource.query(`DELETE FROM aeo_status WHERE taxpayer_id = $1`, [taxpayer]);
    await waitFor(
      'the removal in the replica',
      async () => (replica.get(taxpayer) === null ? true : undefined),
      10_000,
    );
  });

  it('reads the database while its connection is lost, then reconnects and catches up with what it missed', async () => {
    const taxpayer = `${base}2`;
    await loseReplicaConnection();
    await grant(taxpayer);
    // Out of sync: the answer comes from the database, so the grant is already visible.
    expect(await lookUp(taxpayer)).toMatchObject({ aeo: true, status: 'granted' });

    await waitFor('the replica back in sync', async () => (replica.ready ? true : undefined), 30_000);
    expect(replica.get(taxpayer)?.status).toBe('granted');
    expect(await lookUp(taxpayer)).toMatchObject({ aeo: true, status: 'granted' });
  });

  it('answers nothing read before the replica lost its connection as current: the cache of an earlier loss is emptied', async () => {
    const taxpayer = `${base}8`;
    await loseReplicaConnection();
    // Out of sync: read from the database (no authorisation), and cached for AEO_STATUS_CACHE_TTL_MS.
    expect(await lookUp(taxpayer)).toMatchObject({ aeo: false, status: null });
    await waitFor('the replica back in sync', async () => (replica.ready ? true : undefined), 30_000, 10);
    await grant(taxpayer);
    await waitFor('the grant in the replica', async () => (replica.get(taxpayer) ? true : undefined), 10_000, 10);

    // Lost again within the cache's lifetime: the answer cached before (no authorisation) is older
    // than this loss; the database, read again, has the grant.
    await loseReplicaConnection();
    expect(await lookUp(taxpayer)).toMatchObject({ aeo: true, status: 'granted' });
  });

  it('refuses a query key: a look-up takes none (no status at a past date)', async () => {
    const refused = await service.http.get(`/v1/aeo-status/${base}9?at=2026-01-01`).set('Authorization', platform);
    expect([refused.status, refused.body.message]).toEqual([400, 'query: Unrecognized key "at"']);
  });

  it('refuses a malformed taxpayer id with 400 naming it, on the fast path and the Nest route', async () => {
    // Spaces or a tab around an id are not trimmed away: the id is refused as sent.
    for (const raw of ['abc', '..%2F..%2Fhealth', '12345678', '123456', `%20${base}1`, `${base}1%09`, `${base}1%20`]) {
      const response = await service.http.get(`/v1/aeo-status/${raw}`).set('Authorization', platform);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({
        statusCode: 400,
        error: 'Bad Request',
        message: "taxpayerId: does not match the programme's format ^[0-9]{7}$",
      });
    }
    // The Nest route (served when AEO_STATUS_FAST_PATH=false): the Express app without the fast path in front.
    const nestRoute = request(service.app.getHttpAdapter().getInstance());
    for (const raw of ['abc', '..%2F..%2Fhealth', '123456', `%20${base}9`, `${base}9%09`]) {
      const response = await nestRoute.get(`/v1/aeo-status/${raw}`).set('Authorization', platform);
      expect([response.status, response.body.message]).toEqual([
        400,
        "taxpayerId: does not match the programme's format ^[0-9]{7}$",
      ]);
    }
    const answered = await nestRoute.get(`/v1/aeo-status/${base}9`).set('Authorization', platform).expect(200);
    expect(answered.body).toMatchObject({ aeo: false, stale: false });
    expect(answered.headers['aeo-register-age']).toBe('0');
  });

  it('says why an authorisation is not (yet) in force', async () => {
    const taxpayer = `${base}4`;
    await service.dataSource.query(
      `INSERT INTO aeo_status (taxpayer_id, operator_id, authorisation_number, status_type, status, suspended_scope, effective_from, consent_to_mra_sharing, last_event_at)
       VALUES ($1, $2, $3, 'AEOC', 'granted', NULL, '2099-12-05T00:00:00Z', true, now())`,
      [taxpayer, randomUUID(), `MN-AEOC-${taxpayer}`],
    );
    await waitFor('the future grant in the replica', async () => (replica.get(taxpayer) ? true : undefined), 10_000);
    expect(await lookUp(taxpayer)).toMatchObject({
      aeo: false,
      status: 'granted',
      effectiveFrom: '2099-12-05T00:00:00.000Z',
      reason: 'not yet in force: effective from 2099-12-05T00:00:00.000Z',
      benefits: [],
    });

    const suspended = `${base}6`;
    await grant(suspended, 'suspended', 'whole');
    await waitFor(
      'the suspension in the replica',
      async () => (replica.get(suspended)?.status === 'suspended' ? true : undefined),
      10_000,
    );
    expect(await lookUp(suspended)).toMatchObject({
      aeo: false,
      status: 'suspended',
      reason: expect.stringMatching(/^suspended from \d{4}-\d\d-\d\dT/),
    });
    expect((await lookUp(`${base}5`)).reason).toBe('no AEO authorisation is registered for this taxpayer');
  });

  it("keeps the grant's effective date through a suspension and a reinstatement fed through the real consumer: not yet in force, no benefit at the border", async () => {
    const producer = testKafka('aeo-status-int').producer({ idempotent: true });
    await producer.connect();
    type RegisterChange =
      | EventData<typeof AuthorisationGranted>
      | EventData<typeof AuthorisationSuspended>
      | EventData<typeof AuthorisationReinstated>;
    const send = (definition: EventDefinition, data: RegisterChange, time: string) =>
      producer.send({
        topic: service.topic(definition.topic),
        acks: -1,
        messages: [
          toKafkaRecord(
            {
              id: randomUUID(),
              type: definition.type,
              source: '/aeo/test/aeo-status',
              subject: data.authorisationNumber,
              time,
              data,
            },
            data.operatorId,
          ),
        ],
      });
    try {
      const operatorId = randomUUID();
      const taxpayer = `${base}7`;
      const ref = {
        authorisationNumber: `MN-AEOC-${run}`,
        operatorId,
        taxpayerId: taxpayer,
        region: 'ULAANBAATAR',
        statusType: 'AEOC' as const,
        consentToMraSharing: true,
      };
      const now = Date.now();
      const effectiveFrom = new Date(now + 5 * 86_400_000).toISOString();
      // Moments of the past, in the events' order.
      const at = (seconds: number) => new Date(now - 60_000 + seconds * 1000).toISOString();
      const answer = async (until: (body: Record<string, unknown>) => boolean) =>
        waitFor(
          'the look-up to follow the event',
          async () => {
            const response = await service.http
              .get(`/v1/aeo-status/${taxpayer}`)
              .set('Authorization', platform)
              .expect(200);
            return until(response.body) ? (response.body as Record<string, unknown>) : undefined;
          },
          30_000,
          100,
        );

      await send(
        AuthorisationGranted,
        {
          ...ref,
          decidedAt: at(0),
          effectiveFrom,
          revalidationDue: new Date(now + 3 * 365 * 86_400_000).toISOString(),
        },
        at(0),
      );
      expect(await answer((body) => body['status'] === 'granted')).toMatchObject({
        aeo: false,
        effectiveFrom,
        statusEffectiveFrom: effectiveFrom,
        reason: `not yet in force: effective from ${effectiveFrom}`,
        benefits: [],
      });

      // As events written before they carried the grant's date (the register's own dates, not the events' times).
      await send(
        AuthorisationSuspended,
        { ...ref, scope: 'whole', effectiveFrom: at(1), grounds: 'infringement found at border' },
        at(2),
      );
      expect(await answer((body) => body['status'] === 'suspended')).toMatchObject({
        aeo: false,
        effectiveFrom,
        statusEffectiveFrom: at(1),
        reason: `not yet in force: effective from ${effectiveFrom}; suspended from ${at(1)}`,
        benefits: [],
      });
      await send(AuthorisationReinstated, { ...ref, effectiveFrom: at(3) }, at(4));
      expect(
        await answer((body) => body['status'] === 'granted' && body['statusEffectiveFrom'] === at(3)),
      ).toMatchObject({
        aeo: false,
        effectiveFrom,
        reason: `not yet in force: effective from ${effectiveFrom}`,
        benefits: [],
      });
      expect(replica.get(taxpayer)?.effectiveFrom.toISOString()).toBe(effectiveFrom);

      // A declaration lodged before the effective date gets no AEO benefit.
      const declarationId = `DCL-${run}-EARLY`;
      const declaration = lodgedDeclaration(taxpayer, declarationId, {
        customsValue: 5_000,
        duties: 250,
        goodsLines: 1,
      });
      await producer.send({
        topic: service.topic(DeclarationLodged.topic),
        acks: -1,
        messages: [
          toKafkaRecord(
            {
              id: randomUUID(),
              type: DeclarationLodged.type,
              source: '/aeo/test/aeo-status',
              subject: declarationId,
              time: new Date().toISOString(),
              data: declaration,
            },
            taxpayer,
          ),
        ],
      });
      const [decision] = await waitFor(
        'the channel decision',
        async () => {
          const rows: { benefits_applied: unknown[]; aeo_status_type: string | null }[] =
            await service.dataSource.query(
              `SELECT benefits_applied, aeo_status_type FROM channel_decisions WHERE declaration_id = $1`,
              [declarationId],
            );
          return rows.length ? rows : undefined;
        },
        60_000,
        200,
      );
      expect(decision).toEqual({ benefits_applied: [], aeo_status_type: null });

      // A security-part suspension (which an AEOC has none of) before the effective date gives nothing either.
      await send(
        AuthorisationSuspended,
        {
          ...ref,
          scope: 'security',
          effectiveFrom: at(5),
          grounds: 'security part',
          authorisationEffectiveFrom: effectiveFrom,
        },
        at(6),
      );
      expect(
        await answer((body) => body['status'] === 'suspended' && body['suspendedScope'] === 'security'),
      ).toMatchObject({ aeo: false, effectiveFrom, benefits: [] });
    } finally {
      await producer.disconnect();
    }
  });

  it('answers an operator user only while the applications service has it linked to the company, on both paths', async () => {
    const taxpayer = `${base}8`;
    await grant(taxpayer);
    const operatorId = randomUUID();
    const member = { sub: `member-${run}`, taxpayerId: taxpayer, operatorId };
    // A sign-up naming the company's taxpayer id, never linked to it: refused as another company's user is.
    const signedUp = bearer({ sub: `signed-up-${run}`, roles: [ROLES.operatorUser], taxpayerId: taxpayer });
    const asMember = bearer({ sub: member.sub, roles: [ROLES.operatorUser], taxpayerId: taxpayer });
    const controller = service.app.get(AeoStatusController);
    const viaController = (user: string) =>
      controller
        .lookUp(
          { sub: user, roles: [ROLES.operatorUser], taxpayerId: taxpayer },
          { taxpayerId: taxpayer },
          {
            set: () => undefined,
          } as never,
          {},
        )
        .then(
          () => 200,
          (error: { getStatus(): number }) => error.getStatus(),
        );
    const statusOf = async (token: string) =>
      (await service.http.get(`/v1/aeo-status/${taxpayer}`).set('Authorization', token)).status;

    expect(await statusOf(asMember)).toBe(403);
    await linkOperatorUsers(service, member);
    expect(await statusOf(asMember)).toBe(200);
    expect(await viaController(member.sub)).toBe(200);
    const refused = await service.http.get(`/v1/aeo-status/${taxpayer}`).set('Authorization', signedUp).expect(403);
    expect(refused.body.message).toBe('Operator users may only look up a company they are a user of');
    expect(await viaController(`signed-up-${run}`)).toBe(403);

    // Removed from the company: its token still names it, and is refused from then on.
    await removeOperatorUsers(service, member);
    expect(await statusOf(asMember)).toBe(403);
    expect(await viaController(member.sub)).toBe(403);
  });

  it("answers through the fast path with the platform's checks: 401, 403, 400 naming the field, company scoping, correlation id, metrics", async () => {
    const taxpayer = `${base}3`;
    await grant(taxpayer);
    const noToken = await service.http.get(`/v1/aeo-status/${taxpayer}`);
    expect(noToken.status).toBe(401);
    expect(noToken.body).toMatchObject({ statusCode: 401, message: expect.stringMatching(/Missing bearer token/) });

    const wrongRole = await service.http
      .get(`/v1/aeo-status/${taxpayer}`)
      .set('Authorization', bearer({ sub: 'policy', roles: [ROLES.policyUnit] }));
    expect(wrongRole.status).toBe(403);
    expect(wrongRole.body.message).toMatch(/needs one of the roles \[backend-platform/);

    // Two Authorization lines: refused as on every Nest route, not judged by the first.
    const twice = await service.http
      .get(`/v1/aeo-status/${taxpayer}`)
      .set('Authorization', [platform, 'Bearer not-a-token'] as unknown as string);
    expect(twice.status).toBe(400);
    expect(twice.body).toMatchObject({
      statusCode: 400,
      message: 'Authorization: must be given once (one header), not 2 times',
    });

    const badId = await service.http.get(`/v1/aeo-status/${'x'.repeat(80)}`).set('Authorization', platform);
    expect(badId.status).toBe(400);
    expect(badId.body.message).toMatch(/^taxpayerId: /);

    await linkOperatorUsers(service, { sub: `trader-${run}`, taxpayerId: taxpayer });
    const ownCompany = bearer({ sub: `trader-${run}`, roles: [ROLES.operatorUser], taxpayerId: taxpayer });
    expect((await service.http.get(`/v1/aeo-status/${taxpayer}`).set('Authorization', ownCompany)).status).toBe(200);
    const otherCompany = await service.http.get(`/v1/aeo-status/${base}1`).set('Authorization', ownCompany);
    expect(otherCompany.status).toBe(403);
    expect(otherCompany.body.message).toBe('Operator users may only look up a company they are a user of');

    const traced = await service.http
      .get(`/v1/aeo-status/${taxpayer}`)
      .set('Authorization', platform)
      .set('x-correlation-id', `corr-${run}`);
    expect(traced.headers['x-correlation-id']).toBe(`corr-${run}`);
    expect(traced.headers['content-type']).toMatch(/^application\/json/);
    // Answered in front of Express (which would add its X-Powered-By header).
    expect(traced.headers['x-powered-by']).toBeUndefined();
    expect((await service.http.get('/health/live')).headers['x-powered-by']).toBe('Express');

    // Other methods on the path still reach Nest (no such route there).
    expect((await service.http.post(`/v1/aeo-status/${taxpayer}`).set('Authorization', platform)).status).toBe(404);

    const metrics = await service.http.get('/metrics');
    expect(metrics.text).toMatch(
      /aeo_http_request_duration_seconds_count\{method="GET",route="\/v1\/aeo-status\/:taxpayerId",status="200"\} [1-9]/,
    );
  });
});
