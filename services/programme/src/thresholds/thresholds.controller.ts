import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, ROLES, Roles } from '@aeo/auth';
import { ApiErrorAnswers, NoQuery, NoQueryParams, Operation } from '@aeo/service-kit';
import { KpiIdParams } from '../kpis/kpis.schemas';
import { ThresholdVersionDto, ThresholdWithHistoryDto } from './thresholds.response';
import { NewThresholdDto, ThresholdWithdrawalDto } from './thresholds.schemas';
import { ThresholdsService } from './thresholds.service';

/** The KPIs' deviation thresholds: read by every programme role, changed by the policy unit and executives. */
@ApiTags('thresholds')
@Controller('thresholds')
@Roles(ROLES.executive, ROLES.policyUnit, ROLES.regionalOffice)
export class ThresholdsController {
  constructor(private readonly thresholds: ThresholdsService) {}

  @Get()
  @Operation({
    summary: 'Deviation thresholds in force',
    description:
      'The version in force of every KPI that has a threshold (each KPI with a target starts with version 1 from its target, recorded by the system and not published); a withdrawn threshold is not listed.',
    answer: [ThresholdVersionDto],
  })
  list(@Query(NoQuery) _query: NoQueryParams) {
    return this.thresholds.list();
  }

  @Get(':kpiId')
  @Operation({
    summary: 'A KPI’s threshold with its history',
    description:
      'The latest version and every version before it, newest first, with who changed it, when and why; withdrawn: true when the latest withdraws the threshold (none in force).',
    answer: ThresholdWithHistoryDto,
  })
  @ApiErrorAnswers({ 404: 'No such KPI, or the KPI has no threshold' })
  get(@Param() params: KpiIdParams, @Query(NoQuery) _query: NoQueryParams) {
    return this.thresholds.get(params.kpiId);
  }

  @Put(':kpiId')
  @Operation({
    roles: [ROLES.policyUnit, ROLES.executive],
    summary: 'Set a new version of a KPI’s threshold',
    description:
      'Adds the next version (the earlier ones are kept): the limit, the consecutive periods a deviation case needs back within it before it closes, the period length the KPI is evaluated by, and the reason. The bound follows from the KPI’s direction. In force for the next evaluation; cases already open keep the version they opened under. Audited and published (aeo.programme-threshold.changed.v1). 400 naming the field when a value is refused, limit among them when it is outside what the KPI’s unit allows (a share between 0 and 1, days between 0 and 3650, a count a whole number between 0 and 1000000).',
    answer: ThresholdWithHistoryDto,
  })
  @ApiErrorAnswers({ 404: 'No such KPI' })
  put(@CurrentUser() user: AuthenticatedUser, @Param() params: KpiIdParams, @Body() body: NewThresholdDto) {
    return this.thresholds.put(user, params.kpiId, body);
  }

  @Post(':kpiId/withdrawal')
  @Operation({
    roles: [ROLES.policyUnit],
    summary: 'Withdraw a KPI’s threshold',
    description:
      'A threshold set by mistake or no longer wanted: adds the next version, marked withdrawn (its figures are the previous version’s), with the reason. From the next evaluation no deviation case opens on the KPI; cases already open go on under the version they opened under. PUT sets a new threshold again. Audited and published (aeo.programme-threshold.withdrawn.v1).',
    answer: ThresholdWithHistoryDto,
  })
  @ApiErrorAnswers({
    404: 'No such KPI, or the KPI has no threshold',
    409: 'The threshold is withdrawn already',
  })
  withdraw(@CurrentUser() user: AuthenticatedUser, @Param() params: KpiIdParams, @Body() body: ThresholdWithdrawalDto) {
    return this.thresholds.withdraw(user, params.kpiId, body);
  }
}
