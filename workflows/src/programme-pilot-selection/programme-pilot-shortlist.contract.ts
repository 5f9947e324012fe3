import { WorkflowIdReusePolicy } from '@temporalio/common';
import { z } from 'zod';
import { safeText } from '@aeo/contracts/common';

/**
 * A pilot's shortlist (issue 17, selection): the risk engine ranks the pilot candidates (its
 * activity on `TASK_QUEUES.riskManagement`: the programme never reads risk tables), then the
 * programme records the shortlist with the weights, window and exclusions used (its activity on
 * `TASK_QUEUES.programme`). One short workflow per shortlist, `pilot-shortlist-<pilotId>-<n>`.
 */
export const pilotShortlistWorkflowId = (pilotId: string, sequence: number) => `pilot-shortlist-${pilotId}-${sequence}`;
/**
 * A shortlist's number is taken once: a second start while it runs or after it recorded its
 * shortlist is refused (the API answers 409); a run that failed or timed out recorded nothing, so
 * its number is taken again by the next request instead of blocking every later shortlist.
 */
export const PILOT_SHORTLIST_ID_REUSE_POLICY = WorkflowIdReusePolicy.ALLOW_DUPLICATE_FAILED_ONLY;

const weight = z.number().finite().min(0).max(100);

/** What the ranking is asked for: the same parameters as the risk engine's GET /v1/pilot-candidates. */
export const pilotRankingRequestSchema = z.strictObject({
  limit: z.number().int().min(1).max(100),
  windowDays: z.number().int().min(1).max(1095),
  exclusionYears: z.number().int().min(1).max(10),
  weights: z
    .strictObject({ volume: weight, value: weight, revenue: weight })
    .refine((w) => w.volume + w.value + w.revenue > 0, 'at least one ranking weight must be positive'),
});
export type PilotRankingRequest = z.output<typeof pilotRankingRequestSchema>;

/** The risk engine's ranking (its GET /v1/pilot-candidates answer). */
export interface PilotRankingResult {
  candidates: {
    rank: number;
    taxpayerId: string;
    score: number;
    shares: { declarations: number; customsValue: number; duties: number };
    totals: { declarations: number; customsValue: number; duties: number };
    aeoStatus: string | null;
    reasons: string[];
  }[];
  excluded: { taxpayerId: string; reason: string }[];
  weights: { volume: number; value: number; revenue: number };
  tradersConsidered: number;
}

/** Hosted by the risk-management service on `TASK_QUEUES.riskManagement`. */
export interface PilotCandidateRankingActivities {
  /** The top candidates by the weighted shares, traders with serious infringements left out (and listed). */
  rankPilotCandidates(request: PilotRankingRequest): Promise<PilotRankingResult>;
}

export const pilotShortlistInputSchema = z.strictObject({
  pilotId: z.uuid(),
  sequence: z.number().int().min(1),
  /** Who asked for the shortlist (token subject) and their roles, for the audit trail. */
  by: safeText.trim().min(1).max(200),
  byRoles: z.array(safeText.min(1).max(64)).max(10).default([]),
  request: pilotRankingRequestSchema,
});
export type PilotShortlistInput = z.input<typeof pilotShortlistInputSchema>;

/** What the programme records: the shortlist, with what it was taken with. */
export interface PilotShortlistRecord {
  workflowId: string;
  pilotId: string;
  sequence: number;
  by: string;
  byRoles: string[];
  request: PilotRankingRequest;
  ranking: PilotRankingResult;
}

export interface PilotShortlistResult {
  shortlistId: string;
  candidates: number;
  excluded: number;
}

/** Hosted by the programme service on `TASK_QUEUES.programme`. */
export interface PilotShortlistActivities {
  /** Records the shortlist once (keyed by pilot and number: a retry answers the same shortlist). */
  recordPilotShortlist(record: PilotShortlistRecord): Promise<{ shortlistId: string }>;
}
