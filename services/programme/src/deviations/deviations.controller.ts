import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Role, ROLES, Roles } from '@aeo/auth';
import { ApiErrorAnswers, CustomsRegionPipe, Operation, NoQuery, NoQueryParams } from '@aeo/service-kit';
import { DEVIATION_STEP_LIMITS } from '@aeo/workflows';
import { DeviationCaseDto, DeviationCasePageDto, DeviationCaseWithHistoryDto } from './deviations.response';
import {
  ActionDoneDto,
  ActionParams,
  AnalysisDto,
  CaseIdParams,
  CloseDto,
  DeviationCasesQueryDto,
  DeviationsQueryDto,
  DismissDto,
  PlanDto,
  ReplanDto,
  StartImplementationDto,
} from './deviations.schemas';
import { type DeviationStepRequest, DeviationsService } from './deviations.service';

const REFUSALS =
  '400 naming the field when the body is malformed or over its bounds (texts and lists have maxima; see the schema); 409 with the workflow’s reason when the phase does not allow the step or the case is closed (nothing is recorded); 422 naming the field when the workflow refuses a value. Audited; published on aeo.programme.events.v1.';
/** A person's step on the case's workflow, by the policy unit unless other roles are named: answers the case as the step left it. */
const Step = (summary: string, description: string, roles: Role[] = [ROLES.policyUnit]) =>
  Operation({
    roles,
    summary,
    description: `${description} ${REFUSALS}`,
    answer: DeviationCaseWithHistoryDto,
    humanStep: true,
    workflowAction: true,
  });

/**
 * The deviation cases of the programme's quality monitoring: a KPI across its threshold for a
 * scope and period opens one (the evaluator); the policy unit analyses it, plans and implements
 * improvement actions; the KPI's later periods verify it and close it; an action's due date
 * passing escalates it to executives, who re-plan or close it. A regional office reads its region's cases.
 */
@ApiTags('deviations')
@Controller('deviations')
@Roles(ROLES.executive, ROLES.policyUnit, ROLES.regionalOffice)
export class DeviationsController {
  constructor(private readonly deviations: DeviationsService) {}

  @Get()
  @Operation({
    summary: 'List deviation cases',
    description:
      'Newest first; status (a phase, or open for every phase but closed), kpiId and region narrow the list. Executives and the policy unit see every case; a regional office only its region’s (its default; another region is 403).',
    answer: [DeviationCaseDto],
  })
  @ApiErrorAnswers({ 403: 'Another region than the regional office’s own' })
  list(@CurrentUser() user: AuthenticatedUser, @Query(CustomsRegionPipe) query: DeviationsQueryDto) {
    return this.deviations.list(user, query);
  }

  @Get(':caseId')
  @Operation({
    summary: 'Read one deviation case',
    description:
      'With its analysis, actions, outcome and every step recorded (oldest first). A regional office reads its region’s cases only; another is answered 404.',
    answer: DeviationCaseWithHistoryDto,
  })
  @ApiErrorAnswers({ 404: 'No such case, or not in the regional office’s region' })
  get(@CurrentUser() user: AuthenticatedUser, @Param() params: CaseIdParams, @Query(NoQuery) _query: NoQueryParams) {
    return this.deviations.get(user, params.caseId);
  }

  @Post(':caseId/analysis')
  @Step(
    'Record the analysis of a deviation',
    'The root cause and the owner of its resolution; from opened, or again during analysis (replaces it).',
  )
  analysis(@CurrentUser() user: AuthenticatedUser, @Param() params: CaseIdParams, @Body() body: AnalysisDto) {
    return this.take(user, params.caseId, { step: 'record-analysis', ...body });
  }

  @Post(':caseId/plan')
  @Step(
    'Record the improvement plan',
    `The actions (1 to ${DEVIATION_STEP_LIMITS.actions}) with their owners and due dates, the whole plan each time; after the analysis, until implementation starts. A due date is a day of the calendar not before today (UTC) and at most ${DEVIATION_STEP_LIMITS.dueYearsAhead} years ahead, else 400 naming it (actions.N.dueDate); a case takes at most ${DEVIATION_STEP_LIMITS.plannedActions} actions in all, superseded ones included (409 beyond). An open action’s due date passing escalates the case to executives.`,
  )
  plan(@CurrentUser() user: AuthenticatedUser, @Param() params: CaseIdParams, @Body() body: PlanDto) {
    return this.take(user, params.caseId, { step: 'record-plan', ...body });
  }

  @Post(':caseId/implementation')
  @Step('Start implementing the plan', 'With an optional note; once a plan is recorded.')
  implementation(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: CaseIdParams,
    @Body() body: StartImplementationDto,
  ) {
    return this.take(user, params.caseId, { step: 'start-implementation', ...body });
  }

  @Post(':caseId/actions/:actionId/done')
  @Step(
    'Report an improvement action done',
    'With its evidence (documents, links); during implementation. When the last open action is done, verification begins: the KPI must then stay within its threshold for the threshold version’s number of consecutive periods (assessed by the evaluator as the periods complete), and the case closes.',
  )
  @ApiErrorAnswers({ 404: 'No such case, or the case has no action actionId (the message names it)' })
  actionDone(@CurrentUser() user: AuthenticatedUser, @Param() params: ActionParams, @Body() body: ActionDoneDto) {
    return this.take(user, params.caseId, { step: 'report-action-done', actionId: params.actionId, ...body });
  }

  @Post(':caseId/replan')
  @Step(
    'Re-plan an escalated deviation',
    'By an executive, with the decision: new actions replace the ones not done (done ones stay done); back to implementation.',
    [ROLES.executive],
  )
  replan(@CurrentUser() user: AuthenticatedUser, @Param() params: CaseIdParams, @Body() body: ReplanDto) {
    return this.take(user, params.caseId, { step: 'replan', ...body });
  }

  @Post(':caseId/close')
  @Step(
    'Close an escalated deviation',
    'By an executive, with the decision (accepting the deviation, say); only while escalated (a case otherwise closes when its KPI recovers).',
    [ROLES.executive],
  )
  close(@CurrentUser() user: AuthenticatedUser, @Param() params: CaseIdParams, @Body() body: CloseDto) {
    return this.take(user, params.caseId, { step: 'close', ...body });
  }

  @Post(':caseId/dismissal')
  @Step(
    'Dismiss a deviation case opened by mistake',
    'By the policy unit, with the reason (a wrong figure, a threshold set wrongly); in any phase but closed. The case closes with outcome dismissed: no more steps, values or escalations; the policy unit, the executives and, for a regional case, its regional office are told. A dismissal frees the case’s KPI, scope and period: a crossing the evaluator acts on after it (a changed value, or the value under a new threshold version) opens the next case of that key (its id ending -case-2, -case-3); never two cases of one KPI, scope and period stand at once.',
  )
  @ApiErrorAnswers({ 404: 'No such case' })
  dismiss(@CurrentUser() user: AuthenticatedUser, @Param() params: CaseIdParams, @Body() body: DismissDto) {
    return this.take(user, params.caseId, { step: 'dismiss', ...body });
  }

  private take(user: AuthenticatedUser, caseId: string, step: DeviationStepRequest) {
    return this.deviations.step(user, caseId, step);
  }
}

/** The deviation cases as a paged list (the console's): the same cases and scope as `GET /v1/deviations`. */
@ApiTags('deviations')
@Controller('deviation-cases')
@Roles(ROLES.executive, ROLES.policyUnit, ROLES.regionalOffice)
export class DeviationCasesController {
  constructor(private readonly deviations: DeviationsService) {}

  @Get()
  @Operation({
    summary: 'List deviation cases, a page at a time',
    description:
      'The cases of GET /v1/deviations paged (`page`, `pageSize`, `total`) and sorted on the server (`openedAt`, the default, newest first; `updatedAt`; `period`); status (a phase, or open for every phase but closed), kpiId and region narrow the list. Executives and the policy unit see every case; a regional office only its region’s (its default; another region is 403). `GET /v1/deviations` still answers its plain list.',
    answer: DeviationCasePageDto,
    answered: 'A page of the cases with the total',
  })
  @ApiErrorAnswers({
    400: 'Invalid filter, page, page size, sort or order, or `region` is not a customs region of the programme; the message names the parameter',
    403: 'Another region than the regional office’s own',
  })
  list(@CurrentUser() user: AuthenticatedUser, @Query(CustomsRegionPipe) query: DeviationCasesQueryDto) {
    return this.deviations.page(user, query);
  }
}
