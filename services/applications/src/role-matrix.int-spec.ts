import { randomInt, randomUUID } from 'node:crypto';
import { ROLES } from '@aeo/auth';
import {
  bearer,
  itAnswersAsTheRoleMatrix,
  matrixScope,
  roleMatrix,
  startedForTests,
  terminateWorkflows,
} from '@aeo/testing';
import { Client } from '@temporalio/client';
import { revalidationWorkflowId } from '@aeo/workflows';
import { SAMPLE_PDF } from './testing/file-application';
import { startApplications } from './testing/start-applications';

jest.setTimeout(180_000);

/**
 * Who may call what (issue 18): columns and cells are explained in libs/testing/src/role-matrix.ts.
 * The fixture: the company of the operator user (opU, who registered it and so administers it),
 * in the fixture's region, with a draft application and an authorisation (of that application: one open
 * application a company) (entered in the register
 * without a workflow: the workflow steps answer 409 to the callers allowed, after every check).
 * Regional staff of another region get 403 for the company's records (lists: their own; another
 * region asked for: 403); operator users of another company 404, as for records that do not exist
 * (assertScope), except where their own request names the company (registering it: 403).
 */
const MATRIX = roleMatrix`
  operation                                                                     none opU co  val ro  exe pol mra pc  ops bp  xRg xCo xPc
  GET /v1/operators                                                             401  ok  ok  ok  ok  ok  ok  403 403 ok  403 ok  ok  403
  POST /v1/operators                                                            401  ok  ok  403 ok  403 403 403 403 403 403 403 403 403
  POST /v1/operators/user-links/announcements                                   401  403 403 403 403 403 403 403 403 ok  403 403 403 403
  GET /v1/operators/{operatorId}                                                401  ok  ok  ok  ok  ok  ok  403 403 ok  403 403 404 403
  GET /v1/operators/{operatorId}/users                                          401  ok  ok  ok  ok  ok  ok  403 403 ok  403 403 404 403
  GET /v1/operators/{operatorId}/next-steps                                     401  ok  ok  ok  ok  ok  ok  403 403 ok  403 403 404 403
  POST /v1/operators/{operatorId}/users                                         401  ok  ok  403 ok  403 403 403 403 403 403 403 404 403
  PATCH /v1/operators/{operatorId}                                              401  ok  ok  403 403 403 403 403 403 403 403 403 404 403
  DELETE /v1/operators/{operatorId}/users/{sub}                                 401  ok  ok  403 ok  403 403 403 403 403 403 403 404 403
  GET /v1/operators/{operatorId}/invitations                                    401  ok  ok  403 ok  403 403 403 403 403 403 403 404 403
  POST /v1/operators/{operatorId}/invitations                                   401  ok  ok  403 ok  403 403 403 403 403 403 403 404 403
  DELETE /v1/operators/{operatorId}/invitations/{invitationId}                  401  ok  ok  403 ok  403 403 403 403 403 403 403 404 403
  POST /v1/invitations/lookups                                                  401  403 403 403 403 403 403 403 403 403 ok  403 403 403
  POST /v1/invitations/redemptions                                              401  403 403 403 403 403 403 403 403 403 ok  403 403 403
  GET /v1/programme                                                             401  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  GET /v1/programme/versions/{version}                                          401  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  GET /v1/programme/evidence-limits                                             401  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  POST /v1/programme/versions                                                   401  403 403 403 403 403 ok  403 403 403 403 403 403 403
  GET /v1/applications                                                          401  ok  ok  ok  ok  ok  ok  403 403 ok  403 403 ok  403
  POST /v1/applications                                                         401  ok  ok  403 ok  403 403 403 403 403 403 403 404 403
  GET /v1/applications/{applicationId}                                          401  ok  ok  ok  ok  ok  ok  403 403 ok  403 403 404 403
  GET /v1/applications/{applicationId}/next-steps                               401  ok  ok  ok  ok  ok  ok  403 403 ok  403 403 404 403
  GET /v1/applications/{applicationId}/certification                            401  403 ok  ok  ok  ok  ok  403 403 ok  403 403 403 403
  POST /v1/applications/{applicationId}/acceptance                              401  403 ok  403 ok  403 403 403 403 403 403 403 403 403
  GET /v1/application-queue                                                     401  403 ok  403 ok  ok  403 403 403 403 403 403 403 403
  GET /v1/authorisation-queue                                                   401  403 ok  403 ok  ok  403 403 403 403 403 403 403 403
  GET /v1/applications/{applicationId}/answers                                  401  ok  ok  ok  ok  ok  ok  403 403 ok  403 403 404 403
  PUT /v1/applications/{applicationId}/answers                                  401  ok  ok  403 403 403 403 403 403 403 403 403 404 403
  POST /v1/applications/{applicationId}/submission                              401  ok  ok  403 403 403 403 403 403 403 403 403 404 403
  GET /v1/applications/{applicationId}/documents                                401  ok  ok  ok  ok  ok  ok  403 403 ok  403 403 404 403
  POST /v1/applications/{applicationId}/documents                               401  ok  ok  403 403 403 403 403 403 403 403 403 404 403
  GET /v1/applications/{applicationId}/documents/{documentId}/content           401  ok  ok  ok  ok  ok  ok  403 403 ok  403 403 404 403
  DELETE /v1/applications/{applicationId}/documents/{documentId}                401  ok  403 403 403 403 403 403 403 403 403 403 404 403
  GET /v1/applications/{applicationId}/information-requests                     401  ok  ok  ok  ok  ok  ok  403 403 ok  403 403 404 403
  POST /v1/applications/{applicationId}/information-requests                    401  403 ok  403 ok  403 403 403 403 403 403 403 403 403
  POST /v1/applications/{applicationId}/information-requests/{requestId}/reply  401  ok  403 403 403 403 403 403 403 403 403 403 404 403
  POST /v1/applications/{applicationId}/decision                                401  403 403 403 403 ok  403 403 403 403 403 403 403 403
  POST /v1/applications/{applicationId}/hearing-response                        401  ok  403 403 403 403 403 403 403 403 403 403 404 403
  POST /v1/applications/{applicationId}/withdrawal                              401  ok  403 403 403 403 403 403 403 403 403 403 404 403
  PUT /v1/applications/{applicationId}/mra-consent                              401  ok  403 403 403 403 403 403 403 403 403 403 404 403
  GET /v1/authorisations                                                        401  ok  ok  ok  ok  ok  ok  403 403 ok  403 403 ok  403
  GET /v1/authorisations/{authorisationNumber}                                  401  ok  ok  ok  ok  ok  ok  403 403 ok  403 403 404 403
  GET /v1/authorisations/{authorisationNumber}/certificate                      401  ok  ok  ok  ok  ok  ok  403 403 ok  403 403 404 403
  PUT /v1/authorisations/{authorisationNumber}/publication                      401  ok  403 403 403 403 403 403 403 403 403 403 404 403
  GET /v1/authorisations/{authorisationNumber}/lifecycle                        401  ok  ok  ok  ok  ok  ok  403 403 ok  403 403 404 403
  POST /v1/authorisations/{authorisationNumber}/revalidation-requests           401  403 ok  403 ok  ok  403 403 403 403 403 403 403 403
  GET /v1/authorisations/{authorisationNumber}/changes                          401  ok  ok  ok  ok  ok  ok  403 403 ok  403 403 404 403
  POST /v1/authorisations/{authorisationNumber}/changes                         401  ok  403 403 403 403 403 403 403 403 403 403 404 403
  PUT /v1/authorisations/{authorisationNumber}/revalidation/self-assessment     401  ok  403 403 403 403 403 403 403 403 403 403 404 403
  POST /v1/authorisations/{authorisationNumber}/revalidation/decision           401  403 403 403 403 ok  403 403 403 403 403 403 403 403
  POST /v1/authorisations/{authorisationNumber}/suspension                      401  403 403 403 403 ok  403 403 403 403 403 403 403 403
  POST /v1/authorisations/{authorisationNumber}/suspension-request              401  ok  403 403 403 403 403 403 403 403 403 403 404 403
  POST /v1/authorisations/{authorisationNumber}/remediation-plan                401  ok  403 403 403 403 403 403 403 403 403 403 404 403
  POST /v1/authorisations/{authorisationNumber}/reinstatement                   401  403 403 403 403 ok  403 403 403 403 403 403 403 403
  POST /v1/authorisations/{authorisationNumber}/revocation                      401  403 403 403 403 ok  403 403 403 403 403 403 403 403
  POST /v1/authorisations/{authorisationNumber}/revocation/hearing-response     401  ok  403 403 403 403 403 403 403 403 403 403 404 403
  POST /v1/authorisations/{authorisationNumber}/revocation/decision             401  403 403 403 403 ok  403 403 403 403 403 403 403 403
  POST /v1/authorisations/{authorisationNumber}/surrender                       401  ok  403 403 403 403 403 403 403 403 403 403 404 403
  GET /v1/public/register                                                       ok   ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  GET /v1/public/register/{authorisationNumber}                                 ok   ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  GET /health/live                                                              ok   ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  GET /health/ready                                                             ok   ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
`;

const reasons = ['matrix check of who may act'];

describe('applications: the role x endpoint x scope matrix (real PostgreSQL, Kafka, Temporal)', () => {
  const service = startedForTests(async () => {
    const started = await startApplications();
    const close = async () => {
      await terminateWorkflows(started.app.get(Client), [revalidationWorkflowId(triggered)]);
      await started.close();
    };
    return { ...started, close };
  });
  const scope = matrixScope();
  const registration = {
    taxpayerId: scope.taxpayerId,
    name: `Matrix Trade ${scope.taxpayerId} LLC`,
    legalForm: 'LLC',
    region: scope.region,
    customsOffice: `${scope.region}-01`,
    supplyChainRoles: ['importer'],
    address: { street: 'Peace Avenue 17', city: 'Darkhan', country: 'MN' },
    contact: { name: 'Bat-Erdene', email: `matrix+${scope.taxpayerId}@altai.example`, language: 'en' },
  };
  // A number of this run: no other run's revalidation workflow answers for it.
  const authorisationNumber = `MX-${scope.taxpayerId}-${randomInt(1_000_000)}`;
  // Requests and reported changes start the revalidation workflow (no worker runs here): they are
  // made on another authorisation of the company, so that the actions on the first find none (409).
  const triggered = `${authorisationNumber}-T`;
  let operatorId = '';
  let applicationId = '';

  beforeAll(async () => {
    const operator = bearer({ sub: 'matrix-opU', roles: [ROLES.operatorUser], taxpayerId: scope.taxpayerId });
    const draft = async () =>
      (
        await service()
          .http.post('/v1/applications')
          .set('Authorization', operator)
          .send({ operatorId, statusType: 'AEOS', consentToMraSharing: true })
          .expect(201)
      ).body.id as string;
    operatorId = (
      await service().http.post('/v1/operators').set('Authorization', operator).send(registration).expect(201)
    ).body.id;
    applicationId = await draft();
    await service().dataSource.query(
      `INSERT INTO authorisations (authorisation_number, application_id, operator_id, taxpayer_id, region, status_type, status,
         decided_by, decided_at, effective_from, revalidation_due, consent_to_mra_sharing)
       VALUES ($1, $2, $3, $4, $5, 'AEOS', 'granted', 'matrix-exe', now(), now(), now() + interval '3 years', true)`,
      [authorisationNumber, applicationId, operatorId, scope.taxpayerId, scope.region],
    );
    const granted = randomUUID();
    await service().dataSource.query(
      `INSERT INTO applications SELECT * FROM json_populate_record(NULL::applications,
         (SELECT to_jsonb(a) || jsonb_build_object('id', $2::uuid, 'status', 'granted') FROM applications a WHERE id = $1)::json)`,
      [applicationId, granted],
    );
    await service().dataSource.query(
      `INSERT INTO authorisations (authorisation_number, application_id, operator_id, taxpayer_id, region, status_type, status,
         decided_by, decided_at, effective_from, revalidation_due, consent_to_mra_sharing)
       SELECT $1, $2, operator_id, taxpayer_id, region, status_type, status, decided_by, decided_at, effective_from,
         revalidation_due, consent_to_mra_sharing FROM authorisations WHERE authorisation_number = $3`,
      [triggered, granted, authorisationNumber],
    );
  });

  itAnswersAsTheRoleMatrix(() => service().http, MATRIX, scope, {
    params: () => ({
      operatorId,
      applicationId,
      authorisationNumber,
      version: '1',
      documentId: randomUUID(),
      requestId: randomUUID(),
    }),
    requests: {
      'POST /v1/operators': { body: registration },
      'POST /v1/operators/{operatorId}/users': {
        body: { sub: 'matrix-member', name: 'Matrix Member', email: 'member@altai.example', language: 'en' },
      },
      'PATCH /v1/operators/{operatorId}': { body: { supplyChainRoles: ['importer', 'exporter'] } },
      // A user never linked: in scope, 404 after every check.
      'DELETE /v1/operators/{operatorId}/users/{sub}': {
        params: { sub: 'matrix-nobody' },
        body: { reason: 'matrix removal' },
      },
      'POST /v1/operators/{operatorId}/invitations': {
        body: { email: 'invited@altai.example', name: 'Matrix Invitee', language: 'en' },
      },
      // An invitation never made: in scope, 404 after every check.
      'DELETE /v1/operators/{operatorId}/invitations/{invitationId}': { params: { invitationId: randomUUID() } },
      // A code no invitation has: the identity provider's client gets 404.
      'POST /v1/invitations/lookups': { body: { code: 'M'.repeat(43) } },
      'POST /v1/invitations/redemptions': {
        body: {
          code: 'M'.repeat(43),
          sub: 'matrix-invitee',
          name: 'Matrix Invitee',
          email: 'invited@altai.example',
          language: 'en',
          taxpayerId: scope.taxpayerId,
        },
      },
      'GET /v1/applications': { query: `?region=${scope.region}` },
      'GET /v1/application-queue': { query: `?region=${scope.region}` },
      'GET /v1/authorisation-queue': { query: `?region=${scope.region}` },
      'POST /v1/applications': () => ({ body: { operatorId, statusType: 'AEOC', consentToMraSharing: false } }),
      'POST /v1/applications/{applicationId}/acceptance': { body: { decision: 'accept' } },
      'PUT /v1/applications/{applicationId}/answers': {
        body: { answers: [{ questionId: 'compliance.infringements', value: 'no' }] },
      },
      'POST /v1/applications/{applicationId}/information-requests': {
        body: { questions: 'Send the missing audit report.', dueInDays: 10 },
      },
      'POST /v1/applications/{applicationId}/information-requests/{requestId}/reply': {
        body: { response: 'Attached.' },
      },
      'POST /v1/applications/{applicationId}/decision': { body: { decision: 'grant', reasons } },
      'POST /v1/applications/{applicationId}/hearing-response': { body: { response: 'Our comments.' } },
      'POST /v1/applications/{applicationId}/withdrawal': { body: { reason: 'matrix withdrawal' } },
      'PUT /v1/applications/{applicationId}/mra-consent': { body: { consentToMraSharing: false } },
      'GET /v1/authorisations': { query: `?region=${scope.region}` },
      'PUT /v1/authorisations/{authorisationNumber}/publication': { body: { publish: true, fields: ['name'] } },
      'POST /v1/authorisations/{authorisationNumber}/revalidation-requests': {
        params: { authorisationNumber: triggered },
        body: { reason: 'matrix request' },
      },
      'POST /v1/applications/{applicationId}/documents': {
        multipart: {
          fields: { questionId: 'compliance.infringements' },
          file: { field: 'file', content: SAMPLE_PDF, filename: 'evidence.pdf', contentType: 'application/pdf' },
        },
      },
      'POST /v1/authorisations/{authorisationNumber}/changes': {
        params: { authorisationNumber: triggered },
        body: { kind: 'ownership', description: 'New majority shareholder.', effectiveDate: '2026-11-01' },
      },
      'PUT /v1/authorisations/{authorisationNumber}/revalidation/self-assessment': {
        body: { answers: { 'compliance.infringements': 'no' } },
      },
      'POST /v1/authorisations/{authorisationNumber}/revalidation/decision': { body: { decision: 'confirm', reasons } },
      'POST /v1/authorisations/{authorisationNumber}/suspension': { body: { grounds: reasons } },
      'POST /v1/authorisations/{authorisationNumber}/suspension-request': {
        body: { reason: 'matrix request', measures: reasons, periodDays: 30 },
      },
      'POST /v1/authorisations/{authorisationNumber}/remediation-plan': { body: { measures: reasons, periodDays: 30 } },
      'POST /v1/authorisations/{authorisationNumber}/reinstatement': { body: { reasons } },
      'POST /v1/authorisations/{authorisationNumber}/revocation': { body: { grounds: reasons } },
      'POST /v1/authorisations/{authorisationNumber}/revocation/hearing-response': {
        body: { response: 'Our comments.' },
      },
      'POST /v1/authorisations/{authorisationNumber}/revocation/decision': { body: { decision: 'drop', reasons } },
      'POST /v1/authorisations/{authorisationNumber}/surrender': { body: { reason: 'matrix surrender' } },
    },
    // The identity provider's own client redeems company invitations (the only one given the scope).
    scopes: {
      'POST /v1/invitations/lookups': ['aeo.invitations.redeem'],
      'POST /v1/invitations/redemptions': ['aeo.invitations.redeem'],
    },
  });
});
