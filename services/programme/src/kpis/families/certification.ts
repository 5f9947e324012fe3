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
import { daysPercentile, familyOf, KPI_DIMENSIONS, type KpiDefinition, type KpiSource } from '../kpi-engine';

const SUBMITTED = ApplicationSubmitted.type;
const ACCEPTED = ApplicationAccepted.type;
const REJECTED = ApplicationRejected.type;
const WITHDRAWN = ApplicationWithdrawn.type;
const EXTENDED = ApplicationDecisionExtended.type;
const HEARING = ApplicationHearingOpened.type;
const REPORT = ValidationReportSubmitted.type;
const GRANTED = AuthorisationGranted.type;
const REFUSED = AuthorisationRefused.type;
const DECISIONS = [GRANTED, REFUSED];

/**
 * One row per application (`certification_outcomes`, its grant attached): the application's own
 * facts, and the grant that decided it (the grant event names no application).
 */
const APPLICATIONS: KpiSource = {
  relation: 'certification_outcomes',
  evidence: 'f.application_id = c.application_id OR f.event_id = c.grant_event_id',
  application: 'c.application_id',
};

const decided = 'decision IS NOT NULL';

/** A KPI of the certification family: every one is broken down by region and status type. */
const certification = (kpi: Omit<KpiDefinition, 'family' | 'dimensions' | 'source'>) =>
  familyOf('certification', KPI_DIMENSIONS)({ ...kpi, source: APPLICATIONS });

/** The certification family: how long certification takes, and how its applications end. */
export const CERTIFICATION_KPIS: readonly KpiDefinition[] = [
  certification({
    id: 'certification-time-median',
    name: { en: 'Time to certify (median)', mn: 'Гэрчилгээжүүлэх хугацаа (медиан)' },
    definition:
      'Median of the days from the submission of an application to the decision on it (grant or refusal), over the applications decided in the period.',
    unit: 'days',
    target: 90,
    direction: 'lower',
    anchor: 'decided_at',
    population: `${decided} AND submitted_at IS NOT NULL`,
    measure: daysPercentile(0.5, 'submitted_at', 'decided_at'),
    evidence: [SUBMITTED, ...DECISIONS],
  }),
  certification({
    id: 'certification-time-p90',
    name: { en: 'Time to certify (90th percentile)', mn: 'Гэрчилгээжүүлэх хугацаа (90 дэх хувь)' },
    definition:
      '90th percentile of the days from submission to decision over the applications decided in the period: nine in ten were decided within it.',
    unit: 'days',
    target: 150,
    direction: 'lower',
    anchor: 'decided_at',
    population: `${decided} AND submitted_at IS NOT NULL`,
    measure: daysPercentile(0.9, 'submitted_at', 'decided_at'),
    evidence: [SUBMITTED, ...DECISIONS],
  }),
  certification({
    id: 'stage-acceptance-days',
    name: { en: 'Time to accept (median)', mn: 'Өргөдөл хүлээн авах хугацаа (медиан)' },
    definition:
      'Median of the days from submission to acceptance (deemed acceptances included), over the applications accepted in the period.',
    unit: 'days',
    target: 30,
    direction: 'lower',
    anchor: 'accepted_at',
    population: 'submitted_at IS NOT NULL',
    measure: daysPercentile(0.5, 'submitted_at', 'accepted_at'),
    evidence: [SUBMITTED, ACCEPTED],
  }),
  certification({
    id: 'stage-validation-days',
    name: { en: 'Time to validate (median)', mn: 'Баталгаажуулалтын хугацаа (медиан)' },
    definition:
      'Median of the days from acceptance to the first validation report, over the applications whose report was submitted in the period.',
    unit: 'days',
    target: 60,
    direction: 'lower',
    anchor: 'report_submitted_at',
    population: 'accepted_at IS NOT NULL',
    measure: daysPercentile(0.5, 'accepted_at', 'report_submitted_at'),
    evidence: [ACCEPTED, REPORT],
  }),
  certification({
    id: 'stage-decision-days',
    name: { en: 'Time to decide after the report (median)', mn: 'Тайлангаас шийдвэр хүртэлх хугацаа (медиан)' },
    definition:
      'Median of the days from the validation report to the decision, over the applications decided in the period that had a report.',
    unit: 'days',
    target: 20,
    direction: 'lower',
    anchor: 'decided_at',
    population: `${decided} AND report_submitted_at IS NOT NULL`,
    measure: daysPercentile(0.5, 'report_submitted_at', 'decided_at'),
    evidence: [REPORT, ...DECISIONS],
  }),
  certification({
    id: 'decided-within-time-limit',
    name: { en: 'Decided within the legal time limit', mn: 'Хуулийн хугацаанд шийдвэрлэсэн' },
    definition:
      'Share of the applications decided in the period whose decision came by the legal decision deadline (the one set at acceptance, or the extended one when the period was extended).',
    unit: 'share',
    target: 0.95,
    direction: 'higher',
    anchor: 'decided_at',
    population: `${decided} AND legal_deadline IS NOT NULL`,
    measure: { kind: 'share', numerator: 'decided_at <= legal_deadline' },
    evidence: [ACCEPTED, EXTENDED, ...DECISIONS],
  }),
  certification({
    id: 'extensions-used',
    name: { en: 'Decisions with an extended period', mn: 'Хугацаа сунгаж шийдвэрлэсэн' },
    definition: 'Share of the applications decided in the period whose decision period was extended.',
    unit: 'share',
    target: 0.1,
    direction: 'lower',
    anchor: 'decided_at',
    population: decided,
    measure: { kind: 'share', numerator: 'extensions_used' },
    evidence: [EXTENDED, ...DECISIONS],
  }),
  certification({
    id: 'acceptance-rate',
    name: { en: 'Acceptance rate', mn: 'Хүлээн авсан өргөдлийн хувь' },
    definition:
      'Share of the applications accepted (deemed acceptances included) among those accepted or refused at acceptance in the period: complete applications reflect clear guidance to operators.',
    unit: 'share',
    target: 0.8,
    direction: 'higher',
    anchor: 'COALESCE(accepted_at, rejected_at)',
    population: 'true',
    measure: { kind: 'share', numerator: 'accepted_at IS NOT NULL' },
    evidence: [ACCEPTED, REJECTED],
  }),
  certification({
    id: 'refusal-rate',
    name: { en: 'Refusal rate', mn: 'Татгалзсан шийдвэрийн хувь' },
    definition: 'Share of refusals among the decisions (grant or refusal) taken in the period.',
    unit: 'share',
    target: 0.2,
    direction: 'lower',
    anchor: 'decided_at',
    population: decided,
    measure: { kind: 'share', numerator: "decision = 'refused'" },
    evidence: DECISIONS,
  }),
  certification({
    id: 'withdrawal-rate',
    name: { en: 'Withdrawal rate', mn: 'Буцаан авсан өргөдлийн хувь' },
    definition:
      'Share of withdrawals among the applications that ended in the period (decided, refused at acceptance or withdrawn).',
    unit: 'share',
    target: 0.1,
    direction: 'lower',
    anchor: 'COALESCE(withdrawn_at, decided_at, rejected_at)',
    population: 'true',
    measure: { kind: 'share', numerator: 'withdrawn_at IS NOT NULL' },
    evidence: [WITHDRAWN, REJECTED, ...DECISIONS],
  }),
  certification({
    id: 'hearings-held',
    name: { en: 'Hearings held', mn: 'Сонсгол хийсэн' },
    definition:
      'Applications whose right to be heard was opened (an intended refusal with its grounds) in the period. A volume the programme watches: no target.',
    unit: 'count',
    target: null,
    direction: 'lower',
    anchor: 'hearing_opened_at',
    population: 'true',
    measure: { kind: 'count' },
    evidence: [HEARING],
  }),
];

/** The certification KPIs Prometheus shows. */
export const CERTIFICATION_HEADLINES = [
  'certification-time-median',
  'decided-within-time-limit',
  'acceptance-rate',
  'refusal-rate',
] as const;
