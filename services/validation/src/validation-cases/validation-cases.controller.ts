import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, ROLES, Roles } from '@aeo/auth';
import { ApiErrorAnswers, Operation, NoQuery, NoQueryParams } from '@aeo/service-kit';
import {
  ListValidationCasesQuery,
  ValidationCaseAssignmentDto,
  ValidationCaseIdParams,
  ValidationReportDto,
} from './validation-case.schemas';
import { CASE_STAFF } from '../shared/roles';
import { ValidationCaseDto } from './validation-case.response';
import { ValidationCasesService } from './validation-cases.service';

/** Customs staff who validate applications, and the executives who decide on them. */
@ApiTags('validation-cases')
@Controller('validation-cases')
@Roles(...CASE_STAFF)
export class ValidationCasesController {
  constructor(private readonly cases: ValidationCasesService) {}

  /** Validation cases in the caller's scope (its region for regional staff), newest first. */
  @Get()
  @Operation({
    summary: 'List validation cases',
    description: 'Cases in the caller’s scope (its region for regional staff), newest first.',
    answer: [ValidationCaseDto],
  })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListValidationCasesQuery) {
    return this.cases.list(user, query);
  }

  @Get(':caseId')
  @Operation({
    summary: 'Read a validation case',
    description: 'One case with its assignment, risk at opening, report and closing; 404 outside the caller’s region.',
    answer: ValidationCaseDto,
  })
  get(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ValidationCaseIdParams,
    @Query(NoQuery) _query: NoQueryParams,
  ) {
    return this.cases.get(user, params.caseId);
  }

  /** The validation report with its recommendation (validators of the case's region); the executive's decision follows. */
  @Post(':caseId/report')
  @Operation({
    roles: [ROLES.validator],
    summary: 'Submit the validation report',
    description:
      'The report with its recommendation, by the case’s assigned validator (registered and active; 403 otherwise, naming why); handed to the workflow, the executive’s decision follows. 422 when the examination is not complete (the message says what is missing).',
    answer: ValidationCaseDto,
    answered: 'The reported case',
    humanStep: true,
  })
  @ApiErrorAnswers({
    403: 'Another region’s case, or the caller is not the case’s assigned validator, or is not registered or inactive',
    422: 'The examination is not complete (checklist, visits, corrective actions; each listed in `issues`), or the Idempotency-Key was used for another request',
  })
  submitReport(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ValidationCaseIdParams,
    @Body() body: ValidationReportDto,
  ) {
    return this.cases.submitReport(user, params.caseId, body);
  }

  /** Hands an open case to another active validator of its region (the region's office, or operations). */
  @Post(':caseId/assignment')
  @Operation({
    roles: [ROLES.regionalOffice, ROLES.operations],
    summary: 'Reassign a validation case',
    description:
      'The case’s regional office (or operations) hands an open case to another active validator of its region, audited (validation-case.reassigned); from then on only that validator records findings, visits, corrective action requests and the report. The same validator again changes nothing. No event is published.',
    answer: ValidationCaseDto,
    answered: 'The case with its new assignment',
  })
  @ApiErrorAnswers({
    409: 'The case is reported or closed',
    422: '`validator` is not registered, inactive, or of another region',
  })
  assign(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ValidationCaseIdParams,
    @Body() body: ValidationCaseAssignmentDto,
  ) {
    return this.cases.assign(user, params.caseId, body);
  }
}
