import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '@aeo/config';
import type { ProgrammeConfig } from '../config';
import { alignBenefitRollupTimeZone } from './facts.repository';

/**
 * At start, before the consumers run (they start at the application's bootstrap): the benefit
 * roll-up's days are made those of PROGRAMME_TIME_ZONE, rebuilt from the declarations when the
 * zone was changed (days of two zones would mix otherwise).
 */
@Injectable()
export class BenefitRollupTimeZone implements OnModuleInit {
  private readonly logger = new Logger(BenefitRollupTimeZone.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: ProgrammeConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    const timeZone = this.config.PROGRAMME_TIME_ZONE;
    const rebuilt = await this.dataSource.transaction((manager) => alignBenefitRollupTimeZone(manager, timeZone));
    if (rebuilt) this.logger.warn(`the benefit roll-up was rebuilt in ${timeZone} (PROGRAMME_TIME_ZONE changed)`);
  }
}
