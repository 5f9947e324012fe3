import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ROLES, Roles } from '@aeo/auth';
import { RiskProfileParams, TaxpayerProfileParams } from './risk-profile.schemas';
import { RiskProfilesService } from './risk-profiles.service';

/** National roles only: risk profiles are not regionally scoped and never shown to operators. */
@ApiTags('risk-profiles')
@Controller('risk-profiles')
@Roles(ROLES.operations, ROLES.executive, ROLES.policyUnit, ROLES.backendPlatform)
export class RiskProfilesController {
  constructor(private readonly profiles: RiskProfilesService) {}

  /** The trader's score with its factors, rolling declaration windows and the last 20 score changes. */
  @Get('by-taxpayer/:taxpayerId')
  byTaxpayer(@Param() params: TaxpayerProfileParams) {
    return this.profiles.byTaxpayer(params.taxpayerId);
  }

  /** The operator's AEO status and risk score as risk management sees them. */
  @Get(':operatorId')
  get(@Param() params: RiskProfileParams) {
    return this.profiles.get(params.operatorId);
  }
}
