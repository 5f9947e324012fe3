import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, ROLES } from '@aeo/auth';
import { ApiErrorAnswers, Operation, NoQuery, NoQueryParams } from '@aeo/service-kit';
import { ValidationCaseIdParams } from '../validation-cases/validation-case.schemas';
import { CompanyValidationsQuery } from './company-validations.schemas';
import { CompanyValidationDetailDto, CompanyValidationPageDto } from './company-validations.response';
import { CompanyValidationsService } from './company-validations.service';

/** The trader's side of its validation cases (issue 20: what customs waits for, what the trader must do). */
@ApiTags('company-validations')
@Controller('company-validations')
export class CompanyValidationsController {
  constructor(private readonly validations: CompanyValidationsService) {}

  @Get()
  @Operation({
    roles: [ROLES.operatorUser],
    summary: 'List my company’s validation cases',
    description:
      'The validation cases of the operator user’s company (its token’s taxpayer id, while the user is linked to it), newest first by default; paged (`page`, `pageSize`, `total`). Each with its purpose, status and, once the report is submitted, its outcome (recommendation and conditions). Never the risk score, the validator, the findings or any notes: those are customs’ own.',
    answer: CompanyValidationPageDto,
    answered: 'A page of the company’s cases with the total',
  })
  @ApiErrorAnswers({
    400: 'Invalid status, purpose, page, page size, sort or order; the message names the parameter',
    403: 'A token naming no company; an operator user not linked to that company (the applications service’s aeo.operator.user-linked.v1), or removed from it',
  })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: CompanyValidationsQuery) {
    return this.validations.page(user, query);
  }

  @Get(':caseId')
  @Operation({
    roles: [ROLES.operatorUser],
    summary: 'Read my company’s validation case',
    description:
      'One case of the operator user’s company: the site visit notices (date, time and place of the visit, null for the company’s registered premises; when it was announced, the notice given and the days left, in calendar days of PROGRAMME_TIME_ZONE; whether it was held), the corrective actions requested with their due dates, days left, answers and the path that answers one still open (`answerLink`), and the report’s outcome once submitted. 404 for another company’s case, as for one that does not exist.',
    answer: CompanyValidationDetailDto,
  })
  @ApiErrorAnswers({
    403: 'A token naming no company; an operator user not linked to that company (the applications service’s aeo.operator.user-linked.v1), or removed from it',
  })
  get(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ValidationCaseIdParams,
    @Query(NoQuery) _query: NoQueryParams,
  ) {
    return this.validations.get(user, params.caseId);
  }
}
