import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, ROLES } from '@aeo/auth';
import { Operation } from '@aeo/service-kit';
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
  @Operation({
    roles: [ROLES.executive],
    summary: 'Decide on an application',
    description:
      'The executive’s decision after validation: grant (with conditions), refuse (the operator is heard first, then a final decision follows), or extend the decision period once. 409 when the stage or the programme’s limits do not allow it, with the reason. Answers the certification workflow’s state.',
    answer: CertificationStateDto,
    answered: 'The certification workflow’s state after the decision',
    humanStep: true,
    workflowAction: true,
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
  @Operation({
    roles: [ROLES.operatorUser],
    summary: 'Comment on an intended refusal',
    description:
      'The operator’s comments on the grounds of an intended refusal, within the hearing period (409 after it).',
    status: 202,
    answer: HearingResponseAnswerDto,
    humanStep: true,
  })
  respond(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ApplicationIdParams,
    @Body() body: HearingResponseDto,
  ) {
    return this.decisions.respondToHearing(user, params.applicationId, body);
  }

  /** The operator withdraws its application (any time before the decision). */
  @Post('withdrawal')
  @Operation({
    roles: [ROLES.operatorUser],
    summary: 'Withdraw an application',
    description:
      'Any time before the decision (409 after it); an operator user must be an administrator of the company.',
    status: 202,
    answer: WithdrawalAnswerDto,
    humanStep: true,
  })
  withdraw(@CurrentUser() user: AuthenticatedUser, @Param() params: ApplicationIdParams, @Body() body: WithdrawalDto) {
    return this.decisions.withdraw(user, params.applicationId, body);
  }
}
