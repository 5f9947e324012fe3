import { Body, Controller, Delete, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CASE_READERS, CurrentUser, ROLES, Roles } from '@aeo/auth';
import { ApiErrorAnswers, CustomsRegionPipe, NoQuery, NoQueryParams, Operation } from '@aeo/service-kit';
import {
  AddOperatorUserDto,
  OperatorIdParams,
  OperatorUserParams,
  RegisterOperatorDto,
  RemoveOperatorUserDto,
  UpdateOperatorDto,
  UserLinkAnnouncementDto,
} from './operator.schemas';
import { OperatorDto, OperatorUserDto, UserLinkAnnouncementsDto, operatorUsersAsSeenBy } from './operator.response';
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

  /** The operators' runbook: other services' copies of the companies' users filled from here. */
  @Post('user-links/announcements')
  @Operation({
    roles: [ROLES.operations],
    summary: 'Announce the companies’ current users again',
    description:
      'Operations: every current link of a company’s user (or of the company `operatorId` names) is published again as `aeo.operator.user-linked.v1`, with the link’s own time and author, through the outbox. The services that keep a copy of the companies’ users (validation’s company view, notifications’ inbox and company webhooks) and began consuming after some links were made learn them; each keeps its latest change, so a link they know (or a removal after it) is unchanged and announcing twice is harmless. 404 naming operatorId for an unknown company. Audited (`operator.user-links-announced`, with the count).',
    status: 201,
    answer: UserLinkAnnouncementsDto,
  })
  @ApiErrorAnswers({ 404: 'No operator has the `operatorId` given' })
  announceUserLinks(@CurrentUser() user: AuthenticatedUser, @Body() body: UserLinkAnnouncementDto) {
    return this.operators.announceUserLinks(user, body.operatorId);
  }

  @Get()
  @Operation({
    summary: 'List operators',
    description:
      'Operators the caller may see: its own company (operator user, linked to it or not: empty before the company is registered), its region (regional staff), all (national roles).',
    answer: [OperatorDto],
  })
  list(@CurrentUser() user: AuthenticatedUser, @Query(NoQuery) _query: NoQueryParams) {
    return this.operators.list(user);
  }

  @Get(':operatorId')
  @Operation({
    summary: 'Read an operator',
    description:
      'One operator; 403 outside the caller’s region, and for an operator user not linked to the company; 404 for another company (operator users), as for an unknown id.',
    answer: OperatorDto,
  })
  get(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: OperatorIdParams,
    @Query(NoQuery) _query: NoQueryParams,
  ) {
    return this.operators.get(user, params.operatorId);
  }

  /** The company's users (linked to it; operator-user tokens of unlinked users act for nothing of the company). */
  @Get(':operatorId/users')
  @Operation({
    summary: 'List the company’s users',
    description:
      'Users linked to the operator; an operator user must be one of them (403 otherwise): unlinked users of the company neither read nor act for it. An operator user reads `addedBy` only when one of the company’s users linked the user (null when customs staff linked or invited it).',
    answer: [OperatorUserDto],
  })
  async users(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: OperatorIdParams,
    @Query(NoQuery) _query: NoQueryParams,
  ) {
    return operatorUsersAsSeenBy(user, await this.operators.users(user, params.operatorId));
  }

  @Post(':operatorId/users')
  @Operation({
    roles: [ROLES.operatorUser, ROLES.contactOfficer, ROLES.regionalOffice],
    summary: 'Link a user to the company',
    description:
      'By an administrator of the company, or customs staff in scope; linking again updates the user. Answers the company’s users. 409 when it would make the last administrator a member.',
    status: 201,
    answer: [OperatorUserDto],
  })
  async addUser(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: OperatorIdParams,
    @Body() body: AddOperatorUserDto,
  ) {
    return operatorUsersAsSeenBy(user, await this.operators.addUser(user, params.operatorId, body));
  }

  /** Company data its administrator keeps current (name, legal form, taxpayer id and region stay). */
  @Patch(':operatorId')
  @Operation({
    roles: [ROLES.operatorUser, ROLES.contactOfficer],
    summary: 'Update the company’s contact, address or supply-chain roles',
    description:
      'By an administrator of the company, or a contact officer of its region. Each part named replaces the whole part, validated as at registration (400 naming the field); name, legal form, taxpayer id and region do not change here (a holder reports such changes on its authorisation). Audited; the event `aeo.operator.updated.v1` follows.',
    answer: OperatorDto,
    answered: 'The operator as updated',
  })
  update(@CurrentUser() user: AuthenticatedUser, @Param() params: OperatorIdParams, @Body() body: UpdateOperatorDto) {
    return this.operators.update(user, params.operatorId, body);
  }

  @Delete(':operatorId/users/:sub')
  @Operation({
    roles: [ROLES.operatorUser, ROLES.contactOfficer, ROLES.regionalOffice],
    summary: 'Remove a user from the company',
    description:
      'By an administrator of the company, or customs staff in scope, with a reason. From then on the user’s token acts for nothing of the company. 409 for the last administrator; 404 when the user is not linked. The path’s `sub` takes a link made before subs were checked too; a message quoting it writes its control, bidirectional-control and invisible characters as escapes (`\\u202e`). Audited; the event `aeo.operator.user-removed.v1` follows.',
    status: 204,
    answered: 'Removed',
  })
  async removeUser(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: OperatorUserParams,
    @Body() body: RemoveOperatorUserDto,
  ): Promise<void> {
    await this.operators.removeUser(user, params.operatorId, params.sub, body);
  }
}
