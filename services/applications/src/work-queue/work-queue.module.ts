import { Module } from '@nestjs/common';
import { WorkQueueController } from './work-queue.controller';
import { WorkQueueService } from './work-queue.service';

/** The work queue of open applications with their legal deadlines (issue 19: the console's lists). */
@Module({
  controllers: [WorkQueueController],
  providers: [WorkQueueService],
})
export class WorkQueueModule {}
