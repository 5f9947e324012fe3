import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Gauge } from 'prom-client';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '@aeo/config';
import { metricsRegistry } from '@aeo/observability';
import type { ProgrammeConfig } from '../config';
import { findKpi, HEADLINE_KPIS } from './kpi-catalogue';
import { kpiValues } from './kpi-values';
import { bucketOf } from './periods';

const GAUGE_NAME = 'aeo_programme_kpi_value';

/** Where the gauge reads from: the live service's database and time zone (the last one started in this process). */
let source: { dataSource: DataSource; timeZone: string } | undefined;

/**
 * `aeo_programme_kpi_value{kpi, period}`: the headline KPIs of the current month, national,
 * computed when Prometheus scrapes (a few grouped queries), so the gauge is never stale. A KPI
 * without a figure this month is left out rather than shown as 0.
 */
function headlineGauge(): Gauge {
  const existing = metricsRegistry.getSingleMetric(GAUGE_NAME);
  if (existing) return existing as Gauge;
  return new Gauge({
    name: GAUGE_NAME,
    help: 'Headline programme KPIs of the current month (in PROGRAMME_TIME_ZONE), all regions and status types',
    labelNames: ['kpi', 'period'] as const,
    registers: [metricsRegistry],
    async collect() {
      this.reset();
      if (!source) return;
      const { dataSource, timeZone } = source;
      const month = bucketOf(new Date(), 'month', timeZone);
      const scope = {
        period: 'month' as const,
        from: month.start,
        to: month.end,
        region: null,
        statusType: null,
        timeZone,
      };
      try {
        for (const id of HEADLINE_KPIS) {
          const [figure] = await kpiValues(dataSource, findKpi(id)!, scope);
          if (figure?.value !== null && figure?.value !== undefined)
            this.set({ kpi: id, period: month.label }, figure.value);
        }
      } catch {
        // The scrape still answers the other metrics while the database is away (readiness says
        // so); the gauge is then absent rather than partly filled.
        this.reset();
      }
    },
  });
}

@Injectable()
export class KpiGauges implements OnModuleInit, OnModuleDestroy {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: ProgrammeConfig,
  ) {}

  onModuleInit(): void {
    headlineGauge();
    source = { dataSource: this.dataSource, timeZone: this.config.PROGRAMME_TIME_ZONE };
  }

  onModuleDestroy(): void {
    if (source?.dataSource === this.dataSource) source = undefined;
  }
}
