import { z } from 'zod';
import { TOPIC_NAMES } from '../topics';
import { defineEvent } from './define-event';
import { isoDateTime, regionCode, statusType, uuid } from './common';
import { taxpayerId } from './declaration.events';

const authorisation = {
  authorisationNumber: z.string().trim().min(1).max(64),
  operatorId: uuid,
  taxpayerId,
  region: regionCode,
  statusType,
  /** The holder agreed to share its AEO data with partner administrations under MRAs. */
  consentToMraSharing: z.boolean(),
};

/** The AEO register's changes: what backend platforms and the risk engine project. */
export const AuthorisationGranted = defineEvent({
  type: 'aeo.authorisation.granted.v1',
  topic: TOPIC_NAMES.certificationEvents,
  aggregateType: 'operator',
  summary: 'An AEO authorisation was granted; it takes effect on effectiveFrom.',
  schema: z.object({ ...authorisation, decidedAt: isoDateTime, effectiveFrom: isoDateTime, revalidationDue: isoDateTime }),
});

export const AuthorisationSuspended = defineEvent({
  type: 'aeo.authorisation.suspended.v1',
  topic: TOPIC_NAMES.certificationEvents,
  aggregateType: 'operator',
  summary: 'An AEO authorisation was suspended, wholly or only its security part; benefits stop for that scope.',
  schema: z.object({ ...authorisation, scope: z.enum(['whole', 'security']), effectiveFrom: isoDateTime, grounds: z.string().trim().min(1).max(2000) }),
});

export const AuthorisationReinstated = defineEvent({
  type: 'aeo.authorisation.reinstated.v1',
  topic: TOPIC_NAMES.certificationEvents,
  aggregateType: 'operator',
  summary: 'A suspended AEO authorisation was reinstated; benefits resume.',
  schema: z.object({ ...authorisation, effectiveFrom: isoDateTime }),
});

export const AuthorisationRevoked = defineEvent({
  type: 'aeo.authorisation.revoked.v1',
  topic: TOPIC_NAMES.certificationEvents,
  aggregateType: 'operator',
  summary: 'An AEO authorisation was revoked (or surrendered by its holder); benefits end.',
  schema: z.object({ ...authorisation, effectiveFrom: isoDateTime, reason: z.enum(['revoked', 'surrendered']), grounds: z.string().trim().min(1).max(2000) }),
});

export const AuthorisationRefused = defineEvent({
  type: 'aeo.authorisation.refused.v1',
  topic: TOPIC_NAMES.certificationEvents,
  aggregateType: 'operator',
  summary: 'Customs refused the application after the right to be heard, with its reasons.',
  schema: z.object({
    applicationId: uuid,
    operatorId: uuid,
    taxpayerId,
    region: regionCode,
    statusType,
    decidedBy: z.string().min(1),
    decidedAt: isoDateTime,
    reasons: z.array(z.string().trim().min(1).max(2000)).min(1).max(20),
    operatorCommented: z.boolean(),
  }),
});

export const CERTIFICATION_EVENTS = [AuthorisationGranted, AuthorisationRefused, AuthorisationSuspended, AuthorisationReinstated, AuthorisationRevoked] as const;
