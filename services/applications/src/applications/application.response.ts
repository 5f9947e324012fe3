import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { type AuthenticatedUser, ROLES, hasRole } from '@aeo/auth';
import { STATUS_TYPES } from '@aeo/contracts';
import { responseInstant } from '@aeo/service-kit';
import { APPLICATION_STATUSES } from './application-status';

/** An application as the API answers it (Application in applications.repository.ts); fields not set yet are null. */
export const applicationSchema = z.object({
  id: z.uuid(),
  operatorId: z.uuid(),
  region: z.string().describe('The operator’s customs region (scopes regional staff)'),
  statusType: z.enum(STATUS_TYPES),
  status: z.enum(APPLICATION_STATUSES),
  consentToMraSharing: z.boolean(),
  programmeVersion: z
    .number()
    .int()
    .nullable()
    .default(null)
    .describe('Programme version the application is filed under'),
  submittedAt: responseInstant.nullable().default(null),
  acceptanceDeadline: responseInstant.nullable().default(null),
  acceptedAt: responseInstant.nullable().default(null),
  decisionDeadline: responseInstant.nullable().default(null),
  decidedBy: z
    .string()
    .nullable()
    .default(null)
    .describe('The customs officer or executive who took the last decision; customs only (null for an operator user)'),
  statusReason: z.string().nullable().default(null).describe('Grounds of a rejection, refusal or withdrawal'),
  decisionReasons: z.array(z.string()).nullable().default(null),
  decidedAt: responseInstant.nullable().default(null),
  hearingGrounds: z
    .array(z.string())
    .nullable()
    .default(null)
    .describe('Grounds of an intended refusal the operator is heard on'),
  hearingRespondBy: responseInstant.nullable().default(null),
  hearingResponse: z.string().nullable().default(null),
  hearingRespondedBy: z.string().nullable().default(null),
  hearingRespondedAt: responseInstant.nullable().default(null),
  createdBy: z.string(),
  version: z.number().int().describe('Optimistic-locking version, raised by every change'),
  updatedAt: responseInstant,
});
export class ApplicationDto extends createZodDto(applicationSchema) {}

export const acceptanceAnswerSchema = z.object({
  applicationId: z.uuid(),
  decision: z.string().describe('accept or reject, as sent'),
  workflowId: z.string().describe('The certification workflow the decision was signalled to'),
});
export class AcceptanceAnswerDto extends createZodDto(acceptanceAnswerSchema) {}

/**
 * An application as the caller may read it: a company's own users do not learn which customs
 * officer or executive decided (`decidedBy`), as a company's webhooks do not (notifications'
 * COMPANY_WITHHELD_FIELDS); the decision, its date and its grounds stay theirs.
 */
export function applicationAsSeenBy<T extends { decidedBy: string | null }>(
  user: AuthenticatedUser,
  application: T,
): T {
  return hasRole(user, ROLES.operatorUser) ? { ...application, decidedBy: null } : application;
}
