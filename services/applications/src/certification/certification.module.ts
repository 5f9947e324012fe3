import { Module } from '@nestjs/common';
import { ProgrammeModule } from '../programme/programme.module';
import { CertificationActivities } from './certification.activities';
import { CertificationStarter } from './certification-starter';

/** Starts each application's certification workflow from its event, and the activities that record its steps. */
@Module({
  imports: [ProgrammeModule],
  providers: [CertificationActivities, CertificationStarter],
  exports: [CertificationActivities],
})
export class CertificationModule {}
