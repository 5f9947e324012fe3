import type { KpiUnit } from '../kpis/kpi-definitions';
import type { ReportContent, ReportFigure, ReportKpi } from './report-model';
import { dayOf } from '../kpis/periods';
import { quarterBucket, quarterDays, trendStart } from './report-quarters';
import type { ReportDeviationSource, ReportScorecardSource } from './report-sources';

/** What the report needs of the KPIs: their definitions and national figures per period (the KPI API's). */
export interface ReportKpiFigures {
  definitions(): {
    id: string;
    name: { mn: string; en: string };
    unit: KpiUnit;
    target: number | null;
    direction: 'higher' | 'lower';
  }[];
  nationalValues(kpiId: string, period: 'month' | 'quarter', from: string, to: string): Promise<ReportFigure[]>;
}

/**
 * The content of the quarter's report, national (reports go to executive management): every KPI
 * per month of the quarter, for the quarter and over the trend quarters, as the KPI API computes
 * them; the open deviations and the scorecard from their sources. The quarter and its months are
 * those of `timeZone` (PROGRAMME_TIME_ZONE), as the KPI periods are.
 */
export async function assembleReport(
  sources: { kpis: ReportKpiFigures; deviations: ReportDeviationSource; scorecard: ReportScorecardSource },
  quarter: string,
  now: Date,
  timeZone: string,
): Promise<ReportContent> {
  const bucket = quarterBucket(quarter, timeZone);
  const { from, to } = quarterDays(bucket, timeZone);
  const kpis: ReportKpi[] = [];
  for (const kpi of sources.kpis.definitions()) {
    const months = await sources.kpis.nationalValues(kpi.id, 'month', from, to);
    const trend = await sources.kpis.nationalValues(
      kpi.id,
      'quarter',
      dayOf(trendStart(bucket, timeZone), timeZone),
      to,
    );
    kpis.push({
      id: kpi.id,
      name: { mn: kpi.name.mn, en: kpi.name.en },
      unit: kpi.unit,
      target: kpi.target,
      direction: kpi.direction,
      months,
      quarter: trend[trend.length - 1]!,
      trend,
    });
  }
  const [deviations, scorecard] = await Promise.all([
    sources.deviations.openDeviations(),
    sources.scorecard.currentScorecard(),
  ]);
  return {
    format: 'aeo-programme-report/1',
    quarter: bucket.label,
    timeZone,
    start: bucket.start.toISOString(),
    end: bucket.end.toISOString(),
    generatedAt: now.toISOString(),
    months: kpis[0]?.months.map((month) => month.period) ?? [],
    kpis,
    deviations,
    scorecard,
  };
}
