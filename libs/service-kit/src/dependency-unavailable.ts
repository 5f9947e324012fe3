import { ArgumentsHost, Catch, HttpException, HttpStatus, Inject, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Request, Response } from 'express';
import { APP_CONFIG, PlatformEnv } from '@aeo/config';
import { currentCorrelationId, dependencyUnavailableAnswers } from '@aeo/observability';

export type Dependency = 'database' | 'Kafka' | 'Temporal' | (string & {});

/**
 * A dependency (database, Kafka, Temporal) cannot be reached: the request may succeed later, so
 * the answer is 503 with `Retry-After`, never 500.
 */
export class DependencyUnavailableException extends HttpException {
  constructor(
    readonly dependency: Dependency,
    readonly retryAfterSeconds?: number,
    message = `${dependency} is unavailable; retry later`,
  ) {
    super({ statusCode: HttpStatus.SERVICE_UNAVAILABLE, error: 'Service Unavailable', message }, HttpStatus.SERVICE_UNAVAILABLE);
  }
}

// pg / node networking errors of a connection that could not be made or was lost.
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);
// SQLSTATE 57P01-57P03: admin shutdown, crash shutdown, cannot connect now (starting up, shutting down).
const SERVER_GOING_AWAY = new Set(['57P01', '57P02', '57P03']);
const PG_CONNECTION_MESSAGE = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is not established|the database system is (starting up|shutting down|in recovery mode)|Driver not Connected/i;
const KAFKA_ERRORS = new Set(['KafkaJSConnectionError', 'KafkaJSConnectionClosedError', 'KafkaJSRequestTimeoutError', 'KafkaJSBrokerNotFound', 'KafkaJSNoBrokerAvailableError', 'KafkaJSNumberOfRetriesExceeded', 'KafkaJSMetadataNotLoaded', 'KafkaJSGroupCoordinatorNotFound', 'KafkaJSLockTimeout']);
// gRPC status codes of a Temporal server that cannot be reached: UNAVAILABLE, DEADLINE_EXCEEDED.
const GRPC_UNAVAILABLE = new Set([14, 4]);

function classifyOne(error: Record<string, unknown>): Dependency | undefined {
  const name = typeof error['name'] === 'string' ? error['name'] : '';
  const code = error['code'];
  const message = typeof error['message'] === 'string' ? error['message'] : '';
  if (KAFKA_ERRORS.has(name)) return 'Kafka';
  if (name === 'ServiceError' || name === 'TransportError' || typeof error['details'] === 'string') {
    if (typeof code === 'number' && GRPC_UNAVAILABLE.has(code)) return 'Temporal';
  }
  if (typeof code === 'string') {
    if (code.startsWith('08') || SERVER_GOING_AWAY.has(code)) return 'database';
    if (NETWORK_CODES.has(code)) return name.startsWith('KafkaJS') ? 'Kafka' : 'database';
  }
  if (PG_CONNECTION_MESSAGE.test(message)) return 'database';
  return undefined;
}

/**
 * Which dependency an error says is unavailable, or undefined for any other error. Follows
 * `cause`, TypeORM's `driverError` and kafkajs' `originalError`/`retriedErrors`.
 */
export function unavailableDependencyOf(error: unknown, depth = 0): Dependency | undefined {
  if (!error || typeof error !== 'object' || depth > 5) return undefined;
  if (error instanceof DependencyUnavailableException) return error.dependency;
  const record = error as Record<string, unknown>;
  // An outgoing HTTP call (fetch) that cannot connect is not one of these dependencies.
  if (record['message'] === 'fetch failed') return undefined;
  const direct = classifyOne(record);
  if (direct) return direct;
  for (const key of ['cause', 'driverError', 'originalError']) {
    const found = unavailableDependencyOf(record[key], depth + 1);
    if (found) return found;
  }
  if (Array.isArray(record['errors'])) {
    for (const inner of record['errors'] as unknown[]) {
      const found = unavailableDependencyOf(inner, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

/** The 503 to answer for `error`, or undefined when it is not a dependency outage. */
export function asDependencyUnavailable(error: unknown): DependencyUnavailableException | undefined {
  if (error instanceof DependencyUnavailableException) return error;
  const dependency = unavailableDependencyOf(error);
  return dependency ? new DependencyUnavailableException(dependency) : undefined;
}

const outageLogger = new Logger('DependencyUnavailable');

/** Logs (warn, with the dependency) and counts a 503 answered because of an outage. */
export function reportDependencyUnavailable(answer: DependencyUnavailableException, request: { method?: string; path?: string }, cause: unknown, retryAfterSeconds: number): void {
  dependencyUnavailableAnswers.inc({ dependency: answer.dependency });
  outageLogger.warn({ dependency: answer.dependency, method: request.method, path: request.path, correlationId: currentCorrelationId(), err: cause, msg: `${answer.dependency} unavailable: answered 503, retry after ${retryAfterSeconds} s` });
}

/**
 * Maps "dependency unavailable" errors to 503 with `Retry-After` (DEPENDENCY_RETRY_AFTER_S),
 * logged at warn with the dependency and counted (`aeo_dependency_unavailable_total`); every other
 * 503 (the readiness check) gets `Retry-After` too. Everything else is answered as Nest does.
 */
@Catch()
export class DependencyUnavailableFilter extends BaseExceptionFilter {
  constructor(@Inject(APP_CONFIG) private readonly config: PlatformEnv) {
    super();
  }

  override catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') return super.catch(exception, host);
    const response = host.switchToHttp().getResponse<Response>();
    const answer = asDependencyUnavailable(exception);
    if (!answer) {
      if (exception instanceof HttpException && exception.getStatus() === HttpStatus.SERVICE_UNAVAILABLE && !response.headersSent) {
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
