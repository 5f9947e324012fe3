import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '@aeo/config';
import { AuthenticatedUser, regionFilterOf } from '@aeo/auth';
import type { Page } from '@aeo/service-kit';
import type { ApplicationsConfig } from '../config';
import type { ApplicationQueueQuery } from './work-queue.schemas';
import type { ApplicationQueueItem } from './work-queue.response';
import { readApplicationQueue } from './work-queue.repository';

/** The work queue of open applications: each with its pending step's legal deadline, paged on the server. */
@Injectable()
export class WorkQueueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: Pick<ApplicationsConfig, 'PROGRAMME_TIME_ZONE'>,
  ) {}

  /** Regional staff see their region (403 for another asked for); executives every region. */
  page(user: AuthenticatedUser, query: ApplicationQueueQuery): Promise<Page<ApplicationQueueItem>> {
    return readApplicationQueue(this.dataSource, {
      ...query,
      region: regionFilterOf(user, query.region),
      timeZone: this.config.PROGRAMME_TIME_ZONE,
    });
  }
}
