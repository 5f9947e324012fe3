import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import {
  regionCode,
  safeText,
  taxpayerId,
  trimmedVisibleMultilineText,
  trimmedVisibleText,
  uuid,
} from '@aeo/contracts';
import { userSub } from '@aeo/auth';
import { pageQueryShape } from '@aeo/service-kit';
import { PILOT_COMPANY_SORTS } from './contact-officers.repository';

const text = (max: number) => safeText.trim().min(1).max(max);
/** One-line text people read (titles, names): nothing hidden in it, unlike free text. */
const visible = (max: number) => trimmedVisibleText.min(1).max(max);

export const pilotParamsSchema = z.strictObject({ pilotId: uuid });
export class PilotParams extends createZodDto(pilotParamsSchema) {}

export const pilotCompanyParamsSchema = z.strictObject({ pilotId: uuid, taxpayerId });
export class PilotCompanyParams extends createZodDto(pilotCompanyParamsSchema) {}

/**
 * A pilot company's contact officer, first or another one. The company is a participant of the
 * pilot (the selection's participant list, which gives its region and operator id); the officer
 * must work in the company's region.
 */
export const officerAssignmentSchema = z.strictObject({
  /** The officer's token subject (a contact officer in the staff contact directory): a sub as OpenID Connect allows it. */
  officerSub: userSub,
  officerName: visible(300).optional(),
  /** The region the officer works in (the staff contact directory's): must be the company's. */
  officerRegion: regionCode,
  /** The company's name, for the messages (kept from one assignment to the next). */
  companyName: visible(300).optional(),
  /** Why this officer (kept with the assignment and in the audit trail). */
  reason: trimmedVisibleMultilineText.min(1).max(2000),
});
export type OfficerAssignmentRequest = z.output<typeof officerAssignmentSchema>;
export class OfficerAssignmentDto extends createZodDto(officerAssignmentSchema) {}

export const officersQuerySchema = z.strictObject({ region: regionCode.optional() });
export class OfficersQueryDto extends createZodDto(officersQuerySchema) {}

/** The companies taking part in the pilots, a page at a time: whose officer, which pilot, which region. */
export const pilotCompaniesQuerySchema = z.strictObject({
  contactOfficer: text(200)
    .optional()
    .describe(
      'The token subject of the officer in charge, or me for the caller: the companies that officer looks after; none: the companies that have no officer yet',
    ),
  pilotId: uuid.optional().describe('Only this pilot’s companies'),
  region: regionCode.optional().describe('A customs region (regional staff: their own, 403 for another)'),
  ...pageQueryShape(PILOT_COMPANY_SORTS, {
    sort: 'assignedAt',
    order: 'desc',
    sortDescription: 'assignedAt (the default: the latest assignment first with order desc), taxpayerId or pilotCode',
  }),
});
export type PilotCompaniesQuery = z.output<typeof pilotCompaniesQuerySchema>;
export class PilotCompaniesQueryDto extends createZodDto(pilotCompaniesQuerySchema) {}
