import { z } from 'zod';
import { TOPIC_NAMES } from '../topics';
import { defineEvent } from './define-event';
import { isoDateTime, regionCode, statusType, uuid } from './common';

const caseRef = {
  caseId: uuid,
  applicationId: uuid,
  operatorId: uuid,
  taxpayerId: z.string().min(1),
  region: regionCode,
  statusType,
};

export const ValidationOpened = defineEvent({
  type: 'aeo.validation.opened.v1',
  topic: TOPIC_NAMES.validationEvents,
  aggregateType: 'operator',
  summary: 'A validation case was opened for an accepted application, with the risk assessment that shapes it and its report due date.',
  schema: z.object({
    ...caseRef,
    riskScore: z.number().min(0).max(100),
    riskRecommendation: z.enum(['proceed', 'proceed-with-enhanced-validation', 'high-risk-review']),
    siteVisitRequired: z.boolean(),
    reportDue: isoDateTime,
    /** The validator assigned by region and workload (null when the region has none yet). */
    assignedValidator: z.string().min(1).nullable().optional(),
    openedAt: isoDateTime,
    /** A revalidation case of an authorisation (absent: the certification of the application). */
    purpose: z.enum(['certification', 'revalidation']).optional(),
    authorisationNumber: z.string().min(1).optional(),
    cycle: z.number().int().min(1).optional(),
  }),
});

export const ValidationReportReminder = defineEvent({
  type: 'aeo.validation.report-reminder.v1',
  topic: TOPIC_NAMES.validationEvents,
  aggregateType: 'operator',
  summary: 'The validation report is due soon (reminder) or overdue (escalation to the regional office).',
  schema: z.object({ ...caseRef, kind: z.enum(['reminder', 'overdue']), reportDue: isoDateTime }),
});

export const ValidationReportSubmitted = defineEvent({
  type: 'aeo.validation.report-submitted.v1',
  topic: TOPIC_NAMES.validationEvents,
  aggregateType: 'operator',
  summary: "The validator submitted the validation report with a recommendation (grant, grant with conditions, refuse); the executive's decision follows.",
  schema: z.object({
    ...caseRef,
    recommendation: z.enum(['grant', 'grant-with-conditions', 'refuse']),
    conditions: z.array(z.string().min(1).max(500)).max(20),
    submittedBy: z.string().min(1),
    submittedAt: isoDateTime,
  }),
});

export const ValidationVisitScheduled = defineEvent({
  type: 'aeo.validation.visit-scheduled.v1',
  topic: TOPIC_NAMES.validationEvents,
  aggregateType: 'operator',
  summary: 'A site visit was scheduled with the notice period the programme requires (no unannounced visits).',
  schema: z.object({ ...caseRef, visitId: uuid, scheduledFor: isoDateTime, validator: z.string().min(1), scheduledBy: z.string().min(1) }),
});

export const ValidationClosed = defineEvent({
  type: 'aeo.validation.closed.v1',
  topic: TOPIC_NAMES.validationEvents,
  aggregateType: 'operator',
  summary:
    'A validation case was closed before its report because its process ended (the application withdrawn, a revalidation cycle ended by a suspension or a surrender): no more findings, visits or report.',
  schema: z.object({
    ...caseRef,
    cause: z.enum(['application-withdrawn', 'authorisation-suspended', 'authorisation-surrendered']),
    /** The words of whoever ended the process (the withdrawal's reason, the suspension's grounds, the surrender's reason). */
    reason: z.string().min(1).max(2000),
    closedBy: z.string().min(1),
    closedAt: isoDateTime,
    /** A revalidation case of an authorisation (absent: the certification of the application). */
    purpose: z.enum(['certification', 'revalidation']).optional(),
    authorisationNumber: z.string().min(1).optional(),
    cycle: z.number().int().min(1).optional(),
  }),
});

export const VALIDATION_EVENTS = [ValidationOpened, ValidationReportReminder, ValidationVisitScheduled, ValidationReportSubmitted, ValidationClosed] as const;
