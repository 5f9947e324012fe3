import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '@aeo/config';
import {
  KAFKA,
  KeptKafkaAdmin,
  startRawConsumer,
  type KafkaClient,
  type RawBatch,
  type RawConsumer,
} from '@aeo/messaging';
import { eventsConsumed } from '@aeo/observability';
import type { OperationsConfig } from '../config';
import { deadLetterRowOf } from './dead-letter-record';
import { storeDeadLetters } from './dead-letters.repository';

/** The consumer group (with KAFKA_GROUP_SUFFIX). */
export const DEAD_LETTERS_CONSUMER = 'operations.dead-letters';

/**
 * Stores every record of the dead-letter topics (`DEAD_LETTER_TOPICS`, by default the `.dlq` twin
 * of each platform topic, `PLATFORM_DEAD_LETTER_TOPICS`) in `dead_letters`, once each: the record's topic, partition and offset are the
 * key (the table is its own inbox), written in the batch's transaction before its offsets are
 * committed; a record PostgreSQL refuses as it is is stored as a placeholder (its bytes, reason
 * "unstorable: …") rather than failing the batch, which would be read again and again. A plain
 * Kafka consumer, not the EventConsumer: a dead letter is often no valid event.
 * It subscribes by regular expression, matched against the topics that exist when it
 * subscribes, so every `DEAD_LETTER_TOPIC_REFRESH_MS` the topics are listed again and, when one
 * has appeared (or the consumer is down: Kafka away at start, a crash), it subscribes anew (the
 * group's committed offsets carry over; a new topic is read from its start).
 */
@Injectable()
export class DeadLettersConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DeadLettersConsumer.name);
  private consumer?: RawConsumer;
  private subscribed = new Set<string>();
  private refreshing: Promise<void> = Promise.resolve();
  private timer?: NodeJS.Timeout;
  private stopped = false;
  /** The topics are listed through one admin connection kept across refreshes. */
  private readonly admin: KeptKafkaAdmin;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(KAFKA) private readonly kafka: KafkaClient,
    @Inject(APP_CONFIG) private readonly config: OperationsConfig,
  ) {
    this.admin = new KeptKafkaAdmin(kafka);
  }

  onApplicationBootstrap(): void {
    this.refresh();
    this.timer = setInterval(() => this.refresh(), this.config.DEAD_LETTER_TOPIC_REFRESH_MS);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.refreshing;
    await this.consumer?.stop().catch(() => undefined);
    await this.admin.close();
  }

  /** One refresh at a time, after the one before. */
  private refresh(): void {
    this.refreshing = this.refreshing
      .then(() => this.subscribeIfNeeded())
      .catch((error: unknown) =>
        this.logger.warn(
          `dead-letter consumer could not (re)subscribe; next try in ${this.config.DEAD_LETTER_TOPIC_REFRESH_MS} ms: ${String(error)}`,
        ),
      );
  }

  private async subscribeIfNeeded(): Promise<void> {
    if (this.stopped) return;
    const topics = await this.matchingTopics();
    if (this.consumer && topics.every((topic) => this.subscribed.has(topic))) return;
    if (topics.length === 0) return;
    await this.consumer?.stop().catch(() => undefined);
    this.consumer = undefined;
    const started: { consumer?: RawConsumer } = {};
    started.consumer = await startRawConsumer(this.kafka, {
      groupId: DEAD_LETTERS_CONSUMER + this.config.KAFKA_GROUP_SUFFIX,
      topics: [this.config.DEAD_LETTER_TOPICS],
      keepRunning: () => !this.stopped,
      onBatch: (batch) => this.store(batch),
      // Given up: the next refresh subscribes anew.
      onGaveUp: () => {
        if (started.consumer && this.consumer === started.consumer) this.consumer = undefined;
      },
    });
    this.consumer = started.consumer;
    this.subscribed = new Set(topics);
    this.logger.log(`storing the dead letters of ${topics.length} topic(s)`);
  }

  private async matchingTopics(): Promise<string[]> {
    const topics = await this.admin.use((admin) => admin.listTopics());
    return topics.filter((topic) => this.config.DEAD_LETTER_TOPICS.test(topic));
  }

  private async store({ topic, partition, records }: RawBatch): Promise<void> {
    const rows = records.map((record) => deadLetterRowOf(topic, partition, record));
    const { stored, unstorable } = await this.dataSource.transaction((manager) => storeDeadLetters(manager, rows));
    const consumer = DEAD_LETTERS_CONSUMER + this.config.KAFKA_GROUP_SUFFIX;
    if (unstorable > 0)
      this.logger.warn(
        `${unstorable} record(s) of ${topic} partition ${partition} stored as placeholders (reason "unstorable: …"): PostgreSQL refused them as they were`,
      );
    eventsConsumed.inc({ consumer, outcome: 'processed' }, stored);
    if (records.length > stored) eventsConsumed.inc({ consumer, outcome: 'duplicate' }, records.length - stored);
  }
}
