import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { fieldBadRequest } from '@aeo/service-kit';
import { sumTraderActivity } from './pilot-candidates.repository';
import type { PilotCandidatesQuery } from './pilot-candidates.schemas';
import { rankPilotCandidates } from './pilot-ranking';
import type { PilotRanking } from './pilot-ranking.response';

@Injectable()
export class PilotCandidatesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async rank(query: PilotCandidatesQuery): Promise<PilotRanking> {
    const activity = await sumTraderActivity(this.dataSource, query.windowDays, query.exclusionYears);
    try {
      return rankPilotCandidates(
        activity,
        { volume: query.weightVolume, value: query.weightValue, revenue: query.weightRevenue },
        query.limit,
      );
    } catch (error) {
      if (error instanceof RangeError)
        throw fieldBadRequest('weightVolume, weightValue, weightRevenue', `${error.message}`);
      throw error;
    }
  }
}
