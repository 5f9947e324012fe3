import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { ConflictException, HttpException, ServiceUnavailableException } from '@nestjs/common';
import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { z } from 'zod';
import {
  claimHumanStep,
  dropHumanStepClaim,
  findLatestHumanStep,
  finishHumanStep,
  finishHumanStepOfSeries,
  humanStepPosition,
  lockHumanStepLedger,
  lockHumanStepSubject,
  markRequestEffect,
  recordHumanStep,
  setLedgerLockTimeout,
  voidHumanStep as voidHumanStepQuery,
} from './request-ledger.queries';
import { runSql, runSqlCounted, runSqlOne } from './typed-sql';

/**
 * Two ledgers that make repeated requests harmless, written with the effect they guard, so they
 * hold across crashes and restarts:
 * - `idempotency_keys`: a client's `Idempotency-Key` on a POST, scoped per principal (token `sub`);
 * - `human_steps`: a step a person takes on a case (acceptance, decision, report...), once per
 *   subject: the same request again gets the first answer, a different one 409 with the reason.
 */

/** JSON with sorted keys, so equal requests hash equally whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item) && !Buffer.isBuffer(item)
      ? Object.fromEntries(
          Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : item,
  );
}

export function requestHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

// ---------------------------------------------------------------------------------------------
// Idempotency-Key: the HTTP layer claims the key, the effect's transaction marks it committed.

export interface IdempotencyScope {
  principal: string;
  key: string;
  claim: string;
  /** Id of what the request created, when the service names it (`noteCreatedResource`). */
  resource?: string;
}

const idempotencyScope = new AsyncLocalStorage<IdempotencyScope>();

export function runWithIdempotencyKey<T>(scope: IdempotencyScope, work: () => T): T {
  return idempotencyScope.run(scope, work);
}

/** Names the record the current request creates, so a replay can rebuild a lost answer. */
export function noteCreatedResource(id: string): void {
  const scope = idempotencyScope.getStore();
  if (scope) scope.resource ??= id;
}

/**
 * Called by every writer of an effect (outbox, audit trail) inside its transaction: marks the
 * request's idempotency key as committed with that transaction, and refuses (rolling the effect
 * back) when another attempt took the key over meanwhile.
 */
export async function recordRequestEffect(manager: EntityManager, subject: string): Promise<void> {
  const scope = idempotencyScope.getStore();
  if (!scope) return;
  const { count } = await runSqlCounted(
    markRequestEffect,
    { principal: scope.principal, key: scope.key, claim: scope.claim, resource: scope.resource ?? subject },
    manager,
  );
  if (count === 0)
    throw new ConflictException(
      `Another request with Idempotency-Key "${scope.key}" took over this one; nothing was changed by this attempt`,
    );
}

// ---------------------------------------------------------------------------------------------
// Human steps.

export interface HumanStep {
  /** e.g. `application`, `validation-case`. */
  subjectType: string;
  subjectId: string;
  /** The step taken once per subject, e.g. `acceptance`, `decision`, `report`. */
  step: string;
  /** What the person asked for, compared with a repeat (the body, plus anything that identifies the route). */
  request: unknown;
  actor: string;
  /** How the 409 of a different request describes what was done, e.g. `accepted`. */
  summary: string;
  /**
   * For steps that recur over a subject's life (an authorisation's lifecycle actions): the
   * series they belong to. Only the latest step of the series counts as already taken: the same
   * request again is a repeat; the same step with another request is a conflict.
   */
  series?: string;
  /** The step may be taken again with other content (a revised plan): only the same request is a repeat. */
  revisable?: boolean;
}

/**
 * A repeat is the same request by the same person: the person is part of what is compared, so
 * another officer sending the same body learns who already took the step (409) instead of being
 * told that they did.
 */
function stepHash(step: HumanStep): string {
  return requestHash({ step: step.step, request: step.request, actor: step.actor });
}

export interface StepOutcome<T> {
  answer: T;
  /** True when the step had already been taken: the stored answer, nothing applied or signalled again. */
  repeated: boolean;
}

/**
 * Takes a person's step once. In one transaction, serialised per subject: a step already taken
 * answers the first answer when the request is the same, or 409 saying what was done, when and
 * by whom; otherwise `apply` runs (its effect, its event, and a signal to the workflow, which
 * does not wait for the workflow's activities) and the step is recorded with its answer. Never
 * await a workflow update in `apply`: use `takeHumanStepThroughWorkflow`, which holds no
 * transaction while the workflow works.
 */
export async function takeHumanStepOnce<T>(
  dataSource: DataSource,
  step: HumanStep,
  apply: (manager: EntityManager) => Promise<T>,
): Promise<StepOutcome<T>> {
  const hash = stepHash(step);
  return inLedgerTransaction(dataSource, step, async (manager) => {
    const recorded = step.series ? `${step.series}:${step.step}:${Date.now()}` : step.step;
    // Of a series, the latest step of any kind; else the step itself.
    const latest = await runSqlOne(
      findLatestHumanStep,
      { subjectType: step.subjectType, subjectId: step.subjectId, step: step.step, series: step.series ?? null },
      manager,
    );
    const prior =
      latest && (!step.series || latest.step.startsWith(`${step.series}:${step.step}:`)) ? latest : undefined;
    if (prior) {
      if (prior.request_hash === hash) return { answer: prior.answer as T, repeated: true };
      if (!step.revisable)
        throw new ConflictException(
          `The ${step.step} step of ${step.subjectType} ${step.subjectId} was already taken: ${prior.summary} on ${new Date(prior.applied_at).toISOString()} by ${prior.actor}`,
        );
    }
    const answer = await apply(manager);
    await runSql(
      recordHumanStep,
      {
        subjectType: step.subjectType,
        subjectId: step.subjectId,
        step: recorded,
        requestHash: hash,
        request: canonicalJson(step.request ?? null),
        summary: step.summary,
        actor: step.actor,
        answer: answer === undefined ? null : JSON.stringify(answer),
      },
      manager,
    );
    return { answer, repeated: false };
  });
}

export interface WorkflowHandOver<T> {
  /**
   * Hands the step to the workflow (a Temporal update sent with this `updateId`, so Temporal
   * itself answers a retried update with its first result instead of applying it twice). Refusals
   * are thrown as 4xx HttpExceptions: the claim is dropped and a corrected request may follow.
   * Anything else (unavailable, no answer within the deadline) leaves the claim until its lease ends.
   */
  send(updateId: string): Promise<T>;
  /** What is committed with the answer once the workflow took the step (its event, audit entry). */
  record?(manager: EntityManager, answer: T): Promise<void>;
  /** How long a claim holds before the same request may be sent again (IDEMPOTENCY_KEY_LEASE_S). */
  leaseSeconds: number;
  /** How long the workflow gets to answer; shorter than the lease. Default: half the lease. */
  deadlineMs?: number;
}

// No statement of the ledger's short transactions waits longer than 5 s for a lock (SetLedgerLockTimeout).

/**
 * Runs one of the ledger's transactions on a subject. Its first statements set the lock timeout
 * and take the subject's advisory lock, so the ledger's transactions on one subject run one after
 * the other: each reads what the previous one committed, and none holds a row another waits for
 * (no deadlock). Should PostgreSQL still report a deadlock (40P01) or a lock timeout (55P03), for
 * instance with a caller's own transaction, the step is in progress: 409, to be repeated.
 */
async function inLedgerTransaction<T>(
  dataSource: DataSource,
  step: Pick<HumanStep, 'subjectType' | 'subjectId' | 'step'>,
  work: (manager: EntityManager) => Promise<T>,
  busy = `nothing was changed by this attempt: repeat the request`,
): Promise<T> {
  try {
    return await dataSource.transaction(async (manager) => {
      await runSql(setLedgerLockTimeout, undefined, manager);
      await runSql(lockHumanStepSubject, { lockKey: `human-step:${step.subjectType}:${step.subjectId}` }, manager);
      return work(manager);
    });
  } catch (error) {
    if (!isLockContention(error)) throw error;
    throw new ConflictException(
      `Another request on ${step.subjectType} ${step.subjectId} is in progress (the ${step.step} step waited for it in vain); ${busy}`,
    );
  }
}

/** PostgreSQL's deadlock_detected (40P01) and lock_not_available (55P03, a lock timeout). */
function isLockContention(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const { code } = error.driverError as { code?: unknown };
  return code === '40P01' || code === '55P03';
}

/**
 * Where the subject's ledger stands (of a series, the series): how many steps were taken and when
 * the latest was. Part of the update id, so a request repeated after later steps reaches the
 * workflow as a new update (which decides anew) instead of getting Temporal's first outcome back.
 */
async function ledgerPosition(manager: EntityManager, step: HumanStep): Promise<string> {
  const position = await runSqlOne(
    humanStepPosition,
    { subjectType: step.subjectType, subjectId: step.subjectId, series: step.series ?? null },
    manager,
  );
  return `${position?.done ?? 0}.${position?.latest ? new Date(position.latest).getTime() : 0}`;
}

/** The ledger's `state` column (its CHECK constraint allows exactly these). */
const ledgerState = z.enum(['pending', 'done']);

function alreadyTaken(step: HumanStep, prior: { summary: string; applied_at: Date; actor: string }): ConflictException {
  return new ConflictException(
    `The ${step.step} step of ${step.subjectType} ${step.subjectId} was already taken: ${prior.summary} on ${new Date(prior.applied_at).toISOString()} by ${prior.actor}`,
  );
}

/**
 * Takes a person's step that a workflow carries out, without holding a transaction (or a lock)
 * while the workflow works: (a) a short transaction checks the ledger (the same request as the
 * step taken answers its stored answer; another one 409) and claims the step with a `pending`
 * row, one per subject and step (a series has one claim at a time), so a concurrent request
 * answers 409 "in progress"; (b) the workflow gets the step outside any transaction, within a
 * deadline, under an update id derived from the subject, step, request and the ledger's position
 * (how many steps of the subject, or of the series, were taken, and when the latest was); (c) a second short
 * transaction stores the answer with `record`'s effects, or drops the claim when the workflow
 * refused. A claim left by a crash or a timeout expires after `leaseSeconds`; then the same
 * request is sent again under the same update id, which Temporal deduplicates (and another one
 * goes to the workflow, whose validator refuses what the stage no longer allows). A request that
 * comes again after later steps gets a new update id: the workflow decides it anew rather than
 * Temporal answering its first outcome (an old refusal, or an old success of another phase).
 */
export async function takeHumanStepThroughWorkflow<T>(
  dataSource: DataSource,
  step: HumanStep,
  handOver: WorkflowHandOver<T>,
): Promise<StepOutcome<T>> {
  const hash = stepHash(step);
  const claimStep = step.series ? `${step.series}:pending` : step.step;
  const claimed = await inLedgerTransaction(dataSource, step, async (manager): Promise<StepOutcome<T> | string> => {
    // The claim, and (of a series) every step taken in it, newest first, locked until the claim is written.
    const ledger = await runSql(
      lockHumanStepLedger,
      {
        subjectType: step.subjectType,
        subjectId: step.subjectId,
        claimStep,
        leaseSeconds: handOver.leaseSeconds,
        series: step.series ?? null,
      },
      manager,
    );
    const rows = ledger.map((row) => ({ ...row, state: ledgerState.parse(row.state), answer: row.answer as T }));
    const pending = rows.find((row) => row.state === 'pending');
    if (pending && !pending.expired) {
      throw new ConflictException(
        `A request for ${pending.summary} on ${step.subjectType} ${step.subjectId} by ${pending.actor} is in progress since ${new Date(pending.applied_at).toISOString()}; repeat it after ${handOver.leaseSeconds} s if it did not complete`,
      );
    }
    const latest = rows.find((row) => row.state === 'done');
    const prior =
      latest && (!step.series || latest.step.startsWith(`${step.series}:${step.step}:`)) ? latest : undefined;
    if (prior) {
      if (prior.request_hash === hash) return { answer: prior.answer, repeated: true };
      if (!step.revisable) throw alreadyTaken(step, prior);
    }
    await runSql(
      claimHumanStep,
      {
        subjectType: step.subjectType,
        subjectId: step.subjectId,
        claimStep,
        requestHash: hash,
        request: canonicalJson(step.request ?? null),
        summary: step.summary,
        actor: step.actor,
      },
      manager,
    );
    // Read under the subject's lock with the claim held: a re-send of this claim after its lease finds the same position.
    return `${step.subjectType}:${step.subjectId}:${step.step}:${await ledgerPosition(manager, step)}:${hash}`;
  });
  if (typeof claimed !== 'string') return claimed;

  const updateId = claimed;
  let answer: T;
  try {
    answer = await withDeadline(
      handOver.send(updateId),
      handOver.deadlineMs ?? (handOver.leaseSeconds * 1000) / 2,
      step,
      handOver.leaseSeconds,
    );
  } catch (error) {
    if (error instanceof HttpException && error.getStatus() < 500) {
      // The refusal is the answer; a claim that cannot be dropped now ends with its lease.
      await inLedgerTransaction(dataSource, step, (manager) =>
        runSql(
          dropHumanStepClaim,
          { subjectType: step.subjectType, subjectId: step.subjectId, claimStep, requestHash: hash },
          manager,
        ),
      ).catch((dropError: unknown) => {
        if (!(dropError instanceof ConflictException)) throw dropError;
      });
    }
    throw error;
  }
  await inLedgerTransaction(
    dataSource,
    step,
    async (manager) => {
      const claim = {
        subjectType: step.subjectType,
        subjectId: step.subjectId,
        claimStep,
        requestHash: hash,
        answer: answer === undefined ? null : JSON.stringify(answer),
      };
      // A step of a series is recorded under its own name (the claim's row moves there); another step turns its claim into the step taken.
      const { count } = step.series
        ? await runSqlCounted(
            finishHumanStepOfSeries,
            { ...claim, step: `${step.series}:${step.step}:${Date.now()}` },
            manager,
          )
        : await runSqlCounted(finishHumanStep, claim, manager);
      // Another attempt of the same request finished it after this one's lease ended: it is recorded once.
      if (count === 0) return;
      await handOver.record?.(manager, answer);
    },
    `the workflow took the step but it is not recorded yet: repeat the same request after ${handOver.leaseSeconds} s for its answer`,
  );
  return { answer, repeated: false };
}

async function withDeadline<T>(
  work: Promise<T>,
  deadlineMs: number,
  step: HumanStep,
  leaseSeconds: number,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new ServiceUnavailableException(
            `The workflow did not answer the ${step.step} step of ${step.subjectType} ${step.subjectId} within ${deadlineMs} ms; it may still take it: repeat the same request after ${leaseSeconds} s`,
          ),
        ),
      deadlineMs,
    );
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Forgets a step the workflow could not carry out (it reported the failure and awaits the step
 * again), so the person can take it anew; a repeat of the failed request then reaches the workflow.
 */
export async function voidHumanStep(
  manager: EntityManager,
  subject: Pick<HumanStep, 'subjectType' | 'subjectId' | 'step'>,
): Promise<number> {
  const { count } = await runSqlCounted(
    voidHumanStepQuery,
    { subjectType: subject.subjectType, subjectId: subject.subjectId, step: subject.step },
    manager,
  );
  return count;
}

/** The answer of a step, repeated or not. */
export async function answerOf<T>(outcome: Promise<StepOutcome<T>>): Promise<T> {
  return (await outcome).answer;
}
