import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { boundActivities } from '@aeo/temporal';
import {
  type PilotCandidateRankingActivities,
  type PilotRankingRequest,
  type PilotRankingResult,
  invalidInput,
  pilotRankingRequestSchema,
} from '@aeo/workflows';
import { sumTraderActivity } from './pilot-candidates.repository';
import { rankPilotCandidates } from './pilot-ranking';

/**
 * The pilot candidate ranking as an activity on `aeo-risk-management`, for the programme's
 * shortlist workflow (the programme never reads risk tables): the same ranking as
 * GET /v1/pilot-candidates, over the same data.
 */
@Injectable()
export class PilotCandidatesActivities implements PilotCandidateRankingActivities {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  asActivities(): PilotCandidateRankingActivities {
    return boundActivities(this, ['rankPilotCandidates']);
  }

  async rankPilotCandidates(raw: PilotRankingRequest): Promise<PilotRankingResult> {
    const parsed = pilotRankingRequestSchema.safeParse(raw);
    if (!parsed.success)
      throw invalidInput(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    const request = parsed.data;
    const activity = await sumTraderActivity(this.dataSource, request.windowDays, request.exclusionYears);
    return rankPilotCandidates(activity, request.weights, request.limit);
  }
}
