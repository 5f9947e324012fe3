import type { ReportContent, ReportDeviation, ReportSection } from './report-model';

/** Where the report reads the open deviation cases (national and regional scopes). */
export interface ReportDeviationSource {
  openDeviations(): Promise<ReportSection<ReportDeviation>>;
}

/** Where the report reads the design-principles scorecard (each standard's latest assessment). */
export interface ReportScorecardSource {
  currentScorecard(): Promise<ReportContent['scorecard']>;
}

export const REPORT_DEVIATION_SOURCE = Symbol('REPORT_DEVIATION_SOURCE');
export const REPORT_SCORECARD_SOURCE = Symbol('REPORT_SCORECARD_SOURCE');
