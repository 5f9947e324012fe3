import type { Language } from '@aeo/contracts';
import type { KpiUnit } from '../../kpis/kpi-definitions';
import type { ReportFigure } from '../../reports/report-model';

type Names = Readonly<Record<Language, string>>;

/** A KPI an objective names: its definition and its monthly figures over the pilot's time frame (national). */
export interface FinalReportKpi {
  id: string;
  /** Null when the programme's catalogue no longer has the KPI (the report prints its id). */
  name: Names | null;
  unit: KpiUnit;
  direction: 'higher' | 'lower';
  /** The months of the pilot, oldest first (the trend chart). */
  trend: ReportFigure[];
}

/** What a pilot's final report shows, language-neutral: the renderers put it into words. */
export interface FinalReportContent {
  format: 'aeo-pilot-final-report/1';
  pilot: {
    id: string;
    code: string;
    title: string;
    description: string;
    startsOn: string;
    /** The end date it was planned with (before any extension), and the end it had. */
    plannedEndsOn: string;
    endsOn: string;
  };
  generatedAt: string;
  /**
   * The IANA time zone its dates are stated in and its KPI months are of (PROGRAMME_TIME_ZONE when
   * it was made); absent in reports made before it was recorded, which are UTC.
   */
  timeZone?: string;
  /** Each objective with its KPI target and the KPI's latest value (null without data). */
  objectives: { text: string; kpiId: string; target: number; now: number | null; onTarget: boolean | null }[];
  participants: {
    taxpayerId: string;
    region: string;
    stage: string;
    chosenReason: string;
    answeredAt: string | null;
    /** A decline's or withdrawal's reason. */
    reason: string | null;
    replacing: string | null;
    replacedBy: string | null;
  }[];
  milestones: {
    title: string;
    workstream: string;
    dueOn: string;
    status: string;
    doneAt: string | null;
    lateAt: string | null;
    escalatedAt: string | null;
  }[];
  extensions: { sequence: number; previousEndsOn: string; newEndsOn: string; reason: string; decidedBy: string }[];
  kpis: FinalReportKpi[];
  /**
   * The benefits test (issue 17, item 7: `PilotBenefitsTestService.compute`), summarised per
   * measurement (each passed milestone due date, and the report's time); `available` false when it
   * could not be computed (the report says so and shows no figures).
   */
  benefits: { available: false } | { available: true; measurements: BenefitsMeasurement[] };
  evaluation: {
    audiences: {
      audience: 'internal' | 'external';
      questionnaires: number;
      responses: number;
      scaleMean: number | null;
      yesShare: number | null;
    }[];
    lessons: { category: string; lesson: string; recommendation: string }[];
  };
  /** The programme's deviation cases opened within the pilot's time frame. */
  deviations: {
    caseId: string;
    kpiId: string;
    /** The KPI's name and unit from the catalogue (null for a KPI it no longer has). */
    kpiName: Names | null;
    unit: KpiUnit | null;
    scope: string;
    period: string;
    value: number;
    phase: string;
    openedAt: string;
    closedAt: string | null;
  }[];
  /** The policy unit's own recommendations for full operation (the lessons' are in `evaluation`). */
  recommendations: string | null;
}

/** The benefits test's figures of one group of declarations (rates as fractions; null for an empty sample). */
export interface BenefitsFigures {
  declarations: number;
  documentaryRate: number | null;
  physicalRate: number | null;
  benefitShare: number | null;
  priorityShare: number | null;
  meanDecisionSeconds: number | null;
}

/** One measurement of the benefits test: the certified companies pooled, before and after certification, and their peers. */
export interface BenefitsMeasurement {
  asOf: string;
  /** The milestone whose due date it closes; null for the report's time. */
  milestone: string | null;
  companies: number;
  certified: number;
  before: BenefitsFigures;
  after: BenefitsFigures;
  peers: BenefitsFigures;
}
