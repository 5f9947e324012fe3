import type { ReportContent, ReportFigure, ReportKpi } from './report-model';

/**
 * A demo-like quarter (2026-Q3) for the render tests and `render-sample.ts`: the certification
 * KPIs with plausible national figures (some off target, one quarter without data), two open
 * deviation cases and part of the scorecard.
 */
type SampleKpi = Omit<ReportKpi, 'months' | 'quarter' | 'trend'> & { months: number[]; trend: (number | null)[] };

const MONTHS = ['2026-07', '2026-08', '2026-09'];
const QUARTERS = ['2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3'];

const SAMPLE_KPIS: SampleKpi[] = [
  {
    id: 'certification-time-median',
    name: { en: 'Time to certify (median)', mn: 'Гэрчилгээжүүлэх хугацаа (медиан)' },
    unit: 'days',
    target: 90,
    direction: 'lower',
    months: [84.5, 97.25, 88],
    trend: [121, 109.5, 102, 95, 91.5, 88.75],
  },
  {
    id: 'certification-time-p90',
    name: { en: 'Time to certify (90th percentile)', mn: 'Гэрчилгээжүүлэх хугацаа (90 дэх хувь)' },
    unit: 'days',
    target: 150,
    direction: 'lower',
    months: [139, 162.5, 144],
    trend: [188, 171, 166, 158, 149, 146.5],
  },
  {
    id: 'stage-acceptance-days',
    name: { en: 'Time to accept (median)', mn: 'Өргөдөл хүлээн авах хугацаа (медиан)' },
    unit: 'days',
    target: 30,
    direction: 'lower',
    months: [21, 24.5, 19],
    trend: [33, 29, 27.5, 26, 23, 21.5],
  },
  {
    id: 'stage-validation-days',
    name: { en: 'Time to validate (median)', mn: 'Баталгаажуулалтын хугацаа (медиан)' },
    unit: 'days',
    target: 60,
    direction: 'lower',
    months: [55, 64, 58.5],
    trend: [71, 68, 66.5, 63, 61, 58.5],
  },
  {
    id: 'stage-decision-days',
    name: { en: 'Time to decide after the report (median)', mn: 'Тайлангаас шийдвэр хүртэлх хугацаа (медиан)' },
    unit: 'days',
    target: 20,
    direction: 'lower',
    months: [12, 15.5, 11],
    trend: [26, 22, 19, 17.5, 14, 12.5],
  },
  {
    id: 'decided-within-time-limit',
    name: { en: 'Decided within the legal time limit', mn: 'Хуулийн хугацаанд шийдвэрлэсэн' },
    unit: 'share',
    target: 0.95,
    direction: 'higher',
    months: [0.9375, 0.8889, 1],
    trend: [0.82, 0.86, 0.9, 0.93, 0.95, 0.9412],
  },
  {
    id: 'extensions-used',
    name: { en: 'Decisions with an extended period', mn: 'Хугацаа сунгаж шийдвэрлэсэн' },
    unit: 'share',
    target: 0.1,
    direction: 'lower',
    months: [0.0625, 0.1111, 0],
    trend: [0.18, 0.15, 0.12, 0.1, 0.08, 0.0588],
  },
  {
    id: 'acceptance-rate',
    name: { en: 'Acceptance rate', mn: 'Хүлээн авсан өргөдлийн хувь' },
    unit: 'share',
    target: 0.8,
    direction: 'higher',
    months: [0.8333, 0.75, 0.9],
    trend: [0.7, 0.74, 0.78, 0.8, 0.82, 0.8235],
  },
  {
    id: 'refusal-rate',
    name: { en: 'Refusal rate', mn: 'Татгалзсан шийдвэрийн хувь' },
    unit: 'share',
    target: 0.2,
    direction: 'lower',
    months: [0.125, 0.2222, 0.1],
    trend: [0.25, 0.22, 0.2, 0.18, 0.15, 0.1471],
  },
  {
    id: 'withdrawal-rate',
    name: { en: 'Withdrawal rate', mn: 'Буцаан авсан өргөдлийн хувь' },
    unit: 'share',
    target: 0.1,
    direction: 'lower',
    months: [0.05, 0.0833, 0],
    trend: [null, 0.12, 0.09, 0.07, 0.06, 0.0476],
  },
  {
    id: 'hearings-held',
    name: { en: 'Hearings held', mn: 'Сонсгол хийсэн' },
    unit: 'count',
    target: null,
    direction: 'lower',
    months: [2, 3, 1],
    trend: [9, 7, 8, 5, 4, 6],
  },
];

const meets = (kpi: SampleKpi, value: number | null) =>
  value === null || kpi.target === null ? null : kpi.direction === 'higher' ? value >= kpi.target : value <= kpi.target;
const sampleFigure = (kpi: SampleKpi, period: string, value: number | null): ReportFigure => ({
  period,
  value,
  sample: value === null ? 0 : 17,
  onTarget: meets(kpi, value),
});

export const SAMPLE_REPORT: ReportContent = {
  format: 'aeo-programme-report/1',
  quarter: '2026-Q3',
  start: '2026-07-01T00:00:00.000Z',
  end: '2026-10-01T00:00:00.000Z',
  generatedAt: '2026-10-01T01:00:00.000Z',
  months: MONTHS,
  kpis: SAMPLE_KPIS.map((kpi) => {
    const trend = kpi.trend.map((value, i) => sampleFigure(kpi, QUARTERS[i]!, value));
    return {
      ...kpi,
      months: kpi.months.map((value, i) => sampleFigure(kpi, MONTHS[i]!, value)),
      quarter: trend[trend.length - 1]!,
      trend,
    };
  }),
  deviations: {
    available: true,
    items: [
      {
        kpiId: 'decided-within-time-limit',
        scope: 'national',
        statusType: null,
        period: '2026-08',
        phase: 'improvement-plan',
        value: 0.8889,
        limit: 0.9,
        openedAt: '2026-09-02T03:00:00.000Z',
        owner: 'policy-unit: B. Bat-Erdene',
        dueBy: '2026-11-15T00:00:00.000Z',
      },
      {
        kpiId: 'stage-validation-days',
        scope: 'ZAMYN-UUD',
        statusType: 'AEOC',
        period: '2026-08',
        phase: 'analysis',
        value: 64,
        limit: 60,
        openedAt: '2026-09-04T02:30:00.000Z',
        owner: null,
        dueBy: null,
      },
    ],
  },
  scorecard: {
    available: true,
    items: [
      {
        principle: { en: 'Mandate from the top', mn: 'Дээд удирдлагын бүрэн эрх, дэмжлэг' },
        standard: { en: 'Senior-level support and buy-in', mn: 'Дээд удирдлагын дэмжлэг, оролцоо' },
        assessment: 'met',
        assessedAt: '2026-09-10T00:00:00.000Z',
      },
      {
        principle: { en: 'Customs-PGA partnership', mn: 'Гааль, бусад төрийн байгууллагын түншлэл' },
        standard: { en: 'Single window', mn: 'Нэг цонх' },
        assessment: 'partial',
        assessedAt: '2026-09-12T00:00:00.000Z',
      },
      {
        principle: { en: 'Compliance with international standards', mn: 'Олон улсын стандартад нийцэх' },
        standard: { en: 'WCO SAFE Framework', mn: 'ДГБ-ын SAFE стандартын тогтолцоо' },
        assessment: 'not-assessed',
        assessedAt: null,
      },
    ],
    tfaChecks: [
      { id: 'criteria-published', name: { en: 'Criteria published', mn: 'Шалгуурыг нийтэлсэн' }, status: 'met' },
      {
        id: 'benefits-measured',
        name: { en: 'At least three benefits granted and measured', mn: 'Дор хаяж гурван хөнгөлөлт олгож, хэмжсэн' },
        status: 'partial',
      },
      { id: 'mra-offered', name: { en: 'MRA offered', mn: 'ХХЗХ санал болгосон' }, status: 'not-met' },
    ],
  },
};
