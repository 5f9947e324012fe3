import {
  ApplicationAccepted,
  ApplicationDecisionExtended,
  ApplicationHearingOpened,
  ApplicationRejected,
  ApplicationSubmitted,
  ApplicationWithdrawn,
  AuthorisationGranted,
  AuthorisationRefused,
  ValidationReportSubmitted,
} from '@aeo/contracts';
import { atLeast, atMost, countOf, familyOf, KPI_DIMENSIONS, percentileOf, shareOf, watched } from '../kpi-engine';
import type { KpiDefinition, KpiRows } from '../kpi-engine';

const ACCEPTED = ApplicationAccepted.type;
const REJECTED = ApplicationRejected.type;
const EXTENDED = ApplicationDecisionExtended.type;
const DECISIONS = [AuthorisationGranted.type, AuthorisationRefused.type];

/**
 * One row per application (`certification_outcomes`, its grant attached): the application's own
 * facts, and the grant that decided it (the grant event names no application).
 */
const APPLICATIONS = {
  relation: 'certification_outcomes',
  evidence: 'f.application_id = c.application_id OR f.event_id = c.grant_event_id',
  application: 'c.application_id',
};

const decided = 'decision IS NOT NULL';

/** The applications that reached an instant (a column or SQL instant) in the period, and the events that set it. */
const reached = (anchor: string, population: string, evidence: readonly string[]): KpiRows => ({
  source: APPLICATIONS,
  anchor,
  population,
  evidence,
});

/** An instant of an application's life: its column, the events that set it, and which applications count there. */
interface Milestone {
  readonly at: string;
  readonly events: readonly string[];
  readonly counted?: string;
}
const SUBMISSION: Milestone = { at: 'submitted_at', events: [ApplicationSubmitted.type] };
const ACCEPTANCE: Milestone = { at: 'accepted_at', events: [ACCEPTED] };
const VALIDATION_REPORT: Milestone = { at: 'report_submitted_at', events: [ValidationReportSubmitted.type] };
const DECISION: Milestone = { at: 'decided_at', events: DECISIONS, counted: decided };

/** The p-th percentile of the days from one milestone to the next, over the applications that reached the second in the period. */
const daysTaken = (p: number, from: Milestone, to: Milestone) => {
  const population = [to.counted, `${from.at} IS NOT NULL`].filter(Boolean).join(' AND ');
  return percentileOf(reached(to.at, population, [...from.events, ...to.events]), p, from.at, to.at);
};

/** The applications decided in the period. */
const DECIDED = reached('decided_at', decided, DECISIONS);

const certification = familyOf('certification', KPI_DIMENSIONS);

/** The certification family: how long certification takes, and how its applications end. Every KPI by region and status type. */
export const CERTIFICATION_KPIS: readonly KpiDefinition[] = [
  certification('certification-time-median', atMost(90), daysTaken(0.5, SUBMISSION, DECISION)),
  certification('certification-time-p90', atMost(150), daysTaken(0.9, SUBMISSION, DECISION)),
  certification('stage-acceptance-days', atMost(30), daysTaken(0.5, SUBMISSION, ACCEPTANCE)),
  certification('stage-validation-days', atMost(60), daysTaken(0.5, ACCEPTANCE, VALIDATION_REPORT)),
  certification('stage-decision-days', atMost(20), daysTaken(0.5, VALIDATION_REPORT, DECISION)),
  certification(
    'decided-within-time-limit',
    atLeast(0.95),
    shareOf(
      reached('decided_at', `${decided} AND legal_deadline IS NOT NULL`, [ACCEPTED, EXTENDED, ...DECISIONS]),
      'decided_at <= legal_deadline',
    ),
  ),
  certification(
    'extensions-used',
    atMost(0.1),
    shareOf({ ...DECIDED, evidence: [EXTENDED, ...DECISIONS] }, 'extensions_used'),
  ),
  certification(
    'acceptance-rate',
    atLeast(0.8),
    shareOf(reached('COALESCE(accepted_at, rejected_at)', 'true', [ACCEPTED, REJECTED]), 'accepted_at IS NOT NULL'),
  ),
  certification('refusal-rate', atMost(0.2), shareOf(DECIDED, "decision = 'refused'")),
  certification(
    'withdrawal-rate',
    atMost(0.1),
    shareOf(
      reached('COALESCE(withdrawn_at, decided_at, rejected_at)', 'true', [
        ApplicationWithdrawn.type,
        REJECTED,
        ...DECISIONS,
      ]),
      'withdrawn_at IS NOT NULL',
    ),
  ),
  certification(
    'hearings-held',
    watched(),
    countOf(reached('hearing_opened_at', 'true', [ApplicationHearingOpened.type])),
  ),
];

/** The certification KPIs Prometheus shows. */
export const CERTIFICATION_HEADLINES = [
  'certification-time-median',
  'decided-within-time-limit',
  'acceptance-rate',
  'refusal-rate',
] as const;
