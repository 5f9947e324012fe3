import type { Producer, TopicMessages } from 'kafkajs';
import type { DataSource, QueryRunner } from 'typeorm';
import type { Logger } from 'pino';
import { toKafkaRecord } from '@aeo/contracts';
import { eventsPublished } from '@aeo/observability';
import { OUTBOX_LOCK_SPACE } from './outbox-lock';

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

interface OutboxRow {
  seq: string;
  id: string;
  aggregateid: string;
  type: string;
  topic: string;
  subject: string;
  source: string;
  payload: string;
  correlation_id: string | null;
  created_at: Date;
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
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const claimed: OutboxRow[] = await runner.query(
        `SELECT seq, id, aggregateid, type, topic, subject, source, payload::text AS payload, correlation_id, created_at
           FROM outbox
          WHERE sent_at IS NULL AND attempts < $1
            AND pg_try_advisory_xact_lock(${OUTBOX_LOCK_SPACE}, hashtext(aggregateid))
          ORDER BY seq
          LIMIT $2
          FOR UPDATE SKIP LOCKED`,
        [maxAttempts, this.options.batchSize],
      );
      const rows = await this.keepAggregatePrefixes(runner, claimed, maxAttempts);
      if (rows.length === 0) {
        await runner.commitTransaction();
        return 0;
      }
      // Losing this commit in a database crash only re-sends the batch, which consumers absorb.
      await runner.query('SET LOCAL synchronous_commit = off');
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
        const retriable = (error as { retriable?: boolean }).retriable !== false;
        await runner.rollbackTransaction();
        if (!retriable) await this.recordFailure(ids, error as Error);
        throw error;
      }
      await this.options.afterSend?.(ids);
      await runner.query(`UPDATE outbox SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ANY($1::uuid[])`, [ids]);
      await runner.commitTransaction();
      for (const topicMessages of byTopic.values()) eventsPublished.inc({ topic: topicMessages.topic }, topicMessages.messages.length);
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
   * rows with no earlier unsent row outside this batch; the rest go out in a later batch.
   */
  private async keepAggregatePrefixes(runner: QueryRunner, claimed: OutboxRow[], maxAttempts: number): Promise<OutboxRow[]> {
    if (claimed.length === 0) return claimed;
    const aggregates = [...new Set(claimed.map((row) => row.aggregateid))];
    const blockers: { aggregateid: string; first: string }[] = await runner.query(
      `SELECT aggregateid, min(seq)::text AS first FROM outbox
        WHERE sent_at IS NULL AND attempts < $1 AND aggregateid = ANY($2::text[]) AND id <> ALL($3::uuid[])
        GROUP BY aggregateid`,
      [maxAttempts, aggregates, claimed.map((row) => row.id)],
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
    const [{ count }] = await this.dataSource.query(`SELECT count(*)::int AS count FROM outbox WHERE sent_at IS NULL`);
    return count;
  }

  private async recordFailure(ids: string[], error: Error): Promise<void> {
    await this.dataSource.query(`UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE id = ANY($1::uuid[])`, [ids, error.message.slice(0, 2000)]);
  }

  private async run(): Promise<void> {
    while (this.running) {
      let published = 0;
      try {
        published = await this.relayOnce();
        if (this.consecutiveFailures > 0) this.options.logger?.info({ failures: this.consecutiveFailures }, 'outbox relay recovered');
        this.consecutiveFailures = 0;
        await this.cleanup();
      } catch (error) {
        this.consecutiveFailures += 1;
        this.options.logger?.warn({ err: error, failures: this.consecutiveFailures }, 'outbox relay could not publish; will retry');
      }
      if (published < this.options.batchSize) {
        const backoff = this.consecutiveFailures ? Math.min(5000, 200 * 2 ** Math.min(this.consecutiveFailures, 5)) : this.options.pollIntervalMs;
        await this.sleep(backoff);
      }
    }
  }

  private async cleanup(): Promise<void> {
    const now = Date.now();
    if (now - this.lastCleanup < 60_000) return;
    this.lastCleanup = now;
    const retentionMs = this.options.retentionMs ?? 7 * 24 * 3600 * 1000;
    await this.dataSource.query(`DELETE FROM outbox WHERE sent_at < now() - ($1::bigint * interval '1 millisecond')`, [retentionMs]);
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
