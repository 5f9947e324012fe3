import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, ROLES, Roles } from '@aeo/auth';
import { ApiErrorAnswers, CustomsRegionPipe, Operation } from '@aeo/service-kit';
import { PilotParams } from '../contact-officers/contact-officers.schemas';
import { MAX_COMPARABLE_TRADERS } from './benefits-test-figures';
import { BenefitsTestDto } from './benefits-test.response';
import { BenefitsTestQueryDto } from './benefits-test.schemas';
import { PilotBenefitsTestService } from './benefits-test.service';

const READERS = [ROLES.policyUnit, ROLES.executive, ROLES.regionalOffice];

/** The pilot's benefits test: what certification changed for the pilot companies, against their past and their peers. */
@ApiTags('pilots')
@Controller('pilots/:pilotId')
@Roles(...READERS)
export class PilotBenefitsTestController {
  constructor(private readonly benefitsTest: PilotBenefitsTestService) {}

  @Get('benefits-test')
  @Operation({
    roles: READERS,
    summary: 'A pilot’s benefits test',
    description: `For each company accepted into the pilot and certified (an AEO authorisation granted to its operator), as of the end of each milestone due date passed and as of now: its control rates (documentary = yellow, physical = red), the share of its declarations that received an AEO benefit, the share with priority treatment and the time from lodgement to channel decision, after its certification (windowDays, 90 by default, 7 to 365) against the same length before it, and against comparable non-pilot traders over the same after-window (its region, a declaration volume within volumeBand of its own, 2 by default, 1 to 10; never a pilot company nor an AEO; at most ${MAX_COMPARABLE_TRADERS} of them, the closest in volume: peers.eligibleTraders says how many qualified, peers.traders how many were taken); with sample sizes, differences, a pooled summary and the definition of every figure (definitions). A rate of an empty sample is null. The policy unit and executives see every company (region narrows them); a regional office its own region’s (another region is 403). Computed when asked from the declarations and channel decisions the programme has folded; nothing is recorded.`,
    answer: BenefitsTestDto,
  })
  @ApiErrorAnswers({ 403: 'Another region than the caller’s own', 404: 'No such pilot' })
  get(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: PilotParams,
    @Query(CustomsRegionPipe) query: BenefitsTestQueryDto,
  ) {
    return this.benefitsTest.forUser(user, params.pilotId, query);
  }
}
