import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CASE_READERS, CurrentUser, ROLES, Roles } from '@aeo/auth';
import { CustomsRegionPipe, Operation } from '@aeo/service-kit';
import { AddOperatorUserDto, OperatorIdParams, RegisterOperatorDto } from './operator.schemas';
import { OperatorDto, OperatorUserDto } from './operator.response';
import { OperatorsService } from './operators.service';

@ApiTags('operators')
@Controller('operators')
// Case readers read (each limited to its company or region); each write names who may take it.
@Roles(...CASE_READERS)
export class OperatorsController {
  constructor(private readonly operators: OperatorsService) {}

  /** An operator user registers its own company; a contact officer or regional office may do it for one in its region. */
  @Post()
  @Operation({
    roles: [ROLES.operatorUser, ROLES.contactOfficer, ROLES.regionalOffice],
    summary: 'Register an operator',
    description:
      'An operator user registers its own company (and becomes its first administrator); a contact officer or regional office may register one of its region. 409 when the taxpayer is registered already.',
    status: 201,
    answer: OperatorDto,
  })
  register(@CurrentUser() user: AuthenticatedUser, @Body(CustomsRegionPipe) body: RegisterOperatorDto) {
    return this.operators.register(user, body);
  }

  @Get()
  @Operation({
    summary: 'List operators',
    description:
      'Operators the caller may see: its own company (operator user), its region (regional staff), all (national roles).',
    answer: [OperatorDto],
  })
  list(@CurrentUser() user: AuthenticatedUser) {
    return this.operators.list(user);
  }

  @Get(':operatorId')
  @Operation({
    summary: 'Read an operator',
    description: 'One operator; 404 outside the caller’s company or region.',
    answer: OperatorDto,
  })
  get(@CurrentUser() user: AuthenticatedUser, @Param() params: OperatorIdParams) {
    return this.operators.get(user, params.operatorId);
  }

  /** The company's users (linked to it; operator-user tokens of unlinked users cannot file applications). */
  @Get(':operatorId/users')
  @Operation({
    summary: 'List the company’s users',
    description: 'Users linked to the operator; operator-user tokens of unlinked users cannot file applications.',
    answer: [OperatorUserDto],
  })
  users(@CurrentUser() user: AuthenticatedUser, @Param() params: OperatorIdParams) {
    return this.operators.users(user, params.operatorId);
  }

  @Post(':operatorId/users')
  @Operation({
    roles: [ROLES.operatorUser, ROLES.contactOfficer, ROLES.regionalOffice],
    summary: 'Link a user to the company',
    description:
      'By an administrator of the company, or customs staff in scope; linking again updates the user. Answers the company’s users.',
    status: 201,
    answer: [OperatorUserDto],
  })
  addUser(@CurrentUser() user: AuthenticatedUser, @Param() params: OperatorIdParams, @Body() body: AddOperatorUserDto) {
    return this.operators.addUser(user, params.operatorId, body);
  }
}
