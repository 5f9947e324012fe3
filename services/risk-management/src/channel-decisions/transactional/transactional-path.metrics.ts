import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Counter, Gauge, type Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '@aeo/config';
import { TOPIC_NAMES } from '@aeo/contracts';
import { KAFKA, KeptKafkaAdmin, type KafkaClient } from '@aeo/messaging';
import { metricsRegistry, withTimeout } from '@aeo/observability';
import type { RiskManagementConfig } from '../../config';
import { changelogLag } from '../write-behind/decision-changelog.lag';
import { DECISION_CHANGELOG_GROUP } from '../write-behind/decision-changelog.consumer';
import { TransactionalDeciderHost } from './transactional-decider.host';

/** How long a scrape waits for Kafka and PostgreSQL to tell the changelog's lag. */
const LAG_SCRAPE_TIMEOUT_MS = 2000;

/** What the metrics read from: the service started last in this process (tests start several). */
interface MetricsSource {
  readonly host: TransactionalDeciderHost;
  /** Whether this process runs a decider (`CHANNEL_DECISIONS_ROLE` `both` or `decider`). */
  readonly decider: boolean;
  changelogLag(): Promise<Map<number, number>>;
}
let source: MetricsSource | undefined;

/** Registers a metric computed when Prometheus scrapes, once per process. */
function scraped<M extends Gauge | Counter>(
  Kind: new (config: {
    name: string;
    help: string;
    labelNames: string[];
    registers: Registry[];
    collect: () => Promise<void>;
  }) => M,
  name: string,
  help: string,
  labelNames: string[],
  collect: (metric: M, from: MetricsSource) => Promise<void> | void,
): void {
  if (metricsRegistry.getSingleMetric(name)) return;
  const metric: M = new Kind({
    name,
    help,
    labelNames,
    registers: [metricsRegistry],
    async collect() {
      metric.reset();
      if (source) await collect(metric, source);
    },
  });
}

/** The decider's metrics: absent on a process that runs no decider (a write-behind alone). */
const ofDecider =
  <M extends Gauge | Counter>(collect: (metric: M, host: TransactionalDeciderHost) => void) =>
  (metric: M, from: MetricsSource) => {
    if (from.decider) collect(metric, from.host);
  };

function registerMetrics(): void {
  scraped(
    Gauge,
    'aeo_decision_changelog_unstored_offsets',
    'Offsets of each decision changelog partition the write-behind has not stored (0: caught up; absent while Kafka or PostgreSQL does not answer)',
    ['partition'],
    async (gauge, from) => {
      try {
        const lag = await withTimeout(from.changelogLag(), LAG_SCRAPE_TIMEOUT_MS, 'the decision changelog lag');
        for (const [partition, unstored] of lag) gauge.set({ partition: String(partition) }, unstored);
      } catch {
        // The other metrics still answer; the gauge is absent rather than stale.
        gauge.reset();
      }
    },
  );
  scraped(
    Gauge,
    'aeo_channel_decider_running',
    'Whether the transactional channel decider runs (1) or is starting again (0)',
    [],
    ofDecider<Gauge>((gauge, host) => gauge.set(host.running ? 1 : 0)),
  );
  scraped(
    Counter,
    'aeo_channel_decider_restarts_total',
    'How many times the transactional channel decider gave up and was started again',
    [],
    ofDecider<Counter>((counter, host) => counter.inc(host.restarts)),
  );
  scraped(
    Gauge,
    'aeo_channel_decider_partitions_owned',
    'Declarations partitions the transactional channel decider owns now',
    [],
    ofDecider<Gauge>((gauge, host) => gauge.set(host.current?.owned.length ?? 0)),
  );
  scraped(
    Gauge,
    'aeo_channel_decider_decisions_in_memory',
    'Decisions the transactional channel decider keeps in memory until it knows them stored',
    [],
    ofDecider<Gauge>((gauge, host) => gauge.set(host.current?.keptInMemory ?? 0)),
  );
}

/**
 * The transactional path's metrics (`CHANNEL_DECISIONS_PATH=transactional`, in every role): the
 * write-behind's lag per changelog partition, and the decider's state on a process that runs one.
 * On the database path none is registered. Runbook: deploy/README.md, "Runbook: channel decisions
 * on the transactional path".
 */
@Injectable()
export class TransactionalPathMetrics implements OnModuleInit, OnModuleDestroy {
  /** One admin connection kept across scrapes (dropped after a failure), and one look-up at a time. */
  private readonly admin: KeptKafkaAdmin;
  private lookUp?: Promise<Map<number, number>>;

  constructor(
    private readonly host: TransactionalDeciderHost,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(KAFKA) kafka: KafkaClient,
    @Inject(APP_CONFIG) private readonly config: RiskManagementConfig,
  ) {
    this.admin = new KeptKafkaAdmin(kafka);
  }

  /**
   * The lag per changelog partition. Scrapes overlapping one still under way (Kafka slow or away:
   * the client retries in the background after the scrape gave up at 2 s) share it.
   */
  changelogLag(): Promise<Map<number, number>> {
    this.lookUp ??= this.readLag().finally(() => (this.lookUp = undefined));
    return this.lookUp;
  }

  private readLag(): Promise<Map<number, number>> {
    return this.admin.use((admin) =>
      changelogLag(
        admin,
        this.dataSource,
        this.config.KAFKA_TOPIC_PREFIX + TOPIC_NAMES.decisionChangelog,
        DECISION_CHANGELOG_GROUP + this.config.KAFKA_GROUP_SUFFIX,
      ),
    );
  }

  onModuleInit(): void {
    if (this.config.CHANNEL_DECISIONS_PATH !== 'transactional') return;
    registerMetrics();
    source = {
      host: this.host,
      decider: this.config.CHANNEL_DECISIONS_ROLE !== 'write-behind',
      changelogLag: () => this.changelogLag(),
    };
  }

  async onModuleDestroy(): Promise<void> {
    if (source?.host === this.host) source = undefined;
    await this.lookUp?.catch(() => undefined);
    await this.admin.close();
  }
}
