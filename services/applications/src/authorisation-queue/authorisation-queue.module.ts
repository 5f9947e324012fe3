import { Module } from '@nestjs/common';
import { AuthorisationQueueController } from './authorisation-queue.controller';
import { AuthorisationQueueService } from './authorisation-queue.service';

/** The AEO register paged for customs staff, with each authorisation's pending step (issue 19: the console's lists). */
@Module({
  controllers: [AuthorisationQueueController],
  providers: [AuthorisationQueueService],
})
export class AuthorisationQueueModule {}
