import { Module } from '@nestjs/common';
import { BenefitFactsConsumer } from './benefit-facts.consumer';

/** The benefit in numbers: declarations and their channel decisions, per declaration and rolled up per day. */
@Module({ providers: [BenefitFactsConsumer] })
export class BenefitModule {}
