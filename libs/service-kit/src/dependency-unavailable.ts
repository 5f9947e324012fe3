import { ArgumentsHost, Catch, HttpException, HttpStatus, Inject, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Request, Response } from 'express';
import { APP_CONFIG, PlatformEnv } from '@aeo/config';
import { currentCorrelationId, dependencyUnavailableAnswers } from '@aeo/observability';
import { isDatabaseEndpoint, statementTimeoutOf } from '@aeo/persistence';
import { answerRefusedRequest, asRefusedRequest } from './refused-request';

/**
 * `database-pool`: the database answers, but every connection of the service's pool is busy
 * (overload, not an outage); `database-timeout`: the database cancelled a statement that ran
 * past DATABASE_STATEMENT_TIMEOUT_MS (slow, not down; see `retryAfterStatementTimeout`).
 */
export type Dependency = 'database' | 'database-pool' | 'database-timeout' | 'Kafka' | 'Temporal' | (string & {});

const DEFAULT_MESSAGES: Readonly<Record<string, string>> = {
  'database-pool': 'database connection pool exhausted; retry later',
  'database-timeout': 'database too slow to answer in time; retry later',
};

/**
 * A dependency (database, Kafka, Temporal) cannot be reached: the request may succeed later, so
 * the answer is 503 with `Retry-After`, never 500.
 */
export class DependencyUnavailableException extends HttpException {
  constructor(
    readonly dependency: Dependency,
    readonly retryAfterSeconds?: number,
    message = DEFAULT_MESSAGES[dependency] ?? `${dependency} is unavailable; retry later`,
  ) {
    super(
      { statusCode: HttpStatus.SERVICE_UNAVAILABLE, error: 'Service Unavailable', message },
      HttpStatus.SERVICE_UNAVAILABLE,
    );
  }
}

// Node networking errors of a connection that could not be made or was lost: they say which
// dependency only through who reported them (see `sourceOf`).
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);
// SQLSTATE 57P01-57P03: admin shutdown, crash shutdown, cannot connect now (starting up, shutting down).
const SERVER_GOING_AWAY = new Set(['57P01', '57P02', '57P03']);
// SQLSTATE 57014 (query_canceled): at the session's statement_timeout, or by a person
// (pg_cancel_backend), in the server's lc_messages language either way. The pool's connection
// marks the first (statementTimeoutOf, by how long the statement ran); the second is no slowness,
// and stays a 500.
const QUERY_CANCELED = '57014';
// pg-pool's wait for a free connection of a full pool ran out: the database answers, the pool is exhausted.
const PG_POOL_EXHAUSTED_MESSAGE = /timeout exceeded when trying to connect/i;
const PG_CONNECTION_MESSAGE =
  /Connection terminated|Client has encountered a connection error|Client was closed and is not queryable|Query read timeout|timeout expired|Connection is not established|the database system is (starting up|shutting down|in recovery mode)|Driver not Connected/i;
const KAFKA_ERRORS = new Set([
  'KafkaJSConnectionError',
  'KafkaJSConnectionClosedError',
  'KafkaJSRequestTimeoutError',
  'KafkaJSBrokerNotFound',
  'KafkaJSNoBrokerAvailableError',
  'KafkaJSNumberOfRetriesExceeded',
  'KafkaJSMetadataNotLoaded',
  'KafkaJSGroupCoordinatorNotFound',
  'KafkaJSLockTimeout',
]);
// gRPC status codes of a Temporal server that cannot be reached: UNAVAILABLE, DEADLINE_EXCEEDED.
const GRPC_UNAVAILABLE = new Set([14, 4]);

const isTemporalError = (name: string, error: Record<string, unknown>) =>
  name === 'ServiceError' || name === 'TransportError' || typeof error['details'] === 'string';

/** The client an error (or the errors it wraps) comes from, as far as its type tells. */
function sourceOf(name: string, error: Record<string, unknown>): Dependency | undefined {
  if (name.startsWith('KafkaJS')) return 'Kafka';
  if (isTemporalError(name, error)) return 'Temporal';
  // TypeORM wraps pg's errors (QueryFailedError and its `driverError`).
  if (name === 'QueryFailedError' || 'driverError' in error) return 'database';
  return undefined;
}

function classifyOne(error: Record<string, unknown>, source: Dependency | undefined): Dependency | undefined {
  const name = typeof error['name'] === 'string' ? error['name'] : '';
  const code = error['code'];
  const message = typeof error['message'] === 'string' ? error['message'] : '';
  if (KAFKA_ERRORS.has(name)) return 'Kafka';
  if (isTemporalError(name, error) && typeof code === 'number' && GRPC_UNAVAILABLE.has(code)) return 'Temporal';
  if (typeof code === 'string') {
    if (code.startsWith('08') || SERVER_GOING_AWAY.has(code)) return 'database';
    if (code === QUERY_CANCELED && statementTimeoutOf(error) !== undefined) return 'database-timeout';
    // A bare socket error is the database's only when its peer is one of the service's databases.
    if (NETWORK_CODES.has(code)) return source ?? (isDatabaseEndpoint(error) ? 'database' : undefined);
  }
  if (PG_POOL_EXHAUSTED_MESSAGE.test(message)) return 'database-pool';
  if (PG_CONNECTION_MESSAGE.test(message)) return 'database';
  return undefined;
}

/** An error (or one it wraps) that says a dependency is unavailable, and which. */
interface Unavailable {
  dependency: Dependency;
  error: object;
}

function findUnavailable(error: unknown, depth: number, source?: Dependency): Unavailable | undefined {
  if (!error || typeof error !== 'object' || depth > 5) return undefined;
  if (error instanceof DependencyUnavailableException) return { dependency: error.dependency, error };
  const record = error as Record<string, unknown>;
  // An outgoing HTTP call (fetch) that cannot connect is not one of these dependencies.
  if (record['message'] === 'fetch failed') return undefined;
  const innerSource = source ?? sourceOf(typeof record['name'] === 'string' ? record['name'] : '', record);
  const direct = classifyOne(record, innerSource);
  if (direct) return { dependency: direct, error };
  for (const key of ['cause', 'driverError', 'originalError']) {
    const found = findUnavailable(record[key], depth + 1, innerSource);
    if (found) return found;
  }
  if (Array.isArray(record['errors'])) {
    for (const inner of record['errors'] as unknown[]) {
      const found = findUnavailable(inner, depth + 1, innerSource);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Which dependency an error says is unavailable, or undefined for any other error (a network
 * error of any other client, such as an outgoing HTTP call, included). Follows `cause`, TypeORM's
 * `driverError` and kafkajs' `originalError`/`retriedErrors`; a network error code counts for
 * the client that reported it (pg/TypeORM, kafkajs or Temporal).
 */
export function unavailableDependencyOf(error: unknown): Dependency | undefined {
  return findUnavailable(error, 0)?.dependency;
}

/**
 * `Retry-After` of a statement cancelled at the statement timeout: as long as the statement was
 * allowed to run (whole seconds, at least 1), not DEPENDENCY_RETRY_AFTER_S. The database may have
 * been slow for a moment, or the request may need longer than the limit every time: retried as
 * told, such a request keeps a connection busy at most half the time instead of almost always
 * (60 s of every 65 s with the defaults).
 */
const retryAfterStatementTimeout = (limitMs: number) => Math.max(1, Math.ceil(limitMs / 1000));

/** The 503 to answer for `error`, or undefined when it is not a dependency outage. */
export function asDependencyUnavailable(error: unknown): DependencyUnavailableException | undefined {
  if (error instanceof DependencyUnavailableException) return error;
  const found = findUnavailable(error, 0);
  if (!found) return undefined;
  const statementTimeoutMs = statementTimeoutOf(found.error);
  return new DependencyUnavailableException(
    found.dependency,
    statementTimeoutMs === undefined ? undefined : retryAfterStatementTimeout(statementTimeoutMs),
  );
}

const outageLogger = new Logger('DependencyUnavailable');

/** Logs (warn, with the dependency) and counts a 503 answered because of an outage. */
export function reportDependencyUnavailable(
  answer: DependencyUnavailableException,
  request: { method?: string; path?: string },
  cause: unknown,
  retryAfterSeconds: number,
): void {
  dependencyUnavailableAnswers.inc({ dependency: answer.dependency });
  outageLogger.warn({
    dependency: answer.dependency,
    method: request.method,
    path: request.path,
    correlationId: currentCorrelationId(),
    err: cause,
    msg: `${answer.dependency} unavailable: answered 503, retry after ${retryAfterSeconds} s`,
  });
}

/**
 * Maps "dependency unavailable" errors to 503 with `Retry-After` (DEPENDENCY_RETRY_AFTER_S; the
 * statement timeout for a statement cancelled at it), logged at warn with the dependency and counted (`aeo_dependency_unavailable_total`); every other
 * 503 (the readiness check) gets `Retry-After` too. A request the body parsers refused (invalid
 * UTF-8, too large...) is answered with its 4xx and logged in one bounded line at warn
 * (answerRefusedRequest). Everything else is answered as Nest does.
 */
@Catch()
export class DependencyUnavailableFilter extends BaseExceptionFilter {
  constructor(@Inject(APP_CONFIG) private readonly config: PlatformEnv) {
    super();
  }

  override catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') return super.catch(exception, host);
    const response = host.switchToHttp().getResponse<Response>();
    const refused = asRefusedRequest(exception);
    if (refused) {
      return answerRefusedRequest(refused, host.switchToHttp().getRequest<Request>(), response);
    }
    const answer = asDependencyUnavailable(exception);
    if (!answer) {
      if (
        exception instanceof HttpException &&
        exception.getStatus() === HttpStatus.SERVICE_UNAVAILABLE &&
        !response.headersSent
      ) {
        response.setHeader('Retry-After', String(this.config.DEPENDENCY_RETRY_AFTER_S));
      }
      return super.catch(exception, host);
    }
    const retryAfter = answer.retryAfterSeconds ?? this.config.DEPENDENCY_RETRY_AFTER_S;
    reportDependencyUnavailable(answer, host.switchToHttp().getRequest<Request>(), exception, retryAfter);
    if (response.headersSent) return;
    response.setHeader('Retry-After', String(retryAfter));
    response.status(HttpStatus.SERVICE_UNAVAILABLE).json(answer.getResponse());
  }
}
