import {
  BeforeApplicationShutdown,
  DynamicModule,
  Inject,
  Injectable,
  Module,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Admin, Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, PlatformEnv, kafkaSecurityFrom } from '@aeo/config';
import { createLogger, ReadinessCheck } from '@aeo/observability';
import type { Logger } from 'pino';
import { EventConsumer, EventConsumerOptions } from './consumer/event-consumer';
import { ConsumerHost } from './consumer/consumer-host';
import { GroupCatchUp } from './consumer/group-catch-up';
import { createSingleAttemptProducer, createKafka } from './kafka/kafka-client';
import { OutboxRelay } from './outbox/outbox-relay';
import { OutboxWriter } from './outbox/outbox-writer';
import { RenewingProducer, type EventProducer } from './kafka/renewing-producer';

export const KAFKA = Symbol('KAFKA');
export const KAFKA_PRODUCER = Symbol('KAFKA_PRODUCER');
const MESSAGING_SERVICE_NAME = Symbol('MESSAGING_SERVICE_NAME');

/** Connects the producer and runs the outbox relay for the lifetime of the service. */
@Injectable()
export class MessagingLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(KAFKA_PRODUCER) private readonly producer: EventProducer,
    private readonly relay: OutboxRelay,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // The service must accept work while Kafka is down: the outbox holds events until it returns.
    this.producer.connect().catch(() => undefined);
    this.relay.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.relay.stop();
    await this.producer.disconnect();
    await closeReadinessAdmin(this.kafka);
  }
}

/** One connected admin per Kafka client, shared by concurrent checks (two checks at once must not connect two). */
const readinessAdmins = new Map<Kafka, Promise<Admin>>();

/** Kafka readiness: the cluster answers a metadata request. The admin client closes with the service. */
export function kafkaReadinessCheck(kafka: Kafka): ReadinessCheck {
  return {
    name: 'kafka',
    check: async () => {
      let connected = readinessAdmins.get(kafka);
      if (!connected) {
        const admin = kafka.admin();
        connected = admin.connect().then(() => admin);
        readinessAdmins.set(kafka, connected);
        // A failed connection is forgotten (and closed): the next check connects again.
        connected.catch(() => {
          if (readinessAdmins.get(kafka) === connected) readinessAdmins.delete(kafka);
          void admin.disconnect().catch(() => undefined);
        });
      }
      await (await connected).describeCluster();
    },
  };
}

async function closeReadinessAdmin(kafka: Kafka): Promise<void> {
  const connected = readinessAdmins.get(kafka);
  readinessAdmins.delete(kafka);
  const admin = await connected?.catch(() => undefined);
  await admin?.disconnect().catch(() => undefined);
}

/**
 * The service's event consumers: each is registered with its name (consumer group and inbox
 * name), topics and handlers; all start after boot (without blocking it while Kafka is down)
 * and stop on shutdown.
 */
@Injectable()
export class ConsumerRegistry implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly hosts: ConsumerHost[] = [];
  private readonly logger: Logger;
  private readonly topicsByName = new Map<string, string[]>();
  private readonly catchUps = new Map<string, GroupCatchUp>();

  constructor(
    @Inject(getDataSourceToken()) private readonly dataSource: DataSource,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(KAFKA_PRODUCER) private readonly producer: EventProducer,
    @Inject(APP_CONFIG) private readonly config: PlatformEnv,
    @Inject(MESSAGING_SERVICE_NAME) service: string,
  ) {
    this.logger = createLogger(service, config.LOG_LEVEL);
  }

  register(
    name: string,
    topics: string[],
    configure: (consumer: EventConsumer) => void,
    /** Tuning, and the customs regions its events' `region` fields must name (see `EventConsumerOptions`). */
    options: Pick<
      EventConsumerOptions,
      | 'partitionsConsumedConcurrently'
      | 'maxBatchSize'
      | 'maxBatchesInFlight'
      | 'joinPartitions'
      | 'maxBytesPerPartition'
      | 'maxBytes'
      | 'customsRegions'
    > = {},
  ): void {
    const consumer = new EventConsumer({
      ...options,
      name: name + this.config.KAFKA_GROUP_SUFFIX,
      topics,
      topicPrefix: this.config.KAFKA_TOPIC_PREFIX,
      dataSource: this.dataSource,
      kafka: this.kafka,
      producer: this.producer,
      logger: this.logger,
    });
    configure(consumer);
    this.topicsByName.set(
      name,
      topics.map((topic) => this.config.KAFKA_TOPIC_PREFIX + topic),
    );
    this.hosts.push(new ConsumerHost(consumer, this.logger));
  }

  /**
   * Waits until the registered consumer `name` (whichever instance of the service holds its
   * partitions) has committed every record its topics held when called; false when `timeoutMs`
   * passed first or `keepWaiting` answered false. See `GroupCatchUp`.
   */
  caughtUp(name: string, timeoutMs: number, keepWaiting?: () => boolean): Promise<boolean> {
    const topics = this.topicsByName.get(name);
    if (!topics) throw new Error(`no consumer ${name} is registered`);
    let catchUp = this.catchUps.get(name);
    if (!catchUp) {
      catchUp = new GroupCatchUp(this.kafka, name + this.config.KAFKA_GROUP_SUFFIX, topics, this.logger);
      this.catchUps.set(name, catchUp);
    }
    return catchUp.caughtUp(timeoutMs, keepWaiting);
  }

  onApplicationBootstrap(): void {
    for (const host of this.hosts) host.start();
  }

  /** Consumers stop before the database pool closes, so no event is half-handled at shutdown. */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.hosts.map((host) => host.stop()));
    await Promise.all([...this.catchUps.values()].map((catchUp) => catchUp.close()));
  }
}

@Module({})
export class MessagingModule {
  /** Kafka client, single-attempt producers, outbox writer and relay for one service. */
  static forService(service: string): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      providers: [
        {
          provide: KAFKA,
          inject: [APP_CONFIG],
          useFactory: (config: PlatformEnv) =>
            createKafka({
              clientId: config.KAFKA_CLIENT_ID ?? `aeo-${service}`,
              brokers: config.KAFKA_BROKERS,
              logger: createLogger(service, config.LOG_LEVEL),
              ...kafkaSecurityFrom(config),
            }),
        },
        {
          // The consumers' dead letters; the relay makes its own producers.
          provide: KAFKA_PRODUCER,
          inject: [KAFKA, APP_CONFIG],
          useFactory: (kafka: Kafka, config: PlatformEnv) =>
            new RenewingProducer(() => createSingleAttemptProducer(kafka), createLogger(service, config.LOG_LEVEL)),
        },
        { provide: OutboxWriter, useValue: new OutboxWriter(`/aeo/${service}`) },
        {
          provide: OutboxRelay,
          inject: [getDataSourceToken(), KAFKA, APP_CONFIG],
          useFactory: (dataSource: DataSource, kafka: Kafka, config: PlatformEnv) =>
            new OutboxRelay(dataSource, () => createSingleAttemptProducer(kafka), {
              batchSize: config.OUTBOX_BATCH_SIZE,
              maxBatchBytes: config.OUTBOX_MAX_BATCH_BYTES,
              pollIntervalMs: config.OUTBOX_POLL_INTERVAL_MS,
              topicPrefix: config.KAFKA_TOPIC_PREFIX,
              notifyConnectionString: (dataSource.options as { url?: string }).url,
              logger: createLogger(service, config.LOG_LEVEL),
            }),
        },
        MessagingLifecycle,
        { provide: MESSAGING_SERVICE_NAME, useValue: service },
        ConsumerRegistry,
      ],
      exports: [KAFKA, KAFKA_PRODUCER, OutboxWriter, OutboxRelay, ConsumerRegistry],
    };
  }
}
