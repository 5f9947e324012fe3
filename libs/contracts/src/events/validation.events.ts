import { z } from 'zod';
import { TOPIC_NAMES } from '../topics';
import { eventsOn } from './define-event';
import { int4, isoDateTime, regionCode, safeText, statusType, uuid } from './common';

const validationEvent = eventsOn(TOPIC_NAMES.validationEvents, 'operator');

const caseRef = {
  caseId: uuid,
  applicationId: uuid,
  operatorId: uuid,
  taxpayerId: safeText.min(1),
  region: regionCode,
  statusType,
};

/** A revalidation case of an authorisation (absent: the certification of the application). */
const casePurpose = {
  purpose: z.enum(['certification', 'revalidation']).optional(),
  authorisationNumber: safeText.min(1).optional(),
  cycle: int4({ min: 1 }).optional(),
};

export const ValidationOpened = validationEvent({
  type: 'aeo.validation.opened.v1',
  summary:
    'A validation case was opened for an accepted application, with the risk assessment that shapes it and its report due date.',
  schema: z.object({
    ...caseRef,
    riskScore: z.number().min(0).max(100),
    riskRecommendation: z.enum(['proceed', 'proceed-with-enhanced-validation', 'high-risk-review']),
    siteVisitRequired: z.boolean(),
    reportDue: isoDateTime,
    /** The validator assigned by region and workload (null when the region has none yet). */
    assignedValidator: safeText.min(1).nullable().optional(),
    openedAt: isoDateTime,
    ...casePurpose,
  }),
});

export const ValidationReportReminder = validationEvent({
  type: 'aeo.validation.report-reminder.v1',
  summary: 'The validation report is due soon (reminder) or overdue (escalation to the regional office).',
  schema: z.object({ ...caseRef, kind: z.enum(['reminder', 'overdue']), reportDue: isoDateTime }),
});

export const ValidationReportSubmitted = validationEvent({
  type: 'aeo.validation.report-submitted.v1',
  summary:
    "The validator submitted the validation report with a recommendation (grant, grant with conditions, refuse); the executive's decision follows.",
  schema: z.object({
    ...caseRef,
    recommendation: z.enum(['grant', 'grant-with-conditions', 'refuse']),
    conditions: z.array(safeText.min(1).max(500)).max(20),
    submittedBy: safeText.min(1),
    submittedAt: isoDateTime,
  }),
});

export const ValidationVisitScheduled = validationEvent({
  type: 'aeo.validation.visit-scheduled.v1',
  summary: 'A site visit was scheduled with the notice period the programme requires (no unannounced visits).',
  schema: z.object({
    ...caseRef,
    visitId: uuid,
    scheduledFor: isoDateTime,
    /** Where the visit is held, as announced; null or absent: the operator's registered premises. */
    place: safeText.min(1).max(300).nullable().optional(),
    validator: safeText.min(1),
    scheduledBy: safeText.min(1),
  }),
});

export const ValidationClosed = validationEvent({
  type: 'aeo.validation.closed.v1',
  summary:
    'A validation case was closed before its report because its process ended (the application withdrawn, a revalidation cycle ended by a suspension or a surrender): no more findings, visits or report.',
  schema: z.object({
    ...caseRef,
    cause: z.enum(['application-withdrawn', 'authorisation-suspended', 'authorisation-surrendered']),
    /** The words of whoever ended the process (the withdrawal's reason, the suspension's grounds, the surrender's reason). */
    reason: safeText.min(1).max(2000),
    closedBy: safeText.min(1),
    closedAt: isoDateTime,
    ...casePurpose,
  }),
});

/** The criterion of the checklist a corrective action is about, with its question in both languages. */
const correctiveActionRef = {
  actionId: uuid,
  questionId: safeText.min(1).max(40),
  criterion: z.object({ en: safeText.min(1).max(2000), mn: safeText.min(1).max(2000) }),
  dueBy: isoDateTime,
};

export const ValidationCorrectiveActionRequested = validationEvent({
  type: 'aeo.validation.corrective-action-requested.v1',
  summary:
    'A validator asked the operator to correct a shortcoming on a criterion of the checklist by a due date; the report waits for its answer.',
  schema: z.object({
    ...caseRef,
    ...correctiveActionRef,
    /** What the operator must correct, in the validator's words. */
    description: safeText.min(1).max(4000),
    requestedBy: safeText.min(1),
    requestedAt: isoDateTime,
    ...casePurpose,
  }),
});

export const ValidationCorrectiveActionAnswered = validationEvent({
  type: 'aeo.validation.corrective-action-answered.v1',
  summary:
    'The operator answered a corrective action request (the answer itself is read on the case); late when after its due date.',
  schema: z.object({
    ...caseRef,
    ...correctiveActionRef,
    /** The validator who asked, and the one assigned to the case (who is told). */
    requestedBy: safeText.min(1),
    assignedValidator: safeText.min(1).nullable(),
    answeredBy: safeText.min(1),
    answeredAt: isoDateTime,
    late: z.boolean(),
    ...casePurpose,
  }),
});

export const VALIDATION_EVENTS = [
  ValidationOpened,
  ValidationReportReminder,
  ValidationVisitScheduled,
  ValidationReportSubmitted,
  ValidationClosed,
  ValidationCorrectiveActionRequested,
  ValidationCorrectiveActionAnswered,
] as const;
