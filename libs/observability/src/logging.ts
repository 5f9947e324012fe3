import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import pino from 'pino';
import type { Options } from 'pino-http';
import {
  CORRELATION_ID_HEADER,
  currentCorrelationId,
  runWithCorrelationId,
  sanitizeCorrelationId,
} from './correlation';

/** Structured JSON logs (pino); every line carries the service name and the correlation id. */
export function loggingModule(service: string, level: string, destination?: pino.DestinationStream) {
  const options: Options = {
    level,
    base: { service },
    mixin: () => {
      const correlationId = currentCorrelationId();
      return correlationId ? { correlationId } : {};
    },
    // Only used when the correlation middleware has not run first (it sets `req.id`, which
    // pino-http keeps): one id for the logs, the response and the context either way.
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const id = currentCorrelationId() ?? sanitizeCorrelationId(req.headers[CORRELATION_ID_HEADER]) ?? randomUUID();
      if (!res.headersSent && !res.getHeader(CORRELATION_ID_HEADER)) res.setHeader(CORRELATION_ID_HEADER, id);
      return id;
    },
    autoLogging: { ignore: (req: IncomingMessage) => /^\/(health|metrics)/.test(req.url ?? '') },
    redact: ['req.headers.authorization'],
  };
  return LoggerModule.forRoot({
    // Every route; the named wildcard is the Express 5 syntax (a bare `*` makes Nest warn at boot).
    forRoutes: [{ path: '{*splat}', method: RequestMethod.ALL }],
    pinoHttp: destination ? [options, destination] : options,
  });
}

/**
 * Express middleware (registered with `app.use`, so it runs before pino-http): runs the rest of
 * the request inside the correlation context and makes the id pino-http's request id, so the
 * answered `x-correlation-id`, every log line and the outbox rows carry the same id.
 */
export function correlationMiddleware(
  req: IncomingMessage & { id?: unknown },
  res: ServerResponse,
  next: () => void,
): void {
  const id = sanitizeCorrelationId(req.id) ?? sanitizeCorrelationId(req.headers[CORRELATION_ID_HEADER]) ?? randomUUID();
  req.id = id;
  if (!res.headersSent) res.setHeader(CORRELATION_ID_HEADER, id);
  runWithCorrelationId(id, next);
}

/** A plain pino logger for code outside Nest (worker, relay processes, scripts). */
export function createLogger(service: string, level = process.env['LOG_LEVEL'] ?? 'info') {
  return pino({
    level,
    base: { service },
    mixin: () => {
      const correlationId = currentCorrelationId();
      return correlationId ? { correlationId } : {};
    },
  });
}
