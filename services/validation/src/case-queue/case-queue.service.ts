import { ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '@aeo/config';
import { AuthenticatedUser, regionFilterOf } from '@aeo/auth';
import type { Page } from '@aeo/service-kit';
import type { ValidationConfig } from '../config';
import type { CaseQueueQuery } from './case-queue.schemas';
import type { CaseQueueItem } from './case-queue.response';
import { readCaseQueue } from './case-queue.repository';
import { seesOnlyOwnCases } from './case-queue';

/** The queue of open validation cases with their report's due date, paged on the server. */
@Injectable()
export class CaseQueueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: Pick<ValidationConfig, 'PROGRAMME_TIME_ZONE'>,
  ) {}

  /**
   * A validator sees the cases assigned to them (403 when asking for another validator's); a
   * regional office its region's (403 for another region), an executive every region's.
   */
  page(user: AuthenticatedUser, query: CaseQueueQuery): Promise<Page<CaseQueueItem>> {
    let validator = query.validator;
    if (seesOnlyOwnCases(user.roles)) {
      if (validator !== undefined && validator !== user.sub)
        throw new ForbiddenException(`Validators see the cases assigned to them (${user.sub}), not ${validator}'s`);
      validator = user.sub;
    }
    return readCaseQueue(this.dataSource, {
      ...query,
      validator,
      region: regionFilterOf(user, query.region),
      timeZone: this.config.PROGRAMME_TIME_ZONE,
    });
  }
}
