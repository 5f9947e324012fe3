import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import { safeText, STATUS_TYPES } from '@aeo/contracts';

export const aeoStatusParamsSchema = z.strictObject({
  // Untrimmed: TaxpayerIdPipe checks the id exactly as it was sent (` 5012345` is not an id, not a repaired one).
  taxpayerId: safeText
    .min(1)
    .max(32)
    .describe(
      "Taxpayer identifier in the programme's format (TAXPAYER_ID_PATTERN, default `^[0-9]{7}$`, shared with applications); other ids answer 400",
    ),
});
export class AeoStatusParams extends createZodDto(aeoStatusParamsSchema) {}

/** The look-up's answer (AeoStatusAnswer), for OpenAPI. */
export const aeoStatusAnswerSchema = z.object({
  taxpayerId: safeText,
  aeo: z.boolean().describe('True when some part of an authorisation is in force now'),
  statusType: z.enum(STATUS_TYPES).nullable(),
  status: z
    .enum(['granted', 'suspended', 'revoked', 'surrendered'])
    .nullable()
    .describe(
      'The register status, null when the taxpayer has no authorisation; a grant before its effectiveFrom is `granted` with `aeo: false` and a `reason`',
    ),
  suspendedScope: z.enum(['whole', 'security']).nullable(),
  effectiveFrom: z.iso
    .datetime()
    .nullable()
    .describe(
      "The authorisation's own effective date (UTC), from the grant; nothing is in force before it, whatever changed since",
    ),
  statusEffectiveFrom: z.iso
    .datetime()
    .nullable()
    .describe(
      'When the current status takes or took effect (UTC): effectiveFrom for a grant; the date of the suspension, reinstatement, revocation or surrender otherwise',
    ),
  reason: safeText
    .nullable()
    .describe(
      'Why no authorisation, or only part of one, is in force, e.g. `not yet in force: effective from 2026-12-05T00:00:00.000Z`; null when it fully is',
    ),
  benefits: z.array(safeText),
  registerAsOf: z.iso
    .datetime()
    .describe(
      'When the register the answer comes from was current: now, or during a database outage the last time the database answered the replica',
    ),
  stale: z.boolean().describe('True when answered from the in-memory replica during a database outage'),
});
export class AeoStatusAnswerDto extends createZodDto(aeoStatusAnswerSchema) {}
