import { Module } from '@nestjs/common';
import { PlatformModule, ServiceInfrastructureModule } from '@aeo/service-kit';
import { SERVICE_NAME, mraEnvSchema } from './config';
import { MRA_MIGRATIONS } from './migrations';
import { ArrangementEntity } from './arrangements/arrangement.entity';
import { ArrangementsController } from './arrangements/arrangements.controller';
import { ArrangementsService } from './arrangements/arrangements.service';

/**
 * The MRA service owns the mutual recognition arrangements with partner customs administrations
 * and, later, the exchange of AEO data under them.
 */
@Module({
  imports: [
    PlatformModule.forService(SERVICE_NAME, mraEnvSchema),
    ServiceInfrastructureModule.forService(SERVICE_NAME, { entities: [ArrangementEntity], migrations: MRA_MIGRATIONS, temporal: true }),
  ],
  controllers: [ArrangementsController],
  providers: [ArrangementsService],
})
export class AppModule {}
