import {
  BadRequestException,
  ForbiddenException,
  HttpException,
  Inject,
  Injectable,
  OnModuleDestroy,
  OnModuleInit,
  ServiceUnavailableException,
  UnauthorizedException,
} from '@nestjs/common';
import { type JWTPayload, errors, jwtVerify } from 'jose';
import { ZodError } from 'zod';
import { toAuthenticatedUser } from './claims';
import { OidcKeys } from './oidc-keys';
import { ALL_ROLES, AuthenticatedUser, ROLES, Role } from './roles';

const MAX_CACHED_TOKENS = 10_000;
/** A cached token is verified again after this (against the keys then published), whatever its expiry. */
export const VERIFIED_TOKEN_MAX_AGE_MS = 5 * 60_000;

/** Where each of the caller's attributes is in the token: a claim name or a dotted path (`realm_access.roles`). */
export interface ClaimNames {
  readonly roles: string;
  readonly region: string;
  readonly taxpayerId: string;
  readonly partnerCountry: string;
  readonly name: string;
}

export const DEFAULT_CLAIM_NAMES: ClaimNames = {
  roles: 'roles',
  region: 'region',
  taxpayerId: 'taxpayerId',
  partnerCountry: 'partnerCountry',
  name: 'name',
};

export interface AuthOptions {
  /** AUTH_ISSUER: its keys are discovered from `<issuer>/.well-known/openid-configuration`. */
  readonly issuer: string;
  /** AUTH_AUDIENCE: a token must name it in `aud`. */
  readonly audience: string;
  readonly algorithms?: readonly ('RS256' | 'ES256')[];
  /** Seconds of tolerance on `exp` and `nbf` (default 30). */
  readonly clockSkewSeconds?: number;
  readonly claims?: Partial<ClaimNames>;
  /** AUTH_DEVELOPMENT: an http `jwks_uri` on a loopback host is accepted. */
  readonly development?: boolean;
  /** Least time between two fetches of the keys caused by unknown `kid`s (default 30 s). */
  readonly jwksCooldownMs?: number;
  /** The keys are fetched again for a token verified this long after their last fetch (default 5 min). */
  readonly jwksMaxAgeMs?: number;
  /** Pause before discovery is retried while the provider does not answer (default 1 s, doubling up to 30 s). */
  readonly discoveryRetryMs?: { readonly first: number; readonly max: number };
}

export const AUTH_OPTIONS = Symbol('AUTH_OPTIONS');

type Verified = { user: AuthenticatedUser; expiresAt: number; verifyAgainAt: number };

/** The value at a claim name or dotted path of the token's payload. */
function claimAt(payload: JWTPayload, path: string): unknown {
  let value: unknown = payload;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/**
 * The caller's claims under the platform's names. Roles the platform does not know (a Keycloak
 * realm's `offline_access`, `default-roles-…`) are left out; the zod claim rules then apply.
 */
export function mapClaims(payload: JWTPayload, names: ClaimNames = DEFAULT_CLAIM_NAMES): Record<string, unknown> {
  const roles = claimAt(payload, names.roles);
  const clientId = payload['client_id'] ?? payload['azp'];
  const mapped: Record<string, unknown> = {
    sub: payload.sub,
    name: claimAt(payload, names.name),
    roles: Array.isArray(roles) ? roles.filter((role) => ALL_ROLES.includes(role as Role)) : roles,
    region: claimAt(payload, names.region),
    taxpayerId: claimAt(payload, names.taxpayerId),
    partnerCountry: claimAt(payload, names.partnerCountry),
    scopes: typeof payload['scope'] === 'string' ? payload['scope'].split(' ').filter(Boolean) : payload['scope'],
    clientId,
    exp: payload.exp,
  };
  for (const key of Object.keys(mapped)) if (mapped[key] === undefined) delete mapped[key];
  return mapped;
}

/** What a refused token is told: what is wrong, never the expected issuer or audience. */
function refusalOf(error: unknown): HttpException {
  if (error instanceof HttpException) return error;
  if (!(error instanceof errors.JOSEError))
    return new ServiceUnavailableException(
      `The identity provider's keys could not be fetched (${(error as Error).message}); retry later`,
    );
  switch (error.code) {
    case 'ERR_JWT_EXPIRED':
      return new UnauthorizedException('Invalid token: token expired');
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED': {
      const { claim, reason } = error as errors.JWTClaimValidationFailed;
      if (reason === 'missing') return new UnauthorizedException(`Invalid token: the "${claim}" claim is missing`);
      if (claim === 'iss') return new UnauthorizedException('Invalid token: token is not from the trusted issuer');
      if (claim === 'aud') return new UnauthorizedException('Invalid token: token is not for this service');
      if (claim === 'nbf') return new UnauthorizedException('Invalid token: token is not yet valid');
      return new UnauthorizedException(`Invalid token: the "${claim}" claim is invalid`);
    }
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return new UnauthorizedException('Invalid token: signature does not verify');
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
      return new UnauthorizedException('Invalid token: its signing algorithm is not accepted (RS256 or ES256 are)');
    case 'ERR_JWKS_NO_MATCHING_KEY':
      return new UnauthorizedException("Invalid token: signed with a key the issuer does not publish (unknown 'kid')");
    case 'ERR_JWKS_MULTIPLE_MATCHING_KEYS':
      return new UnauthorizedException("Invalid token: its key cannot be chosen (no 'kid')");
    default:
      return new UnauthorizedException('Invalid token: not a well-formed signed JWT');
  }
}

function claimsRefusal(error: unknown): UnauthorizedException {
  const details =
    error instanceof ZodError ? error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') : String(error);
  return new UnauthorizedException(`Token claims are invalid: ${details}`);
}

/**
 * Turns an `Authorization` header into the caller (401 with a clear message otherwise): an access
 * token of the OpenID Connect issuer (AUTH_ISSUER), signed RS256 or ES256 with one of the keys it
 * publishes, for this platform (AUTH_AUDIENCE), within its validity (AUTH_CLOCK_SKEW_S of tolerance);
 * its claims are mapped by the configured names and checked by the claim rules (claims.ts).
 *
 * Border systems present the same token for hours of look-ups, so a verified token's caller is kept
 * (bounded, oldest first out) until the token expires, but at most 5 minutes
 * (VERIFIED_TOKEN_MAX_AGE_MS): then it is verified again against the keys the issuer then
 * publishes (fetched again when older than `jwksMaxAgeMs`), so a token of a withdrawn key stops
 * being accepted. The signature and claims are checked once per token and 5 minutes, not once per
 * request. A cached token is answered synchronously (the border look-up's fast path depends on
 * it); a new one (or one due again) returns a promise.
 */
@Injectable()
export class TokenVerifier implements OnModuleInit, OnModuleDestroy {
  private readonly verified = new Map<string, Verified>();
  private readonly verifying = new Map<string, Promise<Verified>>();
  private readonly keys: OidcKeys;
  private readonly claimNames: ClaimNames;
  private readonly algorithms: string[];
  private readonly skew: number;

  constructor(@Inject(AUTH_OPTIONS) private readonly options: AuthOptions) {
    this.claimNames = { ...DEFAULT_CLAIM_NAMES, ...options.claims };
    this.algorithms = [...(options.algorithms ?? ['RS256', 'ES256'])];
    this.skew = options.clockSkewSeconds ?? 30;
    this.keys = new OidcKeys({
      issuer: options.issuer,
      development: options.development ?? false,
      jwksCooldownMs: options.jwksCooldownMs ?? 30_000,
      jwksMaxAgeMs: options.jwksMaxAgeMs ?? VERIFIED_TOKEN_MAX_AGE_MS,
      retryFirstMs: options.discoveryRetryMs?.first ?? 1000,
      retryMaxMs: options.discoveryRetryMs?.max ?? 30_000,
    });
  }

  onModuleInit(): void {
    this.keys.start();
  }

  onModuleDestroy(): void {
    this.keys.stop();
  }

  /** For /health/ready: down (with the reason) until the provider's keys have been discovered, and while fetching them fails. */
  readonly readiness = {
    name: 'identity-provider',
    check: (): Promise<void> => this.keys.check(),
  };

  /** The caller, synchronously for a token verified before, else a promise; throws (or rejects) 401/503. */
  authenticate(header: string | undefined, now = Date.now()): AuthenticatedUser | Promise<AuthenticatedUser> {
    if (!header) throw new UnauthorizedException('Missing bearer token: send Authorization: Bearer <token>');
    const space = header.indexOf(' ');
    const scheme = space > 0 ? header.slice(0, space) : header;
    const token = space > 0 ? header.slice(space + 1) : '';
    if (scheme.toLowerCase() !== 'bearer' || !token || token.includes(' '))
      throw new UnauthorizedException('Authorization header must be "Bearer <token>"');

    const cached = this.verified.get(token);
    if (cached) {
      if (cached.expiresAt <= now) {
        this.verified.delete(token);
        throw new UnauthorizedException('Invalid token: token expired');
      }
      if (cached.verifyAgainAt > now) return cached.user;
      // Verified 5 minutes ago: checked again, against the keys the issuer publishes now.
      this.verified.delete(token);
    }
    let pending = this.verifying.get(token);
    if (!pending) {
      pending = this.verify(token, now);
      this.verifying.set(token, pending);
      const settled = () => void this.verifying.delete(token);
      pending.then(settled, settled);
    }
    return pending.then(({ user, expiresAt }) => {
      if (expiresAt <= now) throw new UnauthorizedException('Invalid token: token expired');
      return user;
    });
  }

  private async verify(token: string, now: number): Promise<Verified> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, await this.keys.keys(), {
        issuer: this.options.issuer,
        audience: this.options.audience,
        algorithms: this.algorithms,
        clockTolerance: this.skew,
        currentDate: new Date(now),
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (error) {
      throw refusalOf(error);
    }
    let user: AuthenticatedUser;
    try {
      user = toAuthenticatedUser(mapClaims(payload, this.claimNames));
    } catch (error) {
      throw claimsRefusal(error);
    }
    // Accepted until its expiry plus the tolerance, as jwtVerify would.
    const verified = {
      user,
      expiresAt: (Number(payload.exp) + this.skew) * 1000,
      verifyAgainAt: now + VERIFIED_TOKEN_MAX_AGE_MS,
    };
    if (this.verified.size >= MAX_CACHED_TOKENS) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, verified);
    return verified;
  }
}

/**
 * How many header lines of `name` (lower case) a request carried, counted in Node's raw headers
 * (names and values alternate): Node keeps one value of a repeated header (the first, or all joined
 * by ", "), so a header that must be given once is checked here.
 */
export function headerLines(rawHeaders: readonly string[], name: string): number {
  let lines = 0;
  for (let i = 0; i < rawHeaders.length; i += 2) if (rawHeaders[i].toLowerCase() === name) lines += 1;
  return lines;
}

/**
 * The request's one Authorization header. Node keeps the first of several and drops the rest
 * silently, so a request carrying two (a proxy's and a client's, say) would be judged by whichever
 * came first: it is refused instead (400, the platform's shape, naming the header).
 */
export function authorizationHeader(request: {
  headers: Record<string, string | string[] | undefined>;
  rawHeaders?: readonly string[];
}): string | undefined {
  const lines = headerLines(request.rawHeaders ?? [], 'authorization');
  if (lines > 1) {
    const issue = `Authorization: must be given once (one header), not ${lines} times`;
    throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: issue, issues: [issue] });
  }
  const header = request.headers['authorization'];
  return Array.isArray(header) ? header[0] : header;
}

/** 403 naming the roles needed, unless the caller holds one of them. */
export function assertRoles(user: AuthenticatedUser, required: readonly Role[] | undefined): void {
  if (required?.length && !required.some((role) => user.roles.includes(role))) {
    throw new ForbiddenException(
      `This action needs one of the roles [${required.join(', ')}]; your token has [${user.roles.join(', ')}]`,
    );
  }
}

/**
 * 403 naming the missing scopes when a backend platform (admitted by its `backend-platform` role
 * alone) calls an operation without every scope it needs: a platform client gets only the
 * operations its scopes were given for. Other roles the operation allows need no scope.
 */
export function assertScopes(
  user: AuthenticatedUser,
  roles: readonly Role[] | undefined,
  scopes: readonly string[] | undefined,
): void {
  if (!scopes?.length || !user.roles.includes(ROLES.backendPlatform)) return;
  const otherRole = user.roles.some(
    (role) => role !== ROLES.backendPlatform && (!roles?.length || roles.includes(role)),
  );
  if (otherRole) return;
  const granted = user.scopes ?? [];
  const missing = scopes.filter((scope) => !granted.includes(scope));
  if (missing.length)
    throw new ForbiddenException(
      `This action needs the scope ${missing.join(' ')} for backend platforms; your token was granted [${granted.join(' ')}]`,
    );
}

/** The roles and then, for a backend platform, the scopes of an operation (403 naming what is missing). */
export function assertAccess(
  user: AuthenticatedUser,
  roles: readonly Role[] | undefined,
  scopes: readonly string[] | undefined,
): void {
  assertRoles(user, roles);
  assertScopes(user, roles, scopes);
}
