import { Controller, ForbiddenException, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, ROLES, regionOf } from '@aeo/auth';
import { Operation } from '@aeo/service-kit';
import { ChannelStatisticsDto } from './channel-statistics.response';
import { ChannelStatisticsQuery } from './channel-statistics.schemas';
import { ChannelStatisticsService } from './channel-statistics.service';

@ApiTags('channel-statistics')
@Controller('channel-statistics')
export class ChannelStatisticsController {
  constructor(private readonly statistics: ChannelStatisticsService) {}

  /**
   * Declarations by control channel and by the AEO status of their trader over a period (default
   * the last 30 days), with the AEO control rates against everybody else's. A regional office
   * sees its own region only.
   */
  @Get()
  @Operation({
    roles: [ROLES.operations, ROLES.executive, ROLES.policyUnit, ROLES.regionalOffice],
    summary: 'Control channels by AEO status',
    description:
      'Declarations by control channel and by the AEO status of their trader over a period (default the last 30 days), with the AEO control rates against everybody else’s. A regional office sees its own region only (403 for another).',
    answer: ChannelStatisticsDto,
  })
  get(@Query() query: ChannelStatisticsQuery, @CurrentUser() user: AuthenticatedUser) {
    const scope = regionOf(user);
    if (scope && query.region && query.region !== scope)
      throw new ForbiddenException(`Region ${query.region} is outside your scope (${scope})`);
    return this.statistics.compute(query, scope);
  }
}
