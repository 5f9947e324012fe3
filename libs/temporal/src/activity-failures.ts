import { Logger } from '@nestjs/common';
import { ApplicationFailure } from '@temporalio/common';
import type { Context as ActivityContext } from '@temporalio/activity';
import type {
  ActivityExecuteInput,
  ActivityInboundCallsInterceptor,
  ActivityInterceptorsFactory,
  Next,
} from '@temporalio/worker';
import { Counter } from 'prom-client';
import { metricsRegistry } from '@aeo/observability';

/**
 * The failure type of a deterministic data error; the same string as `FAILURE_TYPES.invalidData`
 * of `@aeo/workflows` (which this library may not import), listed as non-retryable in the
 * workflows' shared retry policy.
 */
export const INVALID_DATA_FAILURE_TYPE = 'InvalidData';

/** How often an error that is usually a race (a unique or foreign key violation) is retried before it counts as deterministic. */
export const AMBIGUOUS_ERROR_ATTEMPTS = 5;

export const activityFailures = new Counter({
  name: 'aeo_activity_nonretryable_failures_total',
  help: 'Activity failures that no retry can fix (deterministic data errors), by activity and SQLSTATE or error name; each is alerted to operations by its workflow',
  labelNames: ['activity', 'code'] as const,
  registers: [metricsRegistry],
});

/** What the classification says about an activity's error. */
export type ErrorClass = { retryable: true } | { retryable: false; code: string; reason: string };

/**
 * PostgreSQL SQLSTATEs (and classes) by what a retry can do about them
 * (https://www.postgresql.org/docs/current/errcodes-appendix.html):
 * - class 22, data exception (`22P05` unsupported Unicode escape sequence, i.e. `\u0000` in jsonb;
 *   `22021` invalid byte sequence, a NUL in text; out-of-range numbers, bad dates, too long
 *   strings): the same data fails the same way every time;
 * - class 23, integrity constraint violations: not-null, check and restrict violations are
 *   deterministic; unique and foreign key violations may be a race with a concurrent
 *   transaction, so they get `AMBIGUOUS_ERROR_ATTEMPTS` attempts first;
 * - `54000` program limit exceeded (an index row or a value too large for the server) and `0A000`
 *   feature not supported: what the data asks of the server is beyond it, every time;
 * - everything else (connection failures `08`, serialization failure `40001`, deadlock `40P01`,
 *   too many connections `53300`, administrator shutdown `57P01`, ...) stays retryable, and so do
 *   schema or code errors (`42`), which a deployment fixes.
 */
const AMBIGUOUS_SQLSTATES = new Set(['23505', '23503', '23P01']);
const BEYOND_THE_SERVER_SQLSTATES: ReadonlyMap<string, string> = new Map([
  ['54000', 'data beyond a PostgreSQL limit'],
  ['0A000', 'data asks for a feature PostgreSQL does not support'],
]);

interface PgErrorLike {
  code: string;
  message: string;
}

/** The PostgreSQL error behind an error (TypeORM wraps pg's, which carries `severity` and a SQLSTATE `code`). */
function postgresErrorOf(error: unknown): PgErrorLike | undefined {
  for (let current: unknown = error, depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const candidate = current as {
      code?: unknown;
      severity?: unknown;
      message?: unknown;
      driverError?: unknown;
      cause?: unknown;
    };
    // `severity` tells a server error from a Node socket error such as EPIPE (also five letters).
    if (
      typeof candidate.code === 'string' &&
      /^[0-9A-Z]{5}$/.test(candidate.code) &&
      typeof candidate.severity === 'string'
    ) {
      return { code: candidate.code, message: String(candidate.message ?? '') };
    }
    current = candidate.driverError ?? candidate.cause;
  }
  return undefined;
}

/** Whether retrying the activity can help; `attempt` is the activity's attempt number (from 1). */
export function classifyActivityError(error: unknown, attempt = 1): ErrorClass {
  if (error instanceof ApplicationFailure) return { retryable: true };
  const pg = postgresErrorOf(error);
  if (pg) {
    const sqlClass = pg.code.slice(0, 2);
    if (sqlClass === '22')
      return { retryable: false, code: pg.code, reason: `invalid data (PostgreSQL ${pg.code}: ${pg.message})` };
    const beyond = BEYOND_THE_SERVER_SQLSTATES.get(pg.code);
    if (beyond) return { retryable: false, code: pg.code, reason: `${beyond} (PostgreSQL ${pg.code}: ${pg.message})` };
    if (sqlClass === '23') {
      if (!AMBIGUOUS_SQLSTATES.has(pg.code))
        return {
          retryable: false,
          code: pg.code,
          reason: `data violates a constraint (PostgreSQL ${pg.code}: ${pg.message})`,
        };
      if (attempt >= AMBIGUOUS_ERROR_ATTEMPTS)
        return {
          retryable: false,
          code: pg.code,
          reason: `data violates a constraint on every one of ${attempt} attempts (PostgreSQL ${pg.code}: ${pg.message})`,
        };
    }
    return { retryable: true };
  }
  // zod's errors: an activity's input or data that does not fit its schema fails the same way every time.
  if (error instanceof Error && error.name === 'ZodError') {
    const issues = (error as Error & { issues?: { path: PropertyKey[]; message: string }[] }).issues ?? [];
    const described =
      issues.map((i) => `${i.path.map(String).join('.') || '(input)'}: ${i.message}`).join('; ') || error.message;
    return { retryable: false, code: 'ZodError', reason: `invalid data (${described.slice(0, 500)})` };
  }
  // A RangeError comes from a value out of its domain, such as "Invalid time value" from a bad
  // date string: the same data throws it every time.
  if (error instanceof RangeError)
    return { retryable: false, code: 'RangeError', reason: `invalid data (${error.message.slice(0, 500)})` };
  // A TypeError (reading a property of undefined, calling a non-function) is a bug in the code, not
  // in the data: it stays retryable, so the activity succeeds once a deployment has fixed the bug,
  // instead of failing an action for good.
  return { retryable: true };
}

/**
 * Turns deterministic data errors of every activity into non-retryable `InvalidData` failures
 * (so no workflow waits for a retry that cannot succeed), with an error log line and a metric;
 * the workflow then fails the action cleanly and alerts operations. Transient errors pass
 * through unchanged and are retried.
 */
export class ActivityFailureInterceptor implements ActivityInboundCallsInterceptor {
  private static readonly logger = new Logger('ActivityFailures');

  constructor(private readonly ctx: ActivityContext) {}

  async execute(input: ActivityExecuteInput, next: Next<ActivityInboundCallsInterceptor, 'execute'>): Promise<unknown> {
    try {
      return await next(input);
    } catch (error) {
      const info = this.ctx.info;
      const verdict = classifyActivityError(error, info.attempt);
      if (verdict.retryable) throw error;
      activityFailures.inc({ activity: info.activityType, code: verdict.code });
      ActivityFailureInterceptor.logger.error(
        `activity ${info.activityType} of ${info.workflowExecution?.workflowId ?? '(no workflow)'} failed for good (attempt ${info.attempt}): ${verdict.reason}`,
      );
      throw ApplicationFailure.create({
        type: INVALID_DATA_FAILURE_TYPE,
        nonRetryable: true,
        message: `${info.activityType}: ${verdict.reason}`,
        details: [{ code: verdict.code, activity: info.activityType }],
        cause: error instanceof Error ? error : undefined,
      });
    }
  }
}

/** The interceptor for a worker's `interceptors.activity`. */
export const activityFailureInterceptors: ActivityInterceptorsFactory = (ctx) => ({
  inbound: new ActivityFailureInterceptor(ctx),
});
