import { z } from 'zod';
import { TOPIC_NAMES } from '../topics';
import { eventsOn } from './define-event';
import { email, isoDateTime, language, regionCode, safeText, textMatching, uuid } from './common';

// On the applications topic, keyed by the operator: a company's changes stay in order with its applications.
// All carry staff ids or personal details (a linked or removed user's id, the reason, a company's contact): internal,
// so that no outside platform's webhook hears of them, not even through `*`.
const operatorEvent = eventsOn(TOPIC_NAMES.applicationEvents, 'operator');

const operatorRef = { operatorId: uuid, taxpayerId: safeText.min(1), region: regionCode };
const userRole = z.enum(['administrator', 'member']);

export const OperatorUserRemoved = operatorEvent({
  type: 'aeo.operator.user-removed.v1',
  summary:
    'A person was removed from an operator’s company (by its administrator or customs staff): from now on they no longer act for it; other services and the identity provider may follow.',
  internal: true,
  schema: z.object({
    ...operatorRef,
    /** The removed person's user id (the `sub` of their token). */
    sub: safeText.min(1),
    role: userRole,
    removedBy: safeText.min(1),
    removedAt: isoDateTime,
    reason: safeText.min(1),
  }),
});

export const OperatorUserLinked = operatorEvent({
  type: 'aeo.operator.user-linked.v1',
  summary:
    'A person was linked to an operator’s company, or linked again with new details or another role (previousRole: the role until then), by its administrator or customs staff: from now on they act for it in that role.',
  internal: true,
  schema: z.object({
    ...operatorRef,
    /** The linked person's user id (the `sub` of their token). */
    sub: safeText.min(1),
    role: userRole,
    /** Their role until now; absent when they were not linked. */
    previousRole: userRole.optional(),
    linkedBy: safeText.min(1),
    linkedAt: isoDateTime,
  }),
});

export const OperatorUpdated = operatorEvent({
  type: 'aeo.operator.updated.v1',
  summary:
    'An operator’s contact, address or supply-chain roles changed (its name, legal form, taxpayer id and region do not change this way).',
  internal: true,
  schema: z.object({
    ...operatorRef,
    /** The fields the update named, with their new values. */
    changed: z.array(z.enum(['contact', 'address', 'supplyChainRoles'])).min(1),
    contact: z.object({
      name: safeText.min(1),
      email,
      phone: safeText.optional(),
      language,
    }),
    address: z.object({
      street: safeText.min(1).max(200),
      city: safeText.min(1).max(100),
      postalCode: safeText.max(20).optional(),
      country: textMatching(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'),
    }),
    supplyChainRoles: z.array(safeText.min(1)).min(1),
    updatedBy: safeText.min(1),
    updatedAt: isoDateTime,
  }),
});

export const OperatorInvitationCreated = operatorEvent({
  type: 'aeo.operator.invitation-created.v1',
  summary:
    'An administrator of an operator’s company invited a person (by email) to join it in a role: notifications emails them the link to the identity provider, whose code is sealed for notifications alone (INVITATION_CODE_KEY).',
  internal: true,
  schema: z.object({
    ...operatorRef,
    invitationId: uuid,
    operatorName: safeText.min(1),
    email,
    name: safeText.min(1),
    language,
    role: userRole,
    /** The single-use code, AES-256-GCM under INVITATION_CODE_KEY with the invitation id as associated data. */
    sealedCode: textMatching(/^aesgcm1:[A-Za-z0-9_.-]+$/, 'must be a sealed invitation code'),
    expiresAt: isoDateTime,
    invitedBy: safeText.min(1),
    invitedAt: isoDateTime,
  }),
});

export const OPERATOR_EVENTS = [
  OperatorUserLinked,
  OperatorUserRemoved,
  OperatorUpdated,
  OperatorInvitationCreated,
] as const;
