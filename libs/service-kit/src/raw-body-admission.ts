import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpException, HttpStatus, type INestApplication } from '@nestjs/common';
import { type AuthenticatedUser, type Role, TokenVerifier, assertAccess, authorizationHeader } from '@aeo/auth';

/** Seconds a caller refused for a full raw-body route waits before retrying. */
export const RAW_BODY_RETRY_AFTER_S = 10;

/** What a raw-body route admits before a byte of its body is read (see RawBodyRoute in bootstrap.ts). */
export interface RawBodyAdmission {
  /** The roles the route allows, as its `@Roles`: checked with the bearer token before the body is read. */
  roles: readonly Role[];
  /** The scopes a backend platform needs, as its `@RequireScopes`. */
  scopes?: readonly string[];
  /** At most this many requests of the route are read and handled at once in a process (503 + Retry-After beyond). */
  concurrent: number;
  /** For the refusal's message, e.g. "partner list imports". */
  name: string;
}

type Next = (error?: unknown) => void;

/**
 * Express middleware for a raw-body route, installed before its body parser: the bearer token and
 * roles (and a platform's scopes) are checked with the guard's own TokenVerifier (401/403, the same messages), then a slot of
 * the route's concurrency cap is taken (503 with Retry-After when all are in use) and given back
 * when the answer is sent or the connection closes. Only then is the body read. Without this, body
 * parsers (Express middleware) would buffer the whole body before the guards (which Nest runs after
 * all middleware) look at the token: an unauthenticated caller could make the service hold
 * `limit` bytes per request. An unread body is discarded by Node's HTTP server, never buffered.
 *
 * The guard still runs on the route as on any other (the user is set again from the same token).
 */
export function rawBodyAdmission(
  app: INestApplication,
  admission: RawBodyAdmission,
): (request: IncomingMessage, response: ServerResponse, next: Next) => void {
  let tokens: TokenVerifier | undefined;
  let inUse = 0;
  return (request, response, next) => {
    const verifier = (tokens ??= app.get(TokenVerifier, { strict: false }) as TokenVerifier);
    const admitted = (user: AuthenticatedUser) => {
      try {
        assertAccess(user, admission.roles, admission.scopes);
      } catch (error) {
        return next(error);
      }
      admit(response, next);
    };
    let user: AuthenticatedUser | Promise<AuthenticatedUser>;
    try {
      user = verifier.authenticate(authorizationHeader(request));
    } catch (error) {
      return next(error);
    }
    if (user instanceof Promise) user.then(admitted, next);
    else admitted(user);
  };

  function admit(response: ServerResponse, next: Next): void {
    if (inUse >= admission.concurrent) {
      response.setHeader('Retry-After', String(RAW_BODY_RETRY_AFTER_S));
      return next(
        new HttpException(
          `${admission.name}: ${admission.concurrent} are already in progress in this instance, the most it takes at once; retry after ${RAW_BODY_RETRY_AFTER_S} s`,
          HttpStatus.SERVICE_UNAVAILABLE,
        ),
      );
    }
    inUse += 1;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      inUse -= 1;
    };
    response.once('finish', release);
    response.once('close', release);
    next();
  }
}
