import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, type Role, ROLES, Roles } from '@aeo/auth';
import { ApiErrorAnswers, Operation, NoQuery, NoQueryParams, TaxpayerIdPipe } from '@aeo/service-kit';
import { InvitationDto, invitationAsSeenBy } from './invitations.response';
import { AcceptanceDto, CommentDto, InvitationParams, ReasonDto } from './invitations.schemas';
import { type InvitationStepRequest, PilotInvitationsService } from './invitations.service';

const REFUSALS =
  '400 naming taxpayerId when it is not in the programme’s taxpayer id format; 404 when the company was not chosen for the pilot, and for an operator user the applications service has not linked to the company (another company’s, or one whose token merely names it; a user linked a moment ago until the programme has its link); 409 once the invitation was answered, withdrawn (also when its pilot was cancelled or ended) or expired; 400 naming the field for a malformed body. A step sent before the invitation is recorded (or its workflow started) waits for it. A repeat of the same request answers as the first time. Audited; published on aeo.programme.pilots.v1.';
const AnswerStep = (summary: string, description: string, roles: Role[] = [ROLES.operatorUser]) =>
  Operation({
    roles,
    summary,
    description: `${description} Answers the invitation as GET gives it to the caller (an operator user reads it without the selection). ${REFUSALS}`,
    answer: InvitationDto,
    humanStep: true,
  });

/** A candidate's invitation to a pilot and its consultation on the draft programme. */
@ApiTags('pilots')
@Controller('pilots/:pilotId/invitations/:taxpayerId')
export class PilotInvitationsController {
  constructor(private readonly invitations: PilotInvitationsService) {}

  @Get()
  @Roles(ROLES.operatorUser, ROLES.policyUnit, ROLES.executive, ROLES.regionalOffice, ROLES.contactOfficer)
  @Operation({
    roles: [ROLES.operatorUser, ROLES.policyUnit, ROLES.executive, ROLES.regionalOffice, ROLES.contactOfficer],
    summary: 'Read an invitation to a pilot',
    description:
      'Its stage, deadline, the draft programme and every step (comments included). An operator user reads its company’s only, while the applications service has it linked to the company (404 otherwise, as for an invitation that does not exist), and without the selection (shortlist, rank, why and by whom it was chosen, the companies it replaces or was replaced by) or the customs staff who took a step, as in the answers to its own steps; regional staff their region’s (403 naming the region otherwise, as for its contact officer and training). 400 naming taxpayerId when it is not in the programme’s taxpayer id format.',
    answer: InvitationDto,
  })
  @ApiErrorAnswers({
    404: 'No such invitation, or not visible to the caller (an operator user not linked to the company)',
  })
  async get(
    @CurrentUser() user: AuthenticatedUser,
    @Param(TaxpayerIdPipe('taxpayerId')) params: InvitationParams,
    @Query(NoQuery) _query: NoQueryParams,
  ) {
    return invitationAsSeenBy(user, await this.invitations.get(user, params.pilotId, params.taxpayerId));
  }

  @Post('comments')
  @HttpCode(200)
  @Roles(ROLES.operatorUser)
  @AnswerStep('Comment on the draft programme', 'Any number of comments while the invitation is open.')
  comment(
    @CurrentUser() user: AuthenticatedUser,
    @Param(TaxpayerIdPipe('taxpayerId')) params: InvitationParams,
    @Body() body: CommentDto,
  ) {
    return this.take(user, params, { step: 'comment', ...body });
  }

  @Post('acceptance')
  @HttpCode(200)
  @Roles(ROLES.operatorUser)
  @AnswerStep(
    'Accept the invitation to the pilot',
    'The company becomes a pilot company (aeo.programme.pilot.participant-accepted.v1).',
  )
  accept(
    @CurrentUser() user: AuthenticatedUser,
    @Param(TaxpayerIdPipe('taxpayerId')) params: InvitationParams,
    @Body() body: AcceptanceDto,
  ) {
    return this.take(user, params, { step: 'accept', ...body });
  }

  @Post('decline')
  @HttpCode(200)
  @Roles(ROLES.operatorUser)
  @AnswerStep(
    'Decline the invitation to the pilot',
    'With the reason; the next shortlisted candidate not yet chosen is proposed to the policy unit as replacement (or chosen and invited at once when the pilot’s terms say automatic).',
  )
  decline(
    @CurrentUser() user: AuthenticatedUser,
    @Param(TaxpayerIdPipe('taxpayerId')) params: InvitationParams,
    @Body() body: ReasonDto,
  ) {
    return this.take(user, params, { step: 'decline', ...body });
  }

  @Post('withdrawal')
  @HttpCode(200)
  @Roles(ROLES.policyUnit)
  @AnswerStep(
    'Withdraw a candidate from the pilot',
    'By the policy unit, with the reason: an open invitation (it ends; no replacement is proposed) or a company that accepted (a place becomes free). aeo.programme.pilot.participant-withdrawn.v1.',
    [ROLES.policyUnit],
  )
  withdraw(
    @CurrentUser() user: AuthenticatedUser,
    @Param(TaxpayerIdPipe('taxpayerId')) params: InvitationParams,
    @Body() body: ReasonDto,
  ) {
    return this.take(user, params, { step: 'withdraw', ...body });
  }

  private async take(user: AuthenticatedUser, params: InvitationParams, step: InvitationStepRequest) {
    return invitationAsSeenBy(user, await this.invitations.step(user, params.pilotId, params.taxpayerId, step));
  }
}
