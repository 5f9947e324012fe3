import { Module } from '@nestjs/common';
import { ContactOfficersController } from './contact-officers.controller';
import { ContactOfficersService } from './contact-officers.service';

/** The pilot companies' contact officers with their history (`/v1/pilots/{pilotId}/…contact-officer…`); training reads which company is whose. */
@Module({
  controllers: [ContactOfficersController],
  providers: [ContactOfficersService],
  exports: [ContactOfficersService],
})
export class PilotContactOfficersModule {}
