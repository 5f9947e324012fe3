import { Module } from '@nestjs/common';
import { KpiFactsConsumer } from './kpi-facts.consumer';

/** The events the KPIs are computed from: consumed, recorded as facts and folded into processes. */
@Module({ providers: [KpiFactsConsumer] })
export class FactsModule {}
