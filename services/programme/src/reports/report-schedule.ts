import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '@aeo/config';
import type { ProgrammeConfig } from '../config';
import { previousQuarter } from './report-quarters';
import { ReportsService } from './reports.service';

const MINUTE_MS = 60_000;

/**
 * The quarterly report, without a person asking: at start and then every
 * `PROGRAMME_REPORT_CHECK_MINUTES`, each instance makes the report on the quarter that ended last
 * unless it exists. The "already generated for quarter X" guard is the database's (one scheduled
 * report per quarter, a unique index), so restarts, several instances and a service that was down
 * at the turn of the quarter all end with exactly one report per quarter.
 */
@Injectable()
export class ReportSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReportSchedule.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly reports: ReportsService,
    @Inject(APP_CONFIG) private readonly config: ProgrammeConfig,
  ) {}

  onApplicationBootstrap(): void {
    const minutes = this.config.PROGRAMME_REPORT_CHECK_MINUTES;
    if (minutes === 0) return this.logger.log('quarterly report schedule disabled (PROGRAMME_REPORT_CHECK_MINUTES=0)');
    this.timer = setInterval(() => this.tick(), minutes * MINUTE_MS);
    this.timer.unref();
    this.tick();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One check (a check still running is not doubled). */
  tick(now = new Date()): void {
    this.running ??= this.check(now).finally(() => (this.running = undefined));
  }

  /** The report on the quarter before `now`, unless it exists; a failure is retried at the next check. */
  async check(now = new Date()): Promise<void> {
    const quarter = previousQuarter(now);
    try {
      const report = await this.reports.issueScheduled(quarter, now);
      if (report) this.logger.log(`quarterly report for ${quarter} issued: ${report.id}`);
    } catch (error) {
      this.logger.error(
        `quarterly report for ${quarter} failed (retried at the next check): ${(error as Error).message}`,
      );
    }
  }
}
