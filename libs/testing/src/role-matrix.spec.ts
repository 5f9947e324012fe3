import type { IncomingMessage, ServerResponse } from 'node:http';
import request from 'supertest';
import {
  documentedOperations,
  matrixCellHolds,
  matrixDocumentDrift,
  matrixMismatches,
  matrixScope,
  MATRIX_WRONG_SCOPE,
  roleMatrix,
} from './role-matrix';

const document = {
  paths: {
    '/health/live': { get: { security: [] } },
    '/v1/things/{id}': {
      get: { 'x-roles': ['executive', 'regional-office'] },
      post: { 'x-roles': ['executive'] },
    },
    '/v1/feeds': { get: { 'x-roles': ['backend-platform', 'operations'], 'x-scopes': ['aeo.status.read'] } },
  },
};

describe('role matrix: the table against the OpenAPI document', () => {
  const scope = matrixScope();

  // Follows the document's roles (the operations caller's feed not found: nf).
  const agreeing = roleMatrix`
    operation             none opU co  val ro  exe pol mra pc  ops bp  xRg xCo xPc
    GET /health/live      ok   ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
    GET /v1/things/{id}   401  403 403 403 ok  ok  403 403 403 403 403 404 403 403
    POST /v1/things/{id}  401  403 403 403 403 ok  403 403 403 403 403 403 403 403
    GET /v1/feeds         401  403 403 403 403 403 403 403 403 nf  ok  403 403 403
  `;

  it('agrees with a document whose roles and scopes it follows', () => {
    expect(
      matrixDocumentDrift(agreeing, documentedOperations(document), scope, { 'GET /v1/feeds': ['aeo.status.read'] }),
    ).toEqual([]);
  });

  it('names an operation without a row, a role allowed but not documented, a documented role refused, an open row', () => {
    const rows = roleMatrix`
      operation             none opU co  val ro  exe pol mra pc  ops bp  xRg xCo xPc
      GET /health/live      401  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
      GET /v1/things/{id}   401  403 ok  403 403 ok  403 403 403 403 403 403 403 403
      GET /v1/feeds         401  403 403 403 403 403 403 403 403 ok  ok  403 403 403
    `;
    expect(matrixDocumentDrift(rows, documentedOperations(document), scope, {})).toEqual([
      'operation POST /v1/things/{id} has no row in the matrix',
      'GET /health/live: without a token the table says 401, the document says it is open',
      'GET /v1/things/{id}: co (contact-officer) is ok in the table but not among the documented roles [executive, regional-office]',
      'GET /v1/things/{id}: ro (regional-office) is documented [executive, regional-office] but 403 in the table',
      'GET /v1/feeds: the matrix states the scopes [], the document [aeo.status.read]',
    ]);
  });

  it('names scopes stated but not documented, other than documented, or for an operation without a row', () => {
    expect(
      matrixDocumentDrift(agreeing, documentedOperations(document), scope, {
        'GET /v1/things/{id}': ['aeo.status.read'],
        'GET /v1/feeds': ['aeo.events.subscribe'],
        'GET /v1/gone': ['aeo.status.read'],
      }),
    ).toEqual([
      'GET /v1/things/{id}: the matrix states the scopes [aeo.status.read], the document []',
      'GET /v1/feeds: the matrix states the scopes [aeo.events.subscribe], the document [aeo.status.read]',
      'scopes stated for GET /v1/gone, which has no row',
    ]);
  });

  it('refuses a malformed table', () => {
    expect(
      () => roleMatrix`
      operation  none
    `,
    ).toThrow(/header must be/);
    expect(
      () => roleMatrix`
      operation             none opU co  val ro  exe pol mra pc  ops bp  xRg xCo xPc
      GET /v1/things/{id}   401  403 maybe
    `,
    ).toThrow(/GET \/v1\/things\/\{id\}" needs 14 cells/);
  });
});

describe('role matrix: what a cell accepts', () => {
  it('takes a 400, 404 or 409 as ok for an in-scope caller, only a 2xx for another region, company or partner', () => {
    for (const status of [200, 201, 204, 400, 404, 409]) expect(matrixCellHolds('co', 'ok', status)).toBe(true);
    for (const status of [401, 403, 500, 503]) expect(matrixCellHolds('co', 'ok', status)).toBe(false);
    for (const caller of ['xRg', 'xCo', 'xPc'] as const) {
      for (const status of [200, 201, 204]) expect(matrixCellHolds(caller, 'ok', status)).toBe(true);
      for (const status of [400, 404, 409, 422, 403, 500]) expect(matrixCellHolds(caller, 'ok', status)).toBe(false);
    }
  });

  it('takes exactly a 404 for nf and 404, and the status itself for 401 and 403', () => {
    expect(matrixCellHolds('xRg', 'nf', 404)).toBe(true);
    expect(matrixCellHolds('xRg', 'nf', 200)).toBe(false);
    expect(matrixCellHolds('xRg', 'nf', 403)).toBe(false);
    expect(matrixCellHolds('xCo', '404', 404)).toBe(true);
    expect(matrixCellHolds('xCo', '404', 400)).toBe(false);
    expect(matrixCellHolds('none', '401', 401)).toBe(true);
    expect(matrixCellHolds('opU', '403', 404)).toBe(false);
  });
});

describe('role matrix: the backend platform without its scopes', () => {
  const scope = matrixScope();
  const rows = roleMatrix`
    operation      none opU co  val ro  exe pol mra pc  ops bp  xRg xCo xPc
    GET /v1/feeds  401  403 403 403 403 403 403 403 403 ok  ok  403 403 403
  `;
  /** The claims of a token, unverified (the stand-in service only answers by them). */
  const claimsOf = (req: IncomingMessage): { roles?: string[]; scope?: string } | undefined => {
    const token = req.headers.authorization?.replace(/^Bearer /, '');
    return token ? JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) : undefined;
  };
  /** A stand-in service allowing operations and backend platforms, checking the platform's scope or not. */
  const service =
    (checksScope: boolean) =>
    (req: IncomingMessage, res: ServerResponse): void => {
      const claims = claimsOf(req);
      const roles = claims?.roles ?? [];
      const granted = (claims?.scope ?? '').split(' ');
      res.statusCode = !claims
        ? 401
        : roles.includes('operations')
          ? 200
          : !roles.includes('backend-platform')
            ? 403
            : checksScope && !granted.includes('aeo.status.read')
              ? 403
              : 200;
      res.end('{}');
    };

  it('passes when the service refuses a platform without the scope or with a wrong one', async () => {
    expect(
      await matrixMismatches(request(service(true)), rows[0]!, scope, { params: {}, scopes: ['aeo.status.read'] }),
    ).toEqual([]);
  });

  it('fails when the service does not check the scope (its @RequireScopes removed)', async () => {
    expect(
      await matrixMismatches(request(service(false)), rows[0]!, scope, { params: {}, scopes: ['aeo.status.read'] }),
    ).toEqual([
      'bp without scopes: expected 403, got 200 "{}"',
      `bp with the scope ${MATRIX_WRONG_SCOPE}: expected 403, got 200 "{}"`,
    ]);
  });

  it('fails when the table states no scope the service needs (bp called without it)', async () => {
    expect(await matrixMismatches(request(service(true)), rows[0]!, scope, { params: {} })).toEqual([
      'bp: expected ok, got 403 "{}"',
    ]);
  });
});
