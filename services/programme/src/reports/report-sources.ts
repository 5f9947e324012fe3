import type { ReportDeviation, ReportScorecardStandard, ReportSection } from './report-model';

/** Where the report reads the open deviation cases (national and regional scopes). */
export interface ReportDeviationSource {
  openDeviations(): Promise<ReportSection<ReportDeviation>>;
}

/** Where the report reads the design-principles scorecard (each standard's latest assessment). */
export interface ReportScorecardSource {
  currentScorecard(): Promise<ReportSection<ReportScorecardStandard>>;
}

export const REPORT_DEVIATION_SOURCE = Symbol('REPORT_DEVIATION_SOURCE');
export const REPORT_SCORECARD_SOURCE = Symbol('REPORT_SCORECARD_SOURCE');

const notAvailable = async <T>(): Promise<ReportSection<T>> => ({ available: false, items: [] });

/** Until the deviation cases are kept by this service: the report says the section is not available. */
export const NO_DEVIATIONS: ReportDeviationSource = { openDeviations: notAvailable };
/** Until the scorecard is kept by this service: the report says the section is not available. */
export const NO_SCORECARD: ReportScorecardSource = { currentScorecard: notAvailable };
