import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import type { AuthenticatedUser } from '@aeo/auth';
import { pageSchemaOf, responseInstant } from '@aeo/service-kit';
import { companyViewOf, readsAsCompany } from '../company-view';
import type { OfficerAssignment } from './contact-officers.repository';

export const officerAssignmentResponseSchema = z.object({
  pilotId: z.uuid(),
  taxpayerId: z.string(),
  sequence: z
    .number()
    .int()
    .describe('1 for the first assignment of the company in the pilot; each reassignment adds one'),
  operatorId: z.uuid().nullable(),
  companyName: z.string().nullable(),
  region: z.string().describe('The company’s region (the officer works there)'),
  officerSub: z.string(),
  officerName: z.string().nullable(),
  assignedBy: z
    .string()
    .nullable()
    .describe('Token subject of the policy unit member who assigned; not shown to operator users (null for them)'),
  assignedAt: responseInstant,
  reason: z.string(),
});
export class OfficerAssignmentResponseDto extends createZodDto(officerAssignmentResponseSchema) {}

export const companyOfficerSchema = officerAssignmentResponseSchema.extend({
  history: z
    .array(officerAssignmentResponseSchema)
    .describe('Every assignment of the company’s contact officer, newest (the officer in charge) first'),
});
export class CompanyOfficerDto extends createZodDto(companyOfficerSchema) {}

const noOfficerYet = 'null while the company has no contact officer yet';

export const pilotCompanySchema = officerAssignmentResponseSchema.extend({
  sequence: officerAssignmentResponseSchema.shape.sequence
    .nullable()
    .describe(`1 for the first assignment of the company in the pilot; each reassignment adds one; ${noOfficerYet}`),
  companyName: z.string().nullable().describe('The company’s name as its latest assignment gave it (null without one)'),
  officerSub: z.string().nullable().describe(`The officer in charge (token subject); ${noOfficerYet}`),
  officerName: z.string().nullable(),
  assignedBy: z.string().nullable().describe(`Token subject of the policy unit member who assigned; ${noOfficerYet}`),
  assignedAt: responseInstant.nullable().describe(`When the officer in charge was assigned; ${noOfficerYet}`),
  reason: z.string().nullable().describe(`Why this officer; ${noOfficerYet}`),
  region: z.string().describe('The company’s region (the participant list’s)'),
  pilotCode: z.string(),
  pilotTitle: z.string(),
  pilotStatus: z.string().describe('The pilot’s status: planned, running, ended, reported, closed or cancelled'),
});
export class PilotCompanyPageDto extends createZodDto(pageSchemaOf(pilotCompanySchema)) {}

/** What a company's users read of an assignment: who their officer is, since when and why. */
const OFFICER_SHOWN = [
  'pilotId',
  'taxpayerId',
  'sequence',
  'operatorId',
  'companyName',
  'region',
  'officerSub',
  'officerName',
  'assignedAt',
  'reason',
] as const;

/**
 * An assignment as the caller may read it: the company's own users do not learn which policy unit
 * member assigned it (`assignedBy` null); customs staff read it whole.
 */
export function officerAssignmentAsSeenBy(user: AuthenticatedUser, assignment: OfficerAssignment) {
  return readsAsCompany(user) ? companyViewOf(assignment, OFFICER_SHOWN, ['assignedBy']) : assignment;
}

/** A company's officer in charge with its history, as the caller may read them (officerAssignmentAsSeenBy). */
export function companyOfficerAsSeenBy(
  user: AuthenticatedUser,
  officer: OfficerAssignment & { history: OfficerAssignment[] },
) {
  return {
    ...officerAssignmentAsSeenBy(user, officer),
    history: officer.history.map((assignment) => officerAssignmentAsSeenBy(user, assignment)),
  };
}
