import { Module } from '@nestjs/common';
import { ServiceHealthController } from './service-health.controller';

/** The platform's processes' readiness (`/v1/service-health`). */
@Module({ controllers: [ServiceHealthController] })
export class ServiceHealthModule {}
