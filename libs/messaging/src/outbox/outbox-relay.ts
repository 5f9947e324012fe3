import type { Message, TopicMessages } from 'kafkajs';
import type { DataSource, QueryRunner } from 'typeorm';
import type { Logger } from 'pino';
import { toKafkaRecord } from '@aeo/contracts';
import { eventsParked, eventsPublished } from '@aeo/observability';
import { runSql, runSqlOne } from '@aeo/persistence';
import { OUTBOX_LOCK_SPACE } from './outbox-lock';
import { RenewingProducer, type EventProducer } from '../kafka/renewing-producer';
import { OutboxNotifications } from './outbox-notifications';
import { RAW_RECORD_TYPE, rawRecordOf } from './raw-record';
import {
  claimOutboxBatch,
  countPendingOutbox,
  deleteSentOutbox,
  findOutboxBlockers,
  markOutboxSent,
  parkOutboxEvent,
  recordOutboxFailure,
  setRelayCommitAsynchronous,
  type IClaimOutboxBatchResult,
} from './outbox-relay.queries';

export interface OutboxRelayOptions {
  batchSize: number;
  /**
   * Upper bound of one send's records in bytes (see `recordBytes`). The broker's `message.max.bytes`
   * limits a whole record batch, and kafkajs puts every message of a partition in one `sendBatch`
   * into one record batch, so a send is cut here rather than per event. An event larger than this
   * alone is parked at once. Default `DEFAULT_MAX_BATCH_BYTES`.
   */
  maxBatchBytes?: number;
  pollIntervalMs: number;
  /**
   * The database to LISTEN on for the writer's notifications (`OutboxNotifications`): with it, a
   * committed event is published at once and `pollIntervalMs` is only the safety net. Without it,
   * events wait for the next poll.
   */
  notifyConnectionString?: string;
  /** Claim/send loops running side by side, so one loop's database work overlaps another's send. */
  concurrency?: number;
  /** After this many non-retriable failures a row is parked (kept, never sent) and reported. */
  maxAttempts?: number;
  /** Put before each row's topic when it is sent (`KAFKA_TOPIC_PREFIX`; tests' own topics). */
  topicPrefix?: string;
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

/**
 * 768 KiB: well under the broker's `message.max.bytes` (Kafka's default 1,048,588 bytes, which
 * deploy/local/kafka/server.properties keeps), leaving room for the batch and request framing.
 */
export const DEFAULT_MAX_BATCH_BYTES = 768 * 1024;

/** Over-estimates of a v2 record's framing (length, attributes, deltas, lengths as varints) and a header's. */
const RECORD_FRAMING_BYTES = 40;
const HEADER_FRAMING_BYTES = 10;

/** The bytes a record takes in a record batch, rounded up: key, value, header names and values, framing. */
export function recordBytes(record: Message): number {
  let bytes = RECORD_FRAMING_BYTES + byteLength(record.key) + byteLength(record.value);
  for (const [name, value] of Object.entries(record.headers ?? {})) {
    bytes += HEADER_FRAMING_BYTES + Buffer.byteLength(name);
    for (const item of [value].flat()) bytes += byteLength(item);
  }
  return bytes;
}

function byteLength(value: Buffer | string | null | undefined): number {
  return value == null ? 0 : Buffer.byteLength(value);
}

/** A claimed row with its Kafka record. */
interface Outgoing {
  row: OutboxRow;
  record: Message;
  bytes: number;
}

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
 * - One `sendBatch` per claimed batch, cut to `maxBatchBytes` (the rest waits for the next claim,
 *   which starts at once), one attempt per send (`createSingleAttemptProducer`), `acks=all`; rows are marked sent in
 *   the same transaction that claimed them. A crash between send and mark re-sends the batch:
 *   at-least-once, which consumers absorb with their inbox.
 * - Each claim/send loop has its own producer, made by `createProducer`, and replaces it after a
 *   failed send (`RenewingProducer`): the whole batch goes again through new connections and
 *   fresh metadata; what the failed attempt wrote is a copy the consumers' inboxes absorb.
 */
export class OutboxRelay {
  private running = false;
  private loops: Promise<void>[] = [];
  private lastCleanup = 0;
  private consecutiveFailures = 0;
  private isolating = 0;
  private readonly wakers = new Set<() => void>();
  /** Rows were committed while no loop slept: the next loop to finish a claim claims again at once. */
  private nudged = false;
  private notifications?: OutboxNotifications;
  /** One producer per claim/send loop (the last one also serves `relayOnce`). */
  private readonly producers: RenewingProducer[];

  constructor(
    private readonly dataSource: DataSource,
    createProducer: () => EventProducer,
    private readonly options: OutboxRelayOptions,
  ) {
    this.producers = Array.from(
      { length: Math.max(1, options.concurrency ?? 2) },
      () => new RenewingProducer(createProducer, options.logger),
    );
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    if (this.options.notifyConnectionString) {
      this.notifications = new OutboxNotifications(
        this.options.notifyConnectionString,
        () => this.wake(),
        this.options.logger,
      );
      this.notifications.start();
    }
    this.loops = this.producers.map((producer) => this.run(producer));
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.notifications?.stop();
    this.notifications = undefined;
    for (const wake of this.wakers) wake();
    await Promise.all(this.loops);
    await Promise.all(this.producers.map((producer) => producer.disconnect()));
  }

  /**
   * New events were committed: one sleeping loop claims at once; if every loop is busy, the next
   * one to finish claims again instead of sleeping (its claim may have scanned before the commit).
   */
  wake(): void {
    // Failing (Kafka away): the loops keep their back-off rather than retry at every commit.
    if (this.consecutiveFailures > 0) return;
    const [sleeping] = this.wakers;
    if (sleeping) sleeping();
    else this.nudged = true;
  }

  /** Publishes at most one batch; returns how many events went out. */
  async relayOnce(): Promise<number> {
    return (await this.relayBatch(this.producers[this.producers.length - 1])).published;
  }

  /** One claim and send; `more` when rows were left for the next claim at once (bytes cap, parked row). */
  private async relayBatch(producer: RenewingProducer): Promise<{ published: number; more: boolean }> {
    const maxAttempts = this.options.maxAttempts ?? 10;
    // After a message-level failure, rows go out one by one for a while to find the bad one.
    const limit = this.isolating > 0 ? 1 : this.options.batchSize;
    if (this.isolating > 0) this.isolating -= 1;
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const claimed = await runSql(claimOutboxBatch, { maxAttempts, lockSpace: OUTBOX_LOCK_SPACE, limit }, runner);
      const prefixes = await this.keepAggregatePrefixes(runner, claimed);
      const { outgoing, oversized } = this.fitInOneSend(prefixes);
      if (oversized) await this.park(runner, oversized, maxAttempts);
      if (outgoing.length === 0) {
        await runner.commitTransaction();
        return { published: 0, more: oversized !== undefined };
      }
      // Losing this commit in a database crash only re-sends the batch, which consumers absorb.
      await runSql(setRelayCommitAsynchronous, undefined, runner);
      const byTopic = new Map<string, TopicMessages>();
      for (const { row, record } of outgoing) {
        const topic = (this.options.topicPrefix ?? '') + row.topic;
        const topicMessages = byTopic.get(topic) ?? { topic, messages: [] };
        topicMessages.messages.push(record);
        byTopic.set(topic, topicMessages);
      }
      const ids = outgoing.map(({ row }) => row.id);
      try {
        await producer.sendBatch({ topicMessages: [...byTopic.values()], acks: -1 });
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
      return { published: outgoing.length, more: outgoing.length < prefixes.length };
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  /**
   * The longest run of rows (in commit sequence, so every aggregate keeps a prefix) whose records
   * fit in `maxBatchBytes`; the rest wait for the next claim. A first row that alone is larger
   * can never be sent and comes back as `oversized`.
   */
  private fitInOneSend(rows: OutboxRow[]): { outgoing: Outgoing[]; oversized?: Outgoing } {
    const maxBytes = this.options.maxBatchBytes ?? DEFAULT_MAX_BATCH_BYTES;
    const outgoing: Outgoing[] = [];
    let total = 0;
    for (const row of rows) {
      const record =
        row.type === RAW_RECORD_TYPE
          ? rawRecordOf(row.payload)
          : toKafkaRecord(
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
      const bytes = recordBytes(record);
      if (total + bytes > maxBytes) {
        return outgoing.length === 0 ? { outgoing, oversized: { row, record, bytes } } : { outgoing };
      }
      outgoing.push({ row, record, bytes });
      total += bytes;
    }
    return { outgoing };
  }

  /**
   * An event larger than a send may be is parked at once, without asking Kafka (which would refuse
   * it with MESSAGE_TOO_LARGE each time): same state, metric and log as a row Kafka refused too often.
   */
  private async park(runner: QueryRunner, { row, bytes }: Outgoing, maxAttempts: number): Promise<void> {
    const maxBytes = this.options.maxBatchBytes ?? DEFAULT_MAX_BATCH_BYTES;
    const reason = `event of ${bytes} bytes is larger than the outbox relay's send limit of ${maxBytes} bytes (OUTBOX_MAX_BATCH_BYTES)`;
    await runSql(parkOutboxEvent, { id: row.id, maxAttempts, lastError: reason }, runner);
    this.reportParked(row, new Error(reason));
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
    for (const row of rows) if (row.attempts >= maxAttempts) this.reportParked(row, error);
  }

  private reportParked(row: { id: string; aggregateid: string; type: string }, error: Error): void {
    eventsParked.inc({ type: row.type });
    this.options.logger?.error(
      { eventId: row.id, aggregateId: row.aggregateid, eventType: row.type, err: error },
      'outbox event parked: Kafka cannot take it; its aggregate waits until an operator fixes or deletes it',
    );
  }

  private async run(producer: RenewingProducer): Promise<void> {
    while (this.running) {
      let published = 0;
      let more = false;
      try {
        ({ published, more } = await this.relayBatch(producer));
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
      }
      if (published < this.options.batchSize && !more) {
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
    if (this.nudged && this.running) {
      this.nudged = false;
      return Promise.resolve();
    }
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
