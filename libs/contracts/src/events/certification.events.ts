import { z } from 'zod';
import { TOPIC_NAMES } from '../topics';
import { eventsOn } from './define-event';
import { isoDateTime, regionCode, safeText, statusType, uuid } from './common';
import { taxpayerId } from './declaration.events';

const certificationEvent = eventsOn(TOPIC_NAMES.certificationEvents, 'operator');

/** What every event about an authorisation carries, so that consumers need no look-up. */
export const authorisationRef = {
  authorisationNumber: safeText.trim().min(1).max(64),
  operatorId: uuid,
  taxpayerId,
  region: regionCode,
  statusType,
  /** The holder agreed to share its AEO data with partner administrations under MRAs. */
  consentToMraSharing: z.boolean(),
};

/**
 * On a change after the grant, the authorisation's own effective date (the grant's effectiveFrom),
 * so that a projection never takes the change's date for it. Optional: events written before it
 * existed lack it, and consumers keep the date they had from the grant.
 */
const grantEffectiveFrom = {
  authorisationEffectiveFrom: isoDateTime.optional(),
};

/** The AEO register's changes: what backend platforms and the risk engine project. */
export const AuthorisationGranted = certificationEvent({
  type: 'aeo.authorisation.granted.v1',
  summary: 'An AEO authorisation was granted; it takes effect on effectiveFrom.',
  schema: z.object({
    ...authorisationRef,
    decidedAt: isoDateTime,
    effectiveFrom: isoDateTime,
    revalidationDue: isoDateTime,
  }),
});

export const AuthorisationSuspended = certificationEvent({
  type: 'aeo.authorisation.suspended.v1',
  summary: 'An AEO authorisation was suspended, wholly or only its security part; benefits stop for that scope.',
  schema: z.object({
    ...authorisationRef,
    ...grantEffectiveFrom,
    scope: z.enum(['whole', 'security']),
    /** When the suspension takes effect. */
    effectiveFrom: isoDateTime,
    grounds: safeText.trim().min(1).max(2000),
    /** Suspended at the holder's own request. */
    requestedByHolder: z.boolean().optional(),
    /** The holder states its remedial measures by then. */
    remediationPlanDue: isoDateTime.optional(),
  }),
});

export const AuthorisationReinstated = certificationEvent({
  type: 'aeo.authorisation.reinstated.v1',
  summary: 'A suspended AEO authorisation was reinstated; benefits resume.',
  /** effectiveFrom: when the reinstatement takes effect. */
  schema: z.object({ ...authorisationRef, ...grantEffectiveFrom, effectiveFrom: isoDateTime }),
});

export const AuthorisationRevoked = certificationEvent({
  type: 'aeo.authorisation.revoked.v1',
  summary:
    'An AEO authorisation was revoked, after the right to be heard, with effect from effectiveFrom; benefits end and no new application is accepted for the bar period (EU: 3 years). Surrenders have their own event.',
  schema: z.object({
    ...authorisationRef,
    ...grantEffectiveFrom,
    effectiveFrom: isoDateTime,
    reason: z.enum(['revoked', 'surrendered']),
    grounds: safeText.trim().min(1).max(2000),
  }),
});

export const AuthorisationRefused = certificationEvent({
  type: 'aeo.authorisation.refused.v1',
  summary: 'Customs refused the application after the right to be heard, with its reasons.',
  schema: z.object({
    applicationId: uuid,
    operatorId: uuid,
    taxpayerId,
    region: regionCode,
    statusType,
    decidedBy: safeText.min(1),
    decidedAt: isoDateTime,
    reasons: z.array(safeText.trim().min(1).max(2000)).min(1).max(20),
    operatorCommented: z.boolean(),
  }),
});

export const AuthorisationSurrendered = certificationEvent({
  type: 'aeo.authorisation.surrendered.v1',
  summary:
    'The holder gave up its AEO authorisation, with effect from effectiveFrom; benefits end (no bar on a new application).',
  schema: z.object({
    ...authorisationRef,
    ...grantEffectiveFrom,
    effectiveFrom: isoDateTime,
    requestedBy: safeText.min(1),
    reason: safeText.trim().min(1).max(2000),
  }),
});

export const CERTIFICATION_EVENTS = [
  AuthorisationGranted,
  AuthorisationRefused,
  AuthorisationSuspended,
  AuthorisationReinstated,
  AuthorisationRevoked,
  AuthorisationSurrendered,
] as const;
