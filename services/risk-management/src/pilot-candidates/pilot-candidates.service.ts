import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { PilotCandidatesQuery } from './pilot-candidates.schemas';
import { rankPilotCandidates, TraderActivity } from './pilot-ranking';
import type { PilotRanking } from './pilot-ranking.response';

@Injectable()
export class PilotCandidatesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async rank(query: PilotCandidatesQuery): Promise<PilotRanking> {
    const rows: { taxpayer_id: string; declarations: string; customs_value: string; duties: string; serious: string; aeo_status: string | null }[] = await this.dataSource.query(
      `SELECT d.taxpayer_id,
              sum(d.declarations)::bigint AS declarations,
              sum(d.customs_value) AS customs_value,
              sum(d.duties) AS duties,
              (SELECT count(*) FROM compliance_history c
                WHERE c.taxpayer_id = d.taxpayer_id AND c.severity IN ('serious', 'critical')
                  AND c.occurred_at >= now() - make_interval(years => $2)) AS serious,
              (SELECT s.status_type || ' ' || s.status FROM aeo_status s WHERE s.taxpayer_id = d.taxpayer_id) AS aeo_status
         FROM declaration_daily d
        WHERE d.day >= current_date - $1::int
        GROUP BY d.taxpayer_id`,
      [query.windowDays, query.exclusionYears],
    );
    const activity: TraderActivity[] = rows.map((row) => ({
      taxpayerId: row.taxpayer_id,
      declarations: Number(row.declarations),
      customsValue: Number(row.customs_value),
      duties: Number(row.duties),
      seriousInfringements: Number(row.serious),
      aeoStatus: row.aeo_status,
    }));
    try {
      return rankPilotCandidates(activity, { volume: query.weightVolume, value: query.weightValue, revenue: query.weightRevenue }, query.limit);
    } catch (error) {
      if (error instanceof RangeError) throw new BadRequestException(`weightVolume, weightValue, weightRevenue: ${error.message}`);
      throw error;
    }
  }
}
