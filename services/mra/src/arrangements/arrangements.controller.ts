import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { AuthenticatedUser, CurrentUser, ROLES, Roles } from '@aeo/auth';
import { HumanStep, WorkflowAction } from '@aeo/service-kit';
import {
  ArrangementDto,
  ArrangementRecordDto,
  ComparisonAnswerDto,
  PhaseChangeDto,
  TermsAnswerDto,
} from './arrangement.response';
import {
  AdvanceDto,
  ArrangementIdParams,
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
/** What an operation taking a step says about itself. */
const stepOperation = (summary: string, description: string) =>
  ApiOperation({ summary, description: `${description} ${REFUSALS}` });

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
  @ApiOperation({
    summary: 'List mutual recognition arrangements',
    description:
      'With phase, terms, next review and phase history. All arrangements for MRA officers and executives; a partner administration sees only its own country’s.',
  })
  @ZodResponse({ status: 200, type: [ArrangementDto] })
  list(@CurrentUser() user: AuthenticatedUser) {
    return this.arrangements.list(user);
  }

  @Post()
  @HttpCode(201)
  @Roles(ROLES.mraOfficer)
  @ApiOperation({
    summary: 'Start an arrangement with a partner administration',
    description:
      'Creates the arrangement in preparation and starts its workflow. 409 when the partner country has an open (not terminated) arrangement. Idempotent with an Idempotency-Key.',
  })
  @ZodResponse({ status: 201, type: ArrangementDto })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: NewArrangementDto) {
    return this.arrangements.create(user, body);
  }

  @Get(':arrangementId')
  @ApiOperation({
    summary: 'Read one arrangement',
    description:
      'With phase, terms, next review and phase history. A partner administration reads only its own; another partner’s arrangement is answered 404, as if it did not exist.',
  })
  @ZodResponse({ status: 200, type: ArrangementDto })
  get(@CurrentUser() user: AuthenticatedUser, @Param() params: ArrangementIdParams) {
    return this.arrangements.get(user, params.arrangementId);
  }

  @Get(':arrangementId/phases')
  @ApiOperation({ summary: 'Phase history of an arrangement', description: 'Oldest first, with who and why.' })
  @ZodResponse({ status: 200, type: [PhaseChangeDto] })
  phases(@CurrentUser() user: AuthenticatedUser, @Param() params: ArrangementIdParams) {
    return this.arrangements.phases(user, params.arrangementId);
  }

  @Get(':arrangementId/comparison')
  @ApiOperation({
    summary: 'Programme comparison of an arrangement',
    description: 'The partner’s criteria mapped against ours (latest recording), with the gaps counted.',
  })
  @ZodResponse({ status: 200, type: ComparisonAnswerDto })
  comparison(@CurrentUser() user: AuthenticatedUser, @Param() params: ArrangementIdParams) {
    return this.arrangements.comparison(user, params.arrangementId);
  }

  @Get(':arrangementId/terms')
  @ApiOperation({ summary: 'Signed terms of an arrangement', description: 'Null before signing.' })
  @ZodResponse({ status: 200, type: TermsAnswerDto })
  terms(@CurrentUser() user: AuthenticatedUser, @Param() params: ArrangementIdParams) {
    return this.arrangements.terms(user, params.arrangementId);
  }

  @Get(':arrangementId/records')
  @Roles(ROLES.mraOfficer, ROLES.executive)
  @ApiOperation({
    summary: 'Every step recorded on an arrangement',
    description:
      'Phase changes, comparison, visits, negotiation rounds, tests, reviews and reminders, with their content.',
  })
  @ZodResponse({ status: 200, type: [ArrangementRecordDto] })
  records(@CurrentUser() user: AuthenticatedUser, @Param() params: ArrangementIdParams) {
    return this.arrangements.records(user, params.arrangementId);
  }

  @Post(':arrangementId/advance')
  @HttpCode(200)
  @HumanStep()
  @WorkflowAction()
  @Roles(ROLES.mraOfficer)
  @stepOperation(
    'Move an arrangement to its next phase',
    'preparation → programme-comparison → joint-validation (after a comparison) → negotiation (after a visit); signed → implementation → operational (after a passed data-exchange test; arms the periodic review).',
  )
  @ZodResponse({ status: 200, type: ArrangementDto })
  advance(@CurrentUser() user: AuthenticatedUser, @Param() params: ArrangementIdParams, @Body() body: AdvanceDto) {
    return this.take(user, params, { step: 'advance', ...body });
  }

  @Post(':arrangementId/comparison')
  @HttpCode(200)
  @HumanStep()
  @WorkflowAction()
  @Roles(ROLES.mraOfficer)
  @stepOperation(
    'Record the programme comparison',
    'The partner’s criteria mapped side by side against our criteria (equivalent, partially-equivalent, gap), the whole mapping each time; in programme-comparison.',
  )
  @ZodResponse({ status: 200, type: ArrangementDto })
  compare(@CurrentUser() user: AuthenticatedUser, @Param() params: ArrangementIdParams, @Body() body: ComparisonDto) {
    return this.take(user, params, { step: 'record-comparison', ...body });
  }

  @Post(':arrangementId/visits')
  @HttpCode(200)
  @HumanStep()
  @WorkflowAction()
  @Roles(ROLES.mraOfficer)
  @stepOperation(
    'Record a joint validation visit',
    'Date, site and operator visited, observations by our side and the partner’s; in joint-validation.',
  )
  @ZodResponse({ status: 200, type: ArrangementDto })
  visit(@CurrentUser() user: AuthenticatedUser, @Param() params: ArrangementIdParams, @Body() body: VisitDto) {
    return this.take(user, params, { step: 'record-visit', ...body });
  }

  @Post(':arrangementId/negotiation-rounds')
  @HttpCode(200)
  @HumanStep()
  @WorkflowAction()
  @Roles(ROLES.mraOfficer)
  @stepOperation('Record a negotiation round', 'Date and notes; in negotiation.')
  @ZodResponse({ status: 200, type: ArrangementDto })
  negotiate(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ArrangementIdParams,
    @Body() body: NegotiationRoundDto,
  ) {
    return this.take(user, params, { step: 'record-negotiation-round', ...body });
  }

  @Post(':arrangementId/signature')
  @HttpCode(200)
  @HumanStep()
  @WorkflowAction()
  @Roles(ROLES.executive)
  @stepOperation(
    'Sign an arrangement',
    'By an executive, from negotiation: the text, the date and the terms (status types, directions, benefits each side grants).',
  )
  @ZodResponse({ status: 200, type: ArrangementDto })
  sign(@CurrentUser() user: AuthenticatedUser, @Param() params: ArrangementIdParams, @Body() body: SignatureDto) {
    return this.take(user, params, { step: 'sign', ...body });
  }

  @Post(':arrangementId/exchange-tests')
  @HttpCode(200)
  @HumanStep()
  @WorkflowAction()
  @Roles(ROLES.mraOfficer)
  @stepOperation(
    'Record a data-exchange test with the partner',
    'Date, outcome (passed or failed) and notes; in implementation. The arrangement becomes operational only after a passed test.',
  )
  @ZodResponse({ status: 200, type: ArrangementDto })
  exchangeTest(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ArrangementIdParams,
    @Body() body: ExchangeTestDto,
  ) {
    return this.take(user, params, { step: 'record-exchange-test', ...body });
  }

  @Post(':arrangementId/reviews')
  @HttpCode(200)
  @HumanStep()
  @WorkflowAction()
  @Roles(ROLES.mraOfficer)
  @stepOperation(
    'Complete the periodic review',
    'With its findings (and optionally another period); arms the next review and its reminders. While operational.',
  )
  @ZodResponse({ status: 200, type: ArrangementDto })
  review(@CurrentUser() user: AuthenticatedUser, @Param() params: ArrangementIdParams, @Body() body: ReviewDto) {
    return this.take(user, params, { step: 'complete-review', ...body });
  }

  @Post(':arrangementId/review-policy')
  @HttpCode(200)
  @HumanStep()
  @WorkflowAction()
  @Roles(ROLES.mraOfficer)
  @stepOperation(
    'Set the review period and reminders',
    'Months between reviews (from the next review on) and the reminder days ahead of a review (at once). Until terminated.',
  )
  @ZodResponse({ status: 200, type: ArrangementDto })
  reviewPolicy(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ArrangementIdParams,
    @Body() body: ReviewPolicyDto,
  ) {
    return this.take(user, params, { step: 'set-review-policy', ...body });
  }

  @Post(':arrangementId/suspension')
  @HttpCode(200)
  @HumanStep()
  @WorkflowAction()
  @Roles(ROLES.mraOfficer)
  @stepOperation(
    'Suspend an arrangement',
    'With the reason, from signed, implementation or operational; review reminders stop.',
  )
  @ZodResponse({ status: 200, type: ArrangementDto })
  suspend(@CurrentUser() user: AuthenticatedUser, @Param() params: ArrangementIdParams, @Body() body: ReasonDto) {
    return this.take(user, params, { step: 'suspend', ...body });
  }

  @Post(':arrangementId/resumption')
  @HttpCode(200)
  @HumanStep()
  @WorkflowAction()
  @Roles(ROLES.mraOfficer)
  @stepOperation(
    'Resume a suspended arrangement',
    'With the reason; back to the phase it was suspended from (review reminders restart when operational).',
  )
  @ZodResponse({ status: 200, type: ArrangementDto })
  resume(@CurrentUser() user: AuthenticatedUser, @Param() params: ArrangementIdParams, @Body() body: ReasonDto) {
    return this.take(user, params, { step: 'resume', ...body });
  }

  @Post(':arrangementId/termination')
  @HttpCode(200)
  @HumanStep()
  @WorkflowAction()
  @Roles(ROLES.executive)
  @stepOperation('Terminate an arrangement', 'By an executive, with the reason, from any phase; its workflow ends.')
  @ZodResponse({ status: 200, type: ArrangementDto })
  terminate(@CurrentUser() user: AuthenticatedUser, @Param() params: ArrangementIdParams, @Body() body: ReasonDto) {
    return this.take(user, params, { step: 'terminate', ...body });
  }

  private take(user: AuthenticatedUser, params: ArrangementIdParams, step: StepRequest) {
    return this.arrangements.step(user, params.arrangementId, step);
  }
}
