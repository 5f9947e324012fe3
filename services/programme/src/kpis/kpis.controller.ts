import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, ROLES, Roles } from '@aeo/auth';
import { ApiErrorAnswers, CustomsRegionPipe, NoQuery, NoQueryParams, Operation } from '@aeo/service-kit';
import { KpiDefinitionDto, KpiEventsDto, KpiValuesDto } from './kpis.response';
import { KpiEventsQueryDto, KpiIdParams, KpiValuesQueryDto } from './kpis.schemas';
import { KpisService } from './kpis.service';

const SCOPE =
  'Executives and the policy unit see every region; a regional office only its own (its default, another is 403).';
const QUERY =
  'period week (ISO, Monday to Sunday), month or quarter, all in the programme’s time zone (PROGRAMME_TIME_ZONE, UTC unless configured); from and to as dates of that time zone (to exclusive; the periods holding them are taken whole, and the answer’s from and to are the range so widened: to=2026-01-15 with period=month answers for all of January with to 2026-02-01; default: the current period and the eleven before it; at most 520 periods); region and statusType narrow the figures.';

/** The refusals of a read of one KPI. */
const KPI_READ_ERRORS = { 403: 'Another region than the regional office’s own', 404: 'No such KPI' };

/** The programme's KPIs: definitions, figures per period and scope, and the events behind each figure. */
@ApiTags('kpis')
@Controller('kpis')
@Roles(ROLES.executive, ROLES.policyUnit, ROLES.regionalOffice)
export class KpisController {
  constructor(private readonly kpis: KpisService) {}

  @Get()
  @Operation({
    summary: 'KPI definitions',
    description:
      'Every KPI with its names (mn, en), definition, unit, target, direction, the dimensions it is broken down by, and the SQL computing it per period.',
    answer: [KpiDefinitionDto],
  })
  definitions(@Query(NoQuery) _query: NoQueryParams) {
    return this.kpis.definitions();
  }

  @Get(':kpiId')
  @Operation({
    summary: 'A KPI’s figures per period',
    description: `The figure of every period of the range (null when no process fell in it), with its sample, the numerator of a share and whether it is on target. ${QUERY} ${SCOPE} 404 for an unknown KPI.`,
    answer: KpiValuesDto,
  })
  @ApiErrorAnswers(KPI_READ_ERRORS)
  values(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: KpiIdParams,
    @Query(CustomsRegionPipe) query: KpiValuesQueryDto,
  ) {
    return this.kpis.values(user, params.kpiId, query);
  }

  @Get(':kpiId/events')
  @Operation({
    summary: 'The events behind a KPI’s figures',
    description: `Drill-down: the events that produced the figures of the range and scope (for one figure, give its period as the range), each with the period it counts in; paged with limit and the previous page’s nextCursor as after. ${QUERY} ${SCOPE}`,
    answer: KpiEventsDto,
  })
  @ApiErrorAnswers(KPI_READ_ERRORS)
  events(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: KpiIdParams,
    @Query(CustomsRegionPipe) query: KpiEventsQueryDto,
  ) {
    return this.kpis.events(user, params.kpiId, query);
  }
}
