import type { ReportFigure } from './report-model';
import { assembleReport, type ReportKpiFigures } from './report-assembler';

/** KPI figures answering each period of the days asked (as the KPI API would), and the days each query asked for. */
function figures() {
  const asked: string[] = [];
  const kpis: ReportKpiFigures = {
    definitions: () => [{ id: 'k', name: { mn: 'k', en: 'k' }, unit: 'count', target: null, direction: 'higher' }],
    nationalValues: async (_kpiId, period, from, to) => {
      asked.push(`${period} ${from} ${to}`);
      const figure = (label: string): ReportFigure => ({ period: label, value: 1, sample: 1, onTarget: null });
      return period === 'month' ? ['2026-10', '2026-11', '2026-12'].map(figure) : [figure('2026-Q4')];
    },
  };
  return { kpis, asked };
}

const sources = (kpis: ReportKpiFigures) => ({
  kpis,
  deviations: { openDeviations: async () => ({ available: true, items: [] }) },
  scorecard: { currentScorecard: async () => ({ available: true, items: [], tfaChecks: [] }) },
});

describe('the quarterly report’s content', () => {
  it('bounds the quarter in the programme’s time zone and asks the KPIs for that zone’s days', async () => {
    const { kpis, asked } = figures();
    const content = await assembleReport(
      sources(kpis),
      '2026-Q4',
      new Date('2027-01-01T02:00:00Z'),
      'Asia/Ulaanbaatar',
    );
    expect(content).toMatchObject({
      quarter: '2026-Q4',
      timeZone: 'Asia/Ulaanbaatar',
      start: '2026-09-30T16:00:00.000Z',
      end: '2026-12-31T16:00:00.000Z',
      months: ['2026-10', '2026-11', '2026-12'],
    });
    expect(asked).toEqual(['month 2026-10-01 2027-01-01', 'quarter 2025-07-01 2027-01-01']);
  });
});
