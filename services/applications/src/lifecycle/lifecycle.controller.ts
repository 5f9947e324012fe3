import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CASE_READERS, CurrentUser, ROLES, Role, Roles } from '@aeo/auth';
import { Operation, NoQuery, NoQueryParams } from '@aeo/service-kit';
import { AuthorisationNumberParams } from '../register/register.schemas';
import {
  ReinstatementDto,
  RemediationPlanDto,
  ReportedChangeDto,
  RevalidationDecisionDto,
  RevalidationRequestDto,
  RevocationDecisionDto,
  RevocationDto,
  RevocationHearingResponseDto,
  SelfAssessmentUpdateDto,
  SurrenderDto,
  SuspensionDto,
  SuspensionRequestDto,
} from './lifecycle.schemas';
import {
  LifecycleDto,
  ReportedChangeAnswerDto,
  ReportedChangeItemDto,
  RevalidationRequestAnswerDto,
  RevalidationStateDto,
} from './lifecycle.response';
import { LifecycleService } from './lifecycle.service';

const STAGE_REFUSAL = '409 with the reason when the stage does not allow it.';

/** A person's step handed to the revalidation workflow: answers the workflow's state after it. */
const RevalidationAction = (roles: readonly Role[], summary: string, description: string) =>
  Operation({
    roles,
    summary,
    description: `${description} ${STAGE_REFUSAL}`,
    answer: RevalidationStateDto,
    answered: 'The revalidation workflow’s state after the action (the holder’s view for an operator user)',
    humanStep: true,
    workflowAction: true,
  });

/**
 * An authorisation's life after the grant: its revalidation workflow's state, early revalidation
 * requests, reported changes, the revalidation decision, suspension, reinstatement, revocation
 * with the right to be heard, and surrender. Actions answer with the workflow's state; 409 with
 * the reason when the stage does not allow them; 422 with the reason when the action's data could
 * not be recorded (nothing changed; operations are alerted; the next action is taken).
 */
@ApiTags('lifecycle')
@Controller('authorisations/:authorisationNumber')
// Case readers read (each limited to its company or region); each write names who may take it.
@Roles(...CASE_READERS)
// Its class name stays: the OpenAPI operation ids (RevalidationController_*) are derived from it.
export class RevalidationController {
  constructor(private readonly lifecycle: LifecycleService) {}

  /** Stage, cycle, next revalidation due date, deadlines and the workflow's history; the holder's view (holder-view.ts) for its users. */
  @Get('lifecycle')
  @Operation({
    summary: 'Lifecycle of an authorisation',
    description:
      'Stage, cycle, next revalidation due date, deadlines and the revalidation workflow’s history. An operator user gets the holder’s view: customs’ risk assessment (the triggers with their source, reason and requester, the risk outcome, the validation case and report), the customs staff who acted (who suspended, who intended the revocation) and the history’s notes are left out; the grounds it must answer, the due dates and its own steps are there.',
    answer: LifecycleDto,
  })
  state(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: AuthorisationNumberParams,
    @Query(NoQuery) _query: NoQueryParams,
  ) {
    return this.lifecycle.lifecycle(user, params.authorisationNumber);
  }

  /** An early revalidation, asked for by a regional office within its region (or other customs staff in scope). */
  @Post('revalidation-requests')
  @Operation({
    roles: [ROLES.regionalOffice, ROLES.contactOfficer, ROLES.executive],
    summary: 'Ask for an early revalidation',
    description: `By a regional office within its region (or other customs staff in scope); merged into a cycle already under way. ${STAGE_REFUSAL}`,
    status: 202,
    answer: RevalidationRequestAnswerDto,
  })
  requestRevalidation(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: AuthorisationNumberParams,
    @Body() body: RevalidationRequestDto,
  ) {
    return this.lifecycle.requestRevalidation(user, params.authorisationNumber, body);
  }

  /** The holder reports a relevant change (ownership, address, security, ...); customs reassesses. */
  @Post('changes')
  @Operation({
    roles: [ROLES.operatorUser],
    summary: 'Report a relevant change',
    description: `The holder reports a change (ownership, address, security, ...); customs reassesses it. ${STAGE_REFUSAL}`,
    status: 201,
    answer: ReportedChangeAnswerDto,
  })
  reportChange(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: AuthorisationNumberParams,
    @Body() body: ReportedChangeDto,
  ) {
    return this.lifecycle.reportChange(user, params.authorisationNumber, body);
  }

  @Get('changes')
  @Operation({
    summary: 'List reported changes',
    description: 'The changes the holder reported, with customs’ assessment.',
    answer: [ReportedChangeItemDto],
  })
  changes(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: AuthorisationNumberParams,
    @Query(NoQuery) _query: NoQueryParams,
  ) {
    return this.lifecycle.listChanges(user, params.authorisationNumber);
  }

  /** The holder's updated self-assessment answers in a revalidation cycle (only the changed ones). */
  @Put('revalidation/self-assessment')
  @RevalidationAction(
    [ROLES.operatorUser],
    'Update the self-assessment in a revalidation',
    'The holder’s updated answers in a revalidation cycle (only the changed ones).',
  )
  updateSelfAssessment(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: AuthorisationNumberParams,
    @Body() body: SelfAssessmentUpdateDto,
  ) {
    return this.lifecycle.updateSelfAssessment(user, params.authorisationNumber, body);
  }

  /** The executive confirms the authorisation after the revalidation's validation report (with conditions if any). */
  @Post('revalidation/decision')
  @RevalidationAction(
    [ROLES.executive],
    'Decide the revalidation',
    'The executive confirms the authorisation after the revalidation’s validation report (with conditions if any).',
  )
  confirm(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: AuthorisationNumberParams,
    @Body() body: RevalidationDecisionDto,
  ) {
    return this.lifecycle.confirm(user, params.authorisationNumber, body);
  }

  /** The executive suspends the authorisation, wholly or only its security part. */
  @Post('suspension')
  @RevalidationAction(
    [ROLES.executive],
    'Suspend an authorisation',
    'The executive suspends the authorisation, wholly or only its security part (AEOS and AEOF only: an AEOC authorisation has no security part, 400 naming scope).',
  )
  suspend(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: AuthorisationNumberParams,
    @Body() body: SuspensionDto,
  ) {
    return this.lifecycle.suspend(user, params.authorisationNumber, body);
  }

  /** The holder asks for a suspension (its administrator), stating its remedial measures and the time needed. */
  @Post('suspension-request')
  @RevalidationAction(
    [ROLES.operatorUser],
    'Ask for a suspension',
    'The holder (its administrator) asks for a suspension, stating its remedial measures and the time needed.',
  )
  requestSuspension(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: AuthorisationNumberParams,
    @Body() body: SuspensionRequestDto,
  ) {
    return this.lifecycle.requestSuspension(user, params.authorisationNumber, body);
  }

  /** The holder's remediation plan during a suspension. */
  @Post('remediation-plan')
  @RevalidationAction(
    [ROLES.operatorUser],
    'Submit a remediation plan',
    'The holder’s remediation plan during a suspension.',
  )
  remediationPlan(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: AuthorisationNumberParams,
    @Body() body: RemediationPlanDto,
  ) {
    return this.lifecycle.remediationPlan(user, params.authorisationNumber, body);
  }

  @Post('reinstatement')
  @RevalidationAction(
    [ROLES.executive],
    'Reinstate a suspended authorisation',
    'The executive lifts the suspension once the grounds are remedied.',
  )
  reinstate(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: AuthorisationNumberParams,
    @Body() body: ReinstatementDto,
  ) {
    return this.lifecycle.reinstate(user, params.authorisationNumber, body);
  }

  /** The executive intends to revoke: the holder gets the grounds and the hearing period to comment. */
  @Post('revocation')
  @RevalidationAction(
    [ROLES.executive],
    'Announce an intended revocation',
    'The executive intends to revoke: the holder gets the grounds and the hearing period to comment.',
  )
  intendRevocation(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: AuthorisationNumberParams,
    @Body() body: RevocationDto,
  ) {
    return this.lifecycle.intendRevocation(user, params.authorisationNumber, body);
  }

  @Post('revocation/hearing-response')
  @RevalidationAction(
    [ROLES.operatorUser],
    'Comment on an intended revocation',
    'The holder’s comments within the hearing period.',
  )
  respondToRevocation(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: AuthorisationNumberParams,
    @Body() body: RevocationHearingResponseDto,
  ) {
    return this.lifecycle.respondToRevocation(user, params.authorisationNumber, body);
  }

  /** After the hearing: revoke (with an effective date) or drop the intended revocation. */
  @Post('revocation/decision')
  @RevalidationAction(
    [ROLES.executive],
    'Decide on the revocation',
    'After the hearing: revoke (with an effective date) or drop the intended revocation.',
  )
  decideRevocation(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: AuthorisationNumberParams,
    @Body() body: RevocationDecisionDto,
  ) {
    return this.lifecycle.decideRevocation(user, params.authorisationNumber, body);
  }

  /** The holder's administrator gives up the authorisation. */
  @Post('surrender')
  @RevalidationAction(
    [ROLES.operatorUser],
    'Surrender an authorisation',
    'The holder’s administrator gives up the authorisation.',
  )
  surrender(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: AuthorisationNumberParams,
    @Body() body: SurrenderDto,
  ) {
    return this.lifecycle.surrender(user, params.authorisationNumber, body);
  }
}
