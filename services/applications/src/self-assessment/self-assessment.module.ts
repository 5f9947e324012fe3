import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { memoryStorage } from 'multer';
import { APP_CONFIG } from '@aeo/config';
import type { ApplicationsConfig } from '../config';
import { ApplicationsModule } from '../applications/applications.module';
import { ProgrammeModule } from '../programme/programme.module';
import { SelfAssessmentController } from './self-assessment.controller';
import { SelfAssessmentService } from './self-assessment.service';

/** A draft's self-assessment answers and evidence documents, and its submission. */
@Module({
  imports: [
    ApplicationsModule,
    ProgrammeModule,
    // Here, not in AppModule: FileInterceptor reads the options of its controller's module. Uploads are held in memory up to
    // twice the document limit; the service answers anything above the limit with a clear 413.
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: ApplicationsConfig) => ({
        storage: memoryStorage(),
        limits: { fileSize: config.DOCUMENT_MAX_BYTES * 2, files: 1, fields: 5 },
      }),
    }),
  ],
  controllers: [SelfAssessmentController],
  providers: [SelfAssessmentService],
  // The next steps read a draft's completeness.
  exports: [SelfAssessmentService],
})
export class SelfAssessmentModule {}
