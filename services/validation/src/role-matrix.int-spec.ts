import { randomUUID } from 'node:crypto';
import { ROLES } from '@aeo/auth';
import { bearer, itAnswersAsTheRoleMatrix, matrixScope, roleMatrix, startedForTests } from '@aeo/testing';
import { startValidation } from './testing/start-validation';
import { linkOperatorUsers } from './testing/operator-members';
import { registerValidator } from './testing/validators';

jest.setTimeout(120_000);

/**
 * Who may call what (issue 18): columns and cells are explained in libs/testing/src/role-matrix.ts.
 * The fixture's case is in the fixture's region, of the fixture's company, assigned to the val
 * caller (registered and active). Staff of another region get 403 for the case (lists: their own
 * region's; the validators of another region asked for: 403); an operator user of another company
 * gets 404 for its visits, corrective actions and its company view (as for a case that does not exist).
 */
const MATRIX = roleMatrix`
  operation                                                                  none opU co  val ro  exe pol mra pc  ops bp  xRg xCo xPc
  GET /v1/validation-cases                                                   401  403 ok  ok  ok  ok  403 403 403 403 403 ok  403 403
  GET /v1/validation-cases/{caseId}                                          401  403 ok  ok  ok  ok  403 403 403 403 403 403 403 403
  GET /v1/case-queue                                                         401  403 403 ok  ok  ok  403 403 403 403 403 403 403 403
  POST /v1/validation-cases/{caseId}/report                                  401  403 403 ok  403 403 403 403 403 403 403 403 403 403
  POST /v1/validation-cases/{caseId}/assignment                              401  403 403 403 ok  403 403 403 403 ok  403 403 403 403
  GET /v1/validation-cases/{caseId}/checklist                                401  403 ok  ok  ok  ok  403 403 403 403 403 403 403 403
  PUT /v1/validation-cases/{caseId}/checklist/{questionId}                   401  403 403 ok  403 403 403 403 403 403 403 403 403 403
  GET /v1/validation-cases/{caseId}/visits                                   401  ok  ok  ok  ok  ok  403 403 403 403 403 403 404 403
  POST /v1/validation-cases/{caseId}/visits                                  401  403 403 ok  ok  403 403 403 403 403 403 403 403 403
  POST /v1/validation-cases/{caseId}/visits/{visitId}/completion             401  403 403 ok  403 403 403 403 403 403 403 403 403 403
  GET /v1/validation-cases/{caseId}/corrective-actions                       401  ok  ok  ok  ok  ok  403 403 403 403 403 403 404 403
  POST /v1/validation-cases/{caseId}/corrective-actions                      401  403 403 ok  403 403 403 403 403 403 403 403 403 403
  POST /v1/validation-cases/{caseId}/corrective-actions/{actionId}/response  401  ok  403 403 403 403 403 403 403 403 403 403 404 403
  GET /v1/company-validations                                                401  ok  403 403 403 403 403 403 403 403 403 403 ok  403
  GET /v1/company-validations/{caseId}                                       401  ok  403 403 403 403 403 403 403 403 403 403 404 403
  GET /v1/validators                                                         401  403 403 ok  ok  ok  403 403 403 ok  403 403 403 403
  POST /v1/validators                                                        401  403 403 403 ok  403 403 403 403 ok  403 403 403 403
  GET /health/live                                                           ok   ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  GET /health/ready                                                          ok   ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
`;

describe('validation: the role x endpoint x scope matrix (real PostgreSQL, Kafka, Temporal)', () => {
  const service = startedForTests(startValidation);
  const scope = matrixScope({ subs: { val: 'matrix-validator' } });
  const caseId = randomUUID();
  const validator = { sub: 'matrix-validator', name: 'Matrix Validator', region: scope.region };

  beforeAll(async () => {
    await registerValidator(service(), bearer({ sub: 'matrix-ops', roles: [ROLES.operations] }), validator).expect(201);
    // The operator users of the fixture's company and of another, each linked to its own.
    await linkOperatorUsers(
      service().dataSource,
      { sub: 'matrix-opU', taxpayerId: scope.taxpayerId },
      { sub: 'matrix-xCo', taxpayerId: scope.otherTaxpayerId },
    );
    const applicationId = randomUUID();
    await service().dataSource.query(
      `INSERT INTO validation_cases (id, application_id, operator_id, region, status, taxpayer_id, assigned_validator, opened_at, workflow_id, case_key)
       VALUES ($1, $2, $3, $4, 'open', $5, $6, now(), $7, $8)`,
      [
        caseId,
        applicationId,
        randomUUID(),
        scope.region,
        scope.taxpayerId,
        validator.sub,
        `certification-${applicationId}`,
        `certification:${applicationId}`,
      ],
    );
  });

  itAnswersAsTheRoleMatrix(() => service().http, MATRIX, scope, {
    params: () => ({ caseId, questionId: 'compliance.infringements', visitId: randomUUID(), actionId: randomUUID() }),
    requests: {
      'GET /v1/case-queue': { query: `?region=${scope.region}` },
      'POST /v1/validation-cases/{caseId}/report': {
        body: { recommendation: 'grant', summary: 'desk review completed' },
      },
      'POST /v1/validation-cases/{caseId}/assignment': {
        body: { validator: validator.sub, reason: 'matrix reassignment' },
      },
      'PUT /v1/validation-cases/{caseId}/checklist/{questionId}': {
        body: { finding: 'compliant', notes: 'no infringements in 3 years' },
      },
      'POST /v1/validation-cases/{caseId}/visits': {
        body: { scheduledFor: new Date(Date.now() + 40 * 86_400_000).toISOString() },
      },
      'POST /v1/validation-cases/{caseId}/visits/{visitId}/completion': { body: { notes: 'site seen' } },
      'POST /v1/validation-cases/{caseId}/corrective-actions': {
        body: { questionId: 'compliance.infringements', description: 'Train the staff.', dueInDays: 30 },
      },
      'POST /v1/validation-cases/{caseId}/corrective-actions/{actionId}/response': {
        body: { response: 'Training held.' },
      },
      'GET /v1/validators': { query: `?region=${scope.region}` },
      'POST /v1/validators': { body: validator },
    },
    // No operation needs a backend platform's scopes.
    scopes: {},
  });
});
