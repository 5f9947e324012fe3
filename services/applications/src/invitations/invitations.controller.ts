import { Body, Controller, Delete, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, ROLES, RequireScopes, Roles } from '@aeo/auth';
import { ApiErrorAnswers, Operation, NoQuery, NoQueryParams } from '@aeo/service-kit';
import { OperatorIdParams } from '../operators/operator.schemas';
import {
  CreateInvitationDto,
  InvitationLookupDto,
  InvitationParams,
  InvitationRedemptionDto,
} from './invitation.schemas';
import { InvitationDto, InvitationLookupAnswerDto, InvitationRedeemedDto } from './invitation.response';
import { InvitationsService } from './invitations.service';

/** The scope of the identity provider's own client, the only one given it: it reads and redeems invitation codes. */
export const INVITATIONS_REDEEM_SCOPE = 'aeo.invitations.redeem';

@ApiTags('operators')
@Controller('operators/:operatorId/invitations')
@Roles(ROLES.operatorUser, ROLES.contactOfficer, ROLES.regionalOffice)
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post()
  @Operation({
    summary: 'Invite a person to the company',
    description:
      'By an administrator of the company, or a contact officer or regional office in scope (e.g. the first administrator of a company staff registered). The person is emailed a link to the identity provider (in `language`), where they create an account of the company, or sign in with one, and become a user in `role`. The link’s code works once, until `expiresAt` (INVITATION_TTL_DAYS, 14 by default); only its hash is stored. 404 for an operator user of another company. 429 naming the limit when the company has INVITATION_MAX_PENDING (20) invitations pending, or created INVITATION_MAX_PER_DAY (50) in the last 24 hours. 400 naming `name` for a control, bidirectional-control or invisible character in it. Audited; the internal event `aeo.operator.invitation-created.v1` carries the code sealed for notifications.',
    status: 201,
    answer: InvitationDto,
  })
  @ApiErrorAnswers({
    404: 'No such operator, or another company (operator users)',
    429: 'The company’s pending invitations (INVITATION_MAX_PENDING) or those created in the last 24 hours (INVITATION_MAX_PER_DAY) are at the limit',
  })
  create(@CurrentUser() user: AuthenticatedUser, @Param() params: OperatorIdParams, @Body() body: CreateInvitationDto) {
    return this.invitations.create(user, params.operatorId, body);
  }

  @Get()
  @Operation({
    summary: 'List the company’s invitations',
    description:
      'The latest first (at most 500), each pending, accepted, revoked or expired; for its administrators and customs staff in scope. 404 for an operator user of another company. An operator user reads `invitedBy` and `revokedBy` only when a current user of the company invited or revoked (null when customs staff did).',
    answer: [InvitationDto],
  })
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: OperatorIdParams,
    @Query(NoQuery) _query: NoQueryParams,
  ) {
    return this.invitations.list(user, params.operatorId);
  }

  @Delete(':invitationId')
  @Operation({
    summary: 'Revoke an invitation',
    description:
      'A pending invitation’s link stops working. 409 when it was accepted, revoked or has expired; 404 when the company has no such invitation (or the caller is an operator user of another company). Audited.',
    status: 204,
    answered: 'Revoked',
  })
  async revoke(@CurrentUser() user: AuthenticatedUser, @Param() params: InvitationParams): Promise<void> {
    await this.invitations.revoke(user, params.operatorId, params.invitationId);
  }
}

/** The identity provider's server-to-server calls (its own client, scope `aeo.invitations.redeem`). */
@ApiTags('invitations')
@Controller('invitations')
@Roles(ROLES.backendPlatform)
@RequireScopes(INVITATIONS_REDEEM_SCOPE)
export class InvitationRedemptionsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post('lookups')
  @Operation({
    summary: 'Look up an invitation by its code',
    description:
      'For the identity provider’s invitation page: the company, the invitee and the status. The code is posted, not put in a URL, so that no log keeps it. 404 for a code no invitation has.',
    answer: InvitationLookupAnswerDto,
  })
  lookUp(@Body() body: InvitationLookupDto) {
    return this.invitations.lookUp(body.code);
  }

  @Post('redemptions')
  @Operation({
    summary: 'Redeem an invitation for an account',
    description:
      'The identity provider, once the person created or signed in with an account of the inviting company: the invitation is accepted and the account linked to the company in its role, in one transaction (`aeo.operator.user-linked.v1` follows). The code works once: 409 when the invitation is accepted (also by a concurrent redemption), revoked or expired, when the account is of another company (`taxpayerId`) or a user of the company already; 404 for a code no invitation has. Audited.',
    status: 201,
    answer: InvitationRedeemedDto,
  })
  redeem(@CurrentUser() client: AuthenticatedUser, @Body() body: InvitationRedemptionDto) {
    return this.invitations.redeem(client, body);
  }
}
