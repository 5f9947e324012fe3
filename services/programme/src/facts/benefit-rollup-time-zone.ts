import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '@aeo/config';
import { transactionWithoutLimits } from '@aeo/persistence';
import type { ProgrammeConfig } from '../config';
import {
  alignBenefitRollupTimeZone,
  benefitRollupSize,
  benefitRollupZone,
  isPostgresTimeZone,
  setBenefitRollupLockTimeout,
} from './facts.repository';

/**
 * How long the start first waits for the roll-up's locks: past it, it says that it waits (another
 * instance rebuilding the roll-up, or a fold's batch) and waits for as long as it takes.
 */
const LOCK_WAIT_BEFORE_SAYING = '2s';

/** SQLSTATE 55P03 (lock_not_available): a lock not had within `lock_timeout`. */
const isLockTimeout = (error: unknown) => (error as { code?: unknown } | null)?.code === '55P03';

/**
 * At start, before the consumers run (they start at the application's bootstrap): PROGRAMME_TIME_ZONE
 * checked against PostgreSQL's time zones (the start fails when it does not know it); the benefit
 * roll-up's days are made those of PROGRAMME_TIME_ZONE, rebuilt from the declarations when the
 * zone was changed (days of two zones would mix otherwise). The rebuild reads every declaration
 * (minutes at a few years of a million a year), so it runs on a connection without the pool's
 * statement and query timeouts (as the migrations do); a second instance starting meanwhile
 * waits for it, then finds the roll-up of its zone.
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
    // Node's time zone data checked the name at boot, but PostgreSQL applies it (date_trunc in the zone).
    if (!(await isPostgresTimeZone(this.dataSource, timeZone)))
      throw new Error(
        `PROGRAMME_TIME_ZONE ${timeZone} is not a time zone PostgreSQL knows (not in pg_timezone_names): name one it lists, spelt as it lists it (e.g. Asia/Ulaanbaatar), or update the database server's time zone data`,
      );
    const recorded = await benefitRollupZone(this.dataSource);
    if (recorded !== timeZone)
      this.logger.warn(
        `rebuilding the benefit roll-up in ${timeZone} (PROGRAMME_TIME_ZONE; its days are of ${recorded}) from every declaration`,
      );
    const started = performance.now();
    const rebuilt = await this.align(timeZone, LOCK_WAIT_BEFORE_SAYING).catch((error: unknown) => {
      if (!isLockTimeout(error)) throw error;
      this.logger.warn(
        `waiting for the benefit roll-up's locks (another instance rebuilding it, or a fold's batch) to align it with PROGRAMME_TIME_ZONE ${timeZone}`,
      );
      return this.align(timeZone, '0');
    });
    if (rebuilt)
      this.logger.warn(
        `the benefit roll-up was rebuilt in ${timeZone} (PROGRAMME_TIME_ZONE changed) in ${Math.round(performance.now() - started)} ms: ${rebuilt.rows} rows counting ${rebuilt.declarations} declarations`,
      );
    else if (recorded !== timeZone) this.logger.warn(`the benefit roll-up was already rebuilt in ${timeZone}`);
  }

  /** The roll-up aligned with `timeZone`, waiting at most `lockTimeout` for its locks: its size when rebuilt. */
  private align(timeZone: string, lockTimeout: string) {
    return transactionWithoutLimits(this.dataSource, async (manager) => {
      await setBenefitRollupLockTimeout(manager, lockTimeout);
      return (await alignBenefitRollupTimeZone(manager, timeZone)) ? benefitRollupSize(manager) : undefined;
    });
  }
}
