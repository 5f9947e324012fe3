import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { ProgrammeModule } from '../programme/programme.module';
import { InformationRequestsController } from './information-requests.controller';
import { InformationRequestsService } from './information-requests.service';

/** Requests for information during acceptance (the acceptance clock stops until the reply). */
@Module({
  imports: [ApplicationsModule, ProgrammeModule],
  controllers: [InformationRequestsController],
  providers: [InformationRequestsService],
})
export class InformationRequestsModule {}
