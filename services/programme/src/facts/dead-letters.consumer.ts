import { Inject, Injectable, OnApplicationBootstrap, BeforeApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type PlatformEnv } from '@aeo/config';
import { dlqTopicOf, DLQ_SUFFIX, TOPICS } from '@aeo/contracts';
import {
  KAFKA,
  listKafkaTopics,
  startRawConsumer,
  type KafkaClient,
  type RawBatch,
  type RawConsumedRecord,
  type RawConsumer,
} from '@aeo/messaging';
import { eventsConsumed } from '@aeo/observability';

/** The consumer group of the dead letters (the recompute runs it under a fresh suffix). */
export const DEAD_LETTERS_CONSUMER = 'programme.dead-letters';
/**
 * The fact type of a dead letter: not an event of the contracts (a dead letter is the record a
 * consumer could not take, with its reason), so it is never validated as one.
 */
export const DEAD_LETTER_FACT_TYPE = 'aeo.programme.dead-letter';

/**
 * The `.dlq` twins of the topics the platform owns that exist on the broker (`existing`: the
 * broker's topics; the launcher creates them), under `prefix` (`KAFKA_TOPIC_PREFIX`, as the event
 * consumers read theirs).
 */
export function deadLetterTopics(existing: readonly string[], prefix = ''): string[] {
  const there = new Set(existing);
  return TOPICS.map((topic) => prefix + dlqTopicOf(topic.name)).filter((topic) => there.has(topic));
}

const header = (message: RawConsumedRecord, name: string): string | null => {
  const value = message.headers?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first === null ? null : first.toString('utf8');
};

// eslint-disable-next-line no-control-regex -- the characters a fact may not hold
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/** Words a consumer wrote, as text a fact may hold (no control characters, bounded). */
const clean = (text: string | null, max: number) =>
  text === null ? null : text.slice(0, max).replace(CONTROL_CHARACTERS, ' ') || null;

/** When the record was dead-lettered: its `dlq_at` header when it is an instant, else the record's timestamp. */
function deadLetteredAt(message: RawConsumedRecord): Date {
  const stated = header(message, 'dlq_at');
  const at = stated === null ? NaN : Date.parse(stated);
  return Number.isNaN(at) || !/^\d{4}-\d{2}-\d{2}T/.test(stated ?? '')
    ? new Date(Number(message.timestamp))
    : new Date(at);
}

/** Bounds the keys a process remembers (about 100 bytes each); past it, it starts over. */
const MAX_KEYS_REMEMBERED = 200_000;

const OWN_TOPICS = new Set(TOPICS.map((topic) => topic.name));

/**
 * The record a dead letter sets aside, as its key: `<topic>/<partition>/<offset>` from its
 * `dlq_original_*` headers, so that the same record dead-lettered by several consumers (or again
 * by a recompute folding the topics from their start) is one fact; the dead letter's own
 * coordinates when the headers do not name a record of the platform's topics.
 */
function deadLetterKey(topic: string, partition: number, message: RawConsumedRecord): string {
  const original = header(message, 'dlq_original_topic');
  const originalPartition = header(message, 'dlq_original_partition');
  const originalOffset = header(message, 'dlq_original_offset');
  if (
    original !== null &&
    OWN_TOPICS.has(original) &&
    /^\d{1,9}$/.test(originalPartition ?? '') &&
    /^\d{1,19}$/.test(originalOffset ?? '')
  )
    return `dlq:${original}/${originalPartition}/${originalOffset}`;
  return `dlq:${topic}/${partition}/${message.offset}`;
}

/** A dead letter as a fact, keyed by the record it sets aside (a redelivery, or another consumer's letter, is one fact). */
export function deadLetterFact(
  topic: string,
  partition: number,
  message: RawConsumedRecord,
  eventId = deadLetterKey(topic, partition, message),
) {
  return {
    eventId,
    topic,
    subject: clean(header(message, 'ce_id') ?? message.key?.toString('utf8') ?? null, 200) ?? eventId,
    occurredAt: deadLetteredAt(message),
    detail: clean(header(message, 'dlq_reason'), 4000) ?? 'no dlq_reason header',
    category: clean(header(message, 'dlq_original_topic'), 200) ?? topic.slice(0, -DLQ_SUFFIX.length),
  };
}

/**
 * Counts the platform's dead letters: a plain Kafka consumer of the `.dlq` topics (not the event
 * consumer: a dead letter is no valid event) whose every record becomes a fact of type
 * `aeo.programme.dead-letter`, inserted once by the key of the record it sets aside (the fact
 * table is its inbox; the first letter of a record, in its partition's order, is the one kept) in
 * one statement per batch, before the offsets are committed. It keeps trying to join while Kafka is
 * away, as the event consumers do. A `.dlq` topic created after the start is read from the next start.
 */
@Injectable()
export class DeadLettersConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private consumer?: RawConsumer;
  /**
   * Keys this process saw stored (inserted, or there already): their further letters (every fresh
   * consumer group of a topic dead-letters its invalid records again) need no statement.
   */
  private readonly stored = new Set<string>();
  private stopped = false;
  private running?: Promise<void>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(KAFKA) private readonly kafka: KafkaClient,
    @Inject(APP_CONFIG) private readonly config: PlatformEnv,
  ) {}

  onApplicationBootstrap(): void {
    this.running = this.startWithRetry();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.running;
    await this.consumer?.stop();
  }

  private async startWithRetry(): Promise<void> {
    for (let attempt = 1; !this.stopped; attempt++) {
      try {
        await this.start();
        return;
      } catch {
        this.consumer = undefined;
        await new Promise((resolve) => setTimeout(resolve, Math.min(10_000, 500 * attempt)));
      }
    }
  }

  private async start(): Promise<void> {
    const topics = deadLetterTopics(await listKafkaTopics(this.kafka), this.config.KAFKA_TOPIC_PREFIX);
    if (topics.length === 0 || this.stopped) return;
    this.consumer = await startRawConsumer(this.kafka, {
      groupId: DEAD_LETTERS_CONSUMER + this.config.KAFKA_GROUP_SUFFIX,
      topics,
      keepRunning: () => !this.stopped,
      onBatch: (batch) => this.record(batch),
    });
  }

  private async record({ topic, partition, records }: RawBatch): Promise<void> {
    const facts = records.flatMap((record) => {
      const key = deadLetterKey(topic, partition, record);
      return this.stored.has(key) ? [] : [deadLetterFact(topic, partition, record, key)];
    });
    const inserted = (await this.insertFacts(facts)).length;
    if (this.stored.size + facts.length > MAX_KEYS_REMEMBERED) this.stored.clear();
    for (const fact of facts) this.stored.add(fact.eventId);
    const consumer = DEAD_LETTERS_CONSUMER + this.config.KAFKA_GROUP_SUFFIX;
    eventsConsumed.inc({ consumer, outcome: 'processed' }, inserted);
    if (records.length > inserted) eventsConsumed.inc({ consumer, outcome: 'duplicate' }, records.length - inserted);
  }

  /** One statement for the batch's facts; returns those that were new. */
  private async insertFacts(facts: ReturnType<typeof deadLetterFact>[]): Promise<unknown[]> {
    if (facts.length === 0) return [];
    return (await this.dataSource.query(
      `INSERT INTO programme_event_facts (event_id, type, topic, subject, occurred_at, detail, category, process_id)
       SELECT f.event_id, $1, f.topic, f.subject, f.occurred_at, f.detail, f.category, f.event_id
       FROM unnest($2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::text[], $7::text[])
         AS f(event_id, topic, subject, occurred_at, detail, category)
       ON CONFLICT (event_id) DO NOTHING
       RETURNING event_id`,
      [
        DEAD_LETTER_FACT_TYPE,
        facts.map((fact) => fact.eventId),
        facts.map((fact) => fact.topic),
        facts.map((fact) => fact.subject),
        facts.map((fact) => fact.occurredAt),
        facts.map((fact) => fact.detail),
        facts.map((fact) => fact.category),
      ],
    )) as unknown[];
  }
}
