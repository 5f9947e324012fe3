import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfigModule, kafkaSecurityFrom, type PlatformEnv } from '@aeo/config';
import {
  ConsumerRegistry,
  KAFKA,
  KAFKA_PRODUCER,
  createKafka,
  type EventProducer,
  type KafkaClient,
} from '@aeo/messaging';
import { createLogger } from '@aeo/observability';
import { dataSourceOptionsFor } from '@aeo/persistence';
import { SERVICE_NAME, programmeEnvSchema } from '../config';
import { BenefitModule } from '../benefit/benefit.module';
import { FactsModule } from '../facts/facts.module';
import { PROGRAMME_MIGRATIONS } from '../migrations';

/**
 * What the consumers would have dead-lettered during a recompute, held back: the live consumer sent
 * those events to `<topic>.dlq` when it first met them, and the recompute folds the `.dlq` topics
 * itself, so sending them again would only double the live dead letters.
 */
export class HeldBackDeadLetters {
  messages = 0;

  /** Stands in for the producer the consumers dead-letter with; it never reaches the broker. */
  asProducer(): EventProducer {
    // The consumers send dead letters only (`send`); nothing here sends batches.
    return {
      send: async (record) => {
        this.messages += record.messages.length;
        return [];
      },
      sendBatch: async () => {
        throw new Error('the recompute holds dead letters back and sends no batch');
      },
      connect: async () => undefined,
      disconnect: async () => undefined,
    };
  }
}

/** Kafka for the fold: the consumers and their registry, without the outbox relay and without a producer. */
@Global()
@Module({
  providers: [
    {
      provide: KAFKA,
      inject: [APP_CONFIG],
      useFactory: (config: PlatformEnv) =>
        createKafka({
          clientId: `aeo-${SERVICE_NAME}-recompute`,
          brokers: config.KAFKA_BROKERS,
          logger: createLogger(SERVICE_NAME, config.LOG_LEVEL),
          ...kafkaSecurityFrom(config),
        }),
    },
    HeldBackDeadLetters,
    {
      provide: KAFKA_PRODUCER,
      inject: [HeldBackDeadLetters],
      useFactory: (held: HeldBackDeadLetters) => held.asProducer(),
    },
    {
      provide: ConsumerRegistry,
      inject: [getDataSourceToken(), KAFKA, KAFKA_PRODUCER, APP_CONFIG],
      useFactory: (dataSource: DataSource, kafka: KafkaClient, producer: EventProducer, config: PlatformEnv) =>
        new ConsumerRegistry(dataSource, kafka, producer, config, SERVICE_NAME),
    },
  ],
  exports: [KAFKA, KAFKA_PRODUCER, ConsumerRegistry, HeldBackDeadLetters],
})
class FoldMessagingModule {}

/**
 * The recompute's application: the migrations and the consumers that fold the topics into the
 * fresh database, nothing else. The service's module would also start the activity workers (which
 * would take live tasks), the outbox relay (which publishes to live topics), the threshold seeding,
 * the deviation evaluator and the report schedule, none of which a recompute may run.
 */
@Module({})
export class RecomputeModule {
  /** Reads the configuration when called: set the fresh database and the consumer group suffix first. */
  static fold(): DynamicModule {
    return {
      module: RecomputeModule,
      imports: [
        AppConfigModule.forRoot(programmeEnvSchema),
        TypeOrmModule.forRootAsync({
          useFactory: () =>
            dataSourceOptionsFor({ service: SERVICE_NAME, entities: [], migrations: PROGRAMME_MIGRATIONS }),
        }),
        FoldMessagingModule,
        FactsModule,
        BenefitModule,
      ],
    };
  }
}
