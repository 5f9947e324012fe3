import { Body, Controller, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Role, ROLES, Roles } from '@aeo/auth';
import { ApiErrorAnswers, Operation, NoQuery, NoQueryParams } from '@aeo/service-kit';
import { PILOT_LIMITS, PILOT_MAX_FRAME_DAYS } from '@aeo/workflows';
import { PilotDto, PilotPageDto, PilotViewDto } from './pilots.response';
import {
  CancellationDto,
  CreatePilotDto,
  ExtensionDto,
  MilestoneDoneDto,
  MilestoneDto,
  MilestoneParams,
  ObjectivesDto,
  PilotIdParams,
  PilotPageQueryDto,
  PilotsQueryDto,
  UpdatePilotDto,
  WorkstreamsDto,
} from './pilots.schemas';
import { PilotsService } from './pilots.service';

const STEP_REFUSALS =
  '400 naming the field when the body is malformed; 409 with the workflow’s reason when the pilot’s stage does not allow the step (nothing is recorded); 422 naming the field when the workflow refuses a value. Audited; published on aeo.programme.pilots.v1. The same request again by the same person answers as the first time.';
/** A person's step on the pilot's workflow: answers the pilot as the step left it. */
const Step = (summary: string, description: string, roles: Role[]) =>
  Operation({
    roles,
    summary,
    description: `${description} ${STEP_REFUSALS}`,
    answer: PilotViewDto,
    humanStep: true,
    workflowAction: true,
  });
/** The policy unit's edit of a planned pilot (before its start request). */
/** Why a plan change is refused once the pilot has moved on (or, for PATCH, the version read is stale). */
const EDIT_REFUSED = 'The pilot is started, ended or cancelled (or the version read is not the latest)';

const Edit = (summary: string, description: string) =>
  Operation({
    roles: [ROLES.policyUnit],
    summary,
    description: `${description} 400 naming the field; 409 once the pilot is started, ended or cancelled. Audited; published on aeo.programme.pilots.v1.`,
    answer: PilotViewDto,
  });

/**
 * The pilots that precede full operation (issue 17): planned by the policy unit (time frame,
 * objectives with KPI targets, workstreams, milestones with owners and due dates), then run by the
 * pilot workflow `pilot-<id>` from its start request. Executives, the policy unit and regional
 * offices read every pilot (pilots are national).
 */
@ApiTags('pilots')
@Controller('pilots')
@Roles(ROLES.executive, ROLES.policyUnit, ROLES.regionalOffice)
export class PilotsController {
  constructor(private readonly pilots: PilotsService) {}

  @Get()
  @Operation({
    summary: 'List pilots',
    description: 'Latest start date first; status narrows the list.',
    answer: [PilotDto],
  })
  list(@Query() query: PilotsQueryDto) {
    return this.pilots.list(query);
  }

  @Post()
  @Operation({
    roles: [ROLES.policyUnit],
    status: 201,
    summary: 'Create a pilot',
    description: `Planned, with its time frame (the start today or later, else 400 naming startsOn; the end date not before the start and at most ${PILOT_MAX_FRAME_DAYS} days, three years, after it, else 400 naming endsOn), the most companies at once, the milestone timing (reminder 7 days before a due date and escalation 14 days after it by default), and optionally its objectives (each with a KPI code of the programme’s catalogue and a target), workstreams (companies, training, mra-base-work with an optional MRA arrangement id, it-readiness, evaluation; each once) and milestones (at most ${PILOT_LIMITS.milestones}, each due within the time frame). 400 naming the field (objectives.N.kpiCode for a KPI not in the catalogue); 409 naming code when the code is taken. Audited; published (aeo.programme-pilot.created.v1).`,
    answer: PilotViewDto,
  })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreatePilotDto) {
    return this.pilots.create(user, body);
  }

  @Get(':id')
  @Operation({
    summary: 'Read one pilot',
    description:
      'With its workflow stage, objectives, workstreams, milestones (status, reminders, lateness, escalation, evidence) and extensions.',
    answer: PilotViewDto,
  })
  @ApiErrorAnswers({ 404: 'No such pilot' })
  get(@Param() params: PilotIdParams, @Query(NoQuery) _query: NoQueryParams) {
    return this.pilots.get(params.id);
  }

  @Patch(':id')
  @ApiErrorAnswers({ 409: EDIT_REFUSED })
  @Edit(
    'Change a planned pilot',
    `Title, description, time frame, company limit and milestone timing, with the version read (409 naming version when it changed since); every milestone must stay within the new time frame. A new start date is today or later (the pilot's own start may be kept once it has come), the end not before the start and at most ${PILOT_MAX_FRAME_DAYS} days (three years) after it: 400 naming startsOn or endsOn. New dates that would leave a training session of the pilot outside them, or an open questionnaire closing more than 60 days after the new end, are refused: 409 naming startsOn, endsOn and each such session and questionnaire (nothing is changed), and saying what can be done: a training session cannot be moved or cancelled (choose dates that keep it); an open questionnaire can be closed first (POST /v1/pilots/{pilotId}/questionnaires/{questionnaireId}/closing; its closing time cannot be changed). Published as aeo.programme-pilot.updated.v1.`,
  )
  update(@CurrentUser() user: AuthenticatedUser, @Param() params: PilotIdParams, @Body() body: UpdatePilotDto) {
    return this.pilots.update(user, params.id, body);
  }

  @Put(':id/objectives')
  @ApiErrorAnswers({ 409: EDIT_REFUSED })
  @Edit(
    'Replace the objectives of a planned pilot',
    'Each with its text, a KPI code of the catalogue and the target. Published as aeo.programme-pilot.objectives-replaced.v1.',
  )
  objectives(@CurrentUser() user: AuthenticatedUser, @Param() params: PilotIdParams, @Body() body: ObjectivesDto) {
    return this.pilots.putObjectives(user, params.id, body.objectives);
  }

  @Put(':id/workstreams')
  @ApiErrorAnswers({ 409: 'The pilot has ended or is cancelled' })
  @Operation({
    roles: [ROLES.policyUnit],
    summary: 'Replace the workstreams of a pilot',
    description:
      'Until it ends (an MRA arrangement id may be linked once the arrangement exists in the mra service; kept as text, never read from there). 400 naming the field; 409 once ended or cancelled. Audited; published (aeo.programme-pilot.workstreams-replaced.v1).',
    answer: PilotViewDto,
  })
  workstreams(@CurrentUser() user: AuthenticatedUser, @Param() params: PilotIdParams, @Body() body: WorkstreamsDto) {
    return this.pilots.putWorkstreams(user, params.id, body.workstreams);
  }

  @Post(':id/milestones')
  @Operation({
    roles: [ROLES.policyUnit],
    status: 201,
    summary: 'Add a milestone',
    description: `Due within the pilot’s time frame (400 naming dueOn otherwise), with its owner (a user id or an email address) and optionally a KPI code and target (before the start only). Before the start request it is written at once; after it the pilot workflow takes it (an update) and follows it; 409 once the pilot has ended or at ${PILOT_LIMITS.milestones} milestones. Audited; published (aeo.programme-pilot-milestone.planned.v1). Its content (title, workstream, due date, owner, KPI) is its identity: the same milestone again by the same person answers as the first time (with or without Idempotency-Key) and plans nothing more; by another person, 409 saying who planned it.`,
    answer: PilotViewDto,
    humanStep: true,
    workflowAction: true,
  })
  addMilestone(@CurrentUser() user: AuthenticatedUser, @Param() params: PilotIdParams, @Body() body: MilestoneDto) {
    return this.pilots.addMilestone(user, params.id, body);
  }

  @Post(':id/start')
  @Operation({
    roles: [ROLES.policyUnit],
    summary: 'Start a pilot',
    description:
      'Starts its workflow pilot-<id> (stage scheduled): it begins running on its start date (00:00 UTC; at once when that has come), which publishes aeo.programme-pilot.started.v1. Once a planned pilot has objectives; it is no longer edited after this. 409 otherwise, or naming what the workflow would refuse (e.g. milestones), with nothing changed. The start is recorded first, then the workflow started: 503 when Temporal cannot be reached (the pilot stays started; the same request again, or the service at its next start, starts the workflow). Audited; the same request again answers as the first time.',
    answer: PilotViewDto,
    humanStep: true,
  })
  @ApiErrorAnswers({ 404: 'No such pilot' })
  start(@CurrentUser() user: AuthenticatedUser, @Param() params: PilotIdParams) {
    return this.pilots.start(user, params.id);
  }

  @Post(':id/milestones/:milestoneId/completion')
  @Step(
    'Report a milestone done',
    'By its owner (the token’s subject) or the policy unit (403 otherwise), with its evidence (1 to 20 items: a title and a link or document reference) and an optional note; while the pilot runs, once per milestone (late and escalated ones too). 404 naming milestoneId for a milestone the pilot does not have.',
    [ROLES.policyUnit, ROLES.executive, ROLES.regionalOffice, ROLES.contactOfficer],
  )
  @ApiErrorAnswers({ 403: 'Not the milestone’s owner nor the policy unit', 404: 'No such pilot or milestone' })
  complete(@CurrentUser() user: AuthenticatedUser, @Param() params: MilestoneParams, @Body() body: MilestoneDoneDto) {
    return this.pilots.completeMilestone(user, params.id, params.milestoneId, body);
  }

  @Post(':id/extensions')
  @Step(
    'Extend a pilot',
    `An executive’s decision: the new end date (after the current one, and at most ${PILOT_MAX_FRAME_DAYS} days, three years, after the start: 400 naming endsOn otherwise) and the reason; before the pilot ends. The history of extensions is kept; the workflow runs to the new date.`,
    [ROLES.executive],
  )
  extend(@CurrentUser() user: AuthenticatedUser, @Param() params: PilotIdParams, @Body() body: ExtensionDto) {
    return this.pilots.extend(user, params.id, body);
  }

  @Post(':id/cancellation')
  @Step(
    'Cancel a pilot',
    'By the policy unit or an executive, with the reason; before it ends (a planned pilot at once, a started one through its workflow, which then ends). The invitations its candidates have not answered are withdrawn with the reason (aeo.programme.pilot.participant-withdrawn.v1 each; a pilot that ends withdraws them too); 503 when they cannot be withdrawn yet (the pilot stays cancelled; the same request again withdraws them). Once cancelled, the same request by the same person answers as the first time, another one 409 saying when, by whom and why the pilot was cancelled.',
    [ROLES.policyUnit, ROLES.executive],
  )
  cancel(@CurrentUser() user: AuthenticatedUser, @Param() params: PilotIdParams, @Body() body: CancellationDto) {
    return this.pilots.cancel(user, params.id, body);
  }
}

/** The pilots as a paged list (the console's): the same pilots and readers as `GET /v1/pilots`. */
@ApiTags('pilots')
@Controller('pilot-overview')
@Roles(ROLES.executive, ROLES.policyUnit, ROLES.regionalOffice)
export class PilotOverviewController {
  constructor(private readonly pilots: PilotsService) {}

  @Get()
  @Operation({
    summary: 'List pilots, a page at a time',
    description:
      'The pilots of GET /v1/pilots paged (`page`, `pageSize`, `total`) and sorted on the server (`startsOn`, the default, latest start first; `code`; `createdAt`); status narrows the list. `GET /v1/pilots` still answers its plain list.',
    answer: PilotPageDto,
    answered: 'A page of the pilots with the total',
  })
  @ApiErrorAnswers({ 400: 'Invalid status, page, page size, sort or order; the message names the parameter' })
  list(@Query() query: PilotPageQueryDto) {
    return this.pilots.page(query);
  }
}
