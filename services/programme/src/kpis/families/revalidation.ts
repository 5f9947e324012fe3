import {
  AuthorisationGranted,
  AuthorisationReinstated,
  AuthorisationRevoked,
  AuthorisationSuspended,
  RevalidationCompleted,
  RevalidationStarted,
} from '@aeo/contracts';
import { atLeast, atMost, backlogOf, countOf, familyOf, KPI_DIMENSIONS, shareOf, watched } from '../kpi-engine';
import type { KpiDefinition, KpiSource } from '../kpi-engine';
import { eventsOf } from './events-counted';

const COMPLETED = RevalidationCompleted.type;
/** The events that set a cycle's due date: the grant (cycle 1) and the previous cycle's completion. */
const DUE_SET_BY = [AuthorisationGranted.type, COMPLETED];

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
  revalidation(
    'revalidations-due',
    watched(),
    countOf({ source: CYCLES_DUE, anchor: 'due_at', population: stillDue, evidence: DUE_SET_BY }),
  ),
  revalidation(
    'revalidations-on-time',
    atLeast(0.95),
    shareOf(
      {
        source: CYCLES,
        anchor: 'completed_at',
        population: 'due_at IS NOT NULL',
        evidence: [...DUE_SET_BY, COMPLETED],
      },
      'completed_at <= due_at',
    ),
  ),
  revalidation(
    'revalidations-overdue',
    atMost(0),
    backlogOf(
      { source: CYCLES, anchor: 'due_at', population: 'true', evidence: [...DUE_SET_BY, RevalidationStarted.type] },
      'LEAST(completed_at, ended_at)',
    ),
  ),
  revalidation('suspensions', watched(), countOf(eventsOf(AuthorisationSuspended.type))),
  // A revocation stated as a surrender is not counted: surrenders have their own event.
  revalidation('revocations', watched(), countOf(eventsOf(AuthorisationRevoked.type, 'revoked'))),
  revalidation('reinstatements', watched('higher'), countOf(eventsOf(AuthorisationReinstated.type))),
];

/** The revalidation KPIs Prometheus shows. */
export const REVALIDATION_HEADLINES = ['revalidations-on-time', 'revalidations-overdue'] as const;
