import { z } from 'zod';
import { TOPIC_NAMES } from '../topics';
import { defineEvent, eventsOn } from './define-event';
import {
  email,
  int4,
  isoDateTime,
  language,
  regionCode,
  safeText,
  statusType,
  textMatching,
  uuid,
  withSafeText,
} from './common';

const applicationEvent = eventsOn(TOPIC_NAMES.applicationEvents, 'operator');

const applicationRef = {
  applicationId: uuid,
  operatorId: uuid,
  taxpayerId: safeText.min(1),
  region: regionCode,
  statusType,
};

export const ApplicationSubmitted = applicationEvent({
  type: 'aeo.application.submitted.v1',
  summary: 'An operator submitted an application for AEO status; the acceptance period starts.',
  schema: z.object({
    ...applicationRef,
    operatorName: safeText.min(1),
    /**
     * The operator's registered address (as the operators table holds it), for the AEO list
     * exported to MRA partners. Optional: events written before it existed lack it.
     */
    operatorAddress: z
      .object({
        street: safeText.min(1).max(200),
        city: safeText.min(1).max(100),
        postalCode: safeText.max(20).optional(),
        country: textMatching(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'),
      })
      .optional(),
    contactEmail: email,
    contactLanguage: language,
    consentToMraSharing: z.boolean(),
    submittedAt: isoDateTime,
    acceptanceDeadline: isoDateTime,
    /** The programme version (criteria, time limits) the application was filed under. */
    programmeVersion: int4({ min: 1 }).optional(),
  }),
});

export const ApplicationAccepted = applicationEvent({
  type: 'aeo.application.accepted.v1',
  summary: 'Customs accepted the application as complete, or the acceptance period ran out (deemed acceptance).',
  schema: z.object({
    ...applicationRef,
    acceptedAt: isoDateTime,
    deemed: z.boolean(),
    decidedBy: safeText.min(1),
    decisionDeadline: isoDateTime,
  }),
});

export const ApplicationRejected = applicationEvent({
  type: 'aeo.application.rejected.v1',
  summary: 'Customs refused to accept the application (for example incomplete, or barred after a revocation).',
  schema: z.object({
    ...applicationRef,
    rejectedAt: isoDateTime,
    decidedBy: safeText.min(1),
    reason: safeText.min(1),
  }),
});

const reasons = z.array(safeText.trim().min(1).max(2000)).min(1).max(20);

/**
 * A programme version was published (reference data: status types, the criteria catalogue and
 * the time limits). Services that need the catalogue (validation checklists) keep a copy.
 */
export const ProgrammePublished = defineEvent({
  type: 'aeo.programme.published.v1',
  topic: TOPIC_NAMES.applicationEvents,
  aggregateType: 'programme',
  summary: 'A version of the programme reference data (status types, criteria catalogue, time limits) was published.',
  schema: z.object({
    version: int4({ min: 1 }),
    publishedBy: safeText.min(1),
    document: z.object({
      statusTypes: z
        .array(withSafeText(z.object({ code: statusType, sections: z.array(safeText.min(1)).min(1) }).loose()))
        .min(1),
      sections: z
        .array(
          z.object({
            id: safeText.min(1),
            title: z.object({ en: safeText, mn: safeText }),
            questions: z
              .array(
                z.object({
                  id: safeText.min(1),
                  text: z.object({ en: safeText, mn: safeText }),
                  answer: z.enum(['yes-no', 'text']),
                  evidenceRequired: z.boolean(),
                }),
              )
              .min(1),
          }),
        )
        .min(1),
      timeLimits: z.record(safeText, z.number()),
    }),
  }),
});

export const ApplicationInformationRequested = applicationEvent({
  type: 'aeo.application.information-requested.v1',
  summary:
    'Customs asked the applicant for missing information during acceptance; the acceptance period stops until the reply.',
  schema: z.object({
    ...applicationRef,
    requestId: uuid,
    requestedBy: safeText.min(1),
    questions: safeText.min(1).max(4000),
    dueBy: isoDateTime,
  }),
});

export const ApplicationInformationReceived = applicationEvent({
  type: 'aeo.application.information-received.v1',
  summary: 'The applicant answered a request for information; the acceptance period runs again.',
  schema: z.object({ ...applicationRef, requestId: uuid, respondedBy: safeText.min(1), respondedAt: isoDateTime }),
});

export const ApplicationWithdrawn = applicationEvent({
  type: 'aeo.application.withdrawn.v1',
  summary: 'The operator withdrew its application before the decision; its certification ends.',
  schema: z.object({
    ...applicationRef,
    withdrawnAt: isoDateTime,
    withdrawnBy: safeText.min(1),
    reason: safeText.trim().min(1).max(2000),
  }),
});

/** A decision deadline reached a reminder or escalation point. */
const decisionDeadlineReached = z.object({ ...applicationRef, decisionDeadline: isoDateTime });

export const ApplicationDecisionDue = applicationEvent({
  type: 'aeo.application.decision-due.v1',
  summary: 'The decision deadline is near (reminder to the executives and the regional office).',
  schema: decisionDeadlineReached,
});

export const ApplicationDecisionOverdue = applicationEvent({
  type: 'aeo.application.decision-overdue.v1',
  summary: 'The decision deadline passed without a decision: escalation.',
  schema: decisionDeadlineReached,
});

export const ApplicationDecisionExtended = applicationEvent({
  type: 'aeo.application.decision-extended.v1',
  summary: "Customs extended the decision period (once, by at most the programme's maximum), with reasons.",
  schema: z.object({ ...applicationRef, decisionDeadline: isoDateTime, decidedBy: safeText.min(1), reasons }),
});

export const ApplicationHearingOpened = applicationEvent({
  type: 'aeo.application.hearing-opened.v1',
  summary:
    'Customs intends to refuse: the operator gets the grounds and may comment until respondBy (right to be heard).',
  schema: z.object({ ...applicationRef, grounds: reasons, decidedBy: safeText.min(1), respondBy: isoDateTime }),
});

export const ApplicationHearingResponded = applicationEvent({
  type: 'aeo.application.hearing-responded.v1',
  summary: 'The operator commented on the grounds of the intended refusal.',
  schema: z.object({ ...applicationRef, respondedBy: safeText.min(1), respondedAt: isoDateTime }),
});

export const APPLICATION_EVENTS = [
  ProgrammePublished,
  ApplicationSubmitted,
  ApplicationAccepted,
  ApplicationRejected,
  ApplicationInformationRequested,
  ApplicationInformationReceived,
  ApplicationWithdrawn,
  ApplicationDecisionDue,
  ApplicationDecisionOverdue,
  ApplicationDecisionExtended,
  ApplicationHearingOpened,
  ApplicationHearingResponded,
] as const;
