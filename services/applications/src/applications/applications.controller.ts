import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CASE_READERS, CurrentUser, ROLES, Roles } from '@aeo/auth';
import { ApiErrorAnswers, CustomsRegionPipe, Operation, NoQuery, NoQueryParams } from '@aeo/service-kit';
import {
  AcceptanceDecisionDto,
  ApplicationIdParams,
  ListApplicationsQuery,
  MraConsentDto,
  SubmitApplicationDto,
} from './application.schemas';
import { CertificationStateDto } from '../certification/certification-state.response';
import { AcceptanceAnswerDto, ApplicationDto, applicationAsSeenBy } from './application.response';
import { ApplicationsService } from './applications.service';

/** Case readers but the applicant's own users: customs staff. */
const CUSTOMS_CASE_READERS = CASE_READERS.filter((role) => role !== ROLES.operatorUser);

@ApiTags('applications')
@Controller('applications')
// Case readers read (each limited to its company or region); each write names who may take it.
@Roles(...CASE_READERS)
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  /**
   * Starts an application for AEO status as a draft under the current programme version; the
   * self-assessment answers and evidence follow, then `POST …/submission`.
   */
  @Post()
  @Operation({
    roles: [ROLES.operatorUser, ROLES.contactOfficer, ROLES.regionalOffice],
    summary: 'Start an application (draft)',
    description:
      'A draft for AEO status under the current programme version; the self-assessment answers and evidence follow, then `POST …/submission`. An operator user files for its own company, staff for operators of their region.',
    status: 201,
    answer: ApplicationDto,
    answered: 'The draft',
  })
  @ApiNotFoundResponse({ description: '`operatorId` is not a registered operator' })
  async create(@CurrentUser() user: AuthenticatedUser, @Body() body: SubmitApplicationDto) {
    return applicationAsSeenBy(user, await this.applications.createDraft(user, body));
  }

  @Get()
  @Operation({
    summary: 'List applications',
    description:
      'Applications the caller may see: its own company’s (operator user linked to it; 403 for one not linked to its registered company), its region’s (regional staff), all (national roles); filters in the query. `region` must be one of the programme’s (`CUSTOMS_REGIONS`, else 400); regional staff asking for another region than their own get 403.',
    answer: [ApplicationDto],
  })
  @ApiErrorAnswers({
    400: 'Invalid filter, or `region` is not a customs region of the programme; the message names the field',
    403: 'Another region than the regional staff’s own; an operator user not linked to its company',
  })
  async list(@CurrentUser() user: AuthenticatedUser, @Query(CustomsRegionPipe) query: ListApplicationsQuery) {
    return (await this.applications.list(user, query)).map((application) => applicationAsSeenBy(user, application));
  }

  @Get(':applicationId')
  @Operation({
    summary: 'Read an application',
    description:
      'One application with its status, deadlines, decision and hearing; 403 outside the caller’s region, and for an operator user not linked to the company; 404 for another company’s (operator users), as for an unknown id.',
    answer: ApplicationDto,
  })
  async get(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ApplicationIdParams,
    @Query(NoQuery) _query: NoQueryParams,
  ) {
    return applicationAsSeenBy(user, await this.applications.get(user, params.applicationId));
  }

  /**
   * Stage, deadlines and history of the application's certification workflow: customs' working
   * view, with its risk assessment, the validator's report and who in customs acted, which stay
   * with customs (as notifications keep them from a company's webhooks). The applicant follows
   * its application at GET /v1/applications/{id}.
   */
  @Get(':applicationId/certification')
  @Operation({
    roles: CUSTOMS_CASE_READERS,
    summary: 'Certification workflow state',
    description:
      'Stage, deadlines, risk, validation, hearing, decision and history as the certification workflow holds them (404 before the workflow has started). Customs only: its risk assessment, the validator’s report and the staff who acted are not the applicant’s to read; an operator user gets 403 and follows its application at `GET /v1/applications/{applicationId}` (status, deadlines, decision and hearing).',
    answer: CertificationStateDto,
  })
  certification(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ApplicationIdParams,
    @Query(NoQuery) _query: NoQueryParams,
  ) {
    return this.applications.certificationState(user, params.applicationId);
  }

  /** Accept the application as complete, or reject it with grounds (contact officer or regional office of its region). */
  @Post(':applicationId/acceptance')
  @Operation({
    roles: [ROLES.contactOfficer, ROLES.regionalOffice],
    summary: 'Accept or reject a submitted application',
    description:
      'Accept it as complete, or reject it with grounds (contact officer or regional office of its region); the decision goes to the certification workflow. The same decision again gets the same answer; another one is a 409 saying what was decided.',
    status: 202,
    answer: AcceptanceAnswerDto,
    answered: 'Sent to the certification workflow',
    humanStep: true,
  })
  decideAcceptance(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ApplicationIdParams,
    @Body() body: AcceptanceDecisionDto,
  ) {
    return this.applications.decideAcceptance(user, params.applicationId, body);
  }

  /** The operator's consent to share its AEO data with MRA partners, while the application is open. */
  @Put(':applicationId/mra-consent')
  @Operation({
    roles: [ROLES.operatorUser],
    summary: 'Give or withdraw the consent to MRA sharing',
    description:
      'By an administrator of the company, while the application is open (draft, submitted, accepted, hearing; 409 after): the grant copies the consent to the authorisation (no change after the grant here). Audited with the reason; the same choice again changes nothing.',
    answer: ApplicationDto,
    answered: 'The application with its consent',
  })
  async setMraConsent(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ApplicationIdParams,
    @Body() body: MraConsentDto,
  ) {
    return applicationAsSeenBy(user, await this.applications.setMraConsent(user, params.applicationId, body));
  }
}
