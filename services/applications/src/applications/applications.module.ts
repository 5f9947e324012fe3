import { Module } from '@nestjs/common';
import { ProgrammeModule } from '../programme/programme.module';
import { ApplicationsController } from './applications.controller';
import { ApplicationsService } from './applications.service';

/** Applications from draft to submission and acceptance; other features read them through ApplicationsService. */
@Module({
  imports: [ProgrammeModule],
  controllers: [ApplicationsController],
  providers: [ApplicationsService],
  exports: [ApplicationsService],
})
export class ApplicationsModule {}
