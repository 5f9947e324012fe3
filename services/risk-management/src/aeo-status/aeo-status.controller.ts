import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, ROLES, Roles } from '@aeo/auth';
import { AeoStatusParams } from './aeo-status.schemas';
import { AeoStatusService } from './aeo-status.service';

/**
 * The AEO status look-up for border systems and partner administrations. An unknown taxpayer is
 * simply not an AEO (`aeo: false`), never a 404: the question "is this trader an AEO?" always
 * has an answer.
 */
export const AEO_STATUS_READERS = [ROLES.backendPlatform, ROLES.partnerCustoms, ROLES.operations, ROLES.executive, ROLES.contactOfficer, ROLES.regionalOffice, ROLES.validator, ROLES.operatorUser];

/**
 * Documents the look-up in OpenAPI. Requests are normally answered by `AeoStatusFastPath` in
 * front of the router, with the same checks and answers; this controller answers them when the
 * fast path is switched off.
 */
@ApiTags('aeo-status')
@Controller('aeo-status')
@Roles(...AEO_STATUS_READERS)
export class AeoStatusController {
  constructor(private readonly statuses: AeoStatusService) {}

  @Get(':taxpayerId')
  lookUp(@CurrentUser() user: AuthenticatedUser, @Param() params: AeoStatusParams) {
    return this.statuses.lookUpFor(user, params.taxpayerId);
  }
}
