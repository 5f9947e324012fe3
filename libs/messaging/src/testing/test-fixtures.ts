import { z } from 'zod';
import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import type { Kafka, Producer } from 'kafkajs';
import { openDataSource } from '@aeo/persistence';
import { createTestDatabase, createTopics, testKafka, type TestDatabase } from '@aeo/testing';
import { createSingleAttemptProducer } from '../kafka/kafka-client';
import { CreateMessagingTables1764300000000 } from '../messaging.migration';
import { OutboxPendingByAggregate1764400000200 } from '../outbox/outbox-pending-by-aggregate.migration';
import { defineEvent, TopicName } from '@aeo/contracts';

/** An event type on a per-test topic, so messaging tests never touch the platform's topics. */
export function defineTestEvent(topic: string, type = 'aeo.test-probe.happened.v1') {
  return defineEvent({
    type,
    topic: topic as TopicName,
    aggregateType: 'probe',
    summary: 'test probe',
    schema: z.object({ probeId: z.string(), sequence: z.number().int() }),
  });
}

/** The consumer-side effect table of the tests: one row per processed event. */
export class CreateProbeEffects1764300000001 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE probe_effects (id bigserial PRIMARY KEY, probe_id text NOT NULL, sequence int NOT NULL, event_id text NOT NULL)`,
    );
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE probe_effects');
  }
}

/** What a messaging test works with: its own database (messaging tables and probe effects), Kafka, a producer. */
export interface MessagingTestbed {
  databaseUrl: string;
  dataSource: DataSource;
  kafka: Kafka;
  producer: Producer;
}

/**
 * Sets up (beforeAll) and tears down (afterAll) a messaging test's own database with the
 * messaging tables and probe effects, its topic and dead-letter topic, and an idempotent
 * producer; the fields are filled once beforeAll has run.
 */
export function useMessagingTestbed(label: string, topic: string, partitions: number): MessagingTestbed {
  const bed = {} as MessagingTestbed;
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(label);
    bed.databaseUrl = database.url;
    bed.dataSource = await openDataSource({
      service: `${label}-test`,
      url: database.url,
      entities: [],
      migrations: [
        CreateMessagingTables1764300000000,
        OutboxPendingByAggregate1764400000200,
        CreateProbeEffects1764300000001,
      ],
    });
    bed.kafka = testKafka();
    await createTopics(bed.kafka, [topic, `${topic}.dlq`], partitions);
    bed.producer = createSingleAttemptProducer(bed.kafka);
    await bed.producer.connect();
  });
  afterAll(async () => {
    await bed.producer?.disconnect();
    await bed.dataSource?.destroy();
    await database?.drop();
  });
  return bed;
}
