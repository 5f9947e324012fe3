import { Module } from '@nestjs/common';
import { PilotContactOfficersModule } from '../contact-officers/contact-officers.module';
import { PilotsModule } from '../core/pilots.module';
import { TrainingController } from './training.controller';
import { TrainingService } from './training.service';

/** The pilot's training sessions, registrations, attendance and materials, and each company's training status. */
@Module({
  imports: [PilotContactOfficersModule, PilotsModule],
  controllers: [TrainingController],
  providers: [TrainingService],
  exports: [TrainingService],
})
export class PilotTrainingModule {}
