import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { AuthenticatedUser, CASE_READERS, CurrentUser, ROLES, Roles } from '@aeo/auth';
import { HumanStep, WorkflowAction } from '@aeo/service-kit';
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

/**
 * An authorisation's life after the grant: its revalidation workflow's state, early revalidation
 * requests, reported changes, the revalidation decision, suspension, reinstatement, revocation
 * with the right to be heard, and surrender. Actions answer with the workflow's state; 409 with
 * the reason when the stage does not allow them; 422 with the reason when the action's data could
 * not be recorded (nothing changed; operations are alerted; the next action is taken).
 */
@ApiTags('lifecycle')
@Controller('authorisations/:authorisationNumber')
// Its class name stays: the OpenAPI operation ids (RevalidationController_*) are derived from it.
export class RevalidationController {
  constructor(private readonly lifecycle: LifecycleService) {}

  /** Stage, cycle, next revalidation due date, deadlines and the workflow's history. */
  @Get('lifecycle')
  @Roles(...CASE_READERS)
  @ApiOperation({
    summary: 'Lifecycle of an authorisation',
    description: 'Stage, cycle, next revalidation due date, deadlines and the revalidation workflow’s history.',
  })
  @ZodResponse({ status: 200, type: LifecycleDto })
  state(@CurrentUser() user: AuthenticatedUser, @Param() params: AuthorisationNumberParams) {
    return this.lifecycle.lifecycle(user, params.authorisationNumber);
  }

  /** An early revalidation, asked for by a regional office within its region (or other customs staff in scope). */
  @Post('revalidation-requests')
  @HttpCode(202)
  @Roles(ROLES.regionalOffice, ROLES.contactOfficer, ROLES.executive)
  @ApiOperation({
    summary: 'Ask for an early revalidation',
    description:
      'By a regional office within its region (or other customs staff in scope); merged into a cycle already under way. 409 with the reason when the stage does not allow it.',
  })
  @ZodResponse({ status: 202, type: RevalidationRequestAnswerDto })
  requestRevalidation(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: AuthorisationNumberParams,
    @Body() body: RevalidationRequestDto,
  ) {
    return this.lifecycle.requestRevalidation(user, params.authorisationNumber, body);
  }

  /** The holder reports a relevant change (ownership, address, security, ...); customs reassesses. */
  @Post('changes')
  @HttpCode(201)
  @Roles(ROLES.operatorUser)
  @ApiOperation({
    summary: 'Report a relevant change',
    description:
      'The holder reports a change (ownership, address, security, ...); customs reassesses it. 409 with the reason when the stage does not allow it.',
  })
  @ZodResponse({ status: 201, type: ReportedChangeAnswerDto })
  reportChange(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: AuthorisationNumberParams,
    @Body() body: ReportedChangeDto,
  ) {
    return this.lifecycle.reportChange(user, params.authorisationNumber, body);
  }

  @Get('changes')
  @Roles(...CASE_READERS)
  @ApiOperation({
    summary: 'List reported changes',
    description: 'The changes the holder reported, with customs’ assessment.',
  })
  @ZodResponse({ status: 200, type: [ReportedChangeItemDto] })
  changes(@CurrentUser() user: AuthenticatedUser, @Param() params: AuthorisationNumberParams) {
    return this.lifecycle.listChanges(user, params.authorisationNumber);
  }

  /** The holder's updated self-assessment answers in a revalidation cycle (only the changed ones). */
  @Put('revalidation/self-assessment')
  @HumanStep()
  @WorkflowAction()
  @Roles(ROLES.operatorUser)
  @ApiOperation({
    summary: 'Update the self-assessment in a revalidation',
    description:
      'The holder’s updated answers in a revalidation cycle (only the changed ones). 409 with the reason when the stage does not allow it.',
  })
  @ZodResponse({ status: 200, type: RevalidationStateDto, description: 'The revalidation workflow’s state' })
  updateSelfAssessment(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: AuthorisationNumberParams,
    @Body() body: SelfAssessmentUpdateDto,
  ) {
    return this.lifecycle.updateSelfAssessment(user, params.authorisationNumber, body);
  }

  /** The executive confirms the authorisation after the revalidation's validation report (with conditions if any). */
  @Post('revalidation/decision')
  @HumanStep()
  @WorkflowAction()
  @HttpCode(200)
  @Roles(ROLES.executive)
  @ApiOperation({
    summary: 'Decide the revalidation',
    description:
      'The executive confirms the authorisation after the revalidation’s validation report (with conditions if any). 409 with the reason when the stage does not allow it.',
  })
  @ZodResponse({
    status: 200,
    type: RevalidationStateDto,
    description: 'The revalidation workflow’s state after the action',
  })
  confirm(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: AuthorisationNumberParams,
    @Body() body: RevalidationDecisionDto,
  ) {
    return this.lifecycle.confirm(user, params.authorisationNumber, body);
  }

  /** The executive suspends the authorisation, wholly or only its security part. */
  @Post('suspension')
  @HumanStep()
  @WorkflowAction()
  @HttpCode(200)
  @Roles(ROLES.executive)
  @ApiOperation({
    summary: 'Suspend an authorisation',
    description:
      'The executive suspends the authorisation, wholly or only its security part (AEOS and AEOF only: an AEOC authorisation has no security part, 400 naming scope). 409 with the reason when the stage does not allow it.',
  })
  @ZodResponse({
    status: 200,
    type: RevalidationStateDto,
    description: 'The revalidation workflow’s state after the action',
  })
  suspend(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: AuthorisationNumberParams,
    @Body() body: SuspensionDto,
  ) {
    return this.lifecycle.suspend(user, params.authorisationNumber, body);
  }

  /** The holder asks for a suspension (its administrator), stating its remedial measures and the time needed. */
  @Post('suspension-request')
  @HumanStep()
  @WorkflowAction()
  @HttpCode(200)
  @Roles(ROLES.operatorUser)
  @ApiOperation({
    summary: 'Ask for a suspension',
    description:
      'The holder (its administrator) asks for a suspension, stating its remedial measures and the time needed. 409 with the reason when the stage does not allow it.',
  })
  @ZodResponse({
    status: 200,
    type: RevalidationStateDto,
    description: 'The revalidation workflow’s state after the action',
  })
  requestSuspension(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: AuthorisationNumberParams,
    @Body() body: SuspensionRequestDto,
  ) {
    return this.lifecycle.requestSuspension(user, params.authorisationNumber, body);
  }

  /** The holder's remediation plan during a suspension. */
  @Post('remediation-plan')
  @HumanStep()
  @WorkflowAction()
  @HttpCode(200)
  @Roles(ROLES.operatorUser)
  @ApiOperation({
    summary: 'Submit a remediation plan',
    description:
      'The holder’s remediation plan during a suspension. 409 with the reason when the stage does not allow it.',
  })
  @ZodResponse({
    status: 200,
    type: RevalidationStateDto,
    description: 'The revalidation workflow’s state after the action',
  })
  remediationPlan(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: AuthorisationNumberParams,
    @Body() body: RemediationPlanDto,
  ) {
    return this.lifecycle.remediationPlan(user, params.authorisationNumber, body);
  }

  @Post('reinstatement')
  @HumanStep()
  @WorkflowAction()
  @HttpCode(200)
  @Roles(ROLES.executive)
  @ApiOperation({
    summary: 'Reinstate a suspended authorisation',
    description:
      'The executive lifts the suspension once the grounds are remedied. 409 with the reason when the stage does not allow it.',
  })
  @ZodResponse({
    status: 200,
    type: RevalidationStateDto,
    description: 'The revalidation workflow’s state after the action',
  })
  reinstate(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: AuthorisationNumberParams,
    @Body() body: ReinstatementDto,
  ) {
    return this.lifecycle.reinstate(user, params.authorisationNumber, body);
  }

  /** The executive intends to revoke: the holder gets the grounds and the hearing period to comment. */
  @Post('revocation')
  @HumanStep()
  @WorkflowAction()
  @HttpCode(200)
  @Roles(ROLES.executive)
  @ApiOperation({
    summary: 'Announce an intended revocation',
    description:
      'The executive intends to revoke: the holder gets the grounds and the hearing period to comment. 409 with the reason when the stage does not allow it.',
  })
  @ZodResponse({
    status: 200,
    type: RevalidationStateDto,
    description: 'The revalidation workflow’s state after the action',
  })
  intendRevocation(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: AuthorisationNumberParams,
    @Body() body: RevocationDto,
  ) {
    return this.lifecycle.intendRevocation(user, params.authorisationNumber, body);
  }

  @Post('revocation/hearing-response')
  @HumanStep()
  @WorkflowAction()
  @HttpCode(200)
  @Roles(ROLES.operatorUser)
  @ApiOperation({
    summary: 'Comment on an intended revocation',
    description:
      'The holder’s comments within the hearing period. 409 with the reason when the stage does not allow it.',
  })
  @ZodResponse({
    status: 200,
    type: RevalidationStateDto,
    description: 'The revalidation workflow’s state after the action',
  })
  respondToRevocation(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: AuthorisationNumberParams,
    @Body() body: RevocationHearingResponseDto,
  ) {
    return this.lifecycle.respondToRevocation(user, params.authorisationNumber, body);
  }

  /** After the hearing: revoke (with an effective date) or drop the intended revocation. */
  @Post('revocation/decision')
  @HumanStep()
  @WorkflowAction()
  @HttpCode(200)
  @Roles(ROLES.executive)
  @ApiOperation({
    summary: 'Decide on the revocation',
    description:
      'After the hearing: revoke (with an effective date) or drop the intended revocation. 409 with the reason when the stage does not allow it.',
  })
  @ZodResponse({
    status: 200,
    type: RevalidationStateDto,
    description: 'The revalidation workflow’s state after the action',
  })
  decideRevocation(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: AuthorisationNumberParams,
    @Body() body: RevocationDecisionDto,
  ) {
    return this.lifecycle.decideRevocation(user, params.authorisationNumber, body);
  }

  /** The holder's administrator gives up the authorisation. */
  @Post('surrender')
  @HumanStep()
  @WorkflowAction()
  @HttpCode(200)
  @Roles(ROLES.operatorUser)
  @ApiOperation({
    summary: 'Surrender an authorisation',
    description:
      'The holder’s administrator gives up the authorisation. 409 with the reason when the stage does not allow it.',
  })
  @ZodResponse({
    status: 200,
    type: RevalidationStateDto,
    description: 'The revalidation workflow’s state after the action',
  })
  surrender(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: AuthorisationNumberParams,
    @Body() body: SurrenderDto,
  ) {
    return this.lifecycle.surrender(user, params.authorisationNumber, body);
  }
}
