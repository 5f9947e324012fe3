import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { ROLES } from '@aeo/auth';
import { bearer } from '@aeo/testing';
import { itRequiresTokenAndRole, itServesPlatformEndpoints, type ServiceUnderTest } from '@aeo/service-kit/testing';
import { startValidation } from '../testing/start-validation';

jest.setTimeout(60_000);

describe('validation service: validation cases (real PostgreSQL, Kafka, Temporal)', () => {
  let service: ServiceUnderTest;
  let http: ReturnType<typeof request>;

  const ulaanbaatarCase = {
    id: randomUUID(),
    applicationId: randomUUID(),
    operatorId: randomUUID(),
    region: 'ULAANBAATAR',
    status: 'open',
  };
  const darkhanCase = {
    id: randomUUID(),
    applicationId: randomUUID(),
    operatorId: randomUUID(),
    region: 'DARKHAN',
    status: 'open',
  };

  const validatorUb = bearer({ sub: 'validator-ub', roles: [ROLES.validator], region: 'ULAANBAATAR' });
  const executive = bearer({ sub: 'executive-1', roles: [ROLES.executive] });
  const operatorUser = bearer({ sub: 'operator-1', roles: [ROLES.operatorUser], taxpayerId: '1234567' });

  beforeAll(async () => {
    service = await startValidation();
    http = service.http;

    const dataSource = service.dataSource;
    for (const row of [ulaanbaatarCase, darkhanCase]) {
      await dataSource.query(
        `INSERT INTO validation_cases (id, application_id, operator_id, region, status, assigned_validator, opened_at, workflow_id, case_key) VALUES ($1, $2, $3, $4, $5, NULL, now(), $6, $7)`,
        [
          row.id,
          row.applicationId,
          row.operatorId,
          row.region,
          row.status,
          `certification-${row.applicationId}`,
          `certification:${row.applicationId}`,
        ],
      );
    }
  });

  afterAll(async () => {
    await service?.close();
  });

  itServesPlatformEndpoints(() => service, ['/v1/validation-cases', '/v1/validation-cases/{caseId}']);

  itRequiresTokenAndRole(() => service, {
    path: '/v1/validation-cases',
    forbidden: operatorUser,
    role: ROLES.validator,
    roleKind: 'a validation role',
  });

  it('lists only the cases of a regional validator’s region, and all cases to an executive', async () => {
    const regional = await http.get('/v1/validation-cases').set('Authorization', validatorUb).expect(200);
    expect(regional.body.map((c: { id: string }) => c.id)).toEqual([ulaanbaatarCase.id]);

    const national = await http.get('/v1/validation-cases').set('Authorization', executive).expect(200);
    expect(national.body.map((c: { id: string }) => c.id).sort()).toEqual([ulaanbaatarCase.id, darkhanCase.id].sort());
  });

  it('returns one case in scope, 403 for another region’s case', async () => {
    const found = await http
      .get(`/v1/validation-cases/${ulaanbaatarCase.id}`)
      .set('Authorization', validatorUb)
      .expect(200);
    expect(found.body).toMatchObject({
      id: ulaanbaatarCase.id,
      applicationId: ulaanbaatarCase.applicationId,
      region: 'ULAANBAATAR',
      status: 'open',
      assignedValidator: null,
    });
    await http.get(`/v1/validation-cases/${darkhanCase.id}`).set('Authorization', validatorUb).expect(403);
  });

  it('rejects a malformed case id (400 naming the field) and reports an unknown one (404)', async () => {
    const malformed = await http.get('/v1/validation-cases/not-a-uuid').set('Authorization', executive).expect(400);
    expect(malformed.body.message).toMatch(/caseId/);

    const unknown = randomUUID();
    const missing = await http.get(`/v1/validation-cases/${unknown}`).set('Authorization', executive).expect(404);
    expect(missing.body.message).toBe(`Validation case ${unknown} not found`);
  });
});
