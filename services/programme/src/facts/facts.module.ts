import { Module } from '@nestjs/common';
import { BenefitRollupTimeZone } from './benefit-rollup-time-zone';
import { DeadLettersConsumer } from './dead-letters.consumer';
import { KpiFactsConsumer } from './kpi-facts.consumer';

/**
 * The events the KPIs are computed from, and the platform's dead letters: consumed, recorded as
 * facts and folded into processes; and the benefit roll-up kept in the programme's time zone.
 */
@Module({ providers: [KpiFactsConsumer, DeadLettersConsumer, BenefitRollupTimeZone] })
export class FactsModule {}
