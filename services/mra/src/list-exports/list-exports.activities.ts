import { Injectable } from '@nestjs/common';
import type { MraListExportActivities } from '@aeo/workflows';
import { ListExportsService } from './list-exports.service';

/** The daily export workflow's activity (`TASK_QUEUES.mraListExports`). */
@Injectable()
export class ListExportsActivities {
  constructor(private readonly exports: ListExportsService) {}

  asActivities(): MraListExportActivities {
    return {
      exportOperationalArrangements: ({ now }) => this.exports.exportOperational(new Date(now)),
    };
  }
}
