import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, ROLES, Roles } from '@aeo/auth';
import {
  ApiErrorAnswers,
  CustomsRegionPipe,
  Operation,
  NoQuery,
  NoQueryParams,
  TaxpayerIdPipe,
} from '@aeo/service-kit';
import { ParticipantDto, ParticipantListDto, SelectionTermsResponseDto, ShortlistDto } from './selection.response';
import {
  ChoiceDto,
  OperatorIdentificationDto,
  ParticipantParams,
  ParticipantsQueryDto,
  PilotParams,
  SelectionTermsDto,
  ShortlistRequestDto,
  ShortlistsQueryDto,
} from './selection.schemas';
import { PilotSelectionService } from './selection.service';

/**
 * A pilot's selection (issue 17): the terms candidates are invited with, shortlists from the risk
 * engine's ranking, the policy unit's choices and the participant list with its stages.
 */
@ApiTags('pilots')
@Controller('pilots/:pilotId')
export class PilotSelectionController {
  constructor(private readonly selection: PilotSelectionService) {}

  @Put('selection-terms')
  @Roles(ROLES.policyUnit)
  @ApiErrorAnswers({ 409: 'The pilot is no longer planned or running' })
  @Operation({
    roles: [ROLES.policyUnit],
    summary: 'Set what a pilot’s candidates are invited with',
    description:
      'The draft programme (eligibility criteria, benefits, validation process, in Mongolian and English, with the published programme version it refers to), the days a candidate has to answer (default 14) and how replacements are chosen (confirm: proposed to the policy unit; automatic: chosen and invited at once). Only while the pilot is planned or running (409 otherwise); invitations already sent keep what they were sent with. Audited; aeo.programme.pilot.selection-terms-set.v1. 404 for an unknown pilot.',
    answer: SelectionTermsResponseDto,
  })
  putTerms(@CurrentUser() user: AuthenticatedUser, @Param() params: PilotParams, @Body() body: SelectionTermsDto) {
    return this.selection.saveTerms(user, params.pilotId, body);
  }

  @Get('selection-terms')
  @Roles(ROLES.policyUnit, ROLES.executive)
  @Operation({
    roles: [ROLES.policyUnit, ROLES.executive],
    summary: 'Read a pilot’s selection terms',
    description: 'The draft programme, the answer period and the replacement mode. 404 when none are set.',
    answer: SelectionTermsResponseDto,
  })
  getTerms(@Param() params: PilotParams, @Query(NoQuery) _query: NoQueryParams) {
    return this.selection.terms(params.pilotId);
  }

  @Post('shortlists')
  @HttpCode(201)
  @Roles(ROLES.policyUnit)
  @Operation({
    roles: [ROLES.policyUnit],
    summary: 'Take a shortlist of pilot candidates',
    description:
      'The risk engine ranks the candidates by the weighted shares of declarations, customs value and duties over the window, leaving out traders with serious infringements in the exclusion years (workflow pilot-shortlist-<pilotId>-<n>: its activity on aeo-risk-management, then the record here, published as aeo.programme.pilot.shortlisted.v1). 409 unless the pilot is planned or running, or while the same shortlist number is being taken; 503 when the workflow has not finished within 60 s (it goes on: GET the shortlists later), or when it failed or timed out (the reason in the message; nothing was recorded and the next request takes the number again).',
    answer: ShortlistDto,
  })
  @ApiErrorAnswers({ 404: 'No such pilot', 409: 'The pilot is not planned or running' })
  shortlist(@CurrentUser() user: AuthenticatedUser, @Param() params: PilotParams, @Body() body: ShortlistRequestDto) {
    return this.selection.takeShortlist(user, params.pilotId, body);
  }

  @Get('shortlists')
  @Roles(ROLES.policyUnit, ROLES.executive)
  @Operation({
    roles: [ROLES.policyUnit, ROLES.executive],
    summary: 'List a pilot’s shortlists',
    description: 'Newest first (limit, default 5), each with its candidates, exclusions and the parameters used.',
    answer: [ShortlistDto],
  })
  shortlists(@Param() params: PilotParams, @Query() query: ShortlistsQueryDto) {
    return this.selection.shortlists(params.pilotId, query.limit);
  }

  @Post('participants')
  @HttpCode(201)
  @Roles(ROLES.policyUnit)
  @Operation({
    roles: [ROLES.policyUnit],
    summary: 'Choose a candidate for the pilot',
    description:
      'A candidate of the latest shortlist (else 400 naming taxpayerId), with the reason, its region (a customs region of the programme, else 400 naming region) and, when registered, its operator id; replacing names a declined or expired candidate it replaces. Its invitation workflow (pilot-invitation-<pilotId>-<taxpayerId>) sends the draft programme at once. 409 when the pilot is not planned or running, has no selection terms, or already has max_companies candidates chosen, invited or accepted (the message names the limit), or the candidate was chosen before. A repeat of the same request answers as the first time. Audited; aeo.programme.pilot.candidate-chosen.v1.',
    answer: ParticipantDto,
    humanStep: true,
  })
  @ApiErrorAnswers({ 404: 'No such pilot' })
  choose(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: PilotParams,
    @Body(CustomsRegionPipe, TaxpayerIdPipe('taxpayerId', 'replacing')) body: ChoiceDto,
  ) {
    return this.selection.choose(user, params.pilotId, body);
  }

  @Put('participants/:taxpayerId/operator')
  @Roles(ROLES.policyUnit)
  @Operation({
    roles: [ROLES.policyUnit],
    summary: 'Set or correct a pilot company’s operator id',
    description:
      'The company’s operator id in the applications service (its registration), with the reason, at any stage: the applications service tags the company’s certifications as the pilot’s once it accepted (matched by taxpayer id; a recorded operator id must agree with it). The same operator id again changes nothing. 400 naming the field (taxpayerId not in the programme’s format, operatorId not a uuid); 404 when the company is not a participant. Audited; aeo.programme.pilot.participant-identified.v1.',
    answer: ParticipantDto,
  })
  @ApiErrorAnswers({ 404: 'The company is not a participant of the pilot' })
  identify(
    @CurrentUser() user: AuthenticatedUser,
    @Param(TaxpayerIdPipe('taxpayerId')) params: ParticipantParams,
    @Body() body: OperatorIdentificationDto,
  ) {
    return this.selection.identify(user, params.pilotId, params.taxpayerId, body);
  }

  @Get('participants')
  @Roles(ROLES.policyUnit, ROLES.executive, ROLES.regionalOffice, ROLES.contactOfficer)
  @Operation({
    roles: [ROLES.policyUnit, ROLES.executive, ROLES.regionalOffice, ROLES.contactOfficer],
    summary: 'List a pilot’s participants with their stages',
    description:
      'Chosen, invited, accepted, declined, expired, replaced and withdrawn companies, then (national view only) the latest shortlist’s candidates not chosen, as shortlisted. Regional staff see their region’s participants (another region is 403).',
    answer: ParticipantListDto,
  })
  participants(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: PilotParams,
    @Query(CustomsRegionPipe) query: ParticipantsQueryDto,
  ) {
    return this.selection.participants(user, params.pilotId, query.region);
  }
}
