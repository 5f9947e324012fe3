import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, ROLES, Roles } from '@aeo/auth';
import { ApiErrorAnswers, NoQuery, NoQueryParams, Operation } from '@aeo/service-kit';
import { AssessmentDto, ScorecardDto, StandardHistoryDto, TfaArticle77Dto } from './scorecard.response';
import { NewAssessmentDto, StandardIdParams } from './scorecard.schemas';
import { ScorecardService } from './scorecard.service';

const READERS =
  'The scorecard is national: executives, the policy unit and regional offices read the same one; only the policy unit assesses.';
const TFA =
  'The WTO TFA 7.7 checks are computed at request time from what the service has consumed: programme versions announced by the applications service (criteria published), the AEO benefits the risk engine applied to declarations lodged in the last 90 days (its channel decisions, as the benefit KPI family keeps them) that a KPI of the catalogue measures (three or more: met; one or two: partial; prior notice has no KPI), and the MRA arrangements’ phases (offered: one not terminated).';

/** The design-principles scorecard: assessments by the policy unit, with history, and the WTO TFA 7.7 checks. */
@ApiTags('scorecard')
@Controller('scorecard')
@Roles(ROLES.executive, ROLES.policyUnit, ROLES.regionalOffice)
export class ScorecardController {
  constructor(private readonly scorecard: ScorecardService) {}

  @Get()
  @Operation({
    summary: 'The design-principles scorecard as it stands',
    description: `The five design principles with their standards (names in mn and en, what each asks), each standard’s latest assessment and each principle’s status rolled up (the least advanced standard: not-assessed < ongoing < partial < met). ${TFA} ${READERS}`,
    answer: ScorecardDto,
  })
  current(@Query(NoQuery) _query: NoQueryParams) {
    return this.scorecard.current();
  }

  @Get('wto-tfa-7-7')
  @Operation({
    summary: 'The WTO TFA Article 7.7 checks',
    description: `${TFA} Each check with its status, its finding and the evidence behind it. ${READERS}`,
    answer: TfaArticle77Dto,
  })
  tfaArticle77(@Query(NoQuery) _query: NoQueryParams) {
    return this.scorecard.tfaArticle77();
  }

  @Get('standards/:id/history')
  @Operation({
    summary: 'A standard’s assessments',
    description: `Every assessment of the standard, newest first (assessments are never changed; a new one is added). 404 for a standard not in the scorecard. ${READERS}`,
    answer: StandardHistoryDto,
  })
  @ApiErrorAnswers({ 404: 'No such standard' })
  history(@Param() params: StandardIdParams, @Query(NoQuery) _query: NoQueryParams) {
    return this.scorecard.history(params.id);
  }

  @Post('standards/:id/assessments')
  @Operation({
    roles: [ROLES.policyUnit],
    summary: 'Assess a standard',
    description:
      'The policy unit assesses a standard as met, ongoing or partial with a note and its evidence (documents with title and http(s) URL, links, KPI ids of the catalogue; met needs at least one). A new row each time: the earlier ones stay as the history. Audited and announced as aeo.programme-scorecard.assessed.v1 (with the previous status and the principle’s rolled-up status). 400 naming the field (an unknown KPI id names evidence.kpiIds.<i>); 404 for a standard not in the scorecard. Idempotent with an Idempotency-Key.',
    status: 201,
    answer: AssessmentDto,
  })
  @ApiErrorAnswers({ 404: 'No such standard' })
  assess(@CurrentUser() user: AuthenticatedUser, @Param() params: StandardIdParams, @Body() body: NewAssessmentDto) {
    return this.scorecard.assess(user, params.id, body);
  }
}
