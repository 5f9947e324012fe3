import { hostname } from 'node:os';
import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, kafkaSecurityFrom } from '@aeo/config';
import { type DeclarationLodged, type EventData, TOPIC_NAMES } from '@aeo/contracts';
import { KAFKA, type KafkaClient, topicPartitionCounts, TransactionalProcessor } from '@aeo/messaging';
import { createLogger } from '@aeo/observability';
import { AeoRegisterCatchUp } from '../../aeo-status/aeo-register-catch-up';
import { type RiskManagementConfig, SERVICE_NAME } from '../../config';
import { declarationRules } from '../declarations.consumer';
import { TransactionalDecisions } from './transactional-decisions';

/** A decider that gave up (its consumer or producer failed for good) is started again after this pause. */
const RESTART_PAUSE_MS = 5000;

/**
 * Runs the transactional channel decider (`CHANNEL_DECISIONS_PATH=transactional`) for the service's
 * life: started after boot (without blocking it while Kafka is down), started again when it gives
 * up, stopped before the database pool closes. Its consumer group is the database path's
 * (`risk-management.declarations`), so switching paths carries the declarations' offsets over
 * (with every instance stopped: the two clients cannot share a group at once).
 */
@Injectable()
export class TransactionalDeciderHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(TransactionalDeciderHost.name);
  private processor?: TransactionalProcessor<EventData<typeof DeclarationLodged>>;
  private restartTimer?: NodeJS.Timeout;
  private stopping = false;
  private decisions?: TransactionalDecisions;
  private started?: TransactionalProcessor<EventData<typeof DeclarationLodged>>;
  private restartCount = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly register: AeoRegisterCatchUp,
    @Inject(KAFKA) private readonly kafka: KafkaClient,
    @Inject(APP_CONFIG) private readonly config: RiskManagementConfig,
  ) {}

  /** The handler of the decider running now (tests). */
  get current(): TransactionalDecisions | undefined {
    return this.decisions;
  }

  /** Whether a decider runs now: started, and not given up since (metrics). */
  get running(): boolean {
    return this.started !== undefined && this.started === this.processor;
  }

  /** How many times a decider gave up and was started again (metrics). */
  get restarts(): number {
    return this.restartCount;
  }

  onApplicationBootstrap(): void {
    if (this.config.CHANNEL_DECISIONS_PATH !== 'transactional' || this.config.CHANNEL_DECISIONS_ROLE === 'write-behind')
      return;
    this.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    await this.processor?.stop();
  }

  /**
   * The changelog must have a partition for each declarations partition (the client would write a
   * mark for a partition it lacks to another one); an error naming both counts if not.
   */
  private async checkPartitions(): Promise<void> {
    const prefix = this.config.KAFKA_TOPIC_PREFIX;
    const [declarations, changelog] = [TOPIC_NAMES.declarationEvents, TOPIC_NAMES.decisionChangelog].map(
      (name) => prefix + name,
    );
    const counts = await topicPartitionCounts(this.kafka, [declarations, changelog]);
    const count = (name: string) => counts.get(name) ?? 0;
    if (count(changelog) < count(declarations))
      throw new Error(
        `${changelog} has ${count(changelog)} partitions, fewer than ${declarations} (${count(declarations)}): give it as many (deploy/local/kafka/create-topics.ts raises them)`,
      );
  }

  private start(): void {
    if (this.stopping) return;
    void this.checkPartitions().then(
      () => this.startProcessor(),
      (error: unknown) => this.restartLater(error as Error, undefined),
    );
  }

  private startProcessor(): void {
    if (this.stopping) return;
    const config = this.config;
    const transactionalId =
      config.CHANNEL_DECIDER_TRANSACTIONAL_ID ??
      `${SERVICE_NAME}.channel-decider.${hostname()}.${config.PORT}${config.KAFKA_GROUP_SUFFIX}`;
    const decisions = new TransactionalDecisions({
      dataSource: this.dataSource,
      config,
      topicPrefix: config.KAFKA_TOPIC_PREFIX,
      decider: transactionalId,
      rules: declarationRules(config),
      beforeDeciding: (isRunning) => this.register.current(isRunning),
    });
    const processor = new TransactionalProcessor(
      {
        name: `${SERVICE_NAME}.declarations${config.KAFKA_GROUP_SUFFIX}`,
        topics: [TOPIC_NAMES.declarationEvents],
        topicPrefix: config.KAFKA_TOPIC_PREFIX,
        brokers: config.KAFKA_BROKERS,
        security: kafkaSecurityFrom(config),
        transactionalId,
        customsRegions: config.CUSTOMS_REGIONS,
        fromBeginning: true,
        logger: createLogger(SERVICE_NAME, config.LOG_LEVEL),
        onCrash: (error) => this.restartLater(error, processor),
      },
      decisions,
    );
    this.processor = processor;
    this.decisions = decisions;
    processor.start().then(
      () => {
        this.started = processor;
        this.logger.log(`transactional channel decider started (${transactionalId})`);
      },
      (error: unknown) => this.restartLater(error as Error, processor),
    );
  }

  /** Starts a decider again after `failed` gave up (a report of a decider replaced already is ignored). */
  private restartLater(
    error: Error,
    failed: TransactionalProcessor<EventData<typeof DeclarationLodged>> | undefined,
  ): void {
    if (this.stopping || failed !== this.processor) return;
    this.logger.error(
      `the transactional channel decider stopped: ${error.message}; started again in ${RESTART_PAUSE_MS} ms`,
    );
    this.processor = undefined;
    this.restartCount++;
    clearTimeout(this.restartTimer);
    this.restartTimer = setTimeout(() => {
      void failed
        ?.stop()
        .catch(() => undefined)
        .finally(() => this.start());
    }, RESTART_PAUSE_MS);
  }
}
