import type { Consumer, EachBatchPayload, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { QueryFailedError } from 'typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ZodError } from 'zod';
import { InvalidEventDataError } from '../outbox/outbox-writer';
import type { Logger } from 'pino';
import { EventDefinition, EventData, EventEnvelope, MalformedEventError, dlqTopicOf, findEventDefinition, fromKafkaRecord } from '@aeo/contracts';
import { eventsConsumed, runWithCorrelationId } from '@aeo/observability';
import { claimInboxEntry } from '../inbox/inbox';

/** A consumed event whose data passed its schema. */
export interface ConsumedEvent<T> extends EventEnvelope<T> {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
}

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
  if (error instanceof PermanentEventError || error instanceof TypeError || error instanceof RangeError || error instanceof ZodError || error instanceof InvalidEventDataError) return true;
  const code = (error as { code?: unknown }).code;
  // PostgreSQL data exceptions (22xxx) and integrity violations (23xxx).
  return error instanceof QueryFailedError && typeof code === 'string' && /^2[23]/.test(code);
}

interface BatchControl {
  heartbeat: () => Promise<void>;
  isRunning: () => boolean;
}

export type EventHandler<T> = (event: ConsumedEvent<T>, manager: EntityManager) => Promise<void>;

export interface EventConsumerOptions {
  /** Inbox name and Kafka group id. */
  name: string;
  topics: string[];
  dataSource: DataSource;
  kafka: Kafka;
  /** Producer used for dead letters (any producer of the service). */
  producer: Producer;
  logger?: Logger;
  /** Handler failures retried in place before the event is dead-lettered. */
  maxAttempts?: number;
  partitionsConsumedConcurrently?: number;
  fromBeginning?: boolean;
  /** Called when the kafkajs consumer crashed and gave up (e.g. the broker was gone too long). */
  onCrash?: (error: Error) => void;
}

/**
 * Consumes CloudEvents from Kafka with validation, an inbox for exactly-once effects and a
 * dead-letter topic:
 * - a record that is not a valid CloudEvent, or whose data fails the event's schema, goes to
 *   `<topic>.dlq` with the reason in its headers, and the consumer carries on;
 * - an event type without a handler is counted and skipped;
 * - the handler runs in a transaction that also claims the event id in the inbox, so a
 *   redelivered event changes nothing;
 * - a handler that keeps failing is retried `maxAttempts` times, then dead-lettered.
 */
export class EventConsumer {
  private readonly handlers = new Map<string, { definition: EventDefinition; handler: EventHandler<unknown> }>();
  private consumer?: Consumer;

  constructor(private readonly options: EventConsumerOptions) {}

  setCrashHandler(handler: (error: Error) => void): void {
    this.options.onCrash = handler;
  }

  on<E extends EventDefinition>(definition: E, handler: EventHandler<EventData<E>>): this {
    if (!this.options.topics.includes(definition.topic)) {
      throw new Error(`${this.options.name} handles ${definition.type} but does not subscribe to ${definition.topic}`);
    }
    this.handlers.set(definition.type, { definition, handler: handler as EventHandler<unknown> });
    return this;
  }

  async start(): Promise<void> {
    const consumer = this.options.kafka.consumer({
      groupId: this.options.name,
      allowAutoTopicCreation: false,
      // Short enough that a member lost with a broker restart is evicted quickly.
      sessionTimeout: 10000,
      rebalanceTimeout: 15000,
      heartbeatInterval: 2000,
      // Restarts are ours (ConsumerHost), so there is one recovery path whatever failed.
      retry: { retries: 8, initialRetryTime: 300, maxRetryTime: 5000, restartOnFailure: async () => false },
    });
    this.consumer = consumer;
    consumer.on(consumer.events.CRASH, (event) => {
      if (!event.payload.restart) this.options.onCrash?.(event.payload.error);
    });
    await consumer.connect();
    await consumer.subscribe({ topics: this.options.topics, fromBeginning: this.options.fromBeginning ?? true });
    await consumer.run({
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 3,
      eachBatchAutoResolve: false,
      eachBatch: (payload) => this.processBatch(payload),
    });
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
    this.consumer = undefined;
  }

  private async processBatch({ batch, resolveOffset, heartbeat, isRunning, isStale, commitOffsetsIfNecessary }: EachBatchPayload): Promise<void> {
    for (const message of batch.messages) {
      if (!isRunning() || isStale()) break;
      await this.processMessage(batch.topic, batch.partition, message, { heartbeat, isRunning: () => isRunning() && !isStale() });
      resolveOffset(message.offset);
      await heartbeat();
    }
    await commitOffsetsIfNecessary();
  }

  /** Public for the benchmark and tests that feed records directly. */
  async processMessage(topic: string, partition: number, message: KafkaMessage, control?: BatchControl): Promise<void> {
    let envelope: EventEnvelope<unknown>;
    try {
      envelope = fromKafkaRecord(message as never);
    } catch (error) {
      if (error instanceof MalformedEventError) return this.deadLetter(topic, partition, message, `malformed: ${error.message}`);
      throw error;
    }
    const registration = this.handlers.get(envelope.type);
    if (!registration) {
      eventsConsumed.inc({ consumer: this.options.name, outcome: 'skipped' });
      this.options.logger?.debug({ eventType: envelope.type, eventId: envelope.id }, 'no handler for event type; skipped');
      return;
    }
    const definition = findEventDefinition(envelope.type) ?? registration.definition;
    const parsed = definition.schema.safeParse(envelope.data);
    if (!parsed.success) {
      const reason = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(data)'}: ${issue.message}`).join('; ');
      return this.deadLetter(topic, partition, message, `invalid ${envelope.type} data: ${reason}`, envelope);
    }
    const event: ConsumedEvent<unknown> = { ...envelope, data: parsed.data, topic, partition, offset: message.offset };
    const maxAttempts = this.options.maxAttempts ?? 5;
    for (let attempt = 1; ; attempt++) {
      try {
        const processed = await runWithCorrelationId(envelope.correlationid, () =>
          this.options.dataSource.transaction(async (manager) => {
            const fresh = await claimInboxEntry(manager, {
              consumer: this.options.name,
              eventId: envelope.id,
              eventType: envelope.type,
              topic,
              partition,
              offset: message.offset,
            });
            if (fresh) await registration.handler(event, manager);
            return fresh;
          }),
        );
        eventsConsumed.inc({ consumer: this.options.name, outcome: processed ? 'processed' : 'duplicate' });
        return;
      } catch (error) {
        const permanent = isPermanentFailure(error);
        this.options.logger?.warn({ err: error, eventId: envelope.id, eventType: envelope.type, attempt, permanent }, 'event handler failed');
        if (permanent && attempt >= maxAttempts) {
          return this.deadLetter(topic, partition, message, `handler failed after ${attempt} attempts: ${(error as Error).message}`, envelope);
        }
        if (control && !control.isRunning()) throw new Error(`consumer stopping; event ${envelope.id} will be redelivered`);
        await new Promise((resolve) => setTimeout(resolve, Math.min(permanent ? 5000 : 30_000, 100 * 2 ** Math.min(attempt, 10))));
        await control?.heartbeat().catch(() => undefined);
      }
    }
  }

  private async deadLetter(topic: string, partition: number, message: KafkaMessage, reason: string, envelope?: EventEnvelope<unknown>): Promise<void> {
    this.options.logger?.error({ topic, partition, offset: message.offset, eventId: envelope?.id, reason }, 'event dead-lettered');
    await this.options.producer.send({
      topic: dlqTopicOf(topic),
      acks: -1,
      messages: [
        {
          key: message.key,
          value: message.value,
          headers: {
            ...message.headers,
            dlq_reason: reason.slice(0, 4000),
            dlq_original_topic: topic,
            dlq_original_partition: String(partition),
            dlq_original_offset: message.offset,
            dlq_consumer: this.options.name,
            dlq_at: new Date().toISOString(),
          },
        },
      ],
    });
    eventsConsumed.inc({ consumer: this.options.name, outcome: 'dead-lettered' });
  }
}
