import { Module } from '@nestjs/common';
import { RiskProfilesModule } from '../risk-profiles/risk-profiles.module';
import { AlertsService } from './alerts.service';
import { ComplianceConsumer } from './compliance.consumer';

/** Compliance events: recorded in the trader's profile, and a serious infringement by an AEO raises a risk alert. */
@Module({
  imports: [RiskProfilesModule],
  providers: [AlertsService, ComplianceConsumer],
})
export class AlertsModule {}
