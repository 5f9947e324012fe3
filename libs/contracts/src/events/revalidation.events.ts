import { z } from 'zod';
import { TOPIC_NAMES } from '../topics';
import { eventsOn } from './define-event';
import { int4, isoDate, isoDateTime, safeText } from './common';
import { authorisationRef } from './certification.events';

const revalidationEvent = eventsOn(TOPIC_NAMES.certificationEvents, 'operator');

const text = (max: number) => safeText.trim().min(1).max(max);
const cycle = int4({ min: 1 });

/**
 * An authorisation's life after the grant (revalidation workflow): reminders, cycles, reported
 * changes, suspension progress and the right to be heard before a revocation. The register's
 * status changes themselves (suspended, reinstated, revoked, surrendered) are certification events.
 */
export const RevalidationDue = revalidationEvent({
  type: 'aeo.revalidation.due.v1',
  summary:
    'An authorisation falls due for revalidation in daysAhead days: a reminder to the operator and its contact officer.',
  schema: z.object({ ...authorisationRef, revalidationDue: isoDateTime, daysAhead: int4({ min: 1 }) }),
});

export const RevalidationStarted = revalidationEvent({
  type: 'aeo.revalidation.started.v1',
  summary:
    'A revalidation cycle started (on its due date or early), and the operator is asked to update its self-assessment by selfAssessmentDue.',
  schema: z.object({
    ...authorisationRef,
    cycle,
    trigger: z.object({
      source: z.enum(['scheduled', 'regional-office', 'risk-alert', 'reported-change', 'watchdog']),
      reason: text(2000),
      requestedBy: text(200),
      triggerId: text(200),
    }),
    selfAssessmentDue: isoDateTime,
    startedAt: isoDateTime,
  }),
});

export const RevalidationCompleted = revalidationEvent({
  type: 'aeo.revalidation.completed.v1',
  summary:
    'A revalidation cycle ended with the authorisation confirmed (with conditions, or reinstated after a suspension); the next one falls due on nextRevalidationDue.',
  schema: z.object({
    ...authorisationRef,
    cycle,
    outcome: z.enum(['confirmed', 'confirmed-with-conditions', 'reinstated']),
    decidedBy: text(200),
    reasons: z.array(text(2000)).min(1).max(20),
    conditions: z.array(text(500)).max(20),
    nextRevalidationDue: isoDateTime,
    completedAt: isoDateTime,
  }),
});

export const RevalidationRequested = revalidationEvent({
  type: 'aeo.revalidation.requested.v1',
  summary:
    'A regional office (or other customs staff within its scope) asked for an early revalidation, with its reason.',
  schema: z.object({
    ...authorisationRef,
    requestId: z.uuid(),
    reason: text(2000),
    siteVisit: z.boolean(),
    requestedBy: text(200),
    requestedAt: isoDateTime,
  }),
});

export const CHANGE_KINDS = [
  'ownership',
  'legal-form',
  'address',
  'premises',
  'security',
  'management',
  'other',
] as const;

export const AuthorisationChangeReported = revalidationEvent({
  type: 'aeo.authorisation.change-reported.v1',
  summary:
    'The holder reported a relevant change (ownership, address, security and the like); customs reassesses the authorisation through an early revalidation.',
  schema: z.object({
    ...authorisationRef,
    changeId: z.uuid(),
    kind: z.enum(CHANGE_KINDS),
    description: text(4000),
    effectiveDate: isoDate(),
    /** Calls for a site visit in the reassessment (ownership, premises, address, security). */
    siteVisit: z.boolean(),
    reportedBy: text(200),
    reportedAt: isoDateTime,
  }),
});

export const AuthorisationSuspensionProgress = revalidationEvent({
  type: 'aeo.authorisation.suspension-progress.v1',
  summary:
    'Progress of a suspension: the holder submitted its remediation plan, the plan is overdue, or the remediation period ended (customs decides on reinstatement or revocation).',
  schema: z.object({
    ...authorisationRef,
    kind: z.enum(['remediation-plan-submitted', 'remediation-plan-overdue', 'remediation-period-ended']),
    dueAt: isoDateTime,
    measures: z.array(text(2000)).max(20).optional(),
    by: text(200),
  }),
});

export const AuthorisationRevocationIntended = revalidationEvent({
  type: 'aeo.authorisation.revocation-intended.v1',
  summary:
    'Customs intends to revoke the authorisation: the holder gets the grounds and may comment until respondBy (right to be heard).',
  schema: z.object({
    ...authorisationRef,
    grounds: z.array(text(2000)).min(1).max(20),
    decidedBy: text(200),
    respondBy: isoDateTime,
  }),
});

export const RevalidationWatchdogAlert = revalidationEvent({
  type: 'aeo.revalidation.watchdog-alert.v1',
  summary:
    'The daily watchdog found an authorisation whose revalidation workflow it could not repair (for the operations team).',
  schema: z.object({
    ...authorisationRef,
    problem: z.enum(['stuck', 'closed-while-in-force', 'unreachable']),
    detail: text(2000),
    checkedAt: isoDateTime,
  }),
});

export const REVALIDATION_EVENTS = [
  RevalidationDue,
  RevalidationStarted,
  RevalidationCompleted,
  RevalidationRequested,
  AuthorisationChangeReported,
  AuthorisationSuspensionProgress,
  AuthorisationRevocationIntended,
  RevalidationWatchdogAlert,
] as const;
