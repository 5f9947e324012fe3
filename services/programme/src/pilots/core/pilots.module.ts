import { Module } from '@nestjs/common';

/**
 * The pilot itself (`/v1/pilots`): its time frame, objectives, workstreams and milestones, and the
 * activities of its workflow `pilot-<id>` on `TASK_QUEUES.programme`.
 */
@Module({})
export class PilotsModule {}
