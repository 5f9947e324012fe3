import type { Language } from '@aeo/contracts';
import { IntlMessageFormat } from 'intl-messageformat';
import en from './messages/en.json';
import mn from './messages/mn.json';
import { dayOf, DEFAULT_TIME_ZONE } from '../kpis/periods';
import { trendChartSvg } from '../report-kit/trend-chart';
import type { ReportContent, ReportFigure, ReportKpi, ReportSection } from './report-model';
import { TREND_QUARTERS } from './report-quarters';

/**
 * The report's words as ICU message catalogues (messages/<language>.json, the same keys in each,
 * as the notification templates keep theirs); English is the reference.
 */
type MessageKey = keyof typeof en;
export const REPORT_CATALOGUES: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = { en, mn };
export const REPORT_LOCALES: Readonly<Record<Language, string>> = { en: 'en-GB', mn: 'mn-MN' };

type Values = Record<string, string | number | boolean | Date>;

/** A figure as a table shows it: its text and its mark (✓ on target, ✗ off target, none without target or data). */
export interface ViewFigure {
  text: string;
  mark: '' | '✓' | '✗';
  onTarget: boolean | null;
}

/** Everything the renderers print, in one language: HTML and PDF show the same words and charts. */
export interface ReportView {
  language: Language;
  title: string;
  audience: string;
  period: string;
  provisional: string | null;
  summary: { title: string; lines: string[] };
  kpis: {
    title: string;
    intro: string;
    columns: string[];
    rows: { name: string; target: string; months: ViewFigure[]; quarter: ViewFigure }[];
  };
  trends: { title: string; intro: string; charts: { name: string; target: string; svg: string }[] };
  deviations: { title: string; intro: string; note: string | null; columns: string[]; rows: string[][] };
  scorecard: {
    title: string;
    note: string | null;
    columns: string[];
    rows: string[][];
    tfa: { title: string; columns: string[]; rows: string[][] } | null;
  };
  footer: (page: number, pages: number) => string;
}

/**
 * Formats the catalogue's messages in one language, its dates in the report's time zone (the
 * quarter's and the KPI periods').
 */
export class ReportMessages {
  private readonly cache = new Map<string, IntlMessageFormat>();

  constructor(
    readonly language: Language,
    readonly timeZone: string,
  ) {}

  format(key: MessageKey, values: Values = {}): string {
    let message = this.cache.get(key);
    if (!message) {
      message = new IntlMessageFormat(REPORT_CATALOGUES[this.language][key], REPORT_LOCALES[this.language], {
        date: { long: { year: 'numeric', month: 'long', day: 'numeric', timeZone: this.timeZone } },
      });
      this.cache.set(key, message);
    }
    return String(message.format(values));
  }

  /** A KPI value in its unit ("12.5 days", "85.3%", "4"). */
  value(kpi: Pick<ReportKpi, 'unit'>, value: number | null): string {
    return value === null ? this.format('value.none') : this.format(`unit.${kpi.unit}`, { value });
  }

  /** A value without its unit's word, for the charts' point labels ("12.5", "85.3%"). */
  short(kpi: Pick<ReportKpi, 'unit'>, value: number): string {
    return new Intl.NumberFormat(REPORT_LOCALES[this.language], {
      style: kpi.unit === 'share' ? 'percent' : 'decimal',
      maximumFractionDigits: 1,
    }).format(value);
  }

  figure(kpi: ReportKpi, figure: ReportFigure): ViewFigure {
    const mark = figure.onTarget === null ? '' : figure.onTarget ? '✓' : '✗';
    return { text: this.value(kpi, figure.value), mark, onTarget: figure.onTarget };
  }

  target(kpi: ReportKpi): string {
    if (kpi.target === null) return this.format('target.none');
    return this.format(`target.${kpi.direction}`, { target: this.value(kpi, kpi.target) });
  }

  /** The words for a coded value (`phase.analysis`); a code without them prints as it is. */
  label(table: 'phase', code: string): string {
    const key = `${table}.${code}`;
    return key in REPORT_CATALOGUES[this.language] ? this.format(key as MessageKey) : code;
  }

  /** What a section says instead of its table: that its source gave nothing, or that it is empty. */
  note(section: ReportSection<unknown>, name: 'deviations' | 'scorecard'): string | null {
    if (!section.available) return this.format(`${name}.unavailable`);
    return section.items.length === 0 ? this.format(`${name}.none`) : null;
  }

  month(period: string): string {
    return new Intl.DateTimeFormat(REPORT_LOCALES[this.language], {
      month: 'long',
      timeZone: 'UTC',
    }).format(new Date(`${period}-01T00:00:00Z`));
  }

  /** An instant's day in a table: YYYY-MM-DD in the report's time zone, short in both languages, as the periods are written. */
  date(instant: string | null): string {
    return instant === null ? this.format('value.none') : dayOf(new Date(instant), this.timeZone);
  }

  /** A calendar day (a due date, kept as its UTC midnight) in a table: YYYY-MM-DD as it was set. */
  day(midnight: string | null): string {
    return midnight === null ? this.format('value.none') : midnight.slice(0, 10);
  }
}

/** The report's content put into words (and charts) in one language. */
export function reportView(content: ReportContent, language: Language): ReportView {
  const timeZone = content.timeZone ?? DEFAULT_TIME_ZONE;
  const m = new ReportMessages(language, timeZone);
  const generatedAt = new Date(content.generatedAt);
  const end = new Date(content.end);
  const withTarget = content.kpis.filter((kpi) => kpi.quarter.onTarget !== null);
  return {
    language,
    title: m.format('report.title', { quarter: content.quarter }),
    audience: m.format('report.audience'),
    period: m.format('report.period', {
      start: new Date(content.start),
      last: new Date(end.getTime() - 1),
      generatedAt,
      timeZone,
    }),
    provisional: end > generatedAt ? m.format('report.provisional') : null,
    summary: {
      title: m.format('section.summary'),
      lines: [
        m.format('summary.kpis', {
          onTarget: withTarget.filter((kpi) => kpi.quarter.onTarget).length,
          withTarget: withTarget.length,
          noData: content.kpis.filter((kpi) => kpi.quarter.value === null).length,
        }),
        m.format('summary.deviations', {
          available: content.deviations.available,
          count: content.deviations.items.length,
        }),
      ],
    },
    kpis: {
      title: m.format('section.kpis'),
      intro: m.format('kpis.intro'),
      columns: [
        m.format('column.indicator'),
        m.format('column.target'),
        ...content.months.map((month) => m.month(month)),
        `${m.format('column.quarter')} ${content.quarter}`,
      ],
      rows: content.kpis.map((kpi) => ({
        name: kpi.name[language],
        target: m.target(kpi),
        months: kpi.months.map((month) => m.figure(kpi, month)),
        quarter: m.figure(kpi, kpi.quarter),
      })),
    },
    trends: {
      title: m.format('section.trends'),
      intro: m.format('trends.intro', { count: TREND_QUARTERS }),
      charts: content.kpis.map((kpi) => ({
        name: kpi.name[language],
        target: m.target(kpi),
        svg: trendChartSvg(kpi, (value) => m.short(kpi, value)),
      })),
    },
    deviations: {
      title: m.format('section.deviations'),
      intro: m.format('deviations.intro'),
      note: m.note(content.deviations, 'deviations'),
      columns: ['indicator', 'scope', 'period', 'value', 'stage', 'opened', 'owner', 'due'].map((column) =>
        m.format(`column.${column}` as MessageKey),
      ),
      rows: content.deviations.items.map((deviation) => {
        const kpi = content.kpis.find((candidate) => candidate.id === deviation.kpiId);
        const figure = (value: number) => (kpi ? m.value(kpi, value) : String(value));
        return [
          kpi?.name[language] ?? deviation.kpiId,
          [deviation.scope === 'national' ? m.format('scope.national') : deviation.scope, deviation.statusType]
            .filter(Boolean)
            .join(' · '),
          deviation.period,
          m.format('value.threshold', { value: figure(deviation.value), limit: figure(deviation.limit) }),
          m.label('phase', deviation.phase),
          m.date(deviation.openedAt),
          deviation.owner ?? m.format('value.none'),
          m.day(deviation.dueBy),
        ];
      }),
    },
    scorecard: {
      title: m.format('section.scorecard'),
      note: m.note(content.scorecard, 'scorecard'),
      columns: ['principle', 'standard', 'assessment', 'assessed'].map((column) =>
        m.format(`column.${column}` as MessageKey),
      ),
      rows: content.scorecard.items.map((standard) => [
        standard.principle[language],
        standard.standard[language],
        m.format(`assessment.${standard.assessment}`),
        m.date(standard.assessedAt),
      ]),
      tfa:
        content.scorecard.tfaChecks.length === 0
          ? null
          : {
              title: m.format('section.tfa'),
              columns: [m.format('column.check'), m.format('column.status')],
              rows: content.scorecard.tfaChecks.map((check) => [check.name[language], m.format(`tfa.${check.status}`)]),
            },
    },
    footer: (page, pages) => m.format('report.footer', { quarter: content.quarter, page, pages }),
  };
}
