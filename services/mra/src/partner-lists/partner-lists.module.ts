import { Module } from '@nestjs/common';
import { PartnerListsController } from './partner-lists.controller';
import { PartnerListsService } from './partner-lists.service';

/** Partners' AEO lists under an arrangement: signing keys, signed imports as versions, the current entries. */
@Module({
  controllers: [PartnerListsController],
  providers: [PartnerListsService],
})
export class PartnerListsModule {}
