import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Role, ROLES, Roles } from '@aeo/auth';
import { ApiErrorAnswers, NoQuery, NoQueryParams, Operation } from '@aeo/service-kit';
import {
  ArrangementDto,
  ArrangementOverviewPageDto,
  ArrangementRecordDto,
  ComparisonAnswerDto,
  PhaseChangeDto,
  TermsAnswerDto,
} from './arrangement.response';
import {
  AdvanceDto,
  ArrangementIdParams,
  ArrangementOverviewQueryDto,
  ComparisonDto,
  ExchangeTestDto,
  NegotiationRoundDto,
  NewArrangementDto,
  ReasonDto,
  ReviewDto,
  ReviewPolicyDto,
  SignatureDto,
  VisitDto,
} from './arrangement.schemas';
import { ArrangementsService, type StepRequest } from './arrangements.service';

const REFUSALS =
  '409 with the workflow’s reason when the phase does not allow the step (nothing is recorded); 422 naming the field when a value is refused.';
/**
 * A person's step on the arrangement's workflow, by an MRA officer unless another role is named:
 * answers the arrangement as the step left it.
 */
const Step = (summary: string, description: string, role: Role = ROLES.mraOfficer) =>
  Operation({
    roles: [role],
    summary,
    description: `${description} ${REFUSALS}`,
    answer: ArrangementDto,
    humanStep: true,
    workflowAction: true,
  });

/**
 * The mutual recognition arrangements with partner customs administrations and their life as a
 * workflow: MRA officers create them and take every step, executives sign and terminate; a
 * partner administration reads its own country's arrangements only (list, one, phase history,
 * programme comparison, terms). Every step answers with the arrangement as the step left it.
 */
@ApiTags('arrangements')
@Controller('arrangements')
@Roles(ROLES.mraOfficer, ROLES.executive, ROLES.partnerCustoms)
export class ArrangementsController {
  constructor(private readonly arrangements: ArrangementsService) {}

  /** All arrangements for MRA officers and executives; a partner administration sees its own. */
  @Get()
  @Operation({
    summary: 'List mutual recognition arrangements',
    description:
      'With phase, terms, next review and phase history. All arrangements for MRA officers and executives; a partner administration sees only its own country’s.',
    answer: [ArrangementDto],
  })
  list(@CurrentUser() user: AuthenticatedUser, @Query(NoQuery) _query: NoQueryParams) {
    return this.arrangements.list(user);
  }

  @Post()
  @Operation({
    roles: [ROLES.mraOfficer],
    summary: 'Start an arrangement with a partner administration',
    description:
      'Creates the arrangement in preparation and starts its workflow. 409 when the partner country has an open (not terminated) arrangement. Idempotent with an Idempotency-Key.',
    status: 201,
    answer: ArrangementDto,
  })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: NewArrangementDto) {
    return this.arrangements.create(user, body);
  }

  @Get(':arrangementId')
  @Operation({
    summary: 'Read one arrangement',
    description:
      'With phase, terms, next review and phase history. A partner administration reads only its own; another partner’s arrangement is answered 404, as if it did not exist.',
    answer: ArrangementDto,
  })
  get(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ArrangementIdParams,
    @Query(NoQuery) _query: NoQueryParams,
  ) {
    return this.arrangements.get(user, params.arrangementId);
  }

  @Get(':arrangementId/phases')
  @Operation({
    summary: 'Phase history of an arrangement',
    description: 'Oldest first, with who and why.',
    answer: [PhaseChangeDto],
  })
  phases(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ArrangementIdParams,
    @Query(NoQuery) _query: NoQueryParams,
  ) {
    return this.arrangements.phases(user, params.arrangementId);
  }

  @Get(':arrangementId/comparison')
  @Operation({
    summary: 'Programme comparison of an arrangement',
    description: 'The partner’s criteria mapped against ours (latest recording), with the gaps counted.',
    answer: ComparisonAnswerDto,
  })
  comparison(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ArrangementIdParams,
    @Query(NoQuery) _query: NoQueryParams,
  ) {
    return this.arrangements.comparison(user, params.arrangementId);
  }

  @Get(':arrangementId/terms')
  @Operation({
    summary: 'Signed terms of an arrangement',
    description: 'Null before signing.',
    answer: TermsAnswerDto,
  })
  terms(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ArrangementIdParams,
    @Query(NoQuery) _query: NoQueryParams,
  ) {
    return this.arrangements.terms(user, params.arrangementId);
  }

  @Get(':arrangementId/records')
  @Operation({
    roles: [ROLES.mraOfficer, ROLES.executive],
    summary: 'Every step recorded on an arrangement',
    description:
      'Phase changes, comparison, visits, negotiation rounds, tests, reviews and reminders, with their content.',
    answer: [ArrangementRecordDto],
  })
  records(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ArrangementIdParams,
    @Query(NoQuery) _query: NoQueryParams,
  ) {
    return this.arrangements.records(user, params.arrangementId);
  }

  @Post(':arrangementId/advance')
  @Step(
    'Move an arrangement to its next phase',
    'preparation → programme-comparison → joint-validation (after a comparison) → negotiation (after a visit); signed → implementation → operational (after a passed data-exchange test; arms the periodic review).',
  )
  advance(@CurrentUser() user: AuthenticatedUser, @Param() params: ArrangementIdParams, @Body() body: AdvanceDto) {
    return this.take(user, params, { step: 'advance', ...body });
  }

  @Post(':arrangementId/comparison')
  @Step(
    'Record the programme comparison',
    'The partner’s criteria mapped side by side against our criteria (equivalent, partially-equivalent, gap), the whole mapping each time; in programme-comparison.',
  )
  compare(@CurrentUser() user: AuthenticatedUser, @Param() params: ArrangementIdParams, @Body() body: ComparisonDto) {
    return this.take(user, params, { step: 'record-comparison', ...body });
  }

  @Post(':arrangementId/visits')
  @Step(
    'Record a joint validation visit',
    'Date, site and operator visited, observations by our side and the partner’s; in joint-validation.',
  )
  visit(@CurrentUser() user: AuthenticatedUser, @Param() params: ArrangementIdParams, @Body() body: VisitDto) {
    return this.take(user, params, { step: 'record-visit', ...body });
  }

  @Post(':arrangementId/negotiation-rounds')
  @Step('Record a negotiation round', 'Date and notes; in negotiation.')
  negotiate(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ArrangementIdParams,
    @Body() body: NegotiationRoundDto,
  ) {
    return this.take(user, params, { step: 'record-negotiation-round', ...body });
  }

  @Post(':arrangementId/signature')
  @Step(
    'Sign an arrangement',
    'By an executive, from negotiation: the text, the date and the terms (status types, directions, benefits each side grants).',
    ROLES.executive,
  )
  sign(@CurrentUser() user: AuthenticatedUser, @Param() params: ArrangementIdParams, @Body() body: SignatureDto) {
    return this.take(user, params, { step: 'sign', ...body });
  }

  @Post(':arrangementId/exchange-tests')
  @Step(
    'Record a data-exchange test with the partner',
    'Date, outcome (passed or failed) and notes; in implementation. The arrangement becomes operational only after a passed test.',
  )
  exchangeTest(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ArrangementIdParams,
    @Body() body: ExchangeTestDto,
  ) {
    return this.take(user, params, { step: 'record-exchange-test', ...body });
  }

  @Post(':arrangementId/reviews')
  @Step(
    'Complete the periodic review',
    'With its findings (and optionally another period); arms the next review and its reminders. While operational.',
  )
  review(@CurrentUser() user: AuthenticatedUser, @Param() params: ArrangementIdParams, @Body() body: ReviewDto) {
    return this.take(user, params, { step: 'complete-review', ...body });
  }

  @Post(':arrangementId/review-policy')
  @Step(
    'Set the review period and reminders',
    'Months between reviews (from the next review on) and the reminder days ahead of a review (at once). Until terminated.',
  )
  reviewPolicy(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ArrangementIdParams,
    @Body() body: ReviewPolicyDto,
  ) {
    return this.take(user, params, { step: 'set-review-policy', ...body });
  }

  @Post(':arrangementId/suspension')
  @Step('Suspend an arrangement', 'With the reason, from signed, implementation or operational; review reminders stop.')
  suspend(@CurrentUser() user: AuthenticatedUser, @Param() params: ArrangementIdParams, @Body() body: ReasonDto) {
    return this.take(user, params, { step: 'suspend', ...body });
  }

  @Post(':arrangementId/resumption')
  @Step(
    'Resume a suspended arrangement',
    'With the reason; back to the phase it was suspended from (review reminders restart when operational).',
  )
  resume(@CurrentUser() user: AuthenticatedUser, @Param() params: ArrangementIdParams, @Body() body: ReasonDto) {
    return this.take(user, params, { step: 'resume', ...body });
  }

  @Post(':arrangementId/termination')
  @Step(
    'Terminate an arrangement',
    'By an executive, with the reason, from any phase; its workflow ends.',
    ROLES.executive,
  )
  terminate(@CurrentUser() user: AuthenticatedUser, @Param() params: ArrangementIdParams, @Body() body: ReasonDto) {
    return this.take(user, params, { step: 'terminate', ...body });
  }

  private take(user: AuthenticatedUser, params: ArrangementIdParams, step: StepRequest) {
    return this.arrangements.step(user, params.arrangementId, step);
  }
}

/** The arrangements paged, filtered and sorted on the server, for the people who run them (the console's list). */
@ApiTags('arrangements')
@Controller('arrangement-overview')
@Roles(ROLES.mraOfficer, ROLES.executive)
export class ArrangementOverviewController {
  constructor(private readonly arrangements: ArrangementsService) {}

  @Get()
  @Operation({
    roles: [ROLES.mraOfficer, ROLES.executive],
    summary: 'Overview of the arrangements, paged',
    description:
      'Each arrangement with its partner, phase, status (active, suspended, terminated) and latest recorded step; paged (`page`, `pageSize`, `total`), filtered (`phase`, `status`, `partnerCountry`, `q`) and sorted (`lastActivityAt`, the default, newest first; `createdAt`, `partnerCountry`, `phase` in the WCO order) on the server. MRA officers and executives; `GET /v1/arrangements` still answers its plain list.',
    answer: ArrangementOverviewPageDto,
    answered: 'A page of the arrangements with the total',
  })
  @ApiErrorAnswers({ 400: 'Invalid filter, page, page size, sort or order; the message names the parameter' })
  overview(@Query() query: ArrangementOverviewQueryDto) {
    return this.arrangements.overview(query);
  }
}
