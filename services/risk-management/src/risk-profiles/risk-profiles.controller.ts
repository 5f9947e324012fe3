import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ROLES, RequireScopes, Roles } from '@aeo/auth';
import { Operation, NoQuery, NoQueryParams, TaxpayerIdPipe } from '@aeo/service-kit';
import { RiskProfileDto, TaxpayerRiskProfileDto } from './risk-profile.response';
import { RiskProfileParams, TaxpayerProfileParams } from './risk-profile.schemas';
import { RiskProfilesService } from './risk-profiles.service';

/** National roles only: risk profiles are not regionally scoped and never shown to operators. */
@ApiTags('risk-profiles')
@Controller('risk-profiles')
@Roles(ROLES.operations, ROLES.executive, ROLES.policyUnit, ROLES.backendPlatform)
@RequireScopes('aeo.status.read')
export class RiskProfilesController {
  constructor(private readonly profiles: RiskProfilesService) {}

  /** The trader's score with its factors, rolling declaration windows and the last 20 score changes. */
  @Get('by-taxpayer/:taxpayerId')
  @Operation({
    summary: 'Risk profile of a trader',
    description:
      'The trader’s score with its factors, rolling declaration windows (30, 90, 365 days) and the last 20 score changes. 400 when the id is not of the programme’s taxpayer id format (`TAXPAYER_ID_PATTERN`); 404 when the trader has never been seen.',
    answer: TaxpayerRiskProfileDto,
  })
  byTaxpayer(
    @Param(TaxpayerIdPipe('taxpayerId')) params: TaxpayerProfileParams,
    @Query(NoQuery) _query: NoQueryParams,
  ) {
    return this.profiles.byTaxpayer(params.taxpayerId);
  }

  /** The operator's AEO status and risk score as risk management sees them. */
  @Get(':operatorId')
  @Operation({
    summary: 'Risk profile of an operator',
    description: 'The operator’s AEO status and risk score as risk management sees them. 404 when none is known.',
    answer: RiskProfileDto,
  })
  get(@Param() params: RiskProfileParams, @Query(NoQuery) _query: NoQueryParams) {
    return this.profiles.get(params.operatorId);
  }
}
