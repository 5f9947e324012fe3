import type { Consumer, EachBatchPayload, Kafka, KafkaMessage, Message } from 'kafkajs';
import type { EventProducer } from '../kafka/renewing-producer';
import { QueryFailedError } from 'typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ZodError, type ZodType } from 'zod';
import { InvalidEventDataError } from '../outbox/outbox-writer';
import { DEFAULT_MAX_BATCH_BYTES, recordBytes } from '../outbox/outbox-relay';
import type { Logger } from 'pino';
import { EventDefinition, EventData, dlqTopicOf, findEventDefinition } from '@aeo/contracts';
import { eventsConsumed, runWithCorrelationId } from '@aeo/observability';
import { claimInboxEntries, claimInboxEntry } from '../inbox/inbox';
import {
  type ConsumedEvent,
  type DeadLetter,
  type DecodedRecord,
  deadLetterRecord,
  decodeEventRecord,
} from './event-decoding';

export type { ConsumedEvent } from './event-decoding';

/**
 * Thrown by a handler when the event can never be processed (it contradicts our data). It is
 * dead-lettered after `maxAttempts`. Any other failure (database, Temporal, network) is treated
 * as temporary and retried until it succeeds, holding the partition, so nothing is lost.
 */
export class PermanentEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentEventError';
  }
}

/** Programming and data errors are permanent too: retrying them cannot help. */
export function isPermanentFailure(error: unknown): boolean {
  if (
    error instanceof PermanentEventError ||
    error instanceof TypeError ||
    error instanceof RangeError ||
    error instanceof ZodError ||
    error instanceof InvalidEventDataError
  )
    return true;
  const code = (error as { code?: unknown }).code;
  // PostgreSQL data exceptions (22xxx) and integrity violations (23xxx).
  return error instanceof QueryFailedError && typeof code === 'string' && /^2[23]/.test(code);
}

interface BatchControl {
  heartbeat: () => Promise<void>;
  isRunning: () => boolean;
  /** The error of a heartbeat that answered the group is rebalancing, once one has. */
  rebalancing?: () => Error | undefined;
  /** Registrations whose `beforeTransaction` the batch has awaited (once a batch each). */
  prepared?: Set<Registration>;
}

/** What `beforeTransaction` may ask while it waits. */
export interface BeforeTransactionControl {
  /** False once the consumer stops, the batch's partition is no longer this member's, or the group rebalances: stop waiting. */
  isRunning: () => boolean;
}

/** Waiting until the group's rebalance timeout would get this member evicted (see `EventConsumer.start`). */
export const CONSUMER_REBALANCE_TIMEOUT_MS = 15_000;

export type EventHandler<T> = (event: ConsumedEvent<T>, manager: EntityManager) => Promise<void>;

/**
 * Handles a run of consecutive events of one type from one partition (of several with the
 * consumer's `joinPartitions`, each partition's in order), in order, in one transaction (which
 * also claims them in the inbox). Only events not processed before are given —
 * except to a handler registered `idempotentByKey`, which may be given an event again, and the
 * same event twice in one run.
 */
export type BatchEventHandler<T> = (events: ConsumedEvent<T>[], manager: EntityManager) => Promise<void>;

interface Registration {
  definition: EventDefinition;
  handler: BatchEventHandler<unknown>;
  /** Events per transaction; 1 for handlers registered with `on`. */
  maxBatch: number;
  /** Shares its transaction with the other types' events registered so (`onBatch`'s `withOtherTypes`). */
  withOtherTypes: boolean;
  /** Its events are claimed in the inbox (false: `onBatch`'s `idempotentByKey`). */
  inbox: boolean;
  /** `onBatch`'s `beforeTransaction`. */
  beforeTransaction?: BatchOptions['beforeTransaction'];
  /** `onBatch`'s `rules`. */
  rules?: BatchOptions['rules'];
}

/** What `onBatch` is told besides the handler. */
export interface BatchOptions {
  /**
   * Consecutive events of any type registered with this too go in one transaction (each type's
   * handler called in turn with its own run, in the records' order): a topic whose types
   * interleave still folds a Kafka batch at a time. Default false: a run is of one type.
   */
  withOtherTypes?: boolean;
  /**
   * The handler's effect is keyed by the event's own data, so that the same event handled twice
   * (a redelivery, or the event resent under the same id) changes nothing: its events are then not
   * claimed in the inbox (one row and index entry less per event; the hot folds, a million events a
   * year). Only for a handler whose redelivery test proves it; such a handler must also merge a
   * run's repeats itself (one run may hold the same event twice: an `ON CONFLICT DO UPDATE` of
   * one key twice in a statement fails). Default false: the inbox decides.
   */
  idempotentByKey?: boolean;
  /**
   * Awaited with the run's events before its transaction opens, so no database connection is held
   * meanwhile: e.g. waiting for another consumer of the service to catch up
   * (`ConsumerRegistry.caughtUp`). Once a Kafka batch (pipelined: once a bundle of batches, with
   * the events of its first run; every batch of the bundle was read before it is called): the
   * later runs and the one-by-one retries of a failed run do not wait again. kafkajs rejoins a rebalance only once the batch is
   * done, so a wait must end well within `CONSUMER_REBALANCE_TIMEOUT_MS`, and as soon as
   * `control.isRunning()` is false (the consumer stops or the group rebalances: the run is then not
   * handled but redelivered). It should not throw: a failure fails the batch (redelivered).
   */
  beforeTransaction?: (events: ConsumedEvent<unknown>[], control: BeforeTransactionControl) => Promise<void>;
  /**
   * The consumer's own rules the event's data must also pass, after its contract's schema: those
   * that depend on the consumer's configuration or clock (the contracts' schemas depend on
   * neither). An event breaking them is dead-lettered as one failing its schema, the reason naming
   * each field (`invalid <type> data: <path>: <message>`), and not handled.
   */
  rules?: ZodType;
}

type Decoded = DecodedRecord<Registration>;
type EventDecoded = Extract<Decoded, { kind: 'event' }>;

export interface EventConsumerOptions {
  /** Inbox name and Kafka group id. */
  name: string;
  /** The platform's topic names (`TOPIC_NAMES`); read with `topicPrefix` before each. */
  topics: string[];
  /** Put before each topic name read, and so before its dead-letter topic's (`KAFKA_TOPIC_PREFIX`; tests' own topics). */
  topicPrefix?: string;
  /**
   * The programme's customs regions (`CUSTOMS_REGIONS`): an event naming another region in a
   * `region` field (at any depth of its data), or in a field its definition's `regionFields` names
   * (a deviation case's `scope`, unless `national`), is dead-lettered with the reason, not handled.
   * Without it, any region the event's schema takes is handled.
   */
  customsRegions?: readonly string[];
  dataSource: DataSource;
  kafka: Kafka;
  /** Producer used for dead letters (any producer of the service). */
  producer: EventProducer;
  logger?: Logger;
  /** Handler failures retried in place before the event is dead-lettered. */
  maxAttempts?: number;
  partitionsConsumedConcurrently?: number;
  fromBeginning?: boolean;
  /** Largest number of events `onBatch` handlers get in one transaction (default 500). */
  maxBatchSize?: number;
  /**
   * Kafka batches (of any partitions) decoded and waiting for, or under, their work at once
   * (default 1: a batch's transactions commit before kafkajs fetches on). Above 1 the consumer
   * fetches and decodes the next batches while the database works on the last ones
   * (`partitionsConsumedConcurrently` bundles of work at once, see `joinPartitions`; a partition's
   * work in order, one run after another), and commits a partition's offset only when its work has committed: a crash
   * or rebalance redelivers what was under way, so only for consumers whose handlers take a
   * redelivery (inbox or `idempotentByKey`: all of ours).
   */
  maxBatchesInFlight?: number;
  /**
   * Pipelined only: the waiting batches of several partitions may go in one transaction (one
   * `beforeTransaction`, one offset commit), up to `maxBatchSize` events: the waiting events are
   * shared evenly among the free slots (`partitionsConsumedConcurrently` bundles at once), so a
   * fetch's batches of twelve partitions, one record or two each, cost as many transactions as
   * slots are free, and fewer as they fill, not twelve. The price: a slow transaction holds the
   * other partitions of its bundle until it ends (default false: a bundle holds one partition's
   * waiting batches, and a slow partition holds only itself). For handlers whose events of
   * different partitions are independent (keyed so): a run may then span partitions.
   */
  joinPartitions?: boolean;
  /** kafkajs fetch limits (defaults 1 MB a partition, 10 MB a fetch). */
  maxBytesPerPartition?: number;
  maxBytes?: number;
  /** Called when the kafkajs consumer crashed and gave up (e.g. the broker was gone too long). */
  onCrash?: (error: Error) => void;
}

/**
 * Consumes CloudEvents from Kafka with validation, an inbox for exactly-once effects and a
 * dead-letter topic:
 * - a record that is not a valid CloudEvent, or whose data fails the event's schema, goes to
 *   `<topic>.dlq` with the reason in its headers, and the consumer carries on;
 * - an event type without a handler is counted and skipped (one the contracts do not know is
 *   also logged as a warning);
 * - the handler runs in a transaction that also claims the event id in the inbox, so a
 *   redelivered event changes nothing (a handler registered `idempotentByKey` needs no claim: its
 *   effect is keyed by the event's data);
 * - a handler that keeps failing is retried `maxAttempts` times, then dead-lettered.
 */
export class EventConsumer {
  private readonly handlers = new Map<string, Registration>();
  private consumer?: Consumer;
  /** Pipelined: all work under way (decoded batches not yet committed), at most `maxBatchesInFlight`. */
  private readonly underWay = new Set<Promise<void>>();
  /** Pipelined: decoded batches waiting for their work, oldest first. */
  private readonly waiting: PendingBatch[] = [];
  /** Pipelined: the partitions (`topic/partition`) whose batches a bundle is working on. */
  private readonly busy = new Set<string>();
  /** Pipelined: bundles under way, at most `partitionsConsumedConcurrently`. */
  private bundlesUnderWay = 0;
  private takeScheduled = false;
  private stopping = false;
  private failed = false;

  constructor(private readonly options: EventConsumerOptions) {}

  setCrashHandler(handler: (error: Error) => void): void {
    this.options.onCrash = handler;
  }

  /** One event per transaction; `rules` as `onBatch`'s. */
  on<E extends EventDefinition>(
    definition: E,
    handler: EventHandler<EventData<E>>,
    options: Pick<BatchOptions, 'rules'> = {},
  ): this {
    const single = handler as EventHandler<unknown>;
    return this.register(
      definition,
      async (events, manager) => {
        for (const event of events) await single(event, manager);
      },
      1,
      false,
      true,
      undefined,
      options.rules,
    );
  }

  /**
   * Consecutive events of this type in a Kafka batch are handled together, in one transaction
   * (the hot paths: set-based SQL instead of a few round trips per event). When a batch fails,
   * its events are retried one by one, so a bad event is dead-lettered alone.
   */
  onBatch<E extends EventDefinition>(
    definition: E,
    handler: BatchEventHandler<EventData<E>>,
    options: BatchOptions = {},
  ): this {
    return this.register(
      definition,
      handler as BatchEventHandler<unknown>,
      this.options.maxBatchSize ?? 500,
      options.withOtherTypes ?? false,
      !(options.idempotentByKey ?? false),
      options.beforeTransaction,
      options.rules,
    );
  }

  private register(
    definition: EventDefinition,
    handler: BatchEventHandler<unknown>,
    maxBatch: number,
    withOtherTypes = false,
    inbox = true,
    beforeTransaction?: Registration['beforeTransaction'],
    rules?: Registration['rules'],
  ): this {
    if (!this.options.topics.includes(definition.topic)) {
      throw new Error(`${this.options.name} handles ${definition.type} but does not subscribe to ${definition.topic}`);
    }
    this.handlers.set(definition.type, {
      definition,
      handler,
      maxBatch,
      withOtherTypes,
      inbox,
      beforeTransaction,
      rules,
    });
    return this;
  }

  async start(): Promise<void> {
    const consumer = this.options.kafka.consumer({
      groupId: this.options.name,
      allowAutoTopicCreation: false,
      // Short enough that a member lost with a broker restart is evicted quickly.
      sessionTimeout: 10000,
      rebalanceTimeout: CONSUMER_REBALANCE_TIMEOUT_MS,
      heartbeatInterval: 2000,
      ...(this.options.maxBytesPerPartition ? { maxBytesPerPartition: this.options.maxBytesPerPartition } : {}),
      ...(this.options.maxBytes ? { maxBytes: this.options.maxBytes } : {}),
      // Restarts are ours (ConsumerHost), so there is one recovery path whatever failed.
      retry: { retries: 8, initialRetryTime: 300, maxRetryTime: 5000, restartOnFailure: async () => false },
    });
    this.consumer = consumer;
    consumer.on(consumer.events.CRASH, (event) => {
      if (!event.payload.restart) this.options.onCrash?.(event.payload.error);
    });
    await consumer.connect();
    await consumer.subscribe({
      topics: this.options.topics.map((topic) => (this.options.topicPrefix ?? '') + topic),
      fromBeginning: this.options.fromBeginning ?? true,
    });
    const pipelined = (this.options.maxBatchesInFlight ?? 1) > 1;
    this.stopping = false;
    this.failed = false;
    this.underWay.clear();
    this.waiting.length = 0;
    this.busy.clear();
    this.bundlesUnderWay = 0;
    await consumer.run({
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 3,
      eachBatchAutoResolve: false,
      // Pipelined: offsets are committed by the partition's work when it has committed (commitWork).
      autoCommit: !pipelined,
      eachBatch: (payload) => (pipelined ? this.processBatchPipelined(payload, consumer) : this.processBatch(payload)),
    });
  }

  async stop(): Promise<void> {
    // The work under way ends at its next run (its records are redelivered), then its offsets stay;
    // pipelined, batches still waiting are given up at once and a bundle ends before its next run.
    this.stopping = true;
    this.takeWaiting();
    await Promise.allSettled([...this.underWay]);
    await this.consumer?.disconnect();
    this.consumer = undefined;
  }

  private async processBatch(payload: EachBatchPayload): Promise<void> {
    // Heartbeats go out while the batch is worked on: kafkajs sends them only when asked, and one
    // transaction of hundreds of events on a loaded machine can outlast the session timeout (the
    // member is then evicted, its commit refused and the batch folded again after the rebalance).
    // A heartbeat answering that the group rebalances ends a `beforeTransaction` wait at once.
    let rebalance: Error | undefined;
    const ticking = setInterval(
      () =>
        void payload.heartbeat().catch((error: Error & { type?: string }) => {
          if (error.type && REBALANCING.has(error.type)) rebalance ??= error;
        }),
      HEARTBEAT_TICK_MS,
    );
    try {
      await this.processBatchHeartbeating(payload, () => rebalance);
    } finally {
      clearInterval(ticking);
    }
  }

  private async processBatchHeartbeating(
    { batch, resolveOffset, heartbeat, isRunning, isStale, commitOffsetsIfNecessary }: EachBatchPayload,
    rebalancing: () => Error | undefined,
  ): Promise<void> {
    const control: BatchControl = {
      heartbeat,
      isRunning: () => isRunning() && !isStale(),
      rebalancing,
      prepared: new Set(),
    };
    const { topic, partition } = batch;
    // The run's dead letters go in one send before its offsets are resolved, so a failed send fails
    // the batch, which is then redelivered (the inbox absorbs the events already folded).
    for (const { run, dead, lastOffset } of this.runsOf(batch, control)) {
      if (run.length > 0) await this.processRun(run, control);
      await this.deadLetterAll(topic, partition, dead);
      resolveOffset(lastOffset);
      await heartbeat();
    }
    await commitOffsetsIfNecessary();
  }

  /**
   * A batch's records decoded a run at a time (fewer objects alive at once), as it is consumed.
   * Records that are no event to handle (dead letters, skipped types) do not end a run; each run
   * comes with its dead letters and the offset of its last record.
   */
  private *runsOf(batch: EachBatchPayload['batch'], control: BatchControl): Generator<DecodedRun> {
    const { topic, partition, messages } = batch;
    let next = 0;
    let held: { item: EventDecoded; index: number } | undefined;
    while ((next < messages.length || held) && control.isRunning()) {
      const run: Run = [];
      const dead: DeadLetter[] = [];
      let last = -1;
      if (held) {
        run.push(held.item);
        last = held.index;
        held = undefined;
      }
      while (next < messages.length && (run.length === 0 || run.length < run[0].registration.maxBatch)) {
        const index = next++;
        const item = this.decode(topic, partition, messages[index]);
        if (item.kind === 'event' && run.length > 0 && !joins(run[0].registration, item.registration)) {
          held = { item, index };
          break;
        }
        last = index;
        if (item.kind === 'event') run.push(item);
        else if (item.kind === 'dead') dead.push(item);
        else this.noteSkipped(topic, partition, item);
      }
      yield { run, dead, lastOffset: messages[last].offset };
    }
  }

  /**
   * `maxBatchesInFlight` > 1: the batch is decoded now and set to wait for its work, its offsets
   * resolved at once so that kafkajs fetches on while the database works. Waiting batches are taken
   * in bundles (`takeWaiting`): a partition's batches that queued while the database was busy (and
   * with `joinPartitions` those of every partition no bundle is working on, so the batches of one
   * fetch too) share one transaction, one `beforeTransaction` and one offset commit. A partition's
   * offset is committed when its work has committed; with `maxBatchesInFlight` batches under way
   * the next batch waits (with heartbeats) until one is done. Work that fails for good fails the
   * waiting work with it and restarts the consumer (`workFailed`), which reads on from the
   * committed offsets.
   */
  private async processBatchPipelined(payload: EachBatchPayload, consumer: Consumer): Promise<void> {
    const { batch, resolveOffset, heartbeat, isRunning, isStale } = payload;
    const { topic, partition } = batch;
    const limit = this.options.maxBatchesInFlight ?? 1;
    const ticking = setInterval(() => void heartbeat().catch(() => undefined), HEARTBEAT_TICK_MS);
    try {
      // Decoded batches wait in memory for their work: no more than the limit, of all partitions.
      while (this.underWay.size >= limit && !this.failed) await Promise.race(this.underWay).catch(() => undefined);
    } finally {
      clearInterval(ticking);
    }
    // Work failed (the consumer is being restarted): nothing more is taken; all is redelivered.
    if (this.failed) return;
    // The work's runs stop when the consumer stops or this member's generation is over.
    const control: BatchControl = {
      heartbeat,
      isRunning: () => !this.stopping && isRunning() && !isStale(),
      prepared: new Set(),
    };
    const runs = [...this.runsOf(batch, control)];
    if (runs.length === 0) return;
    let settle!: PendingBatch['settle'];
    const done = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
    const work: Promise<void> = done.finally(() => this.underWay.delete(work));
    // Its failure is reported where it happens (`workOn`, `takeWaiting`); this only marks it handled.
    work.catch(() => undefined);
    this.underWay.add(work);
    this.waiting.push({
      key: `${topic}/${partition}`,
      topic,
      partition,
      runs,
      events: runs.reduce((sum, { run }) => sum + run.length, 0),
      lastOffset: runs[runs.length - 1].lastOffset,
      control,
      consumer,
      settle,
    });
    // After the other batches of this fetch have been handed over (kafkajs gives them one after the other).
    if (!this.takeScheduled) {
      this.takeScheduled = true;
      setImmediate(() => {
        this.takeScheduled = false;
        this.takeWaiting();
      });
    }
    resolveOffset(runs[runs.length - 1].lastOffset);
  }

  /**
   * Starts bundles while fewer than `partitionsConsumedConcurrently` are under way: each takes the
   * waiting batches, oldest first, of the first partition no bundle is working on (with
   * `joinPartitions`, of such partitions, up to an even share of the waiting events per free slot),
   * up to `maxBatchSize` events (a first batch always). A partition's batches are taken oldest
   * first, never a later one before an earlier (the first one passed over passes the rest).
   * Once work failed, or the consumer stops, waiting batches are given up (redelivered).
   */
  private takeWaiting(): void {
    if (this.failed || this.stopping) {
      for (const batch of this.waiting.splice(0))
        batch.settle.reject(
          new Error(`consumer ${this.stopping ? 'stopping' : 'restarting'}; batch will be redelivered`),
        );
      return;
    }
    const slots = this.options.partitionsConsumedConcurrently ?? 3;
    const cap = this.options.maxBatchSize ?? 500;
    const join = this.options.joinPartitions ?? false;
    while (this.bundlesUnderWay < slots && this.waiting.length > 0) {
      const bundle: PendingBatch[] = [];
      const passed = new Set<string>();
      // Joined, the waiting work is shared among the free slots (a bundle of everything would leave
      // them idle, every partition being its): bundles of one batch while slots are free, larger
      // ones as they fill.
      const share = join ? this.shareOfWaiting(slots - this.bundlesUnderWay) : 0;
      let events = 0;
      for (let i = 0; i < this.waiting.length;) {
        const batch = this.waiting[i];
        const other =
          bundle.length > 0 && (events + batch.events > cap || (join ? events >= share : batch.key !== bundle[0].key));
        if (this.busy.has(batch.key) || passed.has(batch.key) || other) {
          passed.add(batch.key);
          i++;
          continue;
        }
        bundle.push(...this.waiting.splice(i, 1));
        events += batch.events;
      }
      if (bundle.length === 0) return;
      this.bundlesUnderWay++;
      for (const { key } of bundle) this.busy.add(key);
      void this.workOn(bundle).finally(() => {
        this.bundlesUnderWay--;
        for (const { key } of bundle) this.busy.delete(key);
        this.takeWaiting();
      });
    }
  }

  /** The waiting events of partitions no bundle works on, per free slot (at least one). */
  private shareOfWaiting(freeSlots: number): number {
    const ready = this.waiting.reduce((sum, batch) => (this.busy.has(batch.key) ? sum : sum + batch.events), 0);
    return Math.max(1, Math.ceil(ready / freeSlots));
  }

  /**
   * A bundle's work: its batches' runs, consecutive ones joined up to `maxBatchSize` events a
   * transaction (batches of several partitions in one: each partition's in order), their dead
   * letters, then one offset commit for all its partitions; then its batches are done.
   */
  private async workOn(bundle: PendingBatch[]): Promise<void> {
    const control = bundleControl(bundle);
    try {
      for (const run of joinedRuns(bundle)) {
        // A stop (or a batch's end) between runs: the rest of the bundle is redelivered, not worked on.
        if (!control.isRunning())
          throw new Error(
            `${keysOf(bundle)} no longer worked on (the consumer stops, or the partition was reassigned); event ${run[0].event.id} will be redelivered`,
          );
        await this.processRun(run, control);
      }
      for (const { topic, partition, runs } of bundle)
        await this.deadLetterAll(
          topic,
          partition,
          runs.flatMap(({ dead }) => dead),
        );
      await this.commitWork(bundle);
      for (const { settle } of bundle) settle.resolve();
    } catch (error) {
      // Settled first: stop() waits for them, whatever reporting the failure does.
      for (const { settle } of bundle) settle.reject(error as Error);
      try {
        this.workFailed(error as Error, keysOf(bundle));
      } catch (reporting) {
        this.options.logger?.error({ err: reporting }, 'reporting a consumer work failure failed');
      }
    }
  }

  /**
   * A partition's work failed for good (a dead-letter send failed, or the consumer is stopping or
   * lost the partition): the later work of the partition fails with it, so no offset past it is
   * committed, and the consumer is restarted (like a kafkajs crash), to read on from the offsets
   * committed. Reported once.
   */
  private workFailed(error: Error, partitions: string): void {
    if (this.failed || this.stopping) return;
    this.failed = true;
    this.options.logger?.warn(
      { err: error, partitions },
      'consumer work failed; restarting from the committed offsets',
    );
    this.options.onCrash?.(error);
  }

  /** Commits each of the bundle's partitions' offsets past its last batch (pipelined mode), in one request. */
  private async commitWork(bundle: readonly PendingBatch[]): Promise<void> {
    // A partition's batches are in the bundle in order: its last one's offset is the highest.
    const offsets = new Map<string, { topic: string; partition: number; offset: string }>();
    for (const { key, topic, partition, lastOffset } of bundle)
      offsets.set(key, { topic, partition, offset: (BigInt(lastOffset) + 1n).toString() });
    try {
      await bundle[0].consumer.commitOffsets([...offsets.values()]);
    } catch (error) {
      // A rebalance took the partition (or the broker is gone): its records are redelivered from the
      // last offset committed, and the handlers take a redelivery.
      this.options.logger?.warn(
        { err: error, offsets: [...offsets.values()] },
        'offset commit failed; records will be redelivered',
      );
    }
  }

  /** Public for the benchmark and tests that feed records directly. */
  async processMessage(topic: string, partition: number, message: KafkaMessage, control?: BatchControl): Promise<void> {
    const decoded = this.decode(topic, partition, message);
    if (decoded.kind === 'event') return this.processEvent(decoded, control);
    if (decoded.kind === 'dead') return this.deadLetterAll(topic, partition, [decoded]);
    this.noteSkipped(topic, partition, decoded);
  }

  private decode(topic: string, partition: number, message: KafkaMessage): Decoded {
    return decodeEventRecord(topic, partition, message, (type) => this.handlers.get(type), this.options.customsRegions);
  }

  private noteSkipped(topic: string, partition: number, decoded: Extract<Decoded, { kind: 'skip' }>): void {
    if (!findEventDefinition(decoded.envelope.type)) {
      // A type the contracts do not know (a newer producer, or a mistake): worth a look, never a stop.
      eventsConsumed.inc({ consumer: this.options.name, outcome: 'unknown-type' });
      this.options.logger?.warn(
        {
          eventType: decoded.envelope.type,
          eventId: decoded.envelope.id,
          topic,
          partition,
          offset: decoded.message.offset,
        },
        'unknown event type; skipped',
      );
      return;
    }
    eventsConsumed.inc({ consumer: this.options.name, outcome: 'skipped' });
    this.options.logger?.debug(
      { eventType: decoded.envelope.type, eventId: decoded.envelope.id },
      'no handler for event type; skipped',
    );
  }

  /** A run of events in one transaction; on failure, each event on its own with retries. */
  private async processRun(run: Run, control: BatchControl): Promise<void> {
    if (run.length === 1) return this.processEvent(run[0], control);
    const events = run.map(({ event }) => event);
    await this.prepare(run, control);
    try {
      const fresh = await runWithCorrelationId(events[0].correlationid, () =>
        this.options.dataSource.transaction(async (manager) => {
          // A run shares its inbox setting (joins): claimed all, or none for a handler idempotent by key.
          const claimed = run[0].registration.inbox
            ? await claimInboxEntries(
                manager,
                this.options.name,
                events.map((event) => inboxEntryOf(event)),
              )
            : undefined;
          const todo = claimed ? run.filter(({ event }) => claimed.delete(event.id)) : run;
          // Each type's consecutive events to its handler, in the records' order.
          for (let start = 0; start < todo.length;) {
            const { registration } = todo[start];
            let end = start + 1;
            while (end < todo.length && todo[end].registration === registration) end++;
            await registration.handler(
              todo.slice(start, end).map(({ event }) => event),
              manager,
            );
            start = end;
          }
          return todo.length;
        }),
      );
      eventsConsumed.inc({ consumer: this.options.name, outcome: 'processed' }, fresh);
      if (events.length > fresh)
        eventsConsumed.inc({ consumer: this.options.name, outcome: 'duplicate' }, events.length - fresh);
    } catch (error) {
      this.options.logger?.warn(
        { err: error, events: events.length, firstEventId: events[0].id },
        'batch failed; retrying its events one by one',
      );
      for (const item of run) {
        if (!control.isRunning()) throw new Error(`consumer stopping; event ${item.event.id} will be redelivered`);
        await this.processEvent(item, control);
      }
    }
  }

  private async processEvent(item: EventDecoded, control?: BatchControl): Promise<void> {
    const { registration, event, message } = item;
    const maxAttempts = this.options.maxAttempts ?? 5;
    await this.prepare([item], control);
    for (let attempt = 1; ; attempt++) {
      try {
        const processed = await runWithCorrelationId(event.correlationid, () =>
          this.options.dataSource.transaction(async (manager) => {
            const fresh =
              !registration.inbox ||
              (await claimInboxEntry(manager, { ...inboxEntryOf(event), consumer: this.options.name }));
            if (fresh) await registration.handler([event], manager);
            return fresh;
          }),
        );
        eventsConsumed.inc({ consumer: this.options.name, outcome: processed ? 'processed' : 'duplicate' });
        return;
      } catch (error) {
        const permanent = isPermanentFailure(error);
        this.options.logger?.warn(
          { err: error, eventId: event.id, eventType: event.type, attempt, permanent },
          'event handler failed',
        );
        if (permanent && attempt >= maxAttempts) {
          return this.deadLetterAll(event.topic, event.partition, [
            {
              message,
              reason: `handler failed after ${attempt} attempts: ${(error as Error).message}`,
              envelope: event,
            },
          ]);
        }
        if (control && !control.isRunning())
          throw new Error(`consumer stopping; event ${event.id} will be redelivered`);
        await new Promise((resolve) =>
          setTimeout(resolve, Math.min(permanent ? 5000 : 30_000, 100 * 2 ** Math.min(attempt, 10))),
        );
        await control?.heartbeat().catch(() => undefined);
      }
    }
  }

  /**
   * The run's registrations' `beforeTransaction`, in the run's order, each at most once a batch. A
   * wait cut short by a stop or a rebalance leaves the run to be redelivered: the rebalance's own
   * error is thrown (kafkajs then rejoins), or the consumer's stop.
   */
  private async prepare(run: Run, control?: BatchControl): Promise<void> {
    const waiting: BeforeTransactionControl = {
      isRunning: () => !this.stopping && (control?.isRunning() ?? true) && !control?.rebalancing?.(),
    };
    for (const registration of new Set(run.map((item) => item.registration))) {
      if (!registration.beforeTransaction || control?.prepared?.has(registration)) continue;
      await registration.beforeTransaction(
        run.filter((item) => item.registration === registration).map((item) => item.event),
        waiting,
      );
      control?.prepared?.add(registration);
      const rebalance = control?.rebalancing?.();
      if (rebalance) throw rebalance;
      if (!waiting.isRunning()) throw new Error(`consumer stopping; event ${run[0].event.id} will be redelivered`);
    }
  }

  /**
   * Sends the records to `<topic>.dlq` with their reasons, in as few sends as the broker's
   * record-batch limit allows (one for a Kafka batch's dead letters, unless they are very large).
   * Acknowledged by all replicas before the caller resolves their offsets.
   */
  private async deadLetterAll(topic: string, partition: number, dead: readonly DeadLetter[]): Promise<void> {
    if (dead.length === 0) return;
    const at = new Date().toISOString();
    const letters = dead.map((letter) => {
      this.options.logger?.error(
        { topic, partition, offset: letter.message.offset, eventId: letter.envelope?.id, reason: letter.reason },
        'event dead-lettered',
      );
      return deadLetterRecord(topic, partition, letter, this.options.name, at);
    });
    for (const messages of chunksUpTo(letters, DEFAULT_MAX_BATCH_BYTES)) {
      await this.options.producer.send({ topic: dlqTopicOf(topic), acks: -1, messages });
      eventsConsumed.inc({ consumer: this.options.name, outcome: 'dead-lettered' }, messages.length);
    }
  }
}

/** Consecutive messages whose records together stay within `maxBytes` (one larger record goes alone). */
function chunksUpTo(messages: Message[], maxBytes: number): Message[][] {
  const chunks: Message[][] = [];
  let bytes = 0;
  for (const message of messages) {
    const size = recordBytes(message);
    if (chunks.length === 0 || bytes + size > maxBytes) {
      chunks.push([]);
      bytes = 0;
    }
    chunks[chunks.length - 1].push(message);
    bytes += size;
  }
  return chunks;
}

/** How often a batch in progress asks kafkajs for a heartbeat (sent at most every `heartbeatInterval`). */
const HEARTBEAT_TICK_MS = 1000;

/**
 * kafkajs' error types of a heartbeat when the group rebalances (its `isRebalancing`), and when the
 * member was evicted (UNKNOWN_MEMBER_ID: its partitions are already another member's, so a wait
 * for its batch is pointless; kafkajs rejoins and the batch is redelivered).
 */
const REBALANCING = new Set([
  'REBALANCE_IN_PROGRESS',
  'NOT_COORDINATOR_FOR_GROUP',
  'ILLEGAL_GENERATION',
  'UNKNOWN_MEMBER_ID',
]);

/** Consecutive events of one partition handled in one transaction, each with its registration and record. */
type Run = EventDecoded[];

/** A run as decoded from a batch, with the dead letters met on the way and its last record's offset. */
interface DecodedRun {
  run: Run;
  dead: DeadLetter[];
  lastOffset: string;
}

/** Pipelined: a decoded Kafka batch waiting for, or under, its work. */
interface PendingBatch {
  /** `topic/partition`. */
  key: string;
  topic: string;
  partition: number;
  runs: DecodedRun[];
  /** Events in its runs. */
  events: number;
  lastOffset: string;
  control: BatchControl;
  consumer: Consumer;
  settle: { resolve: () => void; reject: (error: Error) => void };
}

/**
 * A bundle's runs in order, consecutive ones joined while their registrations join and the
 * first's `maxBatch` allows (runs with no event, only dead letters, left out).
 */
function joinedRuns(bundle: readonly PendingBatch[]): Run[] {
  const joined: Run[] = [];
  for (const { runs } of bundle)
    for (const { run } of runs) {
      if (run.length === 0) continue;
      const last = joined[joined.length - 1];
      if (
        last &&
        joins(last[0].registration, run[0].registration) &&
        last.length + run.length <= last[0].registration.maxBatch
      )
        last.push(...run);
      else joined.push([...run]);
    }
  return joined;
}

/**
 * One control for a bundle: running while all its batches are (a stop, or the end of any of their
 * member's generation, stops it: every batch of the bundle is then redelivered), heartbeats for
 * each, and `beforeTransaction` once a bundle.
 */
function bundleControl(bundle: readonly PendingBatch[]): BatchControl {
  if (bundle.length === 1) return bundle[0].control;
  const heartbeats = bundle.map(({ control }) => control.heartbeat);
  return {
    heartbeat: async () => void (await Promise.all(heartbeats.map((heartbeat) => heartbeat()))),
    isRunning: () => bundle.every(({ control }) => control.isRunning()),
    prepared: new Set(),
  };
}

/** The partitions of a bundle, `topic/partition` (for messages and logs). */
const keysOf = (bundle: readonly PendingBatch[]) => [...new Set(bundle.map(({ key }) => key))].join(', ');

/** Whether an event of `next`'s type may join a run that `first` began. */
const joins = (first: Registration, next: Registration) =>
  next === first || (first.withOtherTypes && next.withOtherTypes && first.inbox === next.inbox);

function inboxEntryOf(event: ConsumedEvent<unknown>) {
  return {
    eventId: event.id,
    eventType: event.type,
    topic: event.topic,
    partition: event.partition,
    offset: event.offset,
  };
}
