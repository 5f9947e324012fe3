import { BadRequestException, Controller, Get, Injectable, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { ROLES, Roles } from '@aeo/auth';
import { rankPilotCandidates, TraderActivity } from './pilot-ranking';
import { PilotRanking, pilotRankingSchema } from './pilot-ranking.response';

const weight = z.coerce.number().min(0).max(100).default(1);

export const pilotCandidatesQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(10),
  windowDays: z.coerce.number().int().min(1).max(1095).default(365).describe('Declarations of the last N days count'),
  exclusionYears: z.coerce.number().int().min(1).max(10).default(3).describe('Serious infringements of the last N years exclude a trader'),
  weightVolume: weight.describe('Weight of the share of declarations'),
  weightValue: weight.describe('Weight of the share of customs value'),
  weightRevenue: weight.describe('Weight of the share of duties and taxes'),
});
export class PilotCandidatesQuery extends createZodDto(pilotCandidatesQuerySchema) {}
class PilotRankingDto extends createZodDto(pilotRankingSchema) {}

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

@ApiTags('pilot-candidates')
@Controller('pilot-candidates')
export class PilotCandidatesController {
  constructor(private readonly pilotCandidates: PilotCandidatesService) {}

  /** The top N pilot candidates by declarations, customs value and revenue, with the reasons for each. */
  @Get()
  @Roles(ROLES.policyUnit, ROLES.executive, ROLES.operations)
  @ApiOperation({
    summary: 'Rank pilot candidates',
    description: 'The top N traders by their weighted shares of declarations, customs value and duties over the window, with the reasons for each; traders with serious infringements in the exclusion window are left out (and listed). 400 when every weight is 0.',
  })
  @ZodResponse({ status: 200, type: PilotRankingDto })
  rank(@Query() query: PilotCandidatesQuery) {
    return this.pilotCandidates.rank(query);
  }
}
