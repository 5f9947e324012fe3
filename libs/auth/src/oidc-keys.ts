import { Logger, ServiceUnavailableException } from '@nestjs/common';
import { type JWTVerifyGetKey, createRemoteJWKSet, errors } from 'jose';

export interface OidcKeysOptions {
  /** The issuer exactly as its tokens' `iss` (and its discovery document's `issuer`) name it. */
  readonly issuer: string;
  /** An http `jwks_uri` is accepted only on a loopback host, and only in development. */
  readonly development: boolean;
  /** After a fetch of the keys, an unknown `kid` refetches them at most this often (jose's cooldown). */
  readonly jwksCooldownMs: number;
  /** The keys are fetched again when a token is verified this long after their last fetch (jose's cacheMaxAge). */
  readonly jwksMaxAgeMs: number;
  /** Discovery retried after this, doubling up to `retryMaxMs`, while the provider does not answer. */
  readonly retryFirstMs: number;
  readonly retryMaxMs: number;
}

const FETCH_TIMEOUT_MS = 5000;
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;

/** Why the provider's keys are not there (503: the request may succeed once the provider answers). */
const unavailable = (reason: string) =>
  new ServiceUnavailableException(`The identity provider's keys are not available (${reason}); retry later`);

/** A failed fetch's reason: the network error's code (ECONNREFUSED…), else jose's message. */
const reasonOf = (error: unknown) =>
  (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message ?? String(error);

/** Key look-up errors that are about the token (its `kid` or `alg`), not about fetching the keys: 401. */
const TOKEN_ERRORS = [errors.JWKSNoMatchingKey, errors.JWKSMultipleMatchingKeys, errors.JOSENotSupported];

/**
 * The issuer's signing keys, found through OpenID Connect discovery
 * (`<issuer>/.well-known/openid-configuration` names the `jwks_uri`) and kept by jose's remote key
 * set: cached, refetched when a token names an unknown `kid` (at most once per cooldown). Discovery
 * runs at boot; while the provider does not answer it is retried with a growing pause, each failure
 * logged, and readiness says so (`failure`); a request meanwhile is answered 503. A later fetch of
 * the keys (an unknown `kid`, or keys older than `jwksMaxAgeMs`) that fails (the jwks_uri answers
 * non-200, a malformed key set, no answer) is answered 503 too, and readiness reports it
 * (`keyFailure`) until a fetch succeeds.
 */
export class OidcKeys {
  private readonly logger = new Logger('OpenIdConnect');
  private keySet?: JWTVerifyGetKey;
  private remote?: ReturnType<typeof createRemoteJWKSet>;
  private attempt?: Promise<JWTVerifyGetKey>;
  private retry?: NodeJS.Timeout;
  private pause: number;
  private stopped = false;
  /** Why discovery has not succeeded yet (undefined once it has, or before the first try). */
  failure?: string;
  /** Why the last fetch of the keys after discovery failed (undefined once one succeeds). */
  keyFailure?: string;

  constructor(private readonly options: OidcKeysOptions) {
    this.pause = options.retryFirstMs;
  }

  /** The key look-up for jwtVerify; rejects with 503 while discovery fails. */
  keys(): Promise<JWTVerifyGetKey> {
    if (this.keySet) return Promise.resolve(this.keySet);
    // A retry is scheduled: the provider failed a moment ago, answer at once instead of asking it again.
    if (this.retry) return Promise.reject(unavailable(this.failure ?? 'discovery failed'));
    return (this.attempt ??= this.discover().then(
      (keySet) => {
        this.keySet = keySet;
        this.attempt = undefined;
        this.failure = undefined;
        this.pause = this.options.retryFirstMs;
        return keySet;
      },
      (error: Error) => {
        this.attempt = undefined;
        this.failure = error.message;
        this.scheduleRetry();
        throw unavailable(error.message);
      },
    ));
  }

  /** Starts discovery without waiting for it (boot); failures are retried and logged. */
  start(): void {
    this.keys().catch(() => undefined);
  }

  stop(): void {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
  }

  get discovered(): boolean {
    return this.keySet !== undefined;
  }

  /**
   * For readiness: throws the reason while discovery or the last fetch of the keys failed. After a
   * failed fetch the keys are fetched again here (one fetch at a time), so an instance taken out of
   * service by its readiness comes back once the provider answers, without waiting for a token.
   */
  async check(): Promise<void> {
    if (!this.keySet) {
      await this.keys().catch(() => {
        throw new Error(`OpenID Connect ${this.failure ?? 'discovery not done yet'}`);
      });
      return;
    }
    if (this.keyFailure === undefined || !this.remote) return;
    try {
      await this.remote.reload();
      this.keyFailure = undefined;
    } catch (error) {
      this.keyFailure = `keys not loaded from the jwks_uri: ${reasonOf(error)}`;
      throw new Error(`OpenID Connect ${this.keyFailure}`);
    }
  }

  /** The remote key set's look-up, a failed fetch of the keys answered 503 (and remembered for readiness). */
  private lookupIn(remote: ReturnType<typeof createRemoteJWKSet>): JWTVerifyGetKey {
    return async (header, token) => {
      try {
        const key = await remote(header, token);
        this.keyFailure = undefined;
        return key;
      } catch (error) {
        if (TOKEN_ERRORS.some((type) => error instanceof type)) throw error;
        const reason = `keys not loaded from the jwks_uri: ${reasonOf(error)}`;
        if (this.keyFailure === undefined)
          this.logger.warn(
            `OpenID Connect: ${reason} (tokens needing the keys are answered 503 and readiness reports identity-provider down until a fetch succeeds)`,
          );
        this.keyFailure = reason;
        throw unavailable(reason);
      }
    };
  }

  private scheduleRetry(): void {
    if (this.stopped || this.retry) return;
    const pause = this.pause;
    this.pause = Math.min(this.pause * 2, this.options.retryMaxMs);
    this.logger.warn(
      `OpenID Connect discovery of ${this.options.issuer} failed: ${this.failure}; retrying in ${pause} ms (tokens are answered 503 and readiness reports identity-provider down meanwhile)`,
    );
    this.retry = setTimeout(() => {
      this.retry = undefined;
      this.start();
    }, pause);
    this.retry.unref();
  }

  private async discover(): Promise<JWTVerifyGetKey> {
    const { issuer } = this.options;
    const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
    let document: { issuer?: unknown; jwks_uri?: unknown };
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'error' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      document = (await response.json()) as typeof document;
    } catch (error) {
      throw new Error(`discovery document not loaded: ${reasonOf(error)}`);
    }
    if (document.issuer !== issuer) throw new Error('the discovery document names another issuer than AUTH_ISSUER');
    if (typeof document.jwks_uri !== 'string') throw new Error('the discovery document names no jwks_uri');
    const jwksUri = new URL(document.jwks_uri);
    const plainLoopback = jwksUri.protocol === 'http:' && LOOPBACK.test(jwksUri.hostname);
    if (jwksUri.protocol !== 'https:' && !(plainLoopback && this.options.development))
      throw new Error('the jwks_uri must be https (http only on a loopback host with AUTH_DEVELOPMENT=true)');
    const remote = createRemoteJWKSet(jwksUri, {
      cooldownDuration: this.options.jwksCooldownMs,
      cacheMaxAge: this.options.jwksMaxAgeMs,
      timeoutDuration: FETCH_TIMEOUT_MS,
    });
    try {
      await remote.reload();
    } catch (error) {
      throw new Error(`keys not loaded from the jwks_uri: ${reasonOf(error)}`);
    }
    this.logger.log(`OpenID Connect: verifying tokens of ${issuer} with the keys of ${jwksUri.href}`);
    this.remote = remote;
    return this.lookupIn(remote);
  }
}
