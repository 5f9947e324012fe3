import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { AuthenticatedUser, CurrentUser, ROLES, Roles } from '@aeo/auth';
import { HumanStep, WorkflowAction } from '@aeo/service-kit';
import { ApplicationIdParams } from '../applications/application.schemas';
import { ExecutiveDecisionDto, HearingResponseDto, WithdrawalDto } from './decision.schemas';
import { CertificationStateDto } from '../certification/certification-state.response';
import { HearingResponseAnswerDto, WithdrawalAnswerDto } from './decision.response';
import { DecisionsService } from './decisions.service';

@ApiTags('decisions')
@Controller('applications/:applicationId')
export class DecisionsController {
  constructor(private readonly decisions: DecisionsService) {}

  /**
   * The executive's decision after validation: grant (with conditions), refuse (the operator is
   * heard first, then a final decision follows), or extend the decision period once. 409 when the
   * stage or the programme's limits do not allow it, with the reason. Returns the workflow state.
   */
  @Post('decision')
  @HumanStep()
  @WorkflowAction()
  @HttpCode(200)
  @Roles(ROLES.executive)
  @ApiOperation({
    summary: 'Decide on an application',
    description:
      'The executive’s decision after validation: grant (with conditions), refuse (the operator is heard first, then a final decision follows), or extend the decision period once. 409 when the stage or the programme’s limits do not allow it, with the reason. Answers the certification workflow’s state.',
  })
  @ZodResponse({
    status: 200,
    type: CertificationStateDto,
    description: 'The certification workflow’s state after the decision',
  })
  decide(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ApplicationIdParams,
    @Body() body: ExecutiveDecisionDto,
  ) {
    return this.decisions.decide(user, params.applicationId, body);
  }

  /** The operator's comments on the grounds of an intended refusal, within the hearing period. */
  @Post('hearing-response')
  @HumanStep()
  @HttpCode(202)
  @Roles(ROLES.operatorUser)
  @ApiOperation({
    summary: 'Comment on an intended refusal',
    description:
      'The operator’s comments on the grounds of an intended refusal, within the hearing period (409 after it).',
  })
  @ZodResponse({ status: 202, type: HearingResponseAnswerDto })
  respond(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ApplicationIdParams,
    @Body() body: HearingResponseDto,
  ) {
    return this.decisions.respondToHearing(user, params.applicationId, body);
  }

  /** The operator withdraws its application (any time before the decision). */
  @Post('withdrawal')
  @HumanStep()
  @HttpCode(202)
  @Roles(ROLES.operatorUser)
  @ApiOperation({ summary: 'Withdraw an application', description: 'Any time before the decision (409 after it).' })
  @ZodResponse({ status: 202, type: WithdrawalAnswerDto })
  withdraw(@CurrentUser() user: AuthenticatedUser, @Param() params: ApplicationIdParams, @Body() body: WithdrawalDto) {
    return this.decisions.withdraw(user, params.applicationId, body);
  }
}
