import type { Language } from '@aeo/contracts';
import { IntlMessageFormat } from 'intl-messageformat';
import { dayOf, dayStart, DEFAULT_TIME_ZONE } from '../../kpis/periods';
import { REPORT_LOCALES } from '../../reports/report-view';
import { type TrendChartKpi, trendChartSvg } from '../../report-kit/trend-chart';
import en from './messages/en.json';
import mn from './messages/mn.json';
import type { FinalReportContent, FinalReportKpi } from './final-report-model';

/** The final report's words as ICU message catalogues (messages/<language>.json, the same keys; English the reference). */
type MessageKey = keyof typeof en;
export const FINAL_REPORT_CATALOGUES: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = { en, mn };

type Values = Record<string, string | number | boolean | Date>;

export interface ViewTable {
  title?: string;
  columns: string[];
  rows: string[][];
}

/** One section as both renderers print it: paragraphs, tables, charts, or a note instead of them. */
export interface ViewSection {
  id: string;
  title: string;
  intro: string | null;
  lines: string[];
  note: string | null;
  tables: ViewTable[];
  charts: { name: string; target: string; svg: string }[];
}

export interface FinalReportView {
  language: Language;
  title: string;
  audience: string;
  period: string;
  sections: ViewSection[];
  footer: (page: number, pages: number) => string;
}

/** The catalogue's messages in one language, its dates in the report's time zone (the KPI periods'). */
class Messages {
  private readonly cache = new Map<string, IntlMessageFormat>();

  constructor(
    readonly language: Language,
    readonly timeZone: string,
  ) {}

  format(key: MessageKey, values: Values = {}): string {
    let message = this.cache.get(key);
    if (!message) {
      message = new IntlMessageFormat(FINAL_REPORT_CATALOGUES[this.language][key], REPORT_LOCALES[this.language], {
        date: { long: { year: 'numeric', month: 'long', day: 'numeric', timeZone: this.timeZone } },
      });
      this.cache.set(key, message);
    }
    return String(message.format(values));
  }

  /** The words for a coded value (`stage.declined`); a code without them prints as it is. */
  label(table: 'stage' | 'status' | 'workstream' | 'phase' | 'audience', code: string): string {
    const key = `${table}.${code}`;
    return key in FINAL_REPORT_CATALOGUES[this.language] ? this.format(key as MessageKey) : code;
  }

  value(unit: FinalReportKpi['unit'] | undefined, value: number | null): string {
    if (value === null) return this.format('value.none');
    return unit ? this.format(`unit.${unit}`, { value }) : String(value);
  }

  /** An instant's day (YYYY-MM-DD) in the report's time zone. */
  date(instant: string | null): string {
    return instant === null ? this.format('value.none') : dayOf(new Date(instant), this.timeZone);
  }

  /** A calendar day (`2027-03-01`, a pilot's) as the instant a message's long date writes as that day. */
  day(day: string): Date {
    return dayStart(day, this.timeZone);
  }

  columns(...keys: string[]): string[] {
    return keys.map((key) => this.format(`column.${key}` as MessageKey));
  }
}

const section = (id: string, title: string, parts: Partial<Omit<ViewSection, 'id' | 'title'>>): ViewSection => ({
  id,
  title,
  intro: null,
  lines: [],
  note: null,
  tables: [],
  charts: [],
  ...parts,
});

/** The chart of an objective's KPI: its monthly figures with the objective's target as the target line. */
function chartKpi(kpi: FinalReportKpi, target: number | null): TrendChartKpi {
  return {
    unit: kpi.unit,
    target,
    // Months as MM/YY under the chart: seven or more full labels would run into each other.
    trend: kpi.trend.map((figure) => ({
      ...figure,
      period: `${figure.period.slice(5, 7)}/${figure.period.slice(2, 4)}`,
    })),
  };
}

/** The final report's content put into words (and charts) in one language. */
export function finalReportView(content: FinalReportContent, language: Language): FinalReportView {
  const m = new Messages(language, content.timeZone ?? DEFAULT_TIME_ZONE);
  const { pilot } = content;
  const kpiOf = (id: string) => content.kpis.find((kpi) => kpi.id === id);
  const kpiName = (id: string) => kpiOf(id)?.name?.[language] ?? id;
  const targetOf = (kpiId: string, target: number) => {
    const kpi = kpiOf(kpiId);
    return m.format(kpi?.direction === 'lower' ? 'target.lower' : 'target.higher', {
      target: m.value(kpi?.unit, target),
    });
  };
  const yesNo = (flag: boolean | null) => (flag === null ? m.format('value.none') : m.format(flag ? 'yes' : 'no'));
  const stages = (stage: string) => content.participants.filter((p) => p.stage === stage).length;
  const milestones = content.milestones;

  const objectives = section('objectives', m.format('section.objectives'), {
    intro: m.format('objectives.intro'),
    ...(content.objectives.length === 0
      ? { note: m.format('objectives.none') }
      : {
          tables: [
            {
              columns: m.columns('objective', 'indicator', 'target', 'now', 'met'),
              rows: content.objectives.map((objective) => [
                objective.text,
                kpiName(objective.kpiId),
                targetOf(objective.kpiId, objective.target),
                m.value(kpiOf(objective.kpiId)?.unit, objective.now),
                yesNo(objective.onTarget),
              ]),
            },
          ],
        }),
  });

  const participants = section('participants', m.format('section.participants'), {
    ...(content.participants.length === 0
      ? { note: m.format('participants.none') }
      : {
          lines: [
            m.format('participants.summary', {
              chosen: content.participants.length,
              accepted: stages('accepted'),
              declined: stages('declined'),
              expired: stages('expired'),
              replaced: stages('replaced'),
            }),
          ],
          tables: [
            {
              columns: m.columns('company', 'region', 'stage', 'chosenReason', 'answered', 'notes'),
              rows: content.participants.map((p) => [
                p.taxpayerId,
                p.region,
                m.label('stage', p.stage),
                p.chosenReason,
                m.date(p.answeredAt),
                [
                  p.reason,
                  p.replacing && m.format('replacing', { taxpayerId: p.replacing }),
                  p.replacedBy && m.format('replacedBy', { taxpayerId: p.replacedBy }),
                ]
                  .filter(Boolean)
                  .join('; ') || m.format('value.none'),
              ]),
            },
          ],
        }),
  });

  const timeline = section('timeline', m.format('section.timeline'), {
    lines: [
      m.format('timeline.summary', {
        planned: m.day(pilot.plannedEndsOn),
        end: m.day(pilot.endsOn),
        done: milestones.filter((x) => x.status === 'done').length,
        total: milestones.length,
        late: milestones.filter((x) => x.lateAt !== null).length,
        escalated: milestones.filter((x) => x.escalatedAt !== null).length,
      }),
      ...(milestones.length === 0 ? [m.format('timeline.noMilestones')] : []),
      ...(content.extensions.length === 0 ? [m.format('timeline.noExtensions')] : []),
    ],
    tables: [
      ...(milestones.length === 0
        ? []
        : [
            {
              columns: m.columns('milestone', 'workstream', 'due', 'done', 'status'),
              rows: milestones.map((x) => [
                x.title,
                m.label('workstream', x.workstream),
                x.dueOn,
                m.date(x.doneAt),
                [
                  m.label('status', x.status),
                  x.lateAt && m.format('lateOn', { date: m.date(x.lateAt) }),
                  x.escalatedAt && m.format('escalatedOn', { date: m.date(x.escalatedAt) }),
                ]
                  .filter(Boolean)
                  .join('; '),
              ]),
            },
          ]),
      ...(content.extensions.length === 0
        ? []
        : [
            {
              title: m.format('timeline.extensions'),
              columns: m.columns('sequence', 'from', 'to', 'reason', 'decidedBy'),
              rows: content.extensions.map((x) => [
                String(x.sequence),
                x.previousEndsOn,
                x.newEndsOn,
                x.reason,
                x.decidedBy,
              ]),
            },
          ]),
    ],
  });

  const objectiveTarget = (kpiId: string) => content.objectives.find((o) => o.kpiId === kpiId)?.target ?? null;
  const kpis = section('kpis', m.format('section.kpis'), {
    intro: m.format('kpis.intro'),
    ...(content.kpis.length === 0
      ? { note: m.format('kpis.none') }
      : {
          tables: [
            {
              columns: m.columns('indicator', 'target', 'first', 'latest'),
              rows: content.kpis.map((kpi) => {
                const target = objectiveTarget(kpi.id);
                const withData = kpi.trend.filter((figure) => figure.value !== null);
                const at = (figure: (typeof withData)[number] | undefined) =>
                  figure ? `${m.value(kpi.unit, figure.value)} (${figure.period})` : m.format('value.none');
                return [
                  kpiName(kpi.id),
                  target === null ? m.format('value.none') : targetOf(kpi.id, target),
                  at(withData[0]),
                  at(withData.at(-1)),
                ];
              }),
            },
          ],
          charts: content.kpis.map((kpi) => {
            const target = objectiveTarget(kpi.id);
            const chart = chartKpi(kpi, target);
            const short = (value: number) =>
              new Intl.NumberFormat(REPORT_LOCALES[language], {
                style: kpi.unit === 'share' ? 'percent' : 'decimal',
                maximumFractionDigits: 1,
              }).format(value);
            return {
              name: kpiName(kpi.id),
              target: target === null ? m.format('value.none') : targetOf(kpi.id, target),
              svg: trendChartSvg(chart, short),
            };
          }),
        }),
  });

  const share = (value: number | null) => (value === null ? m.format('value.none') : m.format('unit.share', { value }));
  const hours = (seconds: number | null) =>
    seconds === null ? m.format('value.none') : m.format('unit.hours', { value: seconds / 3600 });
  const benefits = section('benefits', m.format('section.benefits'), {
    ...(!content.benefits.available
      ? { note: m.format('benefits.unavailable') }
      : content.benefits.measurements.length === 0
        ? { note: m.format('benefits.none') }
        : {
            intro: m.format('benefits.intro'),
            tables: [
              {
                columns: m.columns('asOf', 'group', 'declarations', 'documentary', 'physical', 'benefit', 'decision'),
                rows: content.benefits.measurements.flatMap((measurement) =>
                  (['before', 'after', 'peers'] as const).map((group) => {
                    const figures = measurement[group];
                    return [
                      `${m.date(measurement.asOf)}${measurement.milestone ? ` (${measurement.milestone})` : ''} · ${m.format('benefits.certified', { certified: measurement.certified, companies: measurement.companies })}`,
                      m.format(`group.${group}`),
                      String(figures.declarations),
                      share(figures.documentaryRate),
                      share(figures.physicalRate),
                      share(figures.benefitShare),
                      hours(figures.meanDecisionSeconds),
                    ];
                  }),
                ),
              },
            ],
          }),
  });

  const evaluation = section('evaluation', m.format('section.evaluation'), {
    intro: m.format('evaluation.intro'),
    tables: [
      {
        columns: m.columns('audience', 'questionnaires', 'responses', 'scaleMean', 'yesShare'),
        rows: content.evaluation.audiences.map((a) => [
          m.label('audience', a.audience),
          String(a.questionnaires),
          String(a.responses),
          a.scaleMean === null ? m.format('value.none') : a.scaleMean.toFixed(2),
          share(a.yesShare),
        ]),
      },
      ...(content.evaluation.lessons.length === 0
        ? []
        : [
            {
              columns: m.columns('lesson', 'category'),
              rows: content.evaluation.lessons.map((lesson) => [lesson.lesson, lesson.category]),
            },
          ]),
    ],
    ...(content.evaluation.lessons.length === 0 && { lines: [m.format('evaluation.noLessons')] }),
  });

  const deviations = section('deviations', m.format('section.deviations'), {
    intro: m.format('deviations.intro'),
    ...(content.deviations.length === 0
      ? { note: m.format('deviations.none') }
      : {
          tables: [
            {
              columns: m.columns('indicator', 'scope', 'period', 'value', 'phase', 'opened', 'closed'),
              rows: content.deviations.map((d) => [
                d.kpiName?.[language] ?? kpiName(d.kpiId),
                d.scope === 'national' ? m.format('scope.national') : d.scope,
                d.period,
                m.value(d.unit ?? kpiOf(d.kpiId)?.unit, d.value),
                m.label('phase', d.phase),
                m.date(d.openedAt),
                m.date(d.closedAt),
              ]),
            },
          ],
        }),
  });

  const fromLessons = content.evaluation.lessons.map((lesson) => lesson.recommendation);
  const recommendations = section('recommendations', m.format('section.recommendations'), {
    ...(fromLessons.length === 0 && content.recommendations === null
      ? { note: m.format('recommendations.none') }
      : {
          tables: [
            ...(content.recommendations === null
              ? []
              : [{ columns: [m.format('recommendations.policyUnit')], rows: [[content.recommendations]] }]),
            ...(fromLessons.length === 0
              ? []
              : [{ columns: [m.format('recommendations.lessons')], rows: fromLessons.map((text) => [text]) }]),
          ],
        }),
  });

  return {
    language,
    title: m.format('report.title', { title: pilot.title, code: pilot.code }),
    audience: m.format('report.audience'),
    period: m.format('report.period', {
      start: m.day(pilot.startsOn),
      end: m.day(pilot.endsOn),
      generatedAt: new Date(content.generatedAt),
      timeZone: m.timeZone,
    }),
    sections: [objectives, participants, timeline, kpis, benefits, evaluation, deviations, recommendations],
    footer: (page, pages) => m.format('report.footer', { code: pilot.code, page, pages }),
  };
}
