import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, ROLES, Roles } from '@aeo/auth';
import { ListValidationCasesQuery, ValidationCaseIdParams, ValidationReportDto } from './validation-case.schemas';
import { ValidationCasesService } from './validation-cases.service';

/** Customs staff who validate applications, and the executives who decide on them. */
@ApiTags('validation-cases')
@Controller('validation-cases')
@Roles(ROLES.validator, ROLES.contactOfficer, ROLES.regionalOffice, ROLES.executive)
export class ValidationCasesController {
  constructor(private readonly cases: ValidationCasesService) {}

  /** Validation cases in the caller's scope (its region for regional staff), newest first. */
  @Get()
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListValidationCasesQuery) {
    return this.cases.list(user, query);
  }

  @Get(':caseId')
  get(@CurrentUser() user: AuthenticatedUser, @Param() params: ValidationCaseIdParams) {
    return this.cases.get(user, params.caseId);
  }

  /** The validation report with its recommendation (validators of the case's region); the executive's decision follows. */
  @Post(':caseId/report')
  @HttpCode(200)
  @Roles(ROLES.validator)
  submitReport(@CurrentUser() user: AuthenticatedUser, @Param() params: ValidationCaseIdParams, @Body() body: ValidationReportDto) {
    return this.cases.submitReport(user, params.caseId, body);
  }
}
