import { Injectable } from '@nestjs/common';
import { type MraListExportActivities, invalidInput } from '@aeo/workflows';
import { ListExportsService } from './list-exports.service';

/** The daily export workflow's activity (`TASK_QUEUES.mraListExports`). */
@Injectable()
export class ListExportsActivities {
  constructor(private readonly exports: ListExportsService) {}

  asActivities(): MraListExportActivities {
    return {
      exportOperationalArrangements: ({ now }) => {
        const at = new Date(now);
        if (Number.isNaN(at.getTime())) throw invalidInput(`now: ${String(now)} is not an ISO date-time`);
        return this.exports.exportOperational(at);
      },
    };
  }
}
