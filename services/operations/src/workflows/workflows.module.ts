import { Module } from '@nestjs/common';
import { temporalConnectionFewRetriesProviders } from '@aeo/temporal';
import { WorkflowsController } from './workflows.controller';
import { WorkflowsService } from './workflows.service';

/** The platform's workflows from Temporal visibility (`/v1/workflows`). */
@Module({
  controllers: [WorkflowsController],
  providers: [WorkflowsService, ...temporalConnectionFewRetriesProviders()],
})
export class WorkflowsModule {}
