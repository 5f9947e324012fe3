import { runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import {
  countAuditEntriesOf,
  expireIdempotencyKey,
  findHumanStepRows,
  findIdempotencyKeys,
  forgetIdempotentAnswer,
  insertExpiredIdempotencyKeys,
  insertHumanStepRow,
  insertIdempotencyKey,
} from './request-ledgers.queries';

// The service-kit tests' own reads and writes of the request ledgers (idempotency keys, human steps) and the audit log.

/** `count` keys `k1`… of principal `p`, expired an hour ago. */
export const insertExpiredKeys = (runner: SqlRunner, count: number) =>
  runSql(insertExpiredIdempotencyKeys, { count }, runner);

/** A key of principal `p` that holds for another day. */
export const insertLiveKey = (runner: SqlRunner, key: string) => runSql(insertIdempotencyKey, { key }, runner);

export const idempotencyKeys = (runner: SqlRunner) => runSql(findIdempotencyKeys, undefined, runner);

export const expireKey = (runner: SqlRunner, key: string) => runSql(expireIdempotencyKey, { key }, runner);

/** As if the service crashed after the effect committed and before its answer was stored. */
export const forgetAnswer = (runner: SqlRunner, key: string) => runSql(forgetIdempotentAnswer, { key }, runner);

/** A decision step of an application, claimed (or taken) that many seconds ago. */
export const insertDecisionStep = (
  runner: SqlRunner,
  subjectId: string,
  state: 'pending' | 'done',
  claimedSecondsAgo: number,
) => runSql(insertHumanStepRow, { subjectId, state, claimedSecondsAgo }, runner);

export const humanStepRows = (runner: SqlRunner) => runSql(findHumanStepRows, undefined, runner);

export const auditEntriesOf = async (runner: SqlRunner, entityId: string): Promise<number> =>
  (await runSqlOne(countAuditEntriesOf, { entityId }, runner))?.n ?? 0;
