import { randomBytes, randomUUID } from 'node:crypto';
import request from 'supertest';
import { ROLES } from '@aeo/auth';
import { bearer } from '@aeo/testing';
import { itRequiresTokenAndRole, itServesPlatformEndpoints, type ServiceUnderTest } from '@aeo/service-kit/testing';
import { startRiskManagement } from '../testing/start-risk-management';

jest.setTimeout(60_000);

describe('risk-management service: risk profiles (real PostgreSQL, Kafka, Temporal)', () => {
  let service: ServiceUnderTest;
  let http: ReturnType<typeof request>;

  // Taxpayer ids no feed uses, so the consumers never touch these rows (they read the file's own topics).
  const run = randomBytes(3).toString('hex').toUpperCase();
  const assessed = {
    operatorId: randomUUID(),
    taxpayerId: `P${run}1`,
    aeoStatus: 'granted',
    statusType: 'AEOF',
    riskScore: '12.5',
  };
  const unassessed = {
    operatorId: randomUUID(),
    taxpayerId: `P${run}2`,
    aeoStatus: null,
    statusType: null,
    riskScore: null,
  };

  const operations = bearer({ sub: 'ops-1', roles: [ROLES.operations] });
  const validator = bearer({ sub: 'validator-1', roles: [ROLES.validator], region: 'ULAANBAATAR' });

  beforeAll(async () => {
    service = await startRiskManagement([], { ownTopics: true });
    http = service.http;

    const dataSource = service.dataSource;
    for (const row of [assessed, unassessed]) {
      await dataSource.query(
        `INSERT INTO operator_risk_profiles (operator_id, taxpayer_id, aeo_status, status_type, risk_score, updated_at) VALUES ($1, $2, $3, $4, $5, now())`,
        [row.operatorId, row.taxpayerId, row.aeoStatus, row.statusType, row.riskScore],
      );
    }
  });

  afterAll(async () => {
    await service?.close();
  });

  itServesPlatformEndpoints(() => service, ['/v1/risk-profiles/{operatorId}']);

  itRequiresTokenAndRole(() => service, {
    path: `/v1/risk-profiles/${assessed.operatorId}`,
    forbidden: validator,
    role: ROLES.operations,
    roleKind: 'a risk role',
  });

  it('returns an operator’s risk profile, assessed or not', async () => {
    const found = await http
      .get(`/v1/risk-profiles/${assessed.operatorId}`)
      .set('Authorization', operations)
      .expect(200);
    expect(found.body).toMatchObject({
      operatorId: assessed.operatorId,
      taxpayerId: assessed.taxpayerId,
      aeoStatus: 'granted',
      statusType: 'AEOF',
      riskScore: 12.5,
    });

    const policy = bearer({ sub: 'policy-1', roles: [ROLES.policyUnit] });
    const empty = await http.get(`/v1/risk-profiles/${unassessed.operatorId}`).set('Authorization', policy).expect(200);
    expect(empty.body).toMatchObject({
      operatorId: unassessed.operatorId,
      aeoStatus: null,
      statusType: null,
      riskScore: null,
    });
  });

  it('rejects a malformed operator id (400 naming the field) and reports an unknown one (404)', async () => {
    const malformed = await http.get('/v1/risk-profiles/not-a-uuid').set('Authorization', operations).expect(400);
    expect(malformed.body.message).toMatch(/operatorId/);

    const unknown = randomUUID();
    const missing = await http.get(`/v1/risk-profiles/${unknown}`).set('Authorization', operations).expect(404);
    expect(missing.body.message).toBe(`No risk profile for operator ${unknown}`);
  });
});
