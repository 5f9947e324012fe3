import { HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { currentCorrelationId } from '@aeo/observability';

/** The most bytes of a refused body shown in its log line (as hex). */
export const REFUSED_BODY_LOGGED_BYTES = 64;

/**
 * An error the body parsers (or the platform's checks in front of them) raise for a request the
 * client got wrong: a 4xx status and a body-parser `type` (`entity.verify.failed` for invalid UTF-8,
 * `entity.too.large`, `entity.parse.failed`, `charset.unsupported`...). body-parser attaches the
 * whole body to some of them (`body`).
 */
interface RefusedRequestError {
  status: number;
  type: string;
  message: string;
  body?: unknown;
}

export function asRefusedRequest(error: unknown): RefusedRequestError | undefined {
  if (typeof error !== 'object' || error === null || error instanceof HttpException) return undefined;
  const record = error as Record<string, unknown>;
  const status = record['statusCode'] ?? record['status'];
  if (typeof status !== 'number' || status < 400 || status > 499) return undefined;
  if (typeof record['type'] !== 'string' || typeof record['message'] !== 'string') return undefined;
  return { status, type: record['type'], message: record['message'], body: record['body'] };
}

const refusalLogger = new Logger('RefusedRequest');

/**
 * Answers a refused request with its status and message, and logs it as the client's error it is:
 * one bounded line at warn with the size and the first bytes of the body as hex (never the body:
 * it can be 64 MB of a partner's list).
 */
export function answerRefusedRequest(refused: RefusedRequestError, request: Request, response: Response): void {
  const body = Buffer.isBuffer(refused.body) ? refused.body : undefined;
  const declaredLength = Number(request.headers['content-length']);
  refusalLogger.warn({
    method: request.method,
    path: request.path,
    correlationId: currentCorrelationId(),
    status: refused.status,
    type: refused.type,
    bodyBytes: body?.length ?? (Number.isFinite(declaredLength) ? declaredLength : undefined),
    ...(body ? { bodyStart: body.subarray(0, REFUSED_BODY_LOGGED_BYTES).toString('hex') } : {}),
    msg: `request refused with ${refused.status}: ${refused.message}`,
  });
  if (response.headersSent) {
    response.end();
    return;
  }
  response.status(refused.status).json({ statusCode: refused.status, message: refused.message });
}
