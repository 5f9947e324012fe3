import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { regionCode, safeText, taxpayerId, uuid } from '@aeo/contracts';

const text = (max: number) => safeText.trim().min(1).max(max);

export const pilotParamsSchema = z.strictObject({ pilotId: uuid });
export class PilotParams extends createZodDto(pilotParamsSchema) {}

export const pilotCompanyParamsSchema = z.strictObject({ pilotId: uuid, taxpayerId });
export class PilotCompanyParams extends createZodDto(pilotCompanyParamsSchema) {}

/**
 * A pilot company's contact officer, first or another one. The company's region, operator id and
 * name are given with the first assignment (the participant list does not name them here yet) and
 * kept after it; the officer must work in the company's region.
 */
export const officerAssignmentSchema = z.strictObject({
  /** The officer's token subject (a contact officer in the staff contact directory). */
  officerSub: text(200),
  officerName: text(300).optional(),
  /** The region the officer works in (the staff contact directory's): must be the company's. */
  officerRegion: regionCode,
  /** The company's region: required with the first assignment; afterwards, when given, the one recorded. */
  region: regionCode.optional(),
  operatorId: uuid.optional(),
  companyName: text(300).optional(),
  /** Why this officer (kept with the assignment and in the audit trail). */
  reason: text(2000),
});
export type OfficerAssignmentRequest = z.output<typeof officerAssignmentSchema>;
export class OfficerAssignmentDto extends createZodDto(officerAssignmentSchema) {}

export const officersQuerySchema = z.strictObject({ region: regionCode.optional() });
export class OfficersQueryDto extends createZodDto(officersQuerySchema) {}
