import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import {
  intParam,
  pilotDraftProgrammeSchema,
  regionCode,
  trimmedVisibleMultilineText,
  trimmedVisibleText,
} from '@aeo/contracts';
import { DEFAULT_PILOT_ANSWER_DAYS, PILOT_INVITATION_LIMITS } from '@aeo/workflows';

/**
 * A taxpayer id in a path or a body: nothing hidden in it (400 naming the field and the character); its
 * format (TAXPAYER_ID_PATTERN, configuration) is checked by TaxpayerIdPipe after this.
 */
export const taxpayerIdSchema = trimmedVisibleText.min(1).max(32);

export const pilotParamsSchema = z.strictObject({ pilotId: z.uuid() });
export class PilotParams extends createZodDto(pilotParamsSchema) {}

export const selectionTermsSchema = z.strictObject({
  draftProgramme: pilotDraftProgrammeSchema,
  /** Days a candidate has to answer its invitation (default 14). */
  answerDays: z.number().int().min(1).max(PILOT_INVITATION_LIMITS.maxAnswerDays).default(DEFAULT_PILOT_ANSWER_DAYS),
  /** `confirm`: a replacement is proposed to the policy unit, who chooses it; `automatic`: chosen and invited at once. */
  replacement: z.enum(['confirm', 'automatic']).default('confirm'),
});
export class SelectionTermsDto extends createZodDto(selectionTermsSchema) {}

const weight = (what: string) =>
  z.number().finite().min(0).max(100).default(1).describe(`Weight of the share of ${what} (0 to 100)`);
export const shortlistRequestSchema = z.strictObject({
  limit: z.number().int().min(1).max(100).default(10),
  windowDays: z.number().int().min(1).max(1095).default(365).describe('Declarations of the last N days count'),
  exclusionYears: z
    .number()
    .int()
    .min(1)
    .max(10)
    .default(3)
    .describe('Serious infringements of the last N years exclude a trader'),
  weights: z
    .strictObject({ volume: weight('declarations'), value: weight('customs value'), revenue: weight('duties') })
    .default({ volume: 1, value: 1, revenue: 1 })
    .refine((w) => w.volume + w.value + w.revenue > 0, 'at least one ranking weight must be positive'),
});
export class ShortlistRequestDto extends createZodDto(shortlistRequestSchema) {}

export const shortlistsQuerySchema = z.strictObject({ limit: intParam({ min: 1, max: 50 }).default(5) });
export class ShortlistsQueryDto extends createZodDto(shortlistsQuerySchema) {}

export const choiceSchema = z.strictObject({
  /** A candidate of the pilot's latest shortlist. */
  taxpayerId: taxpayerIdSchema,
  reason: trimmedVisibleMultilineText.min(1).max(PILOT_INVITATION_LIMITS.reason),
  /** The company's region (customs office it belongs to): its contact officer and regional staff follow it. */
  region: regionCode,
  /** The company's operator id in the applications service, when it is registered. */
  operatorId: z.uuid().optional(),
  /** A declined or expired candidate this one replaces (it becomes `replaced`). */
  replacing: taxpayerIdSchema.optional(),
});
export class ChoiceDto extends createZodDto(choiceSchema) {}

export const participantParamsSchema = z.strictObject({ pilotId: z.uuid(), taxpayerId: taxpayerIdSchema });
export class ParticipantParams extends createZodDto(participantParamsSchema) {}

export const operatorIdentificationSchema = z.strictObject({
  /** The company's operator id in the applications service (its registration). */
  operatorId: z.uuid(),
  reason: trimmedVisibleMultilineText.min(1).max(PILOT_INVITATION_LIMITS.reason),
});
export class OperatorIdentificationDto extends createZodDto(operatorIdentificationSchema) {}

export const participantsQuerySchema = z.strictObject({ region: regionCode.optional() });
export class ParticipantsQueryDto extends createZodDto(participantsQuerySchema) {}
