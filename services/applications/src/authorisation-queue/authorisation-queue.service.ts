import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '@aeo/config';
import { AuthenticatedUser, regionFilterOf } from '@aeo/auth';
import type { Page } from '@aeo/service-kit';
import type { ApplicationsConfig } from '../config';
import type { AuthorisationQueueQuery } from './authorisation-queue.schemas';
import type { AuthorisationQueueItem } from './authorisation-queue.response';
import { readAuthorisationQueue } from './authorisation-queue.repository';

/** The register as customs staff work it: each authorisation with its revalidation due date and pending step. */
@Injectable()
export class AuthorisationQueueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: Pick<ApplicationsConfig, 'PROGRAMME_TIME_ZONE'>,
  ) {}

  /** Regional staff see their region (403 for another asked for); executives every region. */
  page(user: AuthenticatedUser, query: AuthorisationQueueQuery): Promise<Page<AuthorisationQueueItem>> {
    return readAuthorisationQueue(this.dataSource, {
      ...query,
      region: regionFilterOf(user, query.region),
      timeZone: this.config.PROGRAMME_TIME_ZONE,
    });
  }
}
