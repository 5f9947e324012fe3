import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, ROLES } from '@aeo/auth';
import { ApiErrorAnswers, Operation, NoQuery, NoQueryParams } from '@aeo/service-kit';
import { CASE_STAFF } from '../shared/roles';
import { ValidationCaseIdParams } from '../validation-cases/validation-case.schemas';
import {
  ChecklistItemParams,
  CompleteVisitDto,
  CorrectiveActionParams,
  CorrectiveActionResponseDto,
  RecordFindingDto,
  RequestCorrectiveActionDto,
  ScheduleVisitDto,
  VisitParams,
} from './examination.schemas';
import { ExaminationService } from './examination.service';
import {
  ChecklistItemDto,
  CorrectiveActionAnsweredDto,
  CorrectiveActionDto,
  CorrectiveActionRequestedDto,
  FindingRecordedDto,
  SiteVisitDto,
  VisitCompletedDto,
  VisitScheduledDto,
} from './examination.response';

/** The examination of a case: checklist findings, site visits, corrective actions. */
@ApiTags('examination')
@Controller('validation-cases/:caseId')
export class ExaminationController {
  constructor(private readonly examination: ExaminationService) {}

  /** The desk-review checklist: one item per criterion question of the application's programme version. */
  @Get('checklist')
  @Operation({
    roles: CASE_STAFF,
    summary: 'The desk-review checklist',
    description:
      'One item per criterion question of the application’s programme version, with the finding recorded so far.',
    answer: [ChecklistItemDto],
  })
  checklist(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ValidationCaseIdParams,
    @Query(NoQuery) _query: NoQueryParams,
  ) {
    return this.examination.checklist(user, params.caseId);
  }

  /** A finding on one criterion: compliant, minor, major or critical, with notes and the evidence examined. */
  @Put('checklist/:questionId')
  @Operation({
    roles: [ROLES.validator],
    summary: 'Record a finding',
    description:
      'A finding on one criterion (compliant, minor, major or critical) with notes and the evidence examined, by the case’s assigned validator, registered and active (403 naming why otherwise); 409 once the case is no longer open.',
    answer: FindingRecordedDto,
    humanStep: true,
  })
  recordFinding(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ChecklistItemParams,
    @Body() body: RecordFindingDto,
  ) {
    return this.examination.recordFinding(user, params.caseId, params.questionId, body);
  }

  @Get('visits')
  @Operation({
    roles: [...CASE_STAFF, ROLES.operatorUser],
    summary: 'List site visits',
    description:
      'The case’s site visits, announced and completed. An operator user linked to the company (403 otherwise) sees its own company’s (404 for another company’s case, as for one that does not exist) without the validator nor the visit’s notes (null): those are customs’ own; `GET /v1/company-validations/{caseId}` answers the notice with its notice period.',
    answer: [SiteVisitDto],
  })
  visits(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ValidationCaseIdParams,
    @Query(NoQuery) _query: NoQueryParams,
  ) {
    return this.examination.visits(user, params.caseId);
  }

  /** Schedules a site visit at least the notice period ahead (VISIT_NOTICE_DAYS, 30 by default). */
  @Post('visits')
  @Operation({
    roles: [ROLES.validator, ROLES.regionalOffice],
    summary: 'Schedule a site visit',
    description:
      'Announced at least the notice period ahead (VISIT_NOTICE_DAYS, 30 by default; 400 naming `scheduledFor` otherwise). By the case’s assigned validator (registered and active; 403 naming why otherwise) or its regional office.',
    status: 201,
    answer: VisitScheduledDto,
  })
  scheduleVisit(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ValidationCaseIdParams,
    @Body() body: ScheduleVisitDto,
  ) {
    return this.examination.scheduleVisit(user, params.caseId, body);
  }

  @Post('visits/:visitId/completion')
  @Operation({
    roles: [ROLES.validator],
    summary: 'Complete a site visit',
    description:
      'Records that the announced visit was held, with notes. Only on or after its announced date (`scheduledFor`); only a visit completed so counts for the report. Only by the case’s assigned validator, registered and active (403 naming why otherwise).',
    answer: VisitCompletedDto,
    answered: 'The visit is recorded as completed',
    humanStep: true,
  })
  @ApiErrorAnswers({
    409: 'The visit is already completed, its announced date has not come yet (the message gives the date), or the case is no longer open',
  })
  completeVisit(@CurrentUser() user: AuthenticatedUser, @Param() params: VisitParams, @Body() body: CompleteVisitDto) {
    return this.examination.completeVisit(user, params.caseId, params.visitId, body);
  }

  @Get('corrective-actions')
  @Operation({
    roles: [...CASE_STAFF, ROLES.operatorUser],
    summary: 'List corrective actions',
    description:
      'Corrective actions requested of the operator, with their due dates and answers. An operator user linked to the company (403 otherwise) sees its own company’s (404 for another company’s case) without who asked (`requestedBy` null).',
    answer: [CorrectiveActionDto],
  })
  correctiveActions(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ValidationCaseIdParams,
    @Query(NoQuery) _query: NoQueryParams,
  ) {
    return this.examination.correctiveActions(user, params.caseId);
  }

  /** Asks the operator to correct a shortcoming on a criterion by a deadline. */
  @Post('corrective-actions')
  @Operation({
    roles: [ROLES.validator],
    summary: 'Request a corrective action',
    description:
      'Asks the operator to correct a shortcoming on a criterion of the checklist within `dueInDays`. Committed with the event `aeo.validation.corrective-action-requested.v1`, which tells the operator (email and in-app inbox) and its contact officer. The report waits for the answer. Only by the case’s assigned validator, registered and active (403 naming why otherwise).',
    status: 201,
    answer: CorrectiveActionRequestedDto,
    answered: 'The request with its id and due date',
  })
  @ApiErrorAnswers({ 409: 'The case is no longer open (reported or closed)' })
  requestCorrectiveAction(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ValidationCaseIdParams,
    @Body() body: RequestCorrectiveActionDto,
  ) {
    return this.examination.requestCorrectiveAction(user, params.caseId, body);
  }

  /** The operator's answer to a corrective action request (its own company's case only). */
  @Post('corrective-actions/:actionId/response')
  @Operation({
    roles: [ROLES.operatorUser],
    summary: 'Answer a corrective action request',
    description:
      "The operator's answer (its own company's case only, by a user linked to the company: 403 otherwise), once. Committed with the event `aeo.validation.corrective-action-answered.v1`, which tells the case's validator.",
    answer: CorrectiveActionAnsweredDto,
    answered: 'The answer is recorded',
    humanStep: true,
  })
  @ApiErrorAnswers({ 409: 'Already answered, or the case was closed' })
  respond(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: CorrectiveActionParams,
    @Body() body: CorrectiveActionResponseDto,
  ) {
    return this.examination.respondToCorrectiveAction(user, params.caseId, params.actionId, body);
  }
}
