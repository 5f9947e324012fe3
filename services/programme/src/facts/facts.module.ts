import { Module } from '@nestjs/common';
import { DeadLettersConsumer } from './dead-letters.consumer';
import { KpiFactsConsumer } from './kpi-facts.consumer';

/** The events the KPIs are computed from, and the platform's dead letters: consumed, recorded as facts and folded into processes. */
@Module({ providers: [KpiFactsConsumer, DeadLettersConsumer] })
export class FactsModule {}
