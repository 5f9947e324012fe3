import { DynamicModule, Inject, Injectable, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Admin, Kafka, Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, PlatformEnv } from '@aeo/config';
import { createLogger, ReadinessCheck } from '@aeo/observability';
import { createIdempotentProducer, createKafka } from './kafka/kafka-client';
import { OutboxRelay } from './outbox/outbox-relay';
import { OutboxWriter } from './outbox/outbox-writer';

export const KAFKA = Symbol('KAFKA');
export const KAFKA_PRODUCER = Symbol('KAFKA_PRODUCER');

/** Connects the producer and runs the outbox relay for the lifetime of the service. */
@Injectable()
export class MessagingLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(KAFKA_PRODUCER) private readonly producer: Producer,
    private readonly relay: OutboxRelay,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // The service must accept work while Kafka is down: the outbox holds events until it returns.
    this.producer.connect().catch(() => undefined);
    this.relay.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay.stop();
    await this.producer.disconnect();
    await closeReadinessAdmin(this.kafka);
  }
}

const readinessAdmins = new Map<Kafka, Admin>();

/** Kafka readiness: the cluster answers a metadata request. The admin client closes with the service. */
export function kafkaReadinessCheck(kafka: Kafka): ReadinessCheck {
  return {
    name: 'kafka',
    check: async () => {
      let admin = readinessAdmins.get(kafka);
      if (!admin) {
        admin = kafka.admin();
        await admin.connect();
        readinessAdmins.set(kafka, admin);
      }
      await admin.describeCluster();
    },
  };
}

async function closeReadinessAdmin(kafka: Kafka): Promise<void> {
  const admin = readinessAdmins.get(kafka);
  readinessAdmins.delete(kafka);
  await admin?.disconnect().catch(() => undefined);
}

@Module({})
export class MessagingModule {
  /** Kafka client, idempotent producer, outbox writer and relay for one service. */
  static forService(service: string): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      providers: [
        {
          provide: KAFKA,
          inject: [APP_CONFIG],
          useFactory: (config: PlatformEnv) => createKafka({ clientId: config.KAFKA_CLIENT_ID ?? `aeo-${service}`, brokers: config.KAFKA_BROKERS, logger: createLogger(service, config.LOG_LEVEL) }),
        },
        { provide: KAFKA_PRODUCER, inject: [KAFKA], useFactory: (kafka: Kafka) => createIdempotentProducer(kafka) },
        { provide: OutboxWriter, useValue: new OutboxWriter(`/aeo/${service}`) },
        {
          provide: OutboxRelay,
          inject: [getDataSourceToken(), KAFKA_PRODUCER, APP_CONFIG],
          useFactory: (dataSource: DataSource, producer: Producer, config: PlatformEnv) =>
            new OutboxRelay(dataSource, producer, { batchSize: config.OUTBOX_BATCH_SIZE, pollIntervalMs: config.OUTBOX_POLL_INTERVAL_MS, logger: createLogger(service, config.LOG_LEVEL) }),
        },
        MessagingLifecycle,
      ],
      exports: [KAFKA, KAFKA_PRODUCER, OutboxWriter, OutboxRelay],
    };
  }
}
