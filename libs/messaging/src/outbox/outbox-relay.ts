import type { Producer, TopicMessages } from 'kafkajs';
import type { DataSource, QueryRunner } from 'typeorm';
import type { Logger } from 'pino';
import { toKafkaRecord } from '@aeo/contracts';
import { eventsParked, eventsPublished } from '@aeo/observability';
import { runSql, runSqlOne } from '@aeo/persistence';
import { OUTBOX_LOCK_SPACE } from './outbox-lock';
import {
  claimOutboxBatch,
  countPendingOutbox,
  deleteSentOutbox,
  findOutboxBlockers,
  markOutboxSent,
  recordOutboxFailure,
  setRelayCommitAsynchronous,
  type IClaimOutboxBatchResult,
} from './outbox-relay.queries';

export interface OutboxRelayOptions {
  batchSize: number;
  pollIntervalMs: number;
  /** Claim/send loops running side by side, so one loop's database work overlaps another's send. */
  concurrency?: number;
  /** After this many non-retriable failures a row is parked (kept, never sent) and reported. */
  maxAttempts?: number;
  /** Sent rows older than this are deleted (the outbox is not an archive). */
  retentionMs?: number;
  logger?: Logger;
  /**
   * Test seam: runs after Kafka acknowledged a batch and before the rows are marked sent,
   * which is exactly where a crash produces a redelivery that consumers must absorb.
   */
  afterSend?: (eventIds: string[]) => Promise<void> | void;
}

type OutboxRow = IClaimOutboxBatchResult;

const RECORD_REJECTIONS = new Set([
  'MESSAGE_TOO_LARGE',
  'INVALID_RECORD',
  'CORRUPT_MESSAGE',
  'RECORD_LIST_TOO_LARGE',
  'INVALID_TIMESTAMP',
]);

/** True when the broker refused the records themselves (not when it was unreachable). */
export function isRecordRejection(error: unknown): boolean {
  for (
    let current = error as { type?: string; cause?: unknown } | undefined, depth = 0;
    current && depth < 5;
    current = current.cause as typeof current, depth++
  ) {
    if (current.type && RECORD_REJECTIONS.has(current.type)) return true;
  }
  return false;
}

/**
 * Polls the outbox and publishes pending events to Kafka.
 *
 * - Rows are claimed with `FOR UPDATE SKIP LOCKED`, so several relays can run side by side.
 * - Per-aggregate order across relays: a relay only takes rows of aggregates whose transaction
 *   advisory lock it holds, so two relays never publish the same aggregate concurrently; inside
 *   a batch rows go out in commit sequence.
 * - One `sendBatch` per claimed batch, idempotent producer, `acks=all`; rows are marked sent in
 *   the same transaction that claimed them. A crash between send and mark re-sends the batch:
 *   at-least-once, which consumers absorb with their inbox.
 */
export class OutboxRelay {
  private running = false;
  private loops: Promise<void>[] = [];
  private lastCleanup = 0;
  private consecutiveFailures = 0;
  private isolating = 0;
  private readonly wakers = new Set<() => void>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly producer: Producer,
    private readonly options: OutboxRelayOptions,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loops = Array.from({ length: this.options.concurrency ?? 2 }, () => this.run());
  }

  async stop(): Promise<void> {
    this.running = false;
    for (const wake of this.wakers) wake();
    await Promise.all(this.loops);
  }

  /** Publishes at most one batch; returns how many events went out. */
  async relayOnce(): Promise<number> {
    const maxAttempts = this.options.maxAttempts ?? 10;
    // After a message-level failure, rows go out one by one for a while to find the bad one.
    const limit = this.isolating > 0 ? 1 : this.options.batchSize;
    if (this.isolating > 0) this.isolating -= 1;
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const claimed = await runSql(claimOutboxBatch, { maxAttempts, lockSpace: OUTBOX_LOCK_SPACE, limit }, runner);
      const rows = await this.keepAggregatePrefixes(runner, claimed);
      if (rows.length === 0) {
        await runner.commitTransaction();
        return 0;
      }
      // Losing this commit in a database crash only re-sends the batch, which consumers absorb.
      await runSql(setRelayCommitAsynchronous, undefined, runner);
      const byTopic = new Map<string, TopicMessages>();
      for (const row of rows) {
        const record = toKafkaRecord(
          {
            id: row.id,
            type: row.type,
            source: row.source,
            subject: row.subject,
            time: row.created_at.toISOString(),
            data: undefined,
            correlationid: row.correlation_id ?? undefined,
          },
          row.aggregateid,
          row.payload,
        );
        const topicMessages = byTopic.get(row.topic) ?? { topic: row.topic, messages: [] };
        topicMessages.messages.push(record);
        byTopic.set(row.topic, topicMessages);
      }
      const ids = rows.map((row) => row.id);
      try {
        await this.producer.sendBatch({ topicMessages: [...byTopic.values()], acks: -1 });
      } catch (error) {
        await runner.rollbackTransaction();
        // Broker unavailable, timeouts, exhausted retries: nothing is wrong with the rows, so they
        // keep their attempts and wait. Only a broker refusing the records themselves counts.
        if (isRecordRejection(error)) {
          if (ids.length > 1) this.isolating = ids.length;
          else await this.recordFailure(ids, error as Error, maxAttempts);
        }
        throw error;
      }
      await this.options.afterSend?.(ids);
      await runSql(markOutboxSent, { ids }, runner);
      await runner.commitTransaction();
      for (const topicMessages of byTopic.values())
        eventsPublished.inc({ topic: topicMessages.topic }, topicMessages.messages.length);
      return rows.length;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  /**
   * An aggregate's advisory lock can be released by another relay in the middle of our scan, so
   * the scan may have skipped an aggregate's earlier rows and then claimed later ones. Keep only
   * rows with no earlier unsent row outside this batch; the rest go out in a later batch. A
   * parked row (too many rejections) blocks the rest of its aggregate: order before progress.
   */
  private async keepAggregatePrefixes(runner: QueryRunner, claimed: OutboxRow[]): Promise<OutboxRow[]> {
    if (claimed.length === 0) return claimed;
    const aggregates = [...new Set(claimed.map((row) => row.aggregateid))];
    const blockers = await runSql(
      findOutboxBlockers,
      { aggregateIds: aggregates, claimedIds: claimed.map((row) => row.id) },
      runner,
    );
    if (blockers.length === 0) return claimed;
    const firstUnclaimed = new Map(blockers.map((b) => [b.aggregateid, BigInt(b.first)]));
    return claimed.filter((row) => {
      const first = firstUnclaimed.get(row.aggregateid);
      return first === undefined || BigInt(row.seq) < first;
    });
  }

  /** Events not yet published (for health and metrics). */
  async pendingCount(): Promise<number> {
    const pending = await runSqlOne(countPendingOutbox, undefined, this.dataSource);
    return pending?.count ?? 0;
  }

  private async recordFailure(ids: string[], error: Error, maxAttempts: number): Promise<void> {
    const rows = await runSql(recordOutboxFailure, { ids, lastError: error.message.slice(0, 2000) }, this.dataSource);
    for (const row of rows) {
      if (row.attempts >= maxAttempts) {
        eventsParked.inc({ type: row.type });
        this.options.logger?.error(
          { eventId: row.id, aggregateId: row.aggregateid, eventType: row.type, err: error },
          'outbox event parked: Kafka refused it too often; its aggregate waits until an operator fixes or deletes it',
        );
      }
    }
  }

  private async run(): Promise<void> {
    while (this.running) {
      let published = 0;
      try {
        published = await this.relayOnce();
        if (this.consecutiveFailures > 0)
          this.options.logger?.info({ failures: this.consecutiveFailures }, 'outbox relay recovered');
        this.consecutiveFailures = 0;
        await this.cleanup();
      } catch (error) {
        this.consecutiveFailures += 1;
        this.options.logger?.warn(
          { err: error, failures: this.consecutiveFailures },
          'outbox relay could not publish; will retry',
        );
        // kafkajs does not reconnect a producer whose connection failed; ask again.
        await this.producer.connect().catch(() => undefined);
      }
      if (published < this.options.batchSize) {
        const backoff = this.consecutiveFailures
          ? Math.min(5000, 200 * 2 ** Math.min(this.consecutiveFailures, 5))
          : this.options.pollIntervalMs;
        await this.sleep(backoff);
      }
    }
  }

  private async cleanup(): Promise<void> {
    const now = Date.now();
    if (now - this.lastCleanup < 60_000) return;
    this.lastCleanup = now;
    const retentionMs = this.options.retentionMs ?? 7 * 24 * 3600 * 1000;
    await runSql(deleteSentOutbox, { retentionMs: String(retentionMs) }, this.dataSource);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.wakers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.wakers.add(wake);
    });
  }
}
