import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CASE_READERS, CurrentUser, ROLES, Roles } from '@aeo/auth';
import { AcceptanceDecisionDto, ApplicationIdParams, ListApplicationsQuery, SubmitApplicationDto } from './application.schemas';
import { ApplicationsService } from './applications.service';

@ApiTags('applications')
@Controller('applications')
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  /**
   * Starts an application for AEO status as a draft under the current programme version; the
   * self-assessment answers and evidence follow, then `POST …/submission`.
   */
  @Post()
  @Roles(ROLES.operatorUser, ROLES.contactOfficer, ROLES.regionalOffice)
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: SubmitApplicationDto) {
    return this.applications.createDraft(user, body);
  }

  @Get()
  @Roles(...CASE_READERS)
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListApplicationsQuery) {
    return this.applications.list(user, query);
  }

  @Get(':applicationId')
  @Roles(...CASE_READERS)
  get(@CurrentUser() user: AuthenticatedUser, @Param() params: ApplicationIdParams) {
    return this.applications.get(user, params.applicationId);
  }

  /** Stage, deadlines and history of the application's certification workflow. */
  @Get(':applicationId/certification')
  @Roles(...CASE_READERS)
  certification(@CurrentUser() user: AuthenticatedUser, @Param() params: ApplicationIdParams) {
    return this.applications.certificationState(user, params.applicationId);
  }

  /** Accept the application as complete, or reject it with grounds (contact officer or regional office of its region). */
  @Post(':applicationId/acceptance')
  @HttpCode(202)
  @Roles(ROLES.contactOfficer, ROLES.regionalOffice)
  decideAcceptance(@CurrentUser() user: AuthenticatedUser, @Param() params: ApplicationIdParams, @Body() body: AcceptanceDecisionDto) {
    return this.applications.decideAcceptance(user, params.applicationId, body);
  }
}
