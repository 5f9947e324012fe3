import { Module } from '@nestjs/common';
import { PlatformModule, ServiceInfrastructureModule } from '@aeo/service-kit';
import { SERVICE_NAME, mraEnvSchema } from './config';
import { MRA_MIGRATIONS } from './migrations';
import { ArrangementsModule } from './arrangements/arrangements.module';
import { PartnerListsModule } from './partner-lists/partner-lists.module';
import { ForeignIdsModule } from './foreign-ids/foreign-ids.module';
import { ListExportsModule } from './list-exports/list-exports.module';

/**
 * The MRA service owns the mutual recognition arrangements with partner customs administrations
 * and, later, the exchange of AEO data under them, one module per folder:
 * - `arrangements/`: the arrangements, read by MRA officers, executives and each partner administration (its own).
 * - `partner-lists/`: partners' signed AEO lists imported as versions, and the current entries.
 * - `list-exports/` (+ `register-replica/`): our signed AEO list for the partners, daily and on demand.
 * - `foreign-ids/`: declared foreign AEO identifiers matched (review queue, match rate) and the recognition look-up.
 */
@Module({
  imports: [
    PlatformModule.forService(SERVICE_NAME, mraEnvSchema),
    ServiceInfrastructureModule.forService(SERVICE_NAME, { entities: [], migrations: MRA_MIGRATIONS, temporal: true }),
    ArrangementsModule,
    PartnerListsModule,
    ForeignIdsModule,
    ListExportsModule,
  ],
})
export class AppModule {}
