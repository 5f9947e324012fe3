import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { AuthenticatedUser, CurrentUser, ROLES, Roles } from '@aeo/auth';
import { ArrangementDto } from './arrangement.response';
import { ArrangementIdParams } from './arrangement.schemas';
import { ArrangementsService } from './arrangements.service';

@ApiTags('arrangements')
@Controller('arrangements')
@Roles(ROLES.mraOfficer, ROLES.executive, ROLES.partnerCustoms)
export class ArrangementsController {
  constructor(private readonly arrangements: ArrangementsService) {}

  /** All arrangements for MRA officers and executives; a partner administration sees its own. */
  @Get()
  @ApiOperation({
    summary: 'List mutual recognition arrangements',
    description: 'All arrangements for MRA officers and executives; a partner administration sees only its own.',
  })
  @ZodResponse({ status: 200, type: [ArrangementDto] })
  list(@CurrentUser() user: AuthenticatedUser) {
    return this.arrangements.list(user);
  }

  @Get(':arrangementId')
  @ApiOperation({
    summary: 'Read one arrangement',
    description:
      'A partner administration reads only its own; another partner’s arrangement is answered 404, as if it did not exist.',
  })
  @ZodResponse({ status: 200, type: ArrangementDto })
  get(@CurrentUser() user: AuthenticatedUser, @Param() params: ArrangementIdParams) {
    return this.arrangements.get(user, params.arrangementId);
  }
}
