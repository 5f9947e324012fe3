import { Controller, ForbiddenException, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, ROLES, Roles, companyOf } from '@aeo/auth';
import { AeoStatusParams } from './aeo-status.schemas';
import { AeoStatusService } from './aeo-status.service';

/**
 * The AEO status look-up for border systems and partner administrations. An unknown taxpayer is
 * simply not an AEO (`aeo: false`), never a 404: the question "is this trader an AEO?" always
 * has an answer.
 */
@ApiTags('aeo-status')
@Controller('aeo-status')
@Roles(ROLES.backendPlatform, ROLES.partnerCustoms, ROLES.operations, ROLES.executive, ROLES.contactOfficer, ROLES.regionalOffice, ROLES.validator, ROLES.operatorUser)
export class AeoStatusController {
  constructor(private readonly statuses: AeoStatusService) {}

  @Get(':taxpayerId')
  lookUp(@CurrentUser() user: AuthenticatedUser, @Param() params: AeoStatusParams) {
    if (companyOf(user) !== undefined && companyOf(user) !== params.taxpayerId) {
      throw new ForbiddenException(`Operator users may only look up their own company (${user.taxpayerId})`);
    }
    return this.statuses.lookUp(params.taxpayerId);
  }
}
