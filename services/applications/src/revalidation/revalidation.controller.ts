import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CASE_READERS, CurrentUser, ROLES, Roles } from '@aeo/auth';
import { HumanStep } from '@aeo/service-kit';
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
} from './revalidation.schemas';
import { RevalidationService } from './revalidation.service';

/**
 * An authorisation's life after the grant: its revalidation workflow's state, early revalidation
 * requests, reported changes, the revalidation decision, suspension, reinstatement, revocation
 * with the right to be heard, and surrender. Actions answer with the workflow's state; 409 with
 * the reason when the stage does not allow them; 422 with the reason when the action's data could
 * not be recorded (nothing changed; operations are alerted; the next action is taken).
 */
@ApiTags('lifecycle')
@Controller('authorisations/:authorisationNumber')
export class RevalidationController {
  constructor(private readonly lifecycle: RevalidationService) {}

  /** Stage, cycle, next revalidation due date, deadlines and the workflow's history. */
  @Get('lifecycle')
  @Roles(...CASE_READERS)
  state(@CurrentUser() user: AuthenticatedUser, @Param() params: AuthorisationNumberParams) {
    return this.lifecycle.lifecycle(user, params.authorisationNumber);
  }

  /** An early revalidation, asked for by a regional office within its region (or other customs staff in scope). */
  @Post('revalidation-requests')
  @HttpCode(202)
  @Roles(ROLES.regionalOffice, ROLES.contactOfficer, ROLES.executive)
  requestRevalidation(@CurrentUser() user: AuthenticatedUser, @Param() params: AuthorisationNumberParams, @Body() body: RevalidationRequestDto) {
    return this.lifecycle.requestRevalidation(user, params.authorisationNumber, body);
  }

  /** The holder reports a relevant change (ownership, address, security, ...); customs reassesses. */
  @Post('changes')
  @HttpCode(201)
  @Roles(ROLES.operatorUser)
  reportChange(@CurrentUser() user: AuthenticatedUser, @Param() params: AuthorisationNumberParams, @Body() body: ReportedChangeDto) {
    return this.lifecycle.reportChange(user, params.authorisationNumber, body);
  }

  @Get('changes')
  @Roles(...CASE_READERS)
  changes(@CurrentUser() user: AuthenticatedUser, @Param() params: AuthorisationNumberParams) {
    return this.lifecycle.listChanges(user, params.authorisationNumber);
  }

  /** The holder's updated self-assessment answers in a revalidation cycle (only the changed ones). */
  @Put('revalidation/self-assessment')
  @HumanStep()
  @Roles(ROLES.operatorUser)
  updateSelfAssessment(@CurrentUser() user: AuthenticatedUser, @Param() params: AuthorisationNumberParams, @Body() body: SelfAssessmentUpdateDto) {
    return this.lifecycle.updateSelfAssessment(user, params.authorisationNumber, body);
  }

  /** The executive confirms the authorisation after the revalidation's validation report (with conditions if any). */
  @Post('revalidation/decision')
  @HumanStep()
  @HttpCode(200)
  @Roles(ROLES.executive)
  confirm(@CurrentUser() user: AuthenticatedUser, @Param() params: AuthorisationNumberParams, @Body() body: RevalidationDecisionDto) {
    return this.lifecycle.confirm(user, params.authorisationNumber, body);
  }

  /** The executive suspends the authorisation, wholly or only its security part. */
  @Post('suspension')
  @HumanStep()
  @HttpCode(200)
  @Roles(ROLES.executive)
  suspend(@CurrentUser() user: AuthenticatedUser, @Param() params: AuthorisationNumberParams, @Body() body: SuspensionDto) {
    return this.lifecycle.suspend(user, params.authorisationNumber, body);
  }

  /** The holder asks for a suspension (its administrator), stating its remedial measures and the time needed. */
  @Post('suspension-request')
  @HumanStep()
  @HttpCode(200)
  @Roles(ROLES.operatorUser)
  requestSuspension(@CurrentUser() user: AuthenticatedUser, @Param() params: AuthorisationNumberParams, @Body() body: SuspensionRequestDto) {
    return this.lifecycle.requestSuspension(user, params.authorisationNumber, body);
  }

  /** The holder's remediation plan during a suspension. */
  @Post('remediation-plan')
  @HumanStep()
  @HttpCode(200)
  @Roles(ROLES.operatorUser)
  remediationPlan(@CurrentUser() user: AuthenticatedUser, @Param() params: AuthorisationNumberParams, @Body() body: RemediationPlanDto) {
    return this.lifecycle.remediationPlan(user, params.authorisationNumber, body);
  }

  @Post('reinstatement')
  @HumanStep()
  @HttpCode(200)
  @Roles(ROLES.executive)
  reinstate(@CurrentUser() user: AuthenticatedUser, @Param() params: AuthorisationNumberParams, @Body() body: ReinstatementDto) {
    return this.lifecycle.reinstate(user, params.authorisationNumber, body);
  }

  /** The executive intends to revoke: the holder gets the grounds and the hearing period to comment. */
  @Post('revocation')
  @HumanStep()
  @HttpCode(200)
  @Roles(ROLES.executive)
  intendRevocation(@CurrentUser() user: AuthenticatedUser, @Param() params: AuthorisationNumberParams, @Body() body: RevocationDto) {
    return this.lifecycle.intendRevocation(user, params.authorisationNumber, body);
  }

  @Post('revocation/hearing-response')
  @HumanStep()
  @HttpCode(200)
  @Roles(ROLES.operatorUser)
  respondToRevocation(@CurrentUser() user: AuthenticatedUser, @Param() params: AuthorisationNumberParams, @Body() body: RevocationHearingResponseDto) {
    return this.lifecycle.respondToRevocation(user, params.authorisationNumber, body);
  }

  /** After the hearing: revoke (with an effective date) or drop the intended revocation. */
  @Post('revocation/decision')
  @HumanStep()
  @HttpCode(200)
  @Roles(ROLES.executive)
  decideRevocation(@CurrentUser() user: AuthenticatedUser, @Param() params: AuthorisationNumberParams, @Body() body: RevocationDecisionDto) {
    return this.lifecycle.decideRevocation(user, params.authorisationNumber, body);
  }

  /** The holder's administrator gives up the authorisation. */
  @Post('surrender')
  @HumanStep()
  @HttpCode(200)
  @Roles(ROLES.operatorUser)
  surrender(@CurrentUser() user: AuthenticatedUser, @Param() params: AuthorisationNumberParams, @Body() body: SurrenderDto) {
    return this.lifecycle.surrender(user, params.authorisationNumber, body);
  }
}
