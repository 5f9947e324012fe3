import { Module } from '@nestjs/common';
import { KpiGauges } from './kpi-gauges';
import { KpisController } from './kpis.controller';
import { KpisService } from './kpis.service';

/** The KPIs: definitions, figures, drill-down (`/v1/kpis`) and the headline gauges. */
@Module({ controllers: [KpisController], providers: [KpisService, KpiGauges], exports: [KpisService] })
export class KpisModule {}
