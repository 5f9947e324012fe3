import { randomUUID } from 'node:crypto';
import { itAnswersAsTheRoleMatrix, matrixScope, roleMatrix, startedForTests } from '@aeo/testing';
import { startOperations } from './testing/start-operations';

jest.setTimeout(120_000);

/**
 * Who may call what (issue 18's matrix, issue 19's operations area): columns and cells are
 * explained in libs/testing/src/role-matrix.ts. Everything is the operations team's; executives
 * read (workflows, dead letters, service health) but neither replay nor discard. Nothing here is
 * regional or a company's, so the callers of another region, company or country are refused by
 * role like the others; a backend platform has no part (403, no scopes). The ids are made up: an
 * allowed caller's answer is a 404, which `ok` takes (past the role check).
 */
const MATRIX = roleMatrix`
  operation                                          none opU co  val ro  exe pol mra pc  ops bp  xRg xCo xPc
  GET /health/live                                   ok   ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  GET /health/ready                                  ok   ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  GET /v1/workflows                                  401  403 403 403 403 ok  403 403 403 ok  403 403 403 403
  GET /v1/workflows/{workflowId}                     401  403 403 403 403 ok  403 403 403 ok  403 403 403 403
  GET /v1/dead-letters                               401  403 403 403 403 ok  403 403 403 ok  403 403 403 403
  GET /v1/dead-letters/{deadLetterId}                401  403 403 403 403 ok  403 403 403 ok  403 403 403 403
  POST /v1/dead-letters/{deadLetterId}/replay        401  403 403 403 403 403 403 403 403 ok  403 403 403 403
  POST /v1/dead-letters/{deadLetterId}/discard       401  403 403 403 403 403 403 403 403 ok  403 403 403 403
  GET /v1/service-health                             401  403 403 403 403 ok  403 403 403 ok  403 403 403 403
  GET /v1/watchdog-alerts                            401  403 403 403 403 ok  403 403 403 ok  403 403 403 403
  POST /v1/watchdog-alerts/{alertId}/acknowledgement 401  403 403 403 403 403 403 403 403 ok  403 403 403 403
`;

describe('operations: the role x endpoint x scope matrix (real PostgreSQL, Kafka, Temporal)', () => {
  const service = startedForTests(() => startOperations());

  itAnswersAsTheRoleMatrix(() => service().http, MATRIX, matrixScope(), {
    params: () => ({ workflowId: `matrix-${randomUUID()}`, deadLetterId: randomUUID(), alertId: randomUUID() }),
    requests: {
      'POST /v1/dead-letters/{deadLetterId}/replay': { body: { reason: 'role matrix' } },
      'POST /v1/dead-letters/{deadLetterId}/discard': { body: { reason: 'role matrix' } },
      'POST /v1/watchdog-alerts/{alertId}/acknowledgement': { body: { note: 'role matrix' } },
    },
    scopes: {},
  });
});
