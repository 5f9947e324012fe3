import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, ROLES, regionFilterOf } from '@aeo/auth';
import { CustomsRegionPipe, Operation } from '@aeo/service-kit';
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
      'Declarations by control channel and by the AEO status of their trader over a period (default the last 30 days), with the AEO control rates against everybody else’s. A regional office sees its own region only (403 for another); `region` must be one of the programme’s (`CUSTOMS_REGIONS`, else 400).',
    answer: ChannelStatisticsDto,
  })
  get(@Query(CustomsRegionPipe) query: ChannelStatisticsQuery, @CurrentUser() user: AuthenticatedUser) {
    return this.statistics.compute(query, regionFilterOf(user, query.region));
  }
}
