import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { listCases } from '../deviations/deviations.repository';
import { ScorecardService } from '../scorecard/scorecard.service';
import type { ReportContent, ReportDeviation, ReportSection } from './report-model';
import type { ReportDeviationSource, ReportScorecardSource } from './report-sources';

/** The most open cases a report lists (the newest; a programme with more has bigger problems than the list's length). */
const MAX_DEVIATIONS = 200;

/**
 * The deviation cases not closed when the report is made, national and regional, oldest first,
 * from the service's own deviation store (what `GET /v1/deviations?status=open` lists).
 */
@Injectable()
export class OpenDeviationCases implements ReportDeviationSource {
  private readonly logger = new Logger(OpenDeviationCases.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async openDeviations(): Promise<ReportSection<ReportDeviation>> {
    try {
      const cases = await listCases(this.dataSource, {
        phase: 'open',
        kpiId: null,
        scope: null,
        limit: MAX_DEVIATIONS,
      });
      const items = cases.reverse().map((found) => {
        const due = found.actions
          .filter((action) => action.status === 'open')
          .map((action) => action.dueDate)
          .sort();
        return {
          kpiId: found.kpiId,
          scope: found.scope,
          statusType: found.statusType,
          period: found.period,
          phase: found.phase,
          value: found.value,
          limit: found.threshold.limit,
          openedAt: found.openedAt.toISOString(),
          owner: found.owner,
          dueBy: due[0] === undefined ? null : `${due[0]}T00:00:00.000Z`,
        };
      });
      return { available: true, items };
    } catch (error) {
      // The report is still made; it says the section was not available.
      this.logger.error(`open deviation cases not read for the report: ${(error as Error).message}`);
      return { available: false, items: [] };
    }
  }
}

/** The scorecard as it stands when the report is made: each standard's latest assessment, and the TFA 7.7 checks. */
@Injectable()
export class CurrentScorecard implements ReportScorecardSource {
  private readonly logger = new Logger(CurrentScorecard.name);

  constructor(private readonly scorecard: ScorecardService) {}

  async currentScorecard(): Promise<ReportContent['scorecard']> {
    try {
      const state = await this.scorecard.current();
      return {
        available: true,
        items: state.principles.flatMap((principle) =>
          principle.standards.map((standard) => ({
            principle: { mn: principle.name.mn, en: principle.name.en },
            standard: { mn: standard.name.mn, en: standard.name.en },
            assessment: standard.status ?? 'not-assessed',
            assessedAt: standard.assessment?.assessedAt.toISOString() ?? null,
          })),
        ),
        tfaChecks: state.tfaArticle77.checks.map((check) => ({
          id: check.id,
          name: { mn: check.name.mn, en: check.name.en },
          status: check.status,
        })),
      };
    } catch (error) {
      this.logger.error(`scorecard not read for the report: ${(error as Error).message}`);
      return { available: false, items: [], tfaChecks: [] };
    }
  }
}
