import { randomInt, randomUUID } from 'node:crypto';
import pLimit from 'p-limit';
import type request from 'supertest';
import { AuthenticatedUser, ROLES, Role } from '@aeo/auth';
import { bearer } from './tokens';

/**
 * The role x endpoint x scope matrix of a service (issue 18): every operation of its OpenAPI
 * document called by every caller below, each answer checked against the table, and the table
 * checked against the roles the document states (`x-roles`), so that neither can drift.
 *
 * The callers, in the table's column order:
 *   none    no token
 *   opU     operator user of the fixture's company        ops     operations
 *   co      contact officer of the fixture's region       bp      backend platform (with the scopes the operation documents)
 *   val     validator of the fixture's region             xRg     contact officer + validator + regional office of ANOTHER region
 *   ro      regional office of the fixture's region       xCo     operator user of ANOTHER company
 *   exe     executive management                          xPc     partner customs of ANOTHER country
 *   pol     policy unit
 *   mra     MRA officer
 *   pc      partner customs of the fixture's country
 *
 * A cell is the answer class:
 *   ok    allowed. For an in-scope caller: past the authorization checks, anything but 401, 403 and
 *         5xx (a 400, 404 or 409 from a made-up body or a record's state is fine). For a caller of
 *         another region, company or partner country (xRg, xCo, xPc): a 2xx only, since a 400 or a
 *         404 answered before the region/company check would say nothing about it.
 *   nf    404, the record is not found: the answer never reached a scope check (a made-up id), so
 *         the cell states what happens and claims nothing about the caller's scope.
 *   401   no or a bad token.
 *   403   refused (the role, the scope, or the record's region/company).
 *   404   the record exists and is hidden from that caller (the scope check answered 404).
 *
 * Scopes: each service states the scopes a backend platform needs per operation (`MatrixScopes`,
 * beside its table); the drift check compares them with the document's `x-scopes`, `bp` is
 * called with exactly the stated scopes, and for every operation with scopes also as `bp` without
 * scopes and with a wrong scope, each expected 403.
 */
export const MATRIX_CALLERS = [
  'none',
  'opU',
  'co',
  'val',
  'ro',
  'exe',
  'pol',
  'mra',
  'pc',
  'ops',
  'bp',
  'xRg',
  'xCo',
  'xPc',
] as const;
export type MatrixCaller = (typeof MATRIX_CALLERS)[number];
export type MatrixAnswer = 'ok' | 'nf' | '401' | '403' | '404';
const ANSWERS: readonly string[] = ['ok', 'nf', '401', '403', '404'];

/** The callers whose token is inside the fixture's region, company and country. */
const IN_SCOPE: readonly MatrixCaller[] = ['opU', 'co', 'val', 'ro', 'exe', 'pol', 'mra', 'pc', 'ops', 'bp'];
/** The callers of another region, company or partner country: their `ok` is a 2xx. */
const CROSS_SCOPE: readonly MatrixCaller[] = ['xRg', 'xCo', 'xPc'];

/** The scopes a backend platform needs per operation (`METHOD /path`); an operation not named needs none. */
export type MatrixScopes = Readonly<Record<string, readonly string[]>>;

/** A scope no operation documents: the `bp` caller's wrong scope. */
export const MATRIX_WRONG_SCOPE = 'aeo.matrix.wrong-scope';

export interface MatrixRow {
  /** `METHOD /path/{template}` as in the OpenAPI document. */
  readonly operation: string;
  readonly answers: Readonly<Record<MatrixCaller, MatrixAnswer>>;
}

/**
 * Parses a matrix table: a header line naming the columns (`operation` then MATRIX_CALLERS in
 * order), then one line per operation: method, path template, one cell per caller.
 */
export function roleMatrix(strings: TemplateStringsArray): MatrixRow[] {
  const lines = strings
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('//'));
  const [header, ...rows] = lines;
  const columns = header?.split(/\s+/) ?? [];
  if (columns.join(' ') !== ['operation', ...MATRIX_CALLERS].join(' '))
    throw new Error(`role matrix: the header must be "operation ${MATRIX_CALLERS.join(' ')}", got "${header}"`);
  const seen = new Set<string>();
  return rows.map((line) => {
    const [method, path, ...cells] = line.split(/\s+/);
    const operation = `${method} ${path}`;
    if (cells.length !== MATRIX_CALLERS.length || cells.some((cell) => !ANSWERS.includes(cell)))
      throw new Error(`role matrix: row "${operation}" needs ${MATRIX_CALLERS.length} cells of ${ANSWERS.join('|')}`);
    if (seen.has(operation)) throw new Error(`role matrix: row "${operation}" appears twice`);
    seen.add(operation);
    const answers = Object.fromEntries(MATRIX_CALLERS.map((caller, i) => [caller, cells[i]])) as Record<
      MatrixCaller,
      MatrixAnswer
    >;
    return { operation, answers };
  });
}

/** The records the matrix is called on: the in-scope callers' region, company and country, and the others'. */
export interface MatrixScope {
  readonly region: string;
  readonly otherRegion: string;
  readonly taxpayerId: string;
  readonly otherTaxpayerId: string;
  readonly partnerCountry: string;
  readonly otherPartnerCountry: string;
  /** A caller's `sub` when the service checks it (the case's assigned validator, say); else `matrix-<caller>`. */
  readonly subs?: Partial<Record<MatrixCaller, string>>;
}

/**
 * A scope of this run: regions DARKHAN (the fixture's) and ERDENET, two taxpayer ids of the
 * programme's format (7 digits) no other run uses, partner countries KR and JP; `overrides` win.
 */
export function matrixScope(overrides: Partial<MatrixScope> = {}): MatrixScope {
  const taxpayer = 8_000_000 + randomInt(0, 500_000) * 2;
  return {
    region: 'DARKHAN',
    otherRegion: 'ERDENET',
    taxpayerId: String(taxpayer),
    otherTaxpayerId: String(taxpayer + 1),
    partnerCountry: 'KR',
    otherPartnerCountry: 'JP',
    ...overrides,
  };
}

/** The claims of each caller but `none`. */
export function matrixCallerClaims(scope: MatrixScope): Record<Exclude<MatrixCaller, 'none'>, AuthenticatedUser> {
  const sub = (caller: MatrixCaller) => scope.subs?.[caller] ?? `matrix-${caller}`;
  const national = (caller: MatrixCaller, role: Role): AuthenticatedUser => ({ sub: sub(caller), roles: [role] });
  const regional = (caller: MatrixCaller, role: Role): AuthenticatedUser => ({
    sub: sub(caller),
    roles: [role],
    region: scope.region,
  });
  return {
    opU: { sub: sub('opU'), roles: [ROLES.operatorUser], taxpayerId: scope.taxpayerId },
    co: regional('co', ROLES.contactOfficer),
    val: regional('val', ROLES.validator),
    ro: regional('ro', ROLES.regionalOffice),
    exe: national('exe', ROLES.executive),
    pol: national('pol', ROLES.policyUnit),
    mra: national('mra', ROLES.mraOfficer),
    pc: { sub: sub('pc'), roles: [ROLES.partnerCustoms], partnerCountry: scope.partnerCountry },
    ops: national('ops', ROLES.operations),
    bp: national('bp', ROLES.backendPlatform),
    xRg: {
      sub: sub('xRg'),
      roles: [ROLES.contactOfficer, ROLES.validator, ROLES.regionalOffice],
      region: scope.otherRegion,
    },
    xCo: { sub: sub('xCo'), roles: [ROLES.operatorUser], taxpayerId: scope.otherTaxpayerId },
    xPc: { sub: sub('xPc'), roles: [ROLES.partnerCustoms], partnerCountry: scope.otherPartnerCountry },
  };
}

/** How one operation is called: its path parameters (beyond the scope's), a query string, a body. */
export interface MatrixRequest {
  readonly params?: Readonly<Record<string, string>>;
  /** Appended to the path, `?` included. */
  readonly query?: string;
  readonly body?: unknown;
  /** For a body that is not JSON (sent as is). */
  readonly contentType?: string;
  /** A multipart form instead of a body: its text fields and one file. */
  readonly multipart?: {
    readonly fields: Readonly<Record<string, string>>;
    readonly file: {
      readonly field: string;
      readonly content: Buffer;
      readonly filename: string;
      readonly contentType: string;
    };
  };
  /** Callers at once, when the operation takes fewer at a time than the default 4. */
  readonly concurrency?: number;
}

/** An operation's request, the same for every caller or each caller's own (its own record, say). */
export type MatrixRequestOf = MatrixRequest | ((caller: MatrixCaller) => MatrixRequest);

interface DocumentedOperation {
  readonly open: boolean;
  readonly roles?: readonly Role[];
  readonly scopes?: readonly string[];
}

/** The operations of an OpenAPI document, keyed `METHOD /path`. */
export function documentedOperations(document: {
  paths: Record<string, Record<string, unknown>>;
}): Map<string, DocumentedOperation> {
  const operations = new Map<string, DocumentedOperation>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const operation = item[method] as Record<string, unknown> | undefined;
      if (!operation) continue;
      const security = operation['security'];
      const scopes = operation['x-scopes'];
      operations.set(`${method.toUpperCase()} ${path}`, {
        open: Array.isArray(security) && security.length === 0,
        roles: operation['x-roles'] as Role[] | undefined,
        scopes: Array.isArray(scopes) ? (scopes as string[]) : undefined,
      });
    }
  }
  return operations;
}

/**
 * Where the table and the document disagree: an operation without a row, a row without an
 * operation, a role allowed by the table but not documented, a documented role the table refuses.
 */
export function matrixDocumentDrift(
  rows: readonly MatrixRow[],
  operations: ReadonlyMap<string, DocumentedOperation>,
  scope: MatrixScope,
  scopes: MatrixScopes,
): string[] {
  const claims = matrixCallerClaims(scope);
  const drift: string[] = [];
  const tabled = new Set(rows.map((row) => row.operation));
  for (const operation of operations.keys())
    if (!tabled.has(operation)) drift.push(`operation ${operation} has no row in the matrix`);
  for (const row of rows) {
    const documented = operations.get(row.operation);
    if (!documented) {
      drift.push(`row ${row.operation} names no operation of the OpenAPI document`);
      continue;
    }
    const stated = [...(scopes[row.operation] ?? [])].sort();
    const documentedScopes = [...(documented.scopes ?? [])].sort();
    if (stated.join(' ') !== documentedScopes.join(' '))
      drift.push(
        `${row.operation}: the matrix states the scopes [${stated.join(', ')}], the document [${documentedScopes.join(', ')}]`,
      );
    for (const caller of MATRIX_CALLERS) {
      const answer = row.answers[caller];
      if (caller === 'none') {
        if (documented.open === (answer === '401'))
          drift.push(
            `${row.operation}: without a token the table says ${answer}, the document says it is ${documented.open ? 'open' : 'guarded'}`,
          );
        continue;
      }
      if (documented.open || !documented.roles) continue;
      const roles = claims[caller].roles;
      const allowed = roles.some((role) => documented.roles!.includes(role));
      if (!allowed && answer !== '403')
        drift.push(
          `${row.operation}: ${caller} (${roles.join('+')}) is ${answer} in the table but not among the documented roles [${documented.roles.join(', ')}]`,
        );
      if (allowed && IN_SCOPE.includes(caller) && answer !== 'ok' && answer !== 'nf')
        drift.push(
          `${row.operation}: ${caller} (${roles.join('+')}) is documented [${documented.roles.join(', ')}] but ${answer} in the table`,
        );
    }
  }
  for (const operation of Object.keys(scopes))
    if (!tabled.has(operation)) drift.push(`scopes stated for ${operation}, which has no row`);
  return drift;
}

/** Whether a status is what a cell says (see the answer classes above). */
export function matrixCellHolds(caller: MatrixCaller, expected: MatrixAnswer, status: number): boolean {
  switch (expected) {
    case 'ok':
      if (CROSS_SCOPE.includes(caller)) return status >= 200 && status < 300;
      return status < 500 && status !== 401 && status !== 403;
    case 'nf':
    case '404':
      return status === 404;
    default:
      return status === Number(expected);
  }
}

/**
 * Calls one row's operation as every caller (at most the request's `concurrency`, else 4, at once) and returns the cells
 * whose answer differs from the table, with the status and message received.
 */
export async function matrixMismatches(
  http: ReturnType<typeof request>,
  row: MatrixRow,
  scope: MatrixScope,
  options: { params: Readonly<Record<string, string>>; request?: MatrixRequestOf; scopes?: readonly string[] },
): Promise<string[]> {
  const [method, template] = row.operation.split(' ') as [string, string];
  const requestOf = (caller: MatrixCaller) =>
    typeof options.request === 'function' ? options.request(caller) : options.request;
  const pathOf = (request: MatrixRequest | undefined) => {
    const params = { ...options.params, ...request?.params };
    return (
      template.replace(/\{(\w+)\}/g, (_, name: string) => {
        const value = params[name];
        if (value === undefined) throw new Error(`role matrix: no value for {${name}} of ${row.operation}`);
        return encodeURIComponent(value);
      }) + (request?.query ?? '')
    );
  };
  const claims = matrixCallerClaims(scope);
  const scopes = options.scopes ?? [];
  // Every caller; `bp` with the stated scopes, and for an operation with scopes also without any and with a wrong one.
  const calls: { label: string; caller: MatrixCaller; expected: MatrixAnswer; user?: AuthenticatedUser }[] =
    MATRIX_CALLERS.map((caller) => ({
      label: caller,
      caller,
      expected: row.answers[caller],
      user:
        caller === 'none' ? undefined : caller === 'bp' && scopes.length ? { ...claims.bp, scopes } : claims[caller],
    }));
  if (scopes.length)
    calls.push(
      { label: 'bp without scopes', caller: 'bp', expected: '403', user: { ...claims.bp, scopes: [] } },
      {
        label: `bp with the scope ${MATRIX_WRONG_SCOPE}`,
        caller: 'bp',
        expected: '403',
        user: { ...claims.bp, scopes: [MATRIX_WRONG_SCOPE] },
      },
    );
  const limit = pLimit(requestOf('none')?.concurrency ?? 4);
  const mismatches = await Promise.all(
    calls.map(({ label, caller, expected, user }) =>
      limit(async () => {
        const request = requestOf(caller);
        const path = pathOf(request);
        let call = http[method.toLowerCase() as 'get'](path);
        if (user) call = call.set('Authorization', bearer(user));
        if (method !== 'GET') {
          call = call.set('Idempotency-Key', randomUUID());
          const form = request?.multipart;
          if (form) {
            for (const [name, value] of Object.entries(form.fields)) call = call.field(name, value);
            call = call.attach(form.file.field, form.file.content, {
              filename: form.file.filename,
              contentType: form.file.contentType,
            });
          } else {
            if (request?.contentType) call = call.set('Content-Type', request.contentType);
            call = call.send((request?.body ?? {}) as object);
          }
        }
        const answer = await call;
        if (matrixCellHolds(caller, expected, answer.status)) return undefined;
        const message = JSON.stringify((answer.body as { message?: unknown })?.message ?? answer.text).slice(0, 200);
        return `${label}: expected ${expected}, got ${answer.status} ${message}`;
      }),
    ),
  );
  return mismatches.filter((mismatch): mismatch is string => mismatch !== undefined);
}

/**
 * The matrix test of a service: the table agrees with the service's live OpenAPI document, and
 * every row answers as tabled. Call inside a describe block whose service is started.
 */
export function itAnswersAsTheRoleMatrix(
  http: () => ReturnType<typeof request>,
  rows: readonly MatrixRow[],
  scope: MatrixScope,
  calls: {
    /** Path parameter values every operation shares (ids of the fixture's records). */
    readonly params: () => Readonly<Record<string, string>>;
    /** Per operation (`METHOD /path`): its own parameters, query or body. */
    readonly requests?: Readonly<Record<string, MatrixRequestOf>>;
    /** The scopes a backend platform needs per operation (compared with the document's `x-scopes`). */
    readonly scopes: MatrixScopes;
  },
): void {
  let operations: Map<string, DocumentedOperation> | undefined;
  const documented = async () => {
    operations ??= documentedOperations((await http().get('/docs/openapi.json').expect(200)).body);
    return operations;
  };

  it('has a row for every operation of the OpenAPI document, allows exactly the documented roles, states its scopes', async () => {
    expect(matrixDocumentDrift(rows, await documented(), scope, calls.scopes)).toEqual([]);
  });

  for (const key of Object.keys(calls.requests ?? {}))
    if (!rows.some((row) => row.operation === key))
      throw new Error(`role matrix: request for ${key}, which has no row`);

  it.each(rows.map((row) => [row.operation, row] as const))('%s answers every caller as tabled', async (_, row) => {
    const mismatches = await matrixMismatches(http(), row, scope, {
      params: calls.params(),
      request: calls.requests?.[row.operation],
      scopes: calls.scopes[row.operation],
    });
    expect(mismatches).toEqual([]);
  });
}
