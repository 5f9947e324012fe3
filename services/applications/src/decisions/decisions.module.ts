import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { DecisionsController } from './decisions.controller';
import { DecisionsService } from './decisions.service';

/** The executive's decision, the right to be heard and withdrawal, sent to the certification workflow. */
@Module({
  imports: [ApplicationsModule],
  controllers: [DecisionsController],
  providers: [DecisionsService],
})
export class DecisionsModule {}
