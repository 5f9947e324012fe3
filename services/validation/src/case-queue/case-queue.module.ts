import { Module } from '@nestjs/common';
import { CaseQueueController } from './case-queue.controller';
import { CaseQueueService } from './case-queue.service';

/** The validators' work queue: open cases with their report's due date (issue 19: the console's lists). */
@Module({
  controllers: [CaseQueueController],
  providers: [CaseQueueService],
})
export class CaseQueueModule {}
