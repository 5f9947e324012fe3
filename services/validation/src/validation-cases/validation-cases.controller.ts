import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { AuthenticatedUser, CurrentUser, ROLES, Roles } from '@aeo/auth';
import { HumanStep } from '@aeo/service-kit';
import { ListValidationCasesQuery, ValidationCaseIdParams, ValidationReportDto } from './validation-case.schemas';
import { ERROR_BODY } from '../api-errors';
import { ValidationCaseDto } from './validation-case.response';
import { ValidationCasesService } from './validation-cases.service';

/** Customs staff who validate applications, and the executives who decide on them. */
@ApiTags('validation-cases')
@Controller('validation-cases')
@Roles(ROLES.validator, ROLES.contactOfficer, ROLES.regionalOffice, ROLES.executive)
export class ValidationCasesController {
  constructor(private readonly cases: ValidationCasesService) {}

  /** Validation cases in the caller's scope (its region for regional staff), newest first. */
  @Get()
  @ApiOperation({ summary: 'List validation cases', description: 'Cases in the caller’s scope (its region for regional staff), newest first.' })
  @ZodResponse({ status: 200, type: [ValidationCaseDto] })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListValidationCasesQuery) {
    return this.cases.list(user, query);
  }

  @Get(':caseId')
  @ApiOperation({ summary: 'Read a validation case', description: 'One case with its assignment, risk at opening, report and closing; 404 outside the caller’s region.' })
  @ZodResponse({ status: 200, type: ValidationCaseDto })
  get(@CurrentUser() user: AuthenticatedUser, @Param() params: ValidationCaseIdParams) {
    return this.cases.get(user, params.caseId);
  }

  /** The validation report with its recommendation (validators of the case's region); the executive's decision follows. */
  @Post(':caseId/report')
  @HumanStep()
  @HttpCode(200)
  @Roles(ROLES.validator)
  @ApiOperation({
    summary: 'Submit the validation report',
    description: 'The report with its recommendation, by a validator of the case’s region; handed to the workflow, the executive’s decision follows. 422 when the examination is not complete (the message says what is missing).',
  })
  @ZodResponse({ status: 200, type: ValidationCaseDto, description: 'The reported case' })
  @ApiUnprocessableEntityResponse({ description: 'The examination is not complete (checklist, visits, corrective actions; each listed in `issues`), or the Idempotency-Key was used for another request', schema: ERROR_BODY })
  submitReport(@CurrentUser() user: AuthenticatedUser, @Param() params: ValidationCaseIdParams, @Body() body: ValidationReportDto) {
    return this.cases.submitReport(user, params.caseId, body);
  }
}
