import { ValidationOpened, ValidationReportReminder, ValidationReportSubmitted } from '@aeo/contracts';
import { atLeast, atMost, backlogOf, countOf, familyOf, KPI_DIMENSIONS, shareOf, watched } from '../kpi-engine';
import type { KpiDefinition, KpiRows } from '../kpi-engine';
import { eventsOf } from './events-counted';

const OPENED = ValidationOpened.type;
const REPORT = ValidationReportSubmitted.type;
const REMINDER = ValidationReportReminder.type;

/** One row per validation case (`validation_case_outcomes`, certification and revalidation cases): its facts. */
const CASES = { relation: 'validation_case_outcomes', evidence: 'f.process_id = c.process_id' };

/** A case is open from its opening until its report or its closure without one. */
const caseEnd = 'LEAST(report_submitted_at, closed_at)';

/** The cases opened in the period (a backlog: before its end) that meet `population`. */
const opened = (population: string): KpiRows => ({
  source: CASES,
  anchor: 'opened_at',
  population,
  evidence: [OPENED],
});

const validation = familyOf('validation', KPI_DIMENSIONS);

/** The validation family: the validators' workload and the timeliness of their reports, per region. */
export const VALIDATION_KPIS: readonly KpiDefinition[] = [
  validation('validation-open-cases', watched(), backlogOf(opened('true'), caseEnd)),
  validation('validation-unassigned-cases', atMost(0), backlogOf(opened('assigned_validator IS NULL'), caseEnd)),
  validation(
    'report-timeliness',
    atLeast(0.9),
    shareOf(
      {
        source: CASES,
        anchor: 'report_submitted_at',
        population: 'report_due IS NOT NULL',
        evidence: [OPENED, REPORT],
      },
      'report_submitted_at <= report_due',
    ),
  ),
  validation('report-reminders', watched(), countOf(eventsOf(REMINDER, 'reminder'))),
  validation('report-escalations', atMost(0), countOf(eventsOf(REMINDER, 'overdue'))),
];

/** The validation KPIs Prometheus shows. */
export const VALIDATION_HEADLINES = ['validation-open-cases', 'report-timeliness'] as const;
