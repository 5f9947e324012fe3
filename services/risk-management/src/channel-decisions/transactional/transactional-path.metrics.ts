import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Gauge } from 'prom-client';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '@aeo/config';
import { TOPIC_NAMES } from '@aeo/contracts';
import { KAFKA, type KafkaClient } from '@aeo/messaging';
import { metricsRegistry, withTimeout } from '@aeo/observability';
import type { RiskManagementConfig } from '../../config';
import { changelogLag } from '../write-behind/decision-changelog.lag';
import { DECISION_CHANGELOG_GROUP } from '../write-behind/decision-changelog.consumer';
import { TransactionalDeciderHost } from './transactional-decider.host';

/** How long a scrape waits for Kafka and PostgreSQL to tell the changelog's lag. */
const LAG_SCRAPE_TIMEOUT_MS = 2000;

/** What the gauges read from: the service started last in this process (tests start several). */
let source: MetricsSource | undefined;

interface MetricsSource {
  readonly host: TransactionalDeciderHost;
  changelogLag(): Promise<Map<number, number>>;
}

/** A gauge computed when Prometheus scrapes, registered once per process. */
function scrapedGauge(
  name: string,
  help: string,
  labelNames: string[],
  collect: (gauge: Gauge, from: MetricsSource) => Promise<void> | void,
): void {
  if (metricsRegistry.getSingleMetric(name)) return;
  new Gauge({
    name,
    help,
    labelNames,
    registers: [metricsRegistry],
    async collect() {
      this.reset();
      if (source) await collect(this, source);
    },
  });
}

function registerGauges(): void {
  scrapedGauge(
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
  scrapedGauge(
    'aeo_channel_decider_running',
    'Whether the transactional channel decider runs (1) or not (0)',
    [],
    (gauge, from) => gauge.set(from.host.running ? 1 : 0),
  );
  scrapedGauge(
    'aeo_channel_decider_restarts_total',
    'How many times the transactional channel decider gave up and was started again',
    [],
    (gauge, from) => gauge.set(from.host.restarts),
  );
  scrapedGauge(
    'aeo_channel_decider_partitions_owned',
    'Declarations partitions the transactional channel decider owns now',
    [],
    (gauge, from) => gauge.set(from.host.current?.owned.length ?? 0),
  );
  scrapedGauge(
    'aeo_channel_decider_decisions_in_memory',
    'Decisions the transactional channel decider keeps in memory until it knows them stored',
    [],
    (gauge, from) => gauge.set(from.host.current?.keptInMemory ?? 0),
  );
}

/**
 * The transactional path's metrics (`CHANNEL_DECISIONS_PATH=transactional`, in every role): the
 * write-behind's lag per changelog partition, and the decider's state. On the database path none is
 * registered. Runbook: deploy/README.md, "Runbook: channel decisions on the transactional path".
 */
@Injectable()
export class TransactionalPathMetrics implements OnModuleInit, OnModuleDestroy {
  constructor(
    readonly host: TransactionalDeciderHost,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(KAFKA) private readonly kafka: KafkaClient,
    @Inject(APP_CONFIG) private readonly config: RiskManagementConfig,
  ) {}

  changelogLag(): Promise<Map<number, number>> {
    return changelogLag(
      this.kafka,
      this.dataSource,
      this.config.KAFKA_TOPIC_PREFIX + TOPIC_NAMES.decisionChangelog,
      DECISION_CHANGELOG_GROUP + this.config.KAFKA_GROUP_SUFFIX,
    );
  }

  onModuleInit(): void {
    if (this.config.CHANNEL_DECISIONS_PATH !== 'transactional') return;
    registerGauges();
    source = { host: this.host, changelogLag: () => this.changelogLag() };
  }

  onModuleDestroy(): void {
    if (source?.host === this.host) source = undefined;
  }
}
