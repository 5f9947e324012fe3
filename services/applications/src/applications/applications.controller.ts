import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { AuthenticatedUser, CASE_READERS, CurrentUser, ROLES, Roles } from '@aeo/auth';
import { HumanStep } from '@aeo/service-kit';
import {
  AcceptanceDecisionDto,
  ApplicationIdParams,
  ListApplicationsQuery,
  SubmitApplicationDto,
} from './application.schemas';
import { CertificationStateDto } from '../certification/certification-state.response';
import { AcceptanceAnswerDto, ApplicationDto } from './application.response';
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
  @ApiOperation({
    summary: 'Start an application (draft)',
    description:
      'A draft for AEO status under the current programme version; the self-assessment answers and evidence follow, then `POST …/submission`. An operator user files for its own company, staff for operators of their region.',
  })
  @ZodResponse({ status: 201, type: ApplicationDto, description: 'The draft' })
  @ApiNotFoundResponse({ description: '`operatorId` is not a registered operator' })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: SubmitApplicationDto) {
    return this.applications.createDraft(user, body);
  }

  @Get()
  @Roles(...CASE_READERS)
  @ApiOperation({
    summary: 'List applications',
    description:
      'Applications the caller may see: its own company’s (operator user), its region’s (regional staff), all (national roles); filters in the query.',
  })
  @ZodResponse({ status: 200, type: [ApplicationDto] })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListApplicationsQuery) {
    return this.applications.list(user, query);
  }

  @Get(':applicationId')
  @Roles(...CASE_READERS)
  @ApiOperation({
    summary: 'Read an application',
    description:
      'One application with its status, deadlines, decision and hearing; 404 outside the caller’s company or region.',
  })
  @ZodResponse({ status: 200, type: ApplicationDto })
  get(@CurrentUser() user: AuthenticatedUser, @Param() params: ApplicationIdParams) {
    return this.applications.get(user, params.applicationId);
  }

  /** Stage, deadlines and history of the application's certification workflow. */
  @Get(':applicationId/certification')
  @Roles(...CASE_READERS)
  @ApiOperation({
    summary: 'Certification workflow state',
    description:
      'Stage, deadlines, risk, validation, hearing, decision and history as the certification workflow holds them (404 before the workflow has started).',
  })
  @ZodResponse({ status: 200, type: CertificationStateDto })
  certification(@CurrentUser() user: AuthenticatedUser, @Param() params: ApplicationIdParams) {
    return this.applications.certificationState(user, params.applicationId);
  }

  /** Accept the application as complete, or reject it with grounds (contact officer or regional office of its region). */
  @Post(':applicationId/acceptance')
  @HumanStep()
  @HttpCode(202)
  @Roles(ROLES.contactOfficer, ROLES.regionalOffice)
  @ApiOperation({
    summary: 'Accept or reject a submitted application',
    description:
      'Accept it as complete, or reject it with grounds (contact officer or regional office of its region); the decision goes to the certification workflow. The same decision again gets the same answer; another one is a 409 saying what was decided.',
  })
  @ZodResponse({ status: 202, type: AcceptanceAnswerDto, description: 'Sent to the certification workflow' })
  decideAcceptance(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ApplicationIdParams,
    @Body() body: AcceptanceDecisionDto,
  ) {
    return this.applications.decideAcceptance(user, params.applicationId, body);
  }
}
