import { Module } from '@nestjs/common';
import { ContactOfficersController, PilotCompaniesController } from './contact-officers.controller';
import { ContactOfficersService } from './contact-officers.service';

/** The pilot companies' contact officers with their history (`/v1/pilots/{pilotId}/…contact-officer…`, `/v1/pilot-companies`); training reads which company is whose. */
@Module({
  controllers: [ContactOfficersController, PilotCompaniesController],
  providers: [ContactOfficersService],
  exports: [ContactOfficersService],
})
export class PilotContactOfficersModule {}
