import { Module } from '@nestjs/common';
import { activityWorkerProvider } from '@aeo/temporal';
import { TASK_QUEUES } from '@aeo/workflows';
import { RegisterReplicaConsumer } from '../register-replica/register-replica.consumer';
import { ExportSigningKey } from './export-signing-key';
import { ListExportSchedule } from './list-export-schedule';
import { ListExportsActivities } from './list-exports.activities';
import {
  ListExportKeyWithdrawalController,
  ListExportSigningKeysController,
  ListExportsController,
} from './list-exports.controller';
import { ListExportsService } from './list-exports.service';

/**
 * Our AEO list for MRA partners: the register replica (consumer of application and certification
 * events), signed exports per operational arrangement (`/v1/arrangements/{id}/list-exports`), our
 * public keys (`/v1/list-exports/signing-keys`, and their withdrawal), and the daily schedule whose activity runs on
 * `TASK_QUEUES.mraListExports`.
 */
@Module({
  controllers: [ListExportsController, ListExportSigningKeysController, ListExportKeyWithdrawalController],
  providers: [
    RegisterReplicaConsumer,
    ExportSigningKey,
    ListExportsService,
    ListExportsActivities,
    ListExportSchedule,
    activityWorkerProvider(TASK_QUEUES.mraListExports, ListExportsActivities, (activities: ListExportsActivities) =>
      activities.asActivities(),
    ),
  ],
})
export class ListExportsModule {}
