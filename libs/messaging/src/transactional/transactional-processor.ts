import {
  type ConnectionOptions,
  Consumer,
  type GroupAssignment,
  type Message,
  type MessageConsumerMetadata,
  type MessagesStream,
  ProduceAcks,
  Producer,
  compatibilityPartitioner,
  stringDeserializer,
} from '@platformatic/kafka';
import type { KafkaMessage } from 'kafkajs';
import type { Logger } from 'pino';
import type { ZodType } from 'zod';
import { type EventData, type EventDefinition, dlqTopicOf, findEventDefinition } from '@aeo/contracts';
import { eventsConsumed } from '@aeo/observability';
import { type ConsumedEvent, type DeadLetter, deadLetterRecord, decodeEventRecord } from '../consumer/event-decoding';

/** A partition of an input topic (its name as read, with any prefix). */
export interface InputPartition {
  topic: string;
  partition: number;
}

/** A record a transaction publishes: its topic as written (with any prefix), key, value and headers. */
export interface OutputRecord {
  topic: string;
  key: string;
  value: string;
  headers: Record<string, string>;
  /** The partition to write to (default: the one the key hashes to). */
  partition?: number;
}

/** Where an announced record was written (`TransactionalHandler.announce`). */
export interface AnnouncedRecord {
  topic: string;
  partition: number;
  offset: bigint;
}

/** What the handler made of a transaction's events: the records to publish, and how to forget it. */
export interface ProcessedEvents {
  outputs: OutputRecord[];
  /**
   * Undoes in memory what processing these events changed: called when their transaction aborts
   * (its records are then read and processed again, or by the partition's next owner).
   */
  undo?: () => void;
}

/**
 * Consumes events and publishes what it makes of them in Kafka transactions, each with the consumed
 * offsets (exactly once for `read_committed` readers). Its state (if any) lives in memory, per
 * input partition: `assigned` restores it before a partition's first event is processed, `revoked`
 * drops it.
 */
export interface TransactionalHandler<T> {
  definition: EventDefinition;
  /** As `onBatch`'s: rules of the consumer's configuration or clock, after the contract's schema. */
  rules?: ZodType;
  /**
   * After every rebalance, before any event of the new assignment is processed (the transaction
   * under way, if any, has ended): the partitions this instance now owns. A rebalance revokes every
   * partition first (`revoked`), so state is always restored from what the last owner committed.
   */
  assigned?: (partitions: readonly InputPartition[], announced: readonly AnnouncedRecord[]) => Promise<void>;
  /**
   * Records to publish when partitions are assigned, before `assigned` (which is told where they
   * were written), in a transaction of their own: e.g. a marker on a changelog that a reader has
   * stored everything before once it has stored the marker.
   */
  announce?: (partitions: readonly InputPartition[]) => OutputRecord[];
  /** The partitions this instance no longer owns (all of them, at each rebalance and at stop). */
  revoked?: (partitions: readonly InputPartition[]) => void | Promise<void>;
  /**
   * Awaited before a transaction's events are processed (the transaction is not open yet): e.g. a
   * projection catching up. It must end soon after `isRunning()` turns false.
   */
  beforeProcessing?: (events: readonly ConsumedEvent<T>[], isRunning: () => boolean) => Promise<void>;
  /**
   * Processes a transaction's events, each partition's in order, one transaction at a time. A throw
   * aborts the transaction and it is retried: a `process` that throws must leave its state as it
   * found it (its `undo` is not called, as it returned none).
   */
  process: (events: readonly ConsumedEvent<T>[]) => ProcessedEvents | Promise<ProcessedEvents>;
}

/**
 * The client's error with its root cause in the message: @platformatic/kafka nests what went wrong
 * ("SASL authentication failed", "connect ECONNREFUSED") in `errors` and `cause` under a summary
 * such as "findCoordinator failed 31 times.", which is all a log line or `onCrash` would show.
 */
export function withRootCause(error: Error): Error {
  const roots = new Set<string>();
  const visit = (node: unknown, depth: number): void => {
    if (!(node instanceof Error) || depth > 8) return;
    const inner = [...((node as { errors?: unknown[] }).errors ?? []), node.cause].filter(
      (next): next is Error => next instanceof Error,
    );
    if (inner.length === 0) roots.add(node.message.replace(/\.$/, ''));
    for (const next of inner) visit(next, depth + 1);
  };
  visit(error, 0);
  roots.delete(error.message.replace(/\.$/, ''));
  if (roots.size === 0) return error;
  return new Error(`${error.message.replace(/\.$/, '')}: ${[...roots].join('; ')}`, { cause: error });
}

/** A secured cluster's connection, as the platform's kafkajs clients take it (`kafkaSecurityFrom`). */
export interface KafkaSecurity {
  /** TLS with the system's certificate authorities (as kafkajs' `ssl: true`). */
  ssl?: boolean;
  sasl?: { mechanism: 'plain' | 'scram-sha-256' | 'scram-sha-512'; username: string; password: string };
}

const SASL_MECHANISMS = {
  plain: 'PLAIN',
  'scram-sha-256': 'SCRAM-SHA-256',
  'scram-sha-512': 'SCRAM-SHA-512',
} as const;

/** @platformatic/kafka's connection options for `security` (none for a plain cluster). */
export function connectionSecurity(security: KafkaSecurity | undefined): Pick<ConnectionOptions, 'tls' | 'sasl'> {
  return {
    ...(security?.ssl && { tls: {} }),
    ...(security?.sasl && {
      sasl: {
        mechanism: SASL_MECHANISMS[security.sasl.mechanism],
        username: security.sasl.username,
        password: security.sasl.password,
      },
    }),
  };
}

export interface TransactionalProcessorOptions {
  /** The consumer group, and the name dead letters are signed with. */
  name: string;
  /** The platform's topic names read; with `topicPrefix` before each. */
  topics: readonly string[];
  topicPrefix?: string;
  brokers: readonly string[];
  /** TLS and SASL of a secured cluster (`kafkaSecurityFrom(config)`); none by default. */
  security?: KafkaSecurity;
  /**
   * This instance's transactional id: stable across its restarts (e.g. the service, host and
   * instance number), so that a restarted instance aborts at once what its predecessor left open.
   * Two running instances must never share one (the second fences the first).
   */
  transactionalId: string;
  /**
   * How long an instance killed mid-transaction holds back its partitions' `read_committed`
   * readers and their next owner, unless it restarts sooner with the same id (default 10 s).
   */
  transactionTimeoutMs?: number;
  /** Events a transaction holds at most (default 2,000; the records read meanwhile go in the next). */
  maxEventsPerTransaction?: number;
  /**
   * Bytes of records (keys, values, headers) a transaction takes at most, a first record always
   * (default 8 MiB). It also bounds a fetch, and what is read ahead: about three transactions' worth
   * of events or of bytes, whichever comes first, so large records cannot fill the memory.
   */
  maxBytesPerTransaction?: number;
  /** As the platform's consumers: an event naming another region is dead-lettered with the reason. */
  customsRegions?: readonly string[];
  /** Where a new group starts: the topic's start (true) or its end (default). */
  fromBeginning?: boolean;
  logger?: Logger;
  /**
   * Transactions failing in a row before the processor gives up (stops, `onCrash`), default 10:
   * a record its handler always refuses, a dead-letter topic missing, a broker gone for minutes.
   */
  maxAttempts?: number;
  /** Called when the processor gave up (its consumer or producer failed for good). */
  onCrash?: (error: Error) => void;
}

/** Records a send within a transaction carries at most. */
const SEND_CHUNK = 500;
/**
 * Bytes a send carries at most: the client writes a send's records of one partition as one batch,
 * whatever its size, and the broker refuses a batch over `max.message.bytes` (1 MB by default).
 */
const SEND_BYTES = 512 * 1024;
/** ListOffsets' timestamps for a partition's first and next offsets. */
const EARLIEST = -2n;
const LATEST = -1n;
/** Transactions' worth of records read ahead at most. */
const PENDING_TRANSACTIONS = 3;
/** `maxBytesPerTransaction` when unset. */
const DEFAULT_TRANSACTION_BYTES = 8 * 1024 * 1024;

/** A record's size as read: key, value and headers. */
function recordBytes(message: Read): number {
  let bytes = (message.key?.length ?? 0) + (message.value?.length ?? 0);
  for (const [name, value] of message.headers) bytes += name.length + (value?.length ?? 0);
  return bytes;
}
/** A failed transaction is tried again after this pause. */
const RETRY_PAUSE_MS = 100;

type Read = Message<Buffer, Buffer, string, Buffer>;
/** The library's transaction (its class is not exported by name). */
type Transaction = Awaited<ReturnType<Producer['beginTransaction']>>;

/** A record as the platform's decoding takes it (kafkajs's shape). */
/** The records in sends of at most `SEND_CHUNK` records and `SEND_BYTES` bytes (a larger record alone). */
export function sendSlices<R extends { key?: Buffer; value?: Buffer; headers: Map<Buffer, Buffer> }>(
  records: readonly R[],
): R[][] {
  const slices: R[][] = [];
  let slice: R[] = [];
  let bytes = 0;
  for (const record of records) {
    let size = (record.key?.length ?? 0) + (record.value?.length ?? 0);
    for (const [name, value] of record.headers) size += name.length + value.length;
    if (slice.length && (slice.length >= SEND_CHUNK || bytes + size > SEND_BYTES)) {
      slices.push(slice);
      slice = [];
      bytes = 0;
    }
    slice.push(record);
    bytes += size;
  }
  if (slice.length) slices.push(slice);
  return slices;
}

/** Record headers as the client sends them (of a header given several times, the last). */
function headerMapOf(headers: Record<string, Buffer | string | (Buffer | string)[] | undefined>): Map<Buffer, Buffer> {
  const map = new Map<Buffer, Buffer>();
  for (const name in headers) {
    const given = headers[name];
    const value = bufferOf(Array.isArray(given) ? given[given.length - 1] : given);
    if (value) map.set(headerName(name), value);
  }
  return map;
}

/** Header names as the client writes them, each encoded once (a few names, on every record). */
const headerNames = new Map<string, Buffer>();
const HEADER_NAMES_KEPT = 256;

function headerName(name: string): Buffer {
  let encoded = headerNames.get(name);
  if (!encoded) {
    encoded = Buffer.from(name);
    if (headerNames.size < HEADER_NAMES_KEPT) headerNames.set(name, encoded);
  }
  return encoded;
}

/** An output as the client sends it. */
function producedRecordOf(output: OutputRecord) {
  return {
    topic: output.topic,
    key: Buffer.from(output.key),
    value: Buffer.from(output.value),
    headers: headerMapOf(output.headers),
    ...(output.partition === undefined ? {} : { partition: output.partition }),
  };
}

function kafkaMessageOf(message: Read): KafkaMessage {
  const headers: Record<string, Buffer> = {};
  for (const [name, value] of message.headers) headers[name] = value;
  return {
    key: message.key ?? null,
    value: message.value ?? null,
    headers,
    offset: String(message.offset),
    timestamp: String(message.timestamp),
    attributes: 0,
  } as KafkaMessage;
}

const bufferOf = (value: Buffer | string | null | undefined): Buffer | undefined =>
  value === null || value === undefined ? undefined : Buffer.isBuffer(value) ? value : Buffer.from(value);

/** A consumer group generation and this member's id in it. */
interface Generation {
  generationId: number;
  memberId: string;
}

const partitionKey = (topic: string, partition: number) => `${topic}/${partition}`;

/**
 * Consume, process, publish: exactly once, with @platformatic/kafka. One transactional producer
 * per instance; the consumer's group joins each transaction (`addConsumer`) and each partition's
 * offset goes with the generation and member id its records were fetched under (`addOffset`,
 * KIP-447), so an instance that lost its partitions in a rebalance cannot commit them, and the
 * next owner's offset fetch waits for a transaction still open (`require_stable`, the patch in
 * `patches/`). A transaction at a time; the records read meanwhile go in the next one.
 *
 * A record that is no valid event for the handler is dead-lettered (`<topic>.dlq`, the reason in
 * its headers) in the same transaction as the outputs; other event types are skipped. A failed
 * transaction is aborted, its in-memory effects undone (`undo`), and tried again; records fetched
 * before a rebalance are dropped (the stream reads again from the offsets committed).
 */
export class TransactionalProcessor<T> {
  private consumer?: Consumer<Buffer, Buffer, string, Buffer>;
  private producer?: Producer;
  private stream?: MessagesStream<Buffer, Buffer, string, Buffer>;
  private readonly pending: Read[] = [];
  /** Each record's size in `pending`, in the same order (`recordBytes`, taken once as it is read). */
  private readonly pendingSizes: number[] = [];
  /** Bytes of the records in `pending`. */
  private pendingBytes = 0;
  private readonly owned = new Map<string, InputPartition>();
  /** Per partition owned: the next offset to process (its committed offset, then past each commit). */
  private readonly positions = new Map<string, bigint>();
  /** The generation and member id the partitions are owned under; none while a restore runs. */
  private generation?: Generation;
  private inTransaction?: Promise<void>;
  /** The handler's restore after a rebalance; no transaction begins until it ends. */
  private restoring: Promise<void> = Promise.resolve();
  private running = false;
  private retryTimer?: NodeJS.Timeout;
  private endRetryPause?: () => void;
  /** Transactions failed in a row. */
  private failures = 0;
  /** Transactions committed, and the events they processed (for tests and metrics). */
  committedTransactions = 0;
  processedEvents = 0;

  constructor(
    private readonly options: TransactionalProcessorOptions,
    private readonly handler: TransactionalHandler<T>,
  ) {}

  /**
   * The next offset to process of a partition this instance owns: its committed offset, then past
   * each commit (undefined: not owned, or nothing committed yet).
   */
  position(topic: string, partition: number): bigint | undefined {
    return this.positions.get(partitionKey(topic, partition));
  }

  private topicNames(): string[] {
    return this.options.topics.map((topic) => `${this.options.topicPrefix ?? ''}${topic}`);
  }

  private createProducer(): Producer {
    const { brokers, name, transactionalId } = this.options;
    return new Producer({
      clientId: `${name}-tx`,
      bootstrapBrokers: [...brokers],
      ...connectionSecurity(this.options.security),
      idempotent: true,
      transactionalId,
      // "No producer yet" (KIP-360): the client's default (0, 0) names a producer id and epoch that
      // the broker compares with the id's last producer, and answers PRODUCER_FENCED to the restart
      // of an instance (the transactional id known, under another producer id).
      producerId: -1n,
      producerEpoch: -1,
      acks: ProduceAcks.ALL,
      // Murmur2 as Kafka's Java client and kafkajs partition keys: a trader's events share a partition.
      partitioner: compatibilityPartitioner,
      autocreateTopics: false,
      // The transaction timeout (InitProducerId) and every request's.
      timeout: this.options.transactionTimeoutMs ?? 10_000,
      // A CONCURRENT_TRANSACTIONS answer (the last transaction's markers still being written) lasts
      // a few ms; the client's default retry waits 1,000 (bench/README.md, the decision ceiling).
      // From 10 ms, doubling up to a second: about 25 s in all.
      retries: 30,
      retryDelay: (_client, _operation, attempt) => Math.min(10 * 2 ** (attempt - 1), 1000),
    });
  }

  async start(): Promise<void> {
    const { brokers, name } = this.options;
    this.producer = this.createProducer();
    this.consumer = new Consumer({
      clientId: name,
      bootstrapBrokers: [...brokers],
      ...connectionSecurity(this.options.security),
      groupId: name,
      sessionTimeout: 10_000,
      heartbeatInterval: 2000,
      rebalanceTimeout: 15_000,
      maxWaitTime: 100,
      // A fetch brings one transaction's worth of bytes at most (the client's default is 50 MB).
      maxBytes: this.byteLimit(),
      deserializers: { headerKey: stringDeserializer },
      // The offset fetch after a rebalance is answered UNSTABLE_OFFSET_COMMIT while the last owner's
      // transaction is open (up to its transaction timeout, if it died or stalled): retried every
      // 250 ms for 20 s longer than that timeout.
      retries: Math.ceil(((this.options.transactionTimeoutMs ?? 10_000) + 20_000) / 250),
      retryDelay: 250,
    });
    // The generation, member id and assignment as the join answered them, read at once: the
    // client updates its generation before its assignment, and a later rebalance may start while
    // the restore waits.
    this.consumer.on('consumer:group:join', (joined) =>
      this.onRebalance(
        { generationId: joined.generationId ?? -1, memberId: joined.memberId },
        joined.assignments ?? [],
      ),
    );
    // A rejoin that failed for good (the stream's own errors below).
    this.consumer.on('error', (error: Error) => this.crash(error));
    this.running = true;
    try {
      // The transactional id's registration (InitProducerId) before anything is read: it aborts at
      // once a transaction this id's last instance left open (killed), which would otherwise hold its
      // partitions' offsets (and so this consumer's start) until the transaction timeout.
      await (await this.producer.beginTransaction()).cancel();
      this.stream = await this.consumer.consume({
        topics: this.topicNames(),
        mode: 'committed',
        fallbackMode: this.options.fromBeginning ? 'earliest' : 'latest',
        autocommit: false,
      });
    } catch (error) {
      this.running = false;
      await this.close();
      throw withRootCause(error as Error);
    }
    this.stream.on('data', (message: Read) => {
      const size = recordBytes(message);
      this.pending.push(message);
      this.pendingSizes.push(size);
      this.pendingBytes += size;
      // Bounded: the stream stops fetching while a few transactions' worth (of events or bytes) wait.
      if (
        this.pending.length >= PENDING_TRANSACTIONS * this.limit() ||
        this.pendingBytes >= PENDING_TRANSACTIONS * this.byteLimit()
      )
        this.stream?.pause();
      this.kick();
    });
    this.stream.on('error', (error: Error) => this.crash(error));
  }

  /** Stops consuming; the transaction under way ends first. Idempotent. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.endRetryPause?.();
    await this.inTransaction?.catch(() => undefined);
    await this.restoring.catch(() => undefined);
    await this.close();
    const partitions = [...this.owned.values()];
    this.owned.clear();
    if (partitions.length) await this.handler.revoked?.(partitions);
  }

  private async close(): Promise<void> {
    await this.stream?.close().catch(() => undefined);
    await this.consumer?.close(true).catch(() => undefined);
    await this.producer?.close().catch(() => undefined);
  }

  private crash(failure: Error): void {
    if (!this.running) return;
    const error = withRootCause(failure);
    this.options.logger?.error({ err: error, consumer: this.options.name }, 'transactional processor failed');
    void this.stop().finally(() => this.options.onCrash?.(error));
  }

  /**
   * A rebalance ended. Once the transaction under way has ended, the handler drops every
   * partition's state and restores the new assignment's, and each partition owned is read on from
   * its committed offset (asked stable: a transaction still open is waited for). The records read
   * meanwhile are kept: those of partitions owned are the log's own, whenever they were fetched
   * (the stream reads again from the committed offsets, and what is read twice is skipped by offset).
   */
  private onRebalance(generation: Generation, assignments: readonly GroupAssignment[]): void {
    // Taken now: a transaction begun later waits for this restore, and must not be waited for by it.
    const previous = this.restoring;
    const underWay = this.inTransaction;
    this.restoring = (async () => {
      await previous;
      await underWay?.catch(() => undefined);
      if (!this.running) return;
      const consumer = this.consumer!;
      const assigned = assignments.flatMap(({ topic, partitions }) =>
        partitions.map((partition) => ({ topic, partition })),
      );
      const revoked = [...this.owned.values()];
      this.owned.clear();
      this.positions.clear();
      this.generation = undefined;
      if (revoked.length) await this.handler.revoked?.(revoked);
      const committed = assignments.length
        ? await consumer.listCommittedOffsets({ topics: [...assignments] })
        : new Map<string, bigint[]>();
      const uncommitted = assigned.filter(({ topic, partition }) => (committed.get(topic)?.[partition] ?? -1n) < 0n);
      for (const { topic, partition } of assigned) {
        const offset = committed.get(topic)?.[partition];
        if (offset !== undefined && offset >= 0n) this.positions.set(partitionKey(topic, partition), offset);
      }
      // A partition without a committed offset is read from the start or the end (`fromBeginning`).
      // That offset is committed now: should the partition move and come back before anything is
      // committed, the stream would read on from where it was, not from there again.
      const announcements = assigned.length && this.handler.announce ? this.handler.announce(assigned) : [];
      const announced =
        uncommitted.length || announcements.length
          ? await this.commitAssignment(generation, uncommitted, announcements)
          : [];
      if (assigned.length) await this.handler.assigned?.(assigned, announced);
      for (const partition of assigned) this.owned.set(partitionKey(partition.topic, partition.partition), partition);
      this.generation = generation;
      this.options.logger?.info(
        { consumer: this.options.name, generation: generation.generationId, assigned },
        'partitions assigned',
      );
    })().catch((error: unknown) => {
      // A rebalance meanwhile fences the starting offsets' commit: the next restore (already
      // waiting) does it again. Anything else stops the instance.
      if (this.consumer && this.consumer.generationId !== generation.generationId)
        this.options.logger?.info({ err: error, consumer: this.options.name }, 'restore overtaken by a rebalance');
      else this.crash(error as Error);
    });
    void this.restoring.then(() => this.kick());
  }

  /**
   * The next transaction's records: pending records of partitions owned, from each one's committed
   * offset on, each offset once, up to the limit; what is left waits. (Offsets may have gaps: a
   * transactional input's markers and aborted records are never read.)
   */
  private limit(): number {
    return this.options.maxEventsPerTransaction ?? 2000;
  }

  private byteLimit(): number {
    return this.options.maxBytesPerTransaction ?? DEFAULT_TRANSACTION_BYTES;
  }

  /** The next transaction's records, and their sizes (for putting them back should it fail). */
  private takeBatch(): { batch: Read[]; sizes: number[] } {
    const limit = this.limit();
    const byteLimit = this.byteLimit();
    const next = new Map(this.positions);
    const batch: Read[] = [];
    const sizes: number[] = [];
    let taken = 0;
    let takenBytes = 0;
    let batchBytes = 0;
    for (let index = 0; index < this.pending.length; index += 1) {
      if (batch.length >= limit) break;
      const message = this.pending[index];
      const bytes = this.pendingSizes[index];
      // A first record always, however large; then no more than the byte limit.
      if (batch.length > 0 && batchBytes + bytes > byteLimit) break;
      taken += 1;
      takenBytes += bytes;
      const key = partitionKey(message.topic, message.partition);
      if (!this.owned.has(key)) continue;
      const position = next.get(key);
      if (position !== undefined && message.offset < position) continue;
      next.set(key, message.offset + 1n);
      batch.push(message);
      sizes.push(bytes);
      batchBytes += bytes;
    }
    this.pending.splice(0, taken);
    this.pendingSizes.splice(0, taken);
    this.pendingBytes -= takenBytes;
    return { batch, sizes };
  }

  private kick(): void {
    if (!this.running || this.inTransaction || this.retryTimer || this.pending.length === 0) return;
    const transaction = this.restoring
      .then(() => this.runTransaction())
      .catch((error: unknown) => {
        this.failures += 1;
        const attempts = this.options.maxAttempts ?? 10;
        if (this.failures >= attempts) {
          // A record its handler always refuses, a dead-letter topic missing, a broker gone: the
          // instance stops rather than hold its partitions without progress (its owner restarts it).
          this.crash(
            new Error(`${this.options.name}: a transaction failed ${attempts} times in a row: ${String(error)}`),
          );
          return;
        }
        this.options.logger?.warn({ err: error, consumer: this.options.name }, 'transaction failed; tried again');
        return new Promise<void>((resolve) => {
          this.endRetryPause = () => {
            clearTimeout(this.retryTimer);
            this.retryTimer = undefined;
            resolve();
          };
          this.retryTimer = setTimeout(this.endRetryPause, RETRY_PAUSE_MS);
        });
      })
      .finally(() => {
        this.inTransaction = undefined;
        if (this.stream?.isPaused() && this.pending.length < this.limit() && this.pendingBytes < this.byteLimit())
          this.stream.resume();
        setImmediate(() => this.kick());
      });
    this.inTransaction = transaction;
  }

  /** One transaction: the pending records (up to the limit) processed, published and committed with their offsets. */
  private async runTransaction(): Promise<void> {
    // The generation the partitions are owned under: a rebalance since fences the commit (its
    // offsets are refused, the transaction aborts), and the records are then the next owner's.
    const generation = this.generation;
    if (!generation || !this.running) return;
    const { batch, sizes } = this.takeBatch();
    if (batch.length === 0) return;

    const events: ConsumedEvent<T>[] = [];
    const dead: { topic: string; partition: number; letter: DeadLetter }[] = [];
    for (const message of batch) {
      const decoded = decodeEventRecord(
        message.topic,
        message.partition,
        kafkaMessageOf(message),
        (type) => (type === this.handler.definition.type ? this.handler : undefined),
        this.options.customsRegions,
      );
      if (decoded.kind === 'event') events.push(decoded.event as ConsumedEvent<T>);
      else if (decoded.kind === 'dead')
        dead.push({ topic: message.topic, partition: message.partition, letter: decoded });
      else if (!findEventDefinition(decoded.envelope.type))
        this.options.logger?.warn(
          { eventType: decoded.envelope.type, topic: message.topic, partition: message.partition },
          'unknown event type; skipped',
        );
    }
    const last = new Map<string, Read>();
    for (const message of batch) last.set(partitionKey(message.topic, message.partition), message);
    let processed: ProcessedEvents | undefined;
    let committing = false;
    try {
      if (events.length && this.handler.beforeProcessing)
        await this.handler.beforeProcessing(events, () => this.running);
      // Begun before processing: a batch whose transaction never began changed nothing in memory.
      const transaction = await this.producer!.beginTransaction();
      processed = events.length ? await this.handler.process(events) : { outputs: [] };
      const records = [...processed.outputs.map(producedRecordOf), ...this.deadLetters(dead)];
      for (const messages of sendSlices(records)) await transaction.send({ messages });
      await this.addOffsets(transaction, generation, [...last.values()]);
      committing = true;
      await transaction.commit();
    } catch (error) {
      // A commit whose answer was lost may have committed: the producer is registered again (which
      // ends whatever its transaction still is), and the offsets asked stable tell.
      const committed = committing && (await this.committedAfterAll(last));
      if (!committed) {
        processed?.undo?.();
        if (!committing) await this.endFailedTransaction();
        // The batch again first (after a rebalance, its partitions owned still are from their committed offsets).
        this.pending.unshift(...batch);
        this.pendingSizes.unshift(...sizes);
        for (const size of sizes) this.pendingBytes += size;
        throw error;
      }
    }
    for (const [key, message] of last) this.positions.set(key, message.offset + 1n);
    this.failures = 0;
    this.committedTransactions += 1;
    this.processedEvents += events.length;
    if (events.length) eventsConsumed.inc({ consumer: this.options.name, outcome: 'processed' }, events.length);
    if (dead.length) eventsConsumed.inc({ consumer: this.options.name, outcome: 'dead-lettered' }, dead.length);
  }

  /**
   * Commits, in one transaction, where each partition without a committed offset starts and the
   * handler's announcements; answers where each announcement was written.
   */
  private async commitAssignment(
    generation: Generation,
    partitions: readonly InputPartition[],
    announcements: readonly OutputRecord[],
  ): Promise<AnnouncedRecord[]> {
    const topics = [...new Set(partitions.map(({ topic }) => topic))];
    const starts = topics.length
      ? await this.consumer!.listOffsets({ topics, timestamp: this.options.fromBeginning ? EARLIEST : LATEST })
      : new Map<string, bigint[]>();
    const transaction = await this.producer!.beginTransaction();
    try {
      const announced: AnnouncedRecord[] = [];
      // One send a record: its answer is where that record was written.
      for (const record of announcements) {
        const { offsets } = await transaction.send({ messages: [producedRecordOf(record)] });
        const written = offsets?.[0];
        if (!written) throw new Error(`no offset answered for the announcement on ${record.topic}`);
        announced.push({ topic: written.topic, partition: written.partition, offset: BigInt(written.offset) });
      }
      const firsts = partitions.map(({ topic, partition }) => ({
        topic,
        partition,
        // addOffset commits the offset after the record's.
        offset: (starts.get(topic)?.[partition] ?? 0n) - 1n,
      }));
      if (firsts.length) await this.addOffsets(transaction, generation, firsts);
      await transaction.commit();
      for (const { topic, partition, offset } of firsts)
        this.positions.set(partitionKey(topic, partition), offset + 1n);
      return announced;
    } catch (error) {
      await this.renewProducer().catch(() => undefined);
      throw error;
    }
  }

  /** The records dead letters are set aside as (`<topic>.dlq`), logged. */
  private deadLetters(dead: readonly { topic: string; partition: number; letter: DeadLetter }[]) {
    const at = new Date().toISOString();
    return dead.map(({ topic, partition, letter }) => {
      this.options.logger?.error(
        { topic, partition, offset: letter.message.offset, eventId: letter.envelope?.id, reason: letter.reason },
        'event dead-lettered',
      );
      const record = deadLetterRecord(topic, partition, letter, this.options.name, at);
      return {
        topic: dlqTopicOf(topic),
        key: bufferOf(record.key),
        value: bufferOf(record.value),
        headers: headerMapOf(record.headers ?? {}),
      };
    });
  }

  /**
   * The consumer group joins the transaction with each partition's next offset (past `messages`,
   * the last record of each), under the generation the partitions are owned in (KIP-447), not the
   * one a record happened to be fetched under: a record fetched before a rebalance is the same record.
   */
  private async addOffsets(
    transaction: Transaction,
    generation: Generation,
    messages: readonly Pick<Read, 'topic' | 'partition' | 'offset'>[],
  ) {
    const consumer = this.consumer!;
    await transaction.addConsumer(consumer);
    const group: MessageConsumerMetadata = {
      groupId: consumer.groupId,
      generationId: generation.generationId,
      memberId: generation.memberId,
      coordinatorId: consumer.coordinatorId ?? -1,
    };
    for (const message of messages)
      await transaction.addOffset({
        topic: message.topic,
        partition: message.partition,
        offset: message.offset,
        // The library reads these fields of a record only (TxnOffsetCommit).
        metadata: { consumer: group },
      } as unknown as Read);
  }

  /**
   * Ends a transaction that failed before its commit. Aborted when it can be; otherwise (the abort
   * failed: fenced, timed out, its answer lost) the producer is replaced: a new one's registration
   * of the transactional id ends whatever the old one left open, and the old one's epoch is never
   * used again (its next transaction could join one still open, or be refused forever).
   */
  private async endFailedTransaction(): Promise<void> {
    const transaction = this.producer?.transaction;
    if (transaction) {
      const aborted = await transaction.abort().then(
        () => true,
        () => false,
      );
      if (aborted) return;
    }
    await this.renewProducer();
  }

  /** A new transactional producer under the same id, registered (the old one's transaction ended), the old one closed. */
  private async renewProducer(): Promise<void> {
    const old = this.producer;
    this.producer = this.createProducer();
    await old?.close(true).catch(() => undefined);
    await (await this.producer.beginTransaction()).cancel();
  }

  /**
   * After a commit that failed: the producer replaced (its registration ends the transaction, if it
   * was still open), whether the offsets committed are those past `last` (then it committed).
   */
  private async committedAfterAll(last: ReadonlyMap<string, Read>): Promise<boolean> {
    try {
      await this.renewProducer();
      const byTopic = new Map<string, number[]>();
      for (const message of last.values())
        byTopic.set(message.topic, [...(byTopic.get(message.topic) ?? []), message.partition]);
      const committed = await this.consumer!.listCommittedOffsets({
        topics: [...byTopic].map(([topic, partitions]) => ({ topic, partitions })),
      });
      const done = [...last.values()].every(
        (message) => (committed.get(message.topic)?.[message.partition] ?? -1n) >= message.offset + 1n,
      );
      if (done) this.options.logger?.warn({ consumer: this.options.name }, 'a commit that failed had committed');
      return done;
    } catch (error) {
      // Unknown: nothing more is done here (its records would be processed again); the instance stops.
      this.crash(error as Error);
      return true;
    }
  }
}

/** The events of a handler's type, typed (for `TransactionalHandler<EventData<typeof X>>`). */
export type TransactionalEvents<E extends EventDefinition> = readonly ConsumedEvent<EventData<E>>[];
