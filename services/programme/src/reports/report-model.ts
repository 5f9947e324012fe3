import type { Language } from '@aeo/contracts';
import type { KpiUnit } from '../kpis/kpi-definitions';

/** A figure of one period: its value (null without data) and whether it met the target. */
export interface ReportFigure {
  period: string;
  value: number | null;
  sample: number;
  onTarget: boolean | null;
}

/** One KPI as the report shows it: the quarter's months, the quarter, and the trend over past quarters. */
export interface ReportKpi {
  id: string;
  name: Readonly<Record<Language, string>>;
  unit: KpiUnit;
  target: number | null;
  direction: 'higher' | 'lower';
  /** The three months of the quarter, oldest first. */
  months: ReportFigure[];
  /** The quarter as a whole. */
  quarter: ReportFigure;
  /** The quarters of the trend chart (the report's quarter last), oldest first. */
  trend: ReportFigure[];
}

/** A deviation case not closed when the report was made (a KPI outside its threshold, being worked on). */
export interface ReportDeviation {
  kpiId: string;
  /** `national` or a region's code. */
  scope: string;
  statusType: string | null;
  period: string;
  /** The deviation workflow's phase: opened, analysis, improvement-plan, implementation, verification, escalated. */
  phase: string;
  /** The value that opened the case, and the threshold's limit it crossed. */
  value: number;
  limit: number;
  openedAt: string;
  owner: string | null;
  /** The earliest due date of its open improvement actions, if any. */
  dueBy: string | null;
}

/** A design principle's standard as the policy unit last assessed it. */
export interface ReportScorecardStandard {
  principle: Readonly<Record<Language, string>>;
  standard: Readonly<Record<Language, string>>;
  assessment: 'met' | 'ongoing' | 'partial' | 'not-assessed';
  assessedAt: string | null;
}

/** One of the WTO TFA Article 7.7 checks the scorecard computes. */
export interface ReportTfaCheck {
  id: string;
  name: Readonly<Record<Language, string>>;
  status: 'met' | 'partial' | 'not-met';
}

/**
 * A section fed by another part of the service: `available` false when that part gave nothing
 * (it is not built or not reachable), so the report says so instead of showing an empty list as
 * "none".
 */
export interface ReportSection<T> {
  available: boolean;
  items: T[];
}

/** Everything a quarterly report shows, language-neutral: the renderers put it into words. */
export interface ReportContent {
  format: 'aeo-programme-report/1';
  quarter: string;
  /**
   * The IANA time zone the quarter, its months and the report's dates are of (PROGRAMME_TIME_ZONE
   * when it was made); absent in reports made before it was recorded, which are UTC.
   */
  timeZone?: string;
  /** First instant of the quarter (inclusive) and of the next one (exclusive), in `timeZone`. */
  start: string;
  end: string;
  /** When the figures were read. */
  generatedAt: string;
  months: string[];
  kpis: ReportKpi[];
  deviations: ReportSection<ReportDeviation>;
  scorecard: ReportSection<ReportScorecardStandard> & { tfaChecks: ReportTfaCheck[] };
}
