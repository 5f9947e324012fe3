import {
  AuthorisationGranted,
  AuthorisationReinstated,
  AuthorisationRevoked,
  AuthorisationSuspended,
  RevalidationCompleted,
  RevalidationStarted,
} from '@aeo/contracts';
import { familyOf, KPI_DIMENSIONS, type KpiDefinition, type KpiSource } from '../kpi-engine';
import { EVENTS_COUNTED } from './events-counted';

const GRANTED = AuthorisationGranted.type;
const STARTED = RevalidationStarted.type;
const COMPLETED = RevalidationCompleted.type;
const SUSPENDED = AuthorisationSuspended.type;
const REINSTATED = AuthorisationReinstated.type;
const REVOKED = AuthorisationRevoked.type;
/** The events that set a cycle's due date: the grant (cycle 1) and the previous cycle's completion. */
const DUE_SET_BY = [GRANTED, COMPLETED];

/**
 * One row per authorisation and revalidation cycle (`revalidation_outcomes`): the cycle's own
 * facts (started, completed) and the event that set its due date.
 */
const CYCLES: KpiSource = {
  relation: 'revalidation_outcomes',
  evidence: 'f.process_id = c.process_id OR f.event_id = c.due_event_id',
};
/** The same cycles, whose evidence is only the event that set the due date. */
const CYCLES_DUE: KpiSource = { relation: 'revalidation_outcomes', evidence: 'f.event_id = c.due_event_id' };

/** A cycle falls due unless its authorisation ended (revoked, surrendered) before the due date. */
const stillDue = 'due_at IS NOT NULL AND (ended_at IS NULL OR ended_at > due_at)';

const revalidation = familyOf('revalidation', KPI_DIMENSIONS);

/** The revalidation family: the authorisations' life after the grant. Every KPI by region and status type. */
export const REVALIDATION_KPIS: readonly KpiDefinition[] = [
  revalidation({
    id: 'revalidations-due',
    name: { en: 'Revalidations due', mn: 'Дахин баталгаажуулалт хийх ёстой' },
    definition:
      'Revalidation cycles falling due in the period (the due date set at the grant or at the previous cycle’s completion), of authorisations not revoked or surrendered before it. A volume the programme plans for: no target.',
    unit: 'count',
    target: null,
    direction: 'lower',
    source: CYCLES_DUE,
    anchor: 'due_at',
    population: stillDue,
    measure: { kind: 'count' },
    evidence: DUE_SET_BY,
  }),
  revalidation({
    id: 'revalidations-on-time',
    name: { en: 'Revalidations done on time', mn: 'Хугацаандаа хийсэн дахин баталгаажуулалт' },
    definition:
      'Share of the revalidation cycles completed in the period (confirmed, with conditions, or reinstated) that were completed by their due date.',
    unit: 'share',
    target: 0.95,
    direction: 'higher',
    source: CYCLES,
    anchor: 'completed_at',
    population: 'due_at IS NOT NULL',
    measure: { kind: 'share', numerator: 'completed_at <= due_at' },
    evidence: [...DUE_SET_BY, COMPLETED],
  }),
  revalidation({
    id: 'revalidations-overdue',
    name: { en: 'Overdue revalidations (backlog)', mn: 'Хугацаа хэтэрсэн дахин баталгаажуулалт' },
    definition:
      'Revalidation cycles past their due date and not completed at the end of the period (now, for the current period), of authorisations still in force then: the backlog.',
    unit: 'count',
    target: 0,
    direction: 'lower',
    source: CYCLES,
    anchor: 'due_at',
    population: 'true',
    measure: { kind: 'backlog', closed: 'LEAST(completed_at, ended_at)' },
    evidence: [...DUE_SET_BY, STARTED],
  }),
  revalidation({
    id: 'suspensions',
    name: { en: 'Suspensions', mn: 'Түдгэлзүүлсэн' },
    definition:
      'Authorisations suspended (wholly or their security part) with effect in the period; the drill-down lists each with its grounds and scope. A volume the programme watches: no target.',
    unit: 'count',
    target: null,
    direction: 'lower',
    source: EVENTS_COUNTED,
    anchor: 'occurred_at',
    population: `type = '${SUSPENDED}'`,
    measure: { kind: 'count' },
    evidence: [SUSPENDED],
  }),
  revalidation({
    id: 'revocations',
    name: { en: 'Revocations', mn: 'Хүчингүй болгосон' },
    definition:
      'Authorisations revoked with effect in the period (a revocation stated as a surrender is not counted; surrenders have their own event); the drill-down lists each with its grounds. A volume the programme watches: no target.',
    unit: 'count',
    target: null,
    direction: 'lower',
    source: EVENTS_COUNTED,
    anchor: 'occurred_at',
    population: `type = '${REVOKED}' AND category = 'revoked'`,
    measure: { kind: 'count' },
    evidence: [REVOKED],
  }),
  revalidation({
    id: 'reinstatements',
    name: { en: 'Reinstatements', mn: 'Сэргээсэн' },
    definition:
      'Suspended authorisations reinstated with effect in the period. A volume the programme watches: no target.',
    unit: 'count',
    target: null,
    direction: 'higher',
    source: EVENTS_COUNTED,
    anchor: 'occurred_at',
    population: `type = '${REINSTATED}'`,
    measure: { kind: 'count' },
    evidence: [REINSTATED],
  }),
];

/** The revalidation KPIs Prometheus shows. */
export const REVALIDATION_HEADLINES = ['revalidations-on-time', 'revalidations-overdue'] as const;
