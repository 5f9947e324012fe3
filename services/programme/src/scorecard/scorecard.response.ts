import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { SCORECARD_STATUSES } from '@aeo/contracts';
import { responseInstant } from '@aeo/service-kit';
import { ROLLED_UP_STATUSES } from './principles';
import { TFA_CHECK_IDS, TFA_CHECK_STATUSES } from './tfa-checks';

const bilingual = z.object({ mn: z.string(), en: z.string() });

const evidenceSchema = z.object({
  documents: z.array(z.object({ title: z.string(), url: z.string() })),
  links: z.array(z.object({ title: z.string().optional(), url: z.string() })),
  kpiIds: z.array(z.string()).describe('KPIs of the catalogue (GET /v1/kpis/{kpiId} gives their figures)'),
});

export const assessmentSchema = z.object({
  id: z.uuid(),
  principleId: z.string(),
  standardId: z.string(),
  status: z.enum(SCORECARD_STATUSES),
  note: z.string(),
  evidence: evidenceSchema,
  assessedBy: z.string().describe('Token subject of the policy unit member'),
  assessedAt: responseInstant,
});
export class AssessmentDto extends createZodDto(assessmentSchema) {}

const standardStateSchema = z.object({
  id: z.string(),
  name: bilingual,
  asks: bilingual.describe('What the standard asks of the programme'),
  status: z.enum(SCORECARD_STATUSES).nullable().describe('The latest assessment’s status; null before the first'),
  assessment: assessmentSchema.nullable().describe('The latest assessment'),
});

const principleStateSchema = z.object({
  id: z.string(),
  name: bilingual,
  asks: bilingual,
  status: z
    .enum(ROLLED_UP_STATUSES)
    .describe(
      'Rolled up: the least advanced standard’s status (not-assessed < ongoing < partial < met); met only when every standard is met',
    ),
  standards: z.array(standardStateSchema),
});

export const tfaCheckSchema = z.object({
  id: z.enum(TFA_CHECK_IDS),
  article: z.string().describe('The part of WTO TFA Article 7 the check is about'),
  name: bilingual,
  status: z.enum(TFA_CHECK_STATUSES),
  finding: z.string().describe('Why the check has its status'),
  evidence: z.array(
    z.object({
      kind: z.enum(['programme-version', 'benefit', 'mra-arrangement']),
      reference: z
        .string()
        .describe('The version (v3), the benefit’s name (aeo-reduced-physical-inspection) or the arrangement id'),
      label: z.string(),
      state: z.string().describe('published; measured or not-measured (a benefit); the arrangement’s phase'),
      at: responseInstant.nullable().describe('When published, last applied, or since when in its phase'),
      eventId: z.string().nullable().describe('The event the fact was taken from; null for a benefit (many decisions)'),
      kpiIds: z.array(z.string()).describe('For a benefit: the KPIs of the catalogue measuring it'),
    }),
  ),
});

export const tfaArticle77Schema = z.object({
  status: z.enum(TFA_CHECK_STATUSES).describe('The worst of the three checks'),
  checks: z.array(tfaCheckSchema),
});
export class TfaArticle77Dto extends createZodDto(tfaArticle77Schema) {}

export const scorecardSchema = z.object({
  principles: z.array(principleStateSchema),
  tfaArticle77: tfaArticle77Schema.describe('The WTO TFA 7.7 checks, computed from events at request time'),
  at: responseInstant.describe('When this state was read'),
});
export class ScorecardDto extends createZodDto(scorecardSchema) {}

export const standardHistorySchema = z.object({
  standardId: z.string(),
  principleId: z.string(),
  name: bilingual,
  assessments: z.array(assessmentSchema).describe('Newest first'),
});
export class StandardHistoryDto extends createZodDto(standardHistorySchema) {}
