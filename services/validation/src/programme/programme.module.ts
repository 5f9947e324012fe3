import { Module } from '@nestjs/common';
import { ProgrammeProjection } from './programme.projection';

/** The copy of the programme versions published by the applications service (the checklists' criteria). */
@Module({
  providers: [ProgrammeProjection],
  exports: [ProgrammeProjection],
})
export class ProgrammeModule {}
