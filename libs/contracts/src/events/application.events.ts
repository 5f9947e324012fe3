import { z } from 'zod';
import { TOPIC_NAMES } from '../topics';
import { defineEvent } from './define-event';
import { isoDateTime, language, regionCode, statusType, uuid } from './common';

const applicationRef = {
  applicationId: uuid,
  operatorId: uuid,
  taxpayerId: z.string().min(1),
  region: regionCode,
  statusType,
};

export const ApplicationSubmitted = defineEvent({
  type: 'aeo.application.submitted.v1',
  topic: TOPIC_NAMES.applicationEvents,
  aggregateType: 'operator',
  summary: 'An operator submitted an application for AEO status; the acceptance period starts.',
  schema: z.object({
    ...applicationRef,
    operatorName: z.string().min(1),
    contactEmail: z.email(),
    contactLanguage: language,
    consentToMraSharing: z.boolean(),
    submittedAt: isoDateTime,
    acceptanceDeadline: isoDateTime,
  }),
});

export const ApplicationAccepted = defineEvent({
  type: 'aeo.application.accepted.v1',
  topic: TOPIC_NAMES.applicationEvents,
  aggregateType: 'operator',
  summary: 'Customs accepted the application as complete, or the acceptance period ran out (deemed acceptance).',
  schema: z.object({
    ...applicationRef,
    acceptedAt: isoDateTime,
    deemed: z.boolean(),
    decidedBy: z.string().min(1),
    decisionDeadline: isoDateTime,
  }),
});

export const ApplicationRejected = defineEvent({
  type: 'aeo.application.rejected.v1',
  topic: TOPIC_NAMES.applicationEvents,
  aggregateType: 'operator',
  summary: 'Customs refused to accept the application (for example incomplete, or barred after a revocation).',
  schema: z.object({
    ...applicationRef,
    rejectedAt: isoDateTime,
    decidedBy: z.string().min(1),
    reason: z.string().min(1),
  }),
});

export const APPLICATION_EVENTS = [ApplicationSubmitted, ApplicationAccepted, ApplicationRejected] as const;
