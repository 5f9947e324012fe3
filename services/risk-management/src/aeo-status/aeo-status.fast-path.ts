import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { HttpException, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { APP_CONFIG } from '@aeo/config';
import { type AuthenticatedUser, TokenVerifier, assertAccess, authorizationHeader } from '@aeo/auth';
import { CORRELATION_ID_HEADER, httpRequestDuration, sanitizeCorrelationId } from '@aeo/observability';
import {
  DependencyUnavailableException,
  asDependencyUnavailable,
  reportDependencyUnavailable,
  taxpayerIdCheck,
} from '@aeo/service-kit';
import type { RiskManagementConfig } from '../config';
import { AEO_STATUS_READERS, AEO_STATUS_SCOPES } from './aeo-status.controller';
import { AeoStatusAnswer, AeoStatusService, registerAgeHeaders } from './aeo-status.service';

// A look-up takes no query: one with a query string goes to Nest, whose NoQuery refuses a key (400), not
// answered as if it had been applied (`?at=` would read as a past date's status).
const PATH = /^\/v1\/aeo-status\/([^/?#]+)\/?$/;
const ROUTE = '/v1/aeo-status/:taxpayerId';

/**
 * The border look-up, `GET /v1/aeo-status/:taxpayerId`, served in front of the Nest/Express
 * router on the same port: every declaration asks it, often for several parties, so it skips what
 * a look-up does not need (Express routing, body parsers, the per-request logger) and keeps what
 * it does: the same bearer-token check, roles and scopes (`TokenVerifier`; a token verified before
 * is answered without waiting, a new one once its signature is checked), the same parameter schema,
 * the same company scoping and answer (`AeoStatusService`), the correlation id header, the same
 * error bodies (503 with Retry-After when the database is unavailable and the replica too old),
 * the register's age headers and the HTTP duration metric. The Nest controller documents the route in OpenAPI
 * and serves it when `AEO_STATUS_FAST_PATH=false`. Anything else (other methods, other paths)
 * goes to Nest unchanged.
 */
@Injectable()
export class AeoStatusFastPath implements OnApplicationBootstrap {
  private readonly logger = new Logger(AeoStatusFastPath.name);
  /** The controller's TaxpayerIdPipe: the id as sent in the programme's format, else 400 naming it. */
  private readonly checkTaxpayerId: <T>(values: T) => T;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly tokens: TokenVerifier,
    private readonly statuses: AeoStatusService,
    @Inject(APP_CONFIG) private readonly config: RiskManagementConfig,
  ) {
    this.checkTaxpayerId = taxpayerIdCheck(config.TAXPAYER_ID_PATTERN, ['taxpayerId']);
  }

  onApplicationBootstrap(): void {
    if (!this.config.AEO_STATUS_FAST_PATH) return;
    const server: Server | undefined = this.adapterHost.httpAdapter?.getHttpServer();
    if (!server) return;
    const nest = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
    server.removeAllListeners('request');
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      const match = req.method === 'GET' ? PATH.exec(req.url ?? '') : null;
      if (match) return this.handle(req, res, match[1]);
      for (const listener of nest) listener.call(server, req, res);
    });
  }

  private handle(req: IncomingMessage, res: ServerResponse, rawId: string): void {
    const started = process.hrtime.bigint();
    const correlationId = sanitizeCorrelationId(req.headers[CORRELATION_ID_HEADER]) ?? randomUUID();
    const send = (status: number, body: unknown, headers?: Record<string, string>) => {
      const json = JSON.stringify(body);
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(json),
        [CORRELATION_ID_HEADER]: correlationId,
        ...headers,
      });
      res.end(json);
      httpRequestDuration.observe(
        { method: 'GET', route: ROUTE, status: String(status) },
        Number(process.hrtime.bigint() - started) / 1e9,
      );
    };
    const answered = (answer: AeoStatusAnswer) => send(200, answer, registerAgeHeaders(answer));
    const fail = (error: unknown) => {
      const unavailable = asDependencyUnavailable(error);
      if (unavailable) return this.unavailable(unavailable, error, send);
      if (error instanceof HttpException)
        // A 503 of its own (the identity provider's keys not to be had) says when to retry, as the filter does.
        return send(
          error.getStatus(),
          error.getResponse(),
          error.getStatus() === 503 ? { 'retry-after': String(this.config.DEPENDENCY_RETRY_AFTER_S) } : undefined,
        );
      this.logger.error({ err: error, correlationId, msg: 'AEO status look-up failed' });
      send(500, { statusCode: 500, message: 'Internal server error' });
    };
    const lookUp = (user: AuthenticatedUser) => {
      assertAccess(user, AEO_STATUS_READERS, AEO_STATUS_SCOPES);
      let taxpayerId: string;
      try {
        taxpayerId = decodeURIComponent(rawId);
      } catch {
        return send(400, {
          statusCode: 400,
          error: 'Bad Request',
          message: 'taxpayerId: not a valid URL-encoded value',
          issues: ['taxpayerId: not a valid URL-encoded value'],
        });
      }
      this.checkTaxpayerId({ taxpayerId });
      const answer = this.statuses.lookUpFor(user, taxpayerId);
      if (answer instanceof Promise) answer.then(answered, fail);
      else answered(answer);
    };
    try {
      // Synchronous for a token verified before (the border systems' case); a new token is verified first.
      const user = this.tokens.authenticate(authorizationHeader(req));
      if (user instanceof Promise)
        user.then((verified) => {
          try {
            lookUp(verified);
          } catch (error) {
            fail(error);
          }
        }, fail);
      else lookUp(user);
    } catch (error) {
      fail(error);
    }
  }

  private unavailable(
    answer: DependencyUnavailableException,
    cause: unknown,
    send: (status: number, body: unknown, headers?: Record<string, string>) => void,
  ): void {
    const retryAfter = answer.retryAfterSeconds ?? this.config.DEPENDENCY_RETRY_AFTER_S;
    reportDependencyUnavailable(answer, { method: 'GET', path: ROUTE }, cause, retryAfter);
    send(answer.getStatus(), answer.getResponse(), { 'retry-after': String(retryAfter) });
  }
}
