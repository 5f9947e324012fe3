import { randomUUID } from 'node:crypto';
import {
  itAnswersAsTheRoleMatrix,
  linkOperatorUsers,
  matrixCallerClaims,
  matrixScope,
  roleMatrix,
  startedForTests,
} from '@aeo/testing';
import { startRiskManagement } from './testing/start-risk-management';

jest.setTimeout(120_000);

/**
 * Who may call what (issue 18): columns and cells are explained in libs/testing/src/role-matrix.ts.
 * The status look-up scopes an operator user to the company it is linked to (403 for another); the channel
 * statistics scope a regional office to its region (asked for another: 403); the rest is national.
 */
const MATRIX = roleMatrix`
  operation                                       none opU co  val ro  exe pol mra pc  ops bp  xRg xCo xPc
  GET /health/live                                ok   ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  GET /health/ready                               ok   ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  GET /v1/risk-profiles/by-taxpayer/{taxpayerId}  401  403 403 403 403 ok  ok  403 403 ok  ok  403 403 403
  GET /v1/risk-profiles/{operatorId}              401  403 403 403 403 ok  ok  403 403 ok  ok  403 403 403
  GET /v1/aeo-status/{taxpayerId}                 401  ok  ok  ok  ok  ok  403 403 ok  ok  ok  ok  403 ok
  GET /v1/pilot-candidates                        401  403 403 403 403 ok  ok  403 403 ok  403 403 403 403
  GET /v1/channel-statistics                      401  403 403 403 ok  ok  ok  403 403 ok  403 403 403 403
`;

describe('risk-management: the role x endpoint x scope matrix (real PostgreSQL, Kafka, Temporal)', () => {
  const service = startedForTests(() => startRiskManagement([], { ownTopics: true }));
  const scope = matrixScope();
  const operatorId = randomUUID();

  beforeAll(async () => {
    // The operator users as the applications service links them (aeo.operator.user-linked.v1): each to its own company.
    await linkOperatorUsers(
      service(),
      { sub: matrixCallerClaims(scope).opU.sub, taxpayerId: scope.taxpayerId },
      { sub: matrixCallerClaims(scope).xCo.sub, taxpayerId: scope.otherTaxpayerId },
    );
    await service().dataSource.query(
      `INSERT INTO operator_risk_profiles (operator_id, taxpayer_id, aeo_status, status_type, risk_score, updated_at)
       VALUES ($1, $2, 'granted', 'AEOS', '10', now())`,
      [operatorId, scope.taxpayerId],
    );
  });

  itAnswersAsTheRoleMatrix(() => service().http, MATRIX, scope, {
    params: () => ({ taxpayerId: scope.taxpayerId, operatorId }),
    requests: { 'GET /v1/channel-statistics': { query: `?region=${scope.region}` } },
    // What a backend platform's token needs (the document's x-scopes; without them or with a wrong one: 403).
    scopes: {
      'GET /v1/risk-profiles/by-taxpayer/{taxpayerId}': ['aeo.status.read'],
      'GET /v1/risk-profiles/{operatorId}': ['aeo.status.read'],
      'GET /v1/aeo-status/{taxpayerId}': ['aeo.status.read'],
    },
  });
});
