import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, ROLES, Roles } from '@aeo/auth';
import { ArrangementIdParams } from './arrangement.schemas';
import { ArrangementsService } from './arrangements.service';

@ApiTags('arrangements')
@Controller('arrangements')
@Roles(ROLES.mraOfficer, ROLES.executive, ROLES.partnerCustoms)
export class ArrangementsController {
  constructor(private readonly arrangements: ArrangementsService) {}

  /** All arrangements for MRA officers and executives; a partner administration sees its own. */
  @Get()
  list(@CurrentUser() user: AuthenticatedUser) {
    return this.arrangements.list(user);
  }

  @Get(':arrangementId')
  get(@CurrentUser() user: AuthenticatedUser, @Param() params: ArrangementIdParams) {
    return this.arrangements.get(user, params.arrangementId);
  }
}
