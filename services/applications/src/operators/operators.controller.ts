import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CASE_READERS, CurrentUser, ROLES, Roles } from '@aeo/auth';
import { AddOperatorUserDto, OperatorIdParams, RegisterOperatorDto } from './operator.schemas';
import { OperatorsService } from './operators.service';

@ApiTags('operators')
@Controller('operators')
export class OperatorsController {
  constructor(private readonly operators: OperatorsService) {}

  /** An operator user registers its own company; a contact officer or regional office may do it for one in its region. */
  @Post()
  @Roles(ROLES.operatorUser, ROLES.contactOfficer, ROLES.regionalOffice)
  register(@CurrentUser() user: AuthenticatedUser, @Body() body: RegisterOperatorDto) {
    return this.operators.register(user, body);
  }

  @Get()
  @Roles(...CASE_READERS)
  list(@CurrentUser() user: AuthenticatedUser) {
    return this.operators.list(user);
  }

  @Get(':operatorId')
  @Roles(...CASE_READERS)
  get(@CurrentUser() user: AuthenticatedUser, @Param() params: OperatorIdParams) {
    return this.operators.get(user, params.operatorId);
  }

  /** The company's users (linked to it; operator-user tokens of unlinked users cannot file applications). */
  @Get(':operatorId/users')
  @Roles(...CASE_READERS)
  users(@CurrentUser() user: AuthenticatedUser, @Param() params: OperatorIdParams) {
    return this.operators.users(user, params.operatorId);
  }

  @Post(':operatorId/users')
  @Roles(ROLES.operatorUser, ROLES.contactOfficer, ROLES.regionalOffice)
  addUser(@CurrentUser() user: AuthenticatedUser, @Param() params: OperatorIdParams, @Body() body: AddOperatorUserDto) {
    return this.operators.addUser(user, params.operatorId, body);
  }
}
