import { randomUUID } from 'node:crypto';
import { itAnswersAsTheRoleMatrix, matrixScope, roleMatrix, startedForTests } from '@aeo/testing';
import { seedDemoArrangements } from './testing/arrangements-fixture';
import { startMra } from './testing/start-mra';

jest.setTimeout(120_000);

/**
 * Who may call what (issue 18): columns and cells are explained in libs/testing/src/role-matrix.ts.
 * The fixture's arrangement is with China (pc: Chinese customs); a partner administration of
 * another country (xPc: Korea, which has its own arrangement) lists only its own arrangement and
 * gets 404 for China's, as if it did not exist. Customs staff other than MRA officers and
 * executives, operators and platforms have no part in arrangements (403).
 */
const MATRIX = roleMatrix`
  operation                                                     none opU co  val ro  exe pol mra pc  ops bp  xRg xCo xPc
  GET /health/live                                              ok   ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  GET /health/ready                                             ok   ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  GET /v1/arrangements                                          401  403 403 403 403 ok  403 ok  ok  403 403 403 403 ok
  POST /v1/arrangements                                         401  403 403 403 403 403 403 ok  403 403 403 403 403 403
  GET /v1/arrangement-overview                                  401  403 403 403 403 ok  403 ok  403 403 403 403 403 403
  GET /v1/arrangements/{arrangementId}                          401  403 403 403 403 ok  403 ok  ok  403 403 403 403 404
  GET /v1/arrangements/{arrangementId}/phases                   401  403 403 403 403 ok  403 ok  ok  403 403 403 403 404
  GET /v1/arrangements/{arrangementId}/comparison               401  403 403 403 403 ok  403 ok  ok  403 403 403 403 404
  POST /v1/arrangements/{arrangementId}/comparison              401  403 403 403 403 403 403 ok  403 403 403 403 403 403
  GET /v1/arrangements/{arrangementId}/terms                    401  403 403 403 403 ok  403 ok  ok  403 403 403 403 404
  GET /v1/arrangements/{arrangementId}/records                  401  403 403 403 403 ok  403 ok  403 403 403 403 403 403
  POST /v1/arrangements/{arrangementId}/advance                 401  403 403 403 403 403 403 ok  403 403 403 403 403 403
  POST /v1/arrangements/{arrangementId}/visits                  401  403 403 403 403 403 403 ok  403 403 403 403 403 403
  POST /v1/arrangements/{arrangementId}/negotiation-rounds      401  403 403 403 403 403 403 ok  403 403 403 403 403 403
  POST /v1/arrangements/{arrangementId}/signature               401  403 403 403 403 ok  403 403 403 403 403 403 403 403
  POST /v1/arrangements/{arrangementId}/exchange-tests          401  403 403 403 403 403 403 ok  403 403 403 403 403 403
  POST /v1/arrangements/{arrangementId}/reviews                 401  403 403 403 403 403 403 ok  403 403 403 403 403 403
  POST /v1/arrangements/{arrangementId}/review-policy           401  403 403 403 403 403 403 ok  403 403 403 403 403 403
  POST /v1/arrangements/{arrangementId}/suspension              401  403 403 403 403 403 403 ok  403 403 403 403 403 403
  POST /v1/arrangements/{arrangementId}/resumption              401  403 403 403 403 403 403 ok  403 403 403 403 403 403
  POST /v1/arrangements/{arrangementId}/termination             401  403 403 403 403 ok  403 403 403 403 403 403 403 403
  GET /v1/arrangements/{arrangementId}/partner-keys             401  403 403 403 403 ok  403 ok  403 403 403 403 403 403
  PUT /v1/arrangements/{arrangementId}/partner-keys/{kid}       401  403 403 403 403 403 403 ok  403 403 403 403 403 403
  DELETE /v1/arrangements/{arrangementId}/partner-keys/{kid}    401  403 403 403 403 403 403 ok  403 403 403 403 403 403
  GET /v1/arrangements/{arrangementId}/partner-lists            401  403 403 403 403 ok  403 ok  ok  403 403 403 403 404
  POST /v1/arrangements/{arrangementId}/partner-lists           401  403 403 403 403 403 403 ok  ok  403 403 403 403 404
  GET /v1/arrangements/{arrangementId}/partner-lists/{version}  401  403 403 403 403 ok  403 ok  ok  403 403 403 403 404
  GET /v1/arrangements/{arrangementId}/partner-list-entries     401  403 403 403 403 ok  403 ok  ok  403 403 403 403 404
  GET /v1/foreign-ids/reviews                                   401  403 403 403 403 ok  403 ok  403 403 403 403 403 403
  GET /v1/foreign-ids/review-queue                              401  403 403 403 403 ok  403 ok  403 403 403 403 403 403
  POST /v1/foreign-ids/reviews/{reviewId}/resolution            401  403 403 403 403 403 403 ok  403 403 403 403 403 403
  GET /v1/foreign-ids/match-rate                                401  403 403 403 403 ok  403 ok  403 403 403 403 403 403
  GET /v1/recognitions/{country}/{aeoId}                        401  403 403 403 403 ok  403 ok  403 403 ok  403 403 403
  GET /v1/arrangements/{arrangementId}/list-exports/latest      401  403 403 403 403 ok  403 ok  ok  403 403 403 403 404
  GET /v1/arrangements/{arrangementId}/list-exports             401  403 403 403 403 ok  403 ok  ok  403 403 403 403 404
  POST /v1/arrangements/{arrangementId}/list-exports            401  403 403 403 403 403 403 ok  403 403 403 403 403 403
  GET /v1/list-exports/signing-keys                             ok   ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  POST /v1/list-exports/signing-keys/{kid}/withdrawal           401  403 403 403 403 403 403 ok  403 ok  403 403 403 403
`;

describe('mra: the role x endpoint x scope matrix (real PostgreSQL, Kafka, Temporal)', () => {
  const service = startedForTests(() => startMra({ ownTopics: true }));
  const scope = matrixScope({ partnerCountry: 'CN', otherPartnerCountry: 'KR' });
  let arrangementId = '';

  beforeAll(async () => {
    arrangementId = (await seedDemoArrangements(service().dataSource)).china.id;
  });

  itAnswersAsTheRoleMatrix(() => service().http, MATRIX, scope, {
    params: () => ({
      arrangementId,
      version: '1',
      kid: 'matrix-key',
      reviewId: randomUUID(),
      country: 'CN',
      aeoId: 'CN1234567890',
    }),
    requests: {
      // An instance takes two imports at once (503 beyond).
      'POST /v1/arrangements/{arrangementId}/partner-lists': { concurrency: 1 },
      'GET /v1/arrangements/{arrangementId}/list-exports': { query: '?since=1' },
    },
    // What a backend platform's token needs (the document's x-scopes; without them or with a wrong one: 403).
    scopes: { 'GET /v1/recognitions/{country}/{aeoId}': ['aeo.status.read'] },
  });
});
