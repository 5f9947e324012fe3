import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CASE_READERS, CurrentUser } from '@aeo/auth';
import { ApiErrorAnswers, Operation, NoQuery, NoQueryParams } from '@aeo/service-kit';
import { ApplicationIdParams } from '../applications/application.schemas';
import { OperatorIdParams } from '../operators/operator.schemas';
import { NextStepsDto } from './next-steps.response';
import { NextStepsService } from './next-steps.service';

const WHAT =
  'Each step says who must act (`trader` or `customs`), what (a code the portal words), on what (application or authorisation), the legal or programme deadline with its days left in calendar days of PROGRAMME_TIME_ZONE, and the API path to act on. Derived from the applications service’s own records (site visits and corrective actions are the validation service’s: GET /v1/company-validations there).';

/** What the trader must do next and what customs waits for (issue 20). */
@ApiTags('next-steps')
@Controller()
export class NextStepsController {
  constructor(private readonly nextSteps: NextStepsService) {}

  @Get('applications/:applicationId/next-steps')
  @Operation({
    roles: CASE_READERS,
    summary: 'Next steps of an application',
    description: `What the application waits for now (and, once granted, its authorisation). ${WHAT} An operator user linked to the company (403 when not a member; 404 for another company’s application, as for one that does not exist), staff of its region (403 for another region).`,
    answer: NextStepsDto,
  })
  @ApiErrorAnswers({ 403: 'Another region than the regional staff’s own; an operator user not linked to its company' })
  ofApplication(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ApplicationIdParams,
    @Query(NoQuery) _query: NoQueryParams,
  ) {
    return this.nextSteps.ofApplication(user, params.applicationId);
  }

  @Get('operators/:operatorId/next-steps')
  @Operation({
    roles: CASE_READERS,
    summary: 'Next steps of a company',
    description: `What the company’s open applications and its authorisations in force wait for now. ${WHAT} An operator user linked to the company (403 when not a member; 404 for another company, as for one that does not exist), staff of its region (403 for another region).`,
    answer: NextStepsDto,
  })
  @ApiErrorAnswers({ 403: 'Another region than the regional staff’s own; an operator user not linked to its company' })
  ofOperator(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: OperatorIdParams,
    @Query(NoQuery) _query: NoQueryParams,
  ) {
    return this.nextSteps.ofOperator(user, params.operatorId);
  }
}
