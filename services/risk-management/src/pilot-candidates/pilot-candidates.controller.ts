import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { ROLES } from '@aeo/auth';
import { Operation } from '@aeo/service-kit';
import { PilotCandidatesQuery } from './pilot-candidates.schemas';
import { PilotCandidatesService } from './pilot-candidates.service';
import { pilotRankingSchema } from './pilot-ranking.response';

class PilotRankingDto extends createZodDto(pilotRankingSchema) {}

@ApiTags('pilot-candidates')
@Controller('pilot-candidates')
export class PilotCandidatesController {
  constructor(private readonly pilotCandidates: PilotCandidatesService) {}

  /** The top N pilot candidates by declarations, customs value and revenue, with the reasons for each. */
  @Get()
  @Operation({
    roles: [ROLES.policyUnit, ROLES.executive, ROLES.operations],
    summary: 'Rank pilot candidates',
    description:
      'The top N traders by their weighted shares of declarations, customs value and duties over the window, with the reasons for each; traders with serious infringements in the exclusion window are left out (and listed). 400 when every weight is 0.',
    answer: PilotRankingDto,
  })
  rank(@Query() query: PilotCandidatesQuery) {
    return this.pilotCandidates.rank(query);
  }
}
