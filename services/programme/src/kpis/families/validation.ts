import { ValidationOpened, ValidationReportReminder, ValidationReportSubmitted } from '@aeo/contracts';
import { familyOf, KPI_DIMENSIONS, type KpiDefinition } from '../kpi-engine';
import { EVENTS_COUNTED } from './events-counted';

const OPENED = ValidationOpened.type;
const REPORT = ValidationReportSubmitted.type;
const REMINDER = ValidationReportReminder.type;

/** One row per validation case (`validation_case_outcomes`, certification and revalidation cases): its facts. */
const CASES = { relation: 'validation_case_outcomes', evidence: 'f.process_id = c.process_id' };

/** A case is open from its opening until its report or its closure without one. */
const caseEnd = 'LEAST(report_submitted_at, closed_at)';

const validation = familyOf('validation', KPI_DIMENSIONS);

/** The validation family: the validators' workload and the timeliness of their reports, per region. */
export const VALIDATION_KPIS: readonly KpiDefinition[] = [
  validation({
    id: 'validation-open-cases',
    name: { en: 'Open validation cases (workload)', mn: 'Нээлттэй баталгаажуулалтын хэрэг (ачаалал)' },
    definition:
      'Validation cases (certification and revalidation) open at the end of the period (now, for the current period): opened and neither reported on nor closed. The validators’ workload, per region: no target.',
    unit: 'count',
    target: null,
    direction: 'lower',
    source: CASES,
    anchor: 'opened_at',
    population: 'true',
    measure: { kind: 'backlog', closed: caseEnd },
    evidence: [OPENED],
  }),
  validation({
    id: 'validation-unassigned-cases',
    name: { en: 'Open cases without a validator', mn: 'Баталгаажуулагч томилоогүй нээлттэй хэрэг' },
    definition:
      'Validation cases open at the end of the period (now, for the current period) that were opened without a validator assigned (the region had none available).',
    unit: 'count',
    target: 0,
    direction: 'lower',
    source: CASES,
    anchor: 'opened_at',
    population: 'assigned_validator IS NULL',
    measure: { kind: 'backlog', closed: caseEnd },
    evidence: [OPENED],
  }),
  validation({
    id: 'report-timeliness',
    name: { en: 'Validation reports on time', mn: 'Хугацаандаа ирүүлсэн баталгаажуулалтын тайлан' },
    definition:
      'Share of the validation reports submitted in the period that were submitted by the report due date set when the case was opened.',
    unit: 'share',
    target: 0.9,
    direction: 'higher',
    source: CASES,
    anchor: 'report_submitted_at',
    population: 'report_due IS NOT NULL',
    measure: { kind: 'share', numerator: 'report_submitted_at <= report_due' },
    evidence: [OPENED, REPORT],
  }),
  validation({
    id: 'report-reminders',
    name: { en: 'Report reminders', mn: 'Тайлангийн сануулга' },
    definition:
      'Reminders sent to validators in the period because a report was due soon. A volume the programme watches: no target.',
    unit: 'count',
    target: null,
    direction: 'lower',
    source: EVENTS_COUNTED,
    anchor: 'occurred_at',
    population: `type = '${REMINDER}' AND category = 'reminder'`,
    measure: { kind: 'count' },
    evidence: [REMINDER],
  }),
  validation({
    id: 'report-escalations',
    name: { en: 'Overdue reports escalated', mn: 'Хугацаа хэтэрсэн тайлангийн мэдэгдэл' },
    definition: 'Escalations to the regional office in the period because a validation report was overdue.',
    unit: 'count',
    target: 0,
    direction: 'lower',
    source: EVENTS_COUNTED,
    anchor: 'occurred_at',
    population: `type = '${REMINDER}' AND category = 'overdue'`,
    measure: { kind: 'count' },
    evidence: [REMINDER],
  }),
];

/** The validation KPIs Prometheus shows. */
export const VALIDATION_HEADLINES = ['validation-open-cases', 'report-timeliness'] as const;
