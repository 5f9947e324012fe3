import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { pilotDraftProgrammeSchema } from '@aeo/contracts';
import { responseInstant } from '@aeo/service-kit';
import { PARTICIPANT_STAGES } from './selection.repository';

export const selectionTermsResponseSchema = z.object({
  pilotId: z.string(),
  draftProgramme: pilotDraftProgrammeSchema,
  answerDays: z.number().int(),
  replacement: z.enum(['confirm', 'automatic']),
  updatedBy: z.string(),
  updatedAt: responseInstant,
});
export class SelectionTermsResponseDto extends createZodDto(selectionTermsResponseSchema) {}

const metrics = z.object({ declarations: z.number(), customsValue: z.number(), duties: z.number() });
export const shortlistSchema = z.object({
  shortlistId: z.string(),
  pilotId: z.string(),
  sequence: z.number().int().describe('The shortlist’s number in the pilot; choices are made from the latest'),
  workflowId: z.string().describe('pilot-shortlist-<pilotId>-<sequence>'),
  request: z
    .object({
      limit: z.number().int(),
      windowDays: z.number().int(),
      exclusionYears: z.number().int(),
      weights: z.object({ volume: z.number(), value: z.number(), revenue: z.number() }),
    })
    .describe('The weights, window and exclusions the ranking was taken with'),
  excluded: z.array(z.object({ taxpayerId: z.string(), reason: z.string() })),
  tradersConsidered: z.number().int(),
  takenBy: z.string(),
  takenAt: responseInstant,
  candidates: z.array(
    z.object({
      rank: z.number().int(),
      taxpayerId: z.string(),
      score: z.number(),
      shares: metrics,
      totals: metrics,
      aeoStatus: z.string().nullable(),
      reasons: z.array(z.string()),
    }),
  ),
});
export class ShortlistDto extends createZodDto(shortlistSchema) {}

export const participantSchema = z.object({
  pilotId: z.string(),
  taxpayerId: z.string(),
  stage: z.enum(PARTICIPANT_STAGES),
  region: z.string(),
  operatorId: z.string().nullable(),
  shortlistId: z.string(),
  rank: z.number().int(),
  chosenReason: z.string(),
  chosenBy: z.string(),
  chosenAt: responseInstant,
  replacing: z.string().nullable().describe('The declined or expired candidate this one replaces'),
  replacedBy: z.string().nullable(),
  answerDueAt: responseInstant.nullable(),
  answeredAt: responseInstant.nullable(),
  answeredBy: z.string().nullable(),
  reason: z.string().nullable().describe('Why it declined, or was withdrawn'),
  updatedAt: responseInstant,
});
export class ParticipantDto extends createZodDto(participantSchema) {}

export const participantListSchema = z.object({
  participants: z.array(participantSchema).describe('Companies chosen, with their stages'),
  shortlisted: z
    .array(z.object({ taxpayerId: z.string(), rank: z.number().int(), shortlistId: z.string(), score: z.number() }))
    .describe('The latest shortlist’s candidates not chosen (stage shortlisted; national view only)'),
});
export class ParticipantListDto extends createZodDto(participantListSchema) {}
