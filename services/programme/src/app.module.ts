import { Module } from '@nestjs/common';
import { PlatformModule, ServiceInfrastructureModule } from '@aeo/service-kit';
import { SERVICE_NAME, programmeEnvSchema } from './config';
import { PROGRAMME_MIGRATIONS } from './migrations';
import { FactsModule } from './facts/facts.module';
import { KpisModule } from './kpis/kpis.module';

/**
 * The programme service measures the AEO programme from the platform's events (it never reads
 * another service's tables), one module per folder:
 * - `facts/`: its own consumer of the application, certification and validation topics (inbox,
 *   dead letters), folding each event into the fact table and the certification process table.
 * - `kpis/`: the KPI definitions, their values per period and scope, the drill-down to the events
 *   behind a figure, and the Prometheus gauges of the headline KPIs.
 * - `recompute/`: `npm run programme:recompute` rebuilds every KPI from the topics and compares.
 */
@Module({
  imports: [
    PlatformModule.forService(SERVICE_NAME, programmeEnvSchema),
    ServiceInfrastructureModule.forService(SERVICE_NAME, {
      entities: [],
      migrations: PROGRAMME_MIGRATIONS,
      temporal: false,
    }),
    FactsModule,
    KpisModule,
  ],
})
export class AppModule {}
