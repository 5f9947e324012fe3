import { z } from 'zod';

/** What the pilot ranking answers (GET /v1/pilot-candidates). */
const metrics = z.object({ declarations: z.number(), customsValue: z.number(), duties: z.number() });

export const rankingWeightsSchema = z.object({ volume: z.number(), value: z.number(), revenue: z.number() });
export type RankingWeights = z.infer<typeof rankingWeightsSchema>;

export const pilotCandidateSchema = z.object({
  rank: z.number().int(),
  taxpayerId: z.string(),
  score: z.number().describe('Weighted sum of the shares'),
  shares: metrics.describe('The trader’s share (0 to 1) of all declarations, customs value and duties of the window'),
  totals: metrics,
  aeoStatus: z
    .string()
    .nullable()
    .describe(
      'Status type and status when the trader is or was an AEO ("AEOF granted"), with the day (UTC) it takes effect when that is later ("AEOF granted, effective from 2027-01-15"), or "before taking effect" for a grant revoked or surrendered before then',
    ),
  reasons: z.array(z.string()),
});
export type PilotCandidate = z.infer<typeof pilotCandidateSchema>;

export const pilotRankingSchema = z.object({
  candidates: z.array(pilotCandidateSchema),
  excluded: z
    .array(z.object({ taxpayerId: z.string(), reason: z.string() }))
    .describe('Traders left out for serious infringements'),
  weights: rankingWeightsSchema,
  tradersConsidered: z.number().int(),
});
export type PilotRanking = z.infer<typeof pilotRankingSchema>;
