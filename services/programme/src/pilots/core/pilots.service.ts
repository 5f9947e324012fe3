import {
  ConflictException,
  ForbiddenException,
  Inject,
  Injectable,
  Logger,
  NotFoundException,
  type OnApplicationBootstrap,
  ServiceUnavailableException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { AuthenticatedUser, ROLES } from '@aeo/auth';
import { APP_CONFIG } from '@aeo/config';
import { OutboxWriter } from '@aeo/messaging';
import { currentCorrelationId } from '@aeo/observability';
import { noteCreatedResource, recordAudit, takeHumanStepOnce, takeHumanStepThroughWorkflow } from '@aeo/persistence';
import { fieldBadRequest } from '@aeo/service-kit';
import { type StepFromCaller, workflowStepRefusal } from '@aeo/temporal';
import {
  PILOT_ID_REUSE_POLICY,
  PILOT_MAX_FRAME_DAYS,
  type PilotStage,
  type PilotStepInput,
  TASK_QUEUES,
  daysBetween,
  pilotStepUpdate,
  pilotWorkflowId,
  programmePilotSearchAttributes,
  programmePilotWorkflow,
} from '@aeo/workflows';
import type { ProgrammeConfig } from '../../config';
import { findKpi } from '../../kpis/kpi-catalogue';
import { EVALUATION_GRACE_DAYS, latestClosingOf } from '../evaluation/evaluation.service';
import { OpenInvitationsWithdrawal, pilotOverReason } from '../invitations/open-invitations';
import { sessionOutsidePilot } from '../training/pilot-frame';
import {
  type PilotEvent,
  milestonePlannedEvent,
  objectivesReplacedEvent,
  pilotCancelledEvent,
  pilotCreatedEvent,
  pilotUpdatedEvent,
  workstreamsReplacedEvent,
} from './pilot-events';
import { milestoneContentOf, milestoneIdOf, milestoneStepOf, roomForMilestone, workflowInputOf } from './pilot-plan';
import {
  type NewMilestone,
  type Pilot,
  extensionsOf,
  findPilot,
  frameBoundOf,
  insertMilestone,
  insertPilot,
  listPilots,
  lockPilot,
  pilotPage,
  markLaunched,
  milestonesOf,
  movePilotStatus,
  objectivesOf,
  replaceObjectives,
  replaceWorkstreams,
  touch,
  updatePlan,
  workstreamsOf,
} from './pilots.repository';
import type { CreatePilot, NewMilestoneBody, PilotPageQuery, PilotsQuery, UpdatePilot } from './pilots.schemas';

type PilotView = Awaited<ReturnType<PilotsService['get']>>;

/** The most planned pilots the boot sweep looks at for a workflow never started. */
const LAUNCHED_SWEEP_LIMIT = 500;

/** The workflow's stage, as the pilot's row shows it (null before the start request). */
export function stageOf(pilot: Pick<Pilot, 'status' | 'launchedAt'>): PilotStage | null {
  switch (pilot.status) {
    case 'planned':
      return pilot.launchedAt ? 'scheduled' : null;
    case 'running':
      return 'running';
    case 'ended':
    case 'reported':
      return 'awaiting-final-report';
    default:
      return pilot.status;
  }
}

/** 400 naming `<field>.N.kpiCode` when a KPI code is not in the programme's catalogue. */
function knownKpis(field: string, codes: (string | undefined)[]): void {
  codes.forEach((code, index) => {
    if (code !== undefined && !findKpi(code))
      throw fieldBadRequest(
        `${field}.${index}.kpiCode`,
        `${code} is not a KPI of the programme’s catalogue (GET /v1/kpis)`,
      );
  });
}

/** 400 naming `milestones.N.dueOn` when a milestone falls outside the pilot's time frame. */
function withinFrame(
  frame: { startsOn: string; endsOn: string },
  milestones: { dueOn: string }[],
  field = 'milestones',
) {
  milestones.forEach((m, index) => {
    if (m.dueOn < frame.startsOn || m.dueOn > frame.endsOn)
      throw fieldBadRequest(
        milestones.length === 1 && field === 'dueOn' ? 'dueOn' : `${field}.${index}.dueOn`,
        `must be within the pilot (${frame.startsOn} to ${frame.endsOn})`,
      );
  });
}

/**
 * 409 naming what a new time frame would leave outside it: a training session not within
 * [startsOn, endsOn] (UTC), an open questionnaire closing more than EVALUATION_GRACE_DAYS after the
 * new end. (An extension only moves the end later, so nothing can fall outside: it is not checked.)
 */
async function frameKeepsBound(manager: EntityManager, id: string, frame: { startsOn: string; endsOn: string }) {
  const { sessions, questionnaires } = await frameBoundOf(manager, id);
  const latestClosing = latestClosingOf(frame);
  const sessionsOutside = sessions.filter((session) => sessionOutsidePilot(session, frame));
  const questionnairesOutside = questionnaires.filter((q) => q.closesAt.getTime() > latestClosing.getTime());
  const outside = [
    ...sessionsOutside.map((s) => `training session ${s.id} "${s.topic}" (${s.startsAt} to ${s.endsAt})`),
    ...questionnairesOutside.map((q) => `questionnaire ${q.id} "${q.title}" (closes ${q.closesAt.toISOString()})`),
  ];
  if (outside.length > 0)
    throw new ConflictException(
      `startsOn, endsOn: ${frame.startsOn} to ${frame.endsOn} would leave outside the pilot ${outside.join('; ')} (sessions must lie within the new dates, open questionnaires close at most ${EVALUATION_GRACE_DAYS} days after the new end, ${latestClosing.toISOString()}); ${frameRemedy(id, sessionsOutside.length > 0, questionnairesOutside.length > 0)}`,
    );
}

/**
 * What the planner can do about a refused change of dates: a training session cannot be moved or
 * cancelled (there is no route for it), so only other dates help; an open questionnaire can be
 * closed now (POST …/questionnaires/{questionnaireId}/closing), its closing time cannot be changed.
 */
function frameRemedy(pilotId: string, sessionOutside: boolean, questionnaireOutside: boolean): string {
  const close = `close those questionnaires first (POST /v1/pilots/${pilotId}/questionnaires/{questionnaireId}/closing; a closing time cannot be changed)`;
  if (!sessionOutside) return `${close} or choose other dates`;
  const sessions = 'a training session cannot be moved or cancelled: choose dates that keep the sessions';
  return questionnaireOutside ? `${sessions}, and ${close} or choose dates that keep them too` : sessions;
}

/** The UTC calendar date `days` before today. */
const daysBeforeToday = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

const toNewMilestone = (m: NewMilestoneBody): NewMilestone => ({ id: randomUUID(), ...milestoneContentOf(m) });

/**
 * The pilots (issue 17): the policy unit plans one (time frame, objectives with KPI targets,
 * workstreams, milestones) and edits it while it is planned; its start request starts the pilot
 * workflow `pilot-<id>`, which owns everything after: the start and end dates, milestone
 * reminders, lateness and escalation, extensions by executives, cancellation and the final
 * report's approval (people's steps go to it as updates through the human-step ledger). Executives
 * and the policy unit read every pilot; a regional office reads them too (pilots are national).
 */
@Injectable()
export class PilotsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(PilotsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
    private readonly outbox: OutboxWriter,
    @Inject(APP_CONFIG) private readonly config: ProgrammeConfig,
    private readonly openInvitations: OpenInvitationsWithdrawal,
  ) {}

  list(query: PilotsQuery): Promise<Pilot[]> {
    return listPilots(this.dataSource, { status: query.status ?? null, limit: query.limit });
  }

  /** A page of the pilots, sorted on the server. */
  page(query: PilotPageQuery) {
    const { status, ...request } = query;
    return pilotPage(this.dataSource, { status: status ?? null, ...request });
  }

  async get(id: string, runner: DataSource | EntityManager = this.dataSource) {
    const pilot = await findPilot(runner, id);
    if (!pilot) throw new NotFoundException(`Pilot ${id} not found`);
    const [objectives, workstreams, milestones, extensions] = await Promise.all([
      objectivesOf(runner, id),
      workstreamsOf(runner, id),
      milestonesOf(runner, id),
      extensionsOf(runner, id),
    ]);
    return { ...pilot, stage: stageOf(pilot), objectives, workstreams, milestones, extensions };
  }

  async create(user: AuthenticatedUser, body: CreatePilot): Promise<PilotView> {
    knownKpis(
      'objectives',
      body.objectives.map((o) => o.kpiCode),
    );
    knownKpis(
      'milestones',
      body.milestones.map((m) => m.kpiCode),
    );
    this.notBackdated(body.startsOn);
    withinFrame(body, body.milestones);
    const id = randomUUID();
    noteCreatedResource(id);
    return this.dataSource.transaction(async (manager) => {
      const plan = planOf(body);
      if (!(await insertPilot(manager, { ...plan, id, code: body.code, createdBy: user.sub })))
        throw new ConflictException(`code: a pilot ${body.code} exists already`);
      await replaceObjectives(
        manager,
        id,
        body.objectives.map((o) => ({ ...o, id: randomUUID() })),
      );
      await replaceWorkstreams(manager, id, body.workstreams.map(workstreamOf));
      for (const milestone of body.milestones) await insertMilestone(manager, id, toNewMilestone(milestone), user.sub);
      const created = (await findPilot(manager, id))!;
      await this.publish(manager, pilotCreatedEvent(created));
      await recordAudit(manager, {
        actor: user,
        action: 'pilot.created',
        entityType: 'pilot',
        entityId: id,
        before: null,
        after: {
          code: body.code,
          ...plan,
          objectives: body.objectives,
          workstreams: body.workstreams,
          milestones: body.milestones,
        },
        correlationId: currentCorrelationId(),
      });
      return this.get(id, manager);
    });
  }

  /** The time frame, title and timing, while planned and not started (409 otherwise, or when `version` is not the current one). */
  async update(user: AuthenticatedUser, id: string, body: UpdatePilot): Promise<PilotView> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.editable(manager, id);
      // A pilot whose start date has come keeps it; a new start date is today or later.
      if (body.startsOn !== before.startsOn) this.notBackdated(body.startsOn);
      withinFrame(body, await milestonesOf(manager, id), 'milestones');
      await frameKeepsBound(manager, id, body);
      if (!(await updatePlan(manager, id, body.version, planOf(body))))
        throw new ConflictException(
          `version: pilot ${before.code} is at version ${before.version}, not ${body.version}; read it again and repeat the change`,
        );
      await this.publish(manager, pilotUpdatedEvent((await findPilot(manager, id))!, user.sub, new Date()));
      await this.audit(manager, user, 'pilot.updated', id, planOf(before), planOf(body));
      return this.get(id, manager);
    });
  }

  /** Replaces the objectives, while planned and not started. */
  async putObjectives(user: AuthenticatedUser, id: string, objectives: CreatePilot['objectives']): Promise<PilotView> {
    knownKpis(
      'objectives',
      objectives.map((o) => o.kpiCode),
    );
    return this.dataSource.transaction(async (manager) => {
      const pilot = await this.editable(manager, id);
      const before = await objectivesOf(manager, id);
      await replaceObjectives(
        manager,
        id,
        objectives.map((o) => ({ ...o, id: randomUUID() })),
      );
      await touch(manager, id);
      await this.publish(manager, objectivesReplacedEvent(pilot, user.sub, new Date(), objectives));
      await this.audit(manager, user, 'pilot.objectives-replaced', id, before, objectives);
      return this.get(id, manager);
    });
  }

  /** Replaces the workstreams (and the MRA arrangement link), until the pilot ends. */
  async putWorkstreams(
    user: AuthenticatedUser,
    id: string,
    workstreams: CreatePilot['workstreams'],
  ): Promise<PilotView> {
    return this.dataSource.transaction(async (manager) => {
      const pilot = await this.locked(manager, id);
      if (pilot.status !== 'planned' && pilot.status !== 'running')
        throw new ConflictException(`Pilot ${pilot.code} is ${pilot.status}: its workstreams are kept as they were`);
      const before = await workstreamsOf(manager, id);
      const replaced = workstreams.map(workstreamOf);
      await replaceWorkstreams(manager, id, replaced);
      await touch(manager, id);
      await this.publish(manager, workstreamsReplacedEvent(pilot, user.sub, new Date(), replaced));
      await this.audit(manager, user, 'pilot.workstreams-replaced', id, before, workstreams);
      return this.get(id, manager);
    });
  }

  /**
   * A new milestone: written at once while the pilot is planned and not started (409 at
   * PILOT_LIMITS.milestones); after the start request, through the workflow (an update that records
   * it and follows it from then on). Its content is its identity (human-step ledger, milestone id):
   * the same milestone again answers as the first time instead of planning a second one.
   */
  async addMilestone(user: AuthenticatedUser, id: string, body: NewMilestoneBody): Promise<PilotView> {
    knownKpis('milestones', [body.kpiCode]);
    const pilot = await this.pilot(id);
    withinFrame(pilot, [body], 'dueOn');
    const milestone = { ...toNewMilestone(body), id: milestoneIdOf(id, body) };
    const stepName = milestoneStepOf(body);
    if (!pilot.launchedAt) {
      const { answer } = await takeHumanStepOnce(
        this.dataSource,
        {
          subjectType: 'pilot',
          subjectId: id,
          step: stepName,
          request: body,
          actor: user.sub,
          summary: 'milestone planned',
        },
        async (manager) => {
          const locked = await this.editable(manager, id);
          roomForMilestone(locked.code, (await milestonesOf(manager, id)).length);
          await insertMilestone(manager, id, milestone, user.sub);
          await touch(manager, id);
          const added = (await milestonesOf(manager, id)).find((m) => m.id === milestone.id)!;
          await this.publish(manager, milestonePlannedEvent(locked, user.sub, new Date(), added));
          await this.audit(manager, user, 'pilot.milestone-planned', id, null, milestone);
          return this.get(id, manager);
        },
      );
      return answer;
    }
    if (milestone.kpiCode !== null)
      throw fieldBadRequest(
        'kpiCode',
        'a milestone added after the start carries no KPI target (plan it before the start)',
      );
    const { kpiCode: _k, kpiTarget: _t, id: milestoneId, ...rest } = milestone;
    return this.throughWorkflow(user, pilot, stepName, {
      step: 'plan-milestone',
      milestone: { ...rest, milestoneId },
    });
  }

  /**
   * Starts the pilot workflow (the policy unit); the pilot runs from its start date. The launch is
   * committed first (the workflow's input checked with its own schema: 409 naming what it would
   * refuse), then the workflow is started with its deterministic id: a retry of the request, or the
   * sweep at boot (`startLaunched`), starts a launched pilot whose workflow was never started.
   */
  async start(user: AuthenticatedUser, id: string): Promise<PilotView> {
    const { answer } = await takeHumanStepOnce(
      this.dataSource,
      { subjectType: 'pilot', subjectId: id, step: 'start', request: {}, actor: user.sub, summary: 'started' },
      async (manager) => {
        const pilot = await this.editable(manager, id);
        if ((await objectivesOf(manager, id)).length === 0)
          throw new ConflictException(`Pilot ${pilot.code} has no objectives yet: PUT …/objectives before the start`);
        workflowInputOf(pilot, await milestonesOf(manager, id));
        await markLaunched(manager, id, user.sub);
        await this.audit(manager, user, 'pilot.launched', id, { status: 'planned' }, { stage: 'scheduled' });
        return this.get(id, manager);
      },
    );
    try {
      await this.startWorkflow(id);
    } catch (error) {
      throw new ServiceUnavailableException(
        `Pilot ${answer.code} is started but its workflow could not be started yet (${(error as Error).message}); repeat the request, or it is started when the service restarts`,
      );
    }
    return answer;
  }

  /** Launched pilots whose workflow was never started (Temporal down at the start request) are started at boot. */
  onApplicationBootstrap(): void {
    void this.startLaunched().catch((error: Error) =>
      this.logger.warn(`launched pilots not checked for their workflow: ${error.message}`),
    );
  }

  /**
   * Starts the workflow of every launched pilot that has not begun running (at most
   * LAUNCHED_SWEEP_LIMIT, oldest launch first); those already started are left as they are. Answers
   * how many were started.
   */
  async startLaunched(): Promise<number> {
    const waiting = (await listPilots(this.dataSource, { status: 'planned', limit: LAUNCHED_SWEEP_LIMIT }))
      .filter((pilot) => pilot.launchedAt !== null)
      .sort((a, b) => a.launchedAt!.getTime() - b.launchedAt!.getTime());
    let started = 0;
    for (const pilot of waiting) {
      try {
        if (await this.startWorkflow(pilot.id)) {
          started += 1;
          this.logger.log(`pilot ${pilot.code}: its workflow ${pilotWorkflowId(pilot.id)} started (launched before)`);
        }
      } catch (error) {
        this.logger.warn(`pilot ${pilot.code}: workflow not started: ${(error as Error).message}`);
      }
    }
    return started;
  }

  /** Starts the launched pilot's workflow from its stored plan; false when it was started before. */
  private async startWorkflow(id: string): Promise<boolean> {
    const pilot = await this.pilot(id);
    if (!pilot.launchedAt) return false;
    const input = workflowInputOf(pilot, await milestonesOf(this.dataSource, id));
    try {
      await this.temporal.workflow.start(programmePilotWorkflow, {
        workflowId: pilotWorkflowId(id),
        // The workflow runs on the orchestrating worker; its activity on TASK_QUEUES.programme (this service).
        taskQueue: TASK_QUEUES.certification,
        workflowIdReusePolicy: PILOT_ID_REUSE_POLICY,
        typedSearchAttributes: programmePilotSearchAttributes(id),
        args: [input],
      });
      return true;
    } catch (error) {
      // Started by an earlier attempt or the sweep: the workflow is there (or has ended).
      if (error instanceof WorkflowExecutionAlreadyStartedError) return false;
      throw error;
    }
  }

  /** A milestone reported done with its evidence, by its owner or the policy unit, while the pilot runs. */
  async completeMilestone(
    user: AuthenticatedUser,
    id: string,
    milestoneId: string,
    body: { evidence: { title: string; reference: string }[]; note?: string },
  ): Promise<PilotView> {
    const pilot = await this.pilot(id);
    const milestone = (await milestonesOf(this.dataSource, id)).find((m) => m.id === milestoneId);
    if (!milestone) throw new NotFoundException(`milestoneId: pilot ${pilot.code} has no milestone ${milestoneId}`);
    if (!user.roles.includes(ROLES.policyUnit) && milestone.owner !== user.sub)
      throw new ForbiddenException(
        `Milestone "${milestone.title}" is reported done by its owner (${milestone.owner}) or the policy unit`,
      );
    if (!pilot.launchedAt)
      throw new ConflictException(
        `Pilot ${pilot.code} has not been started: milestones are reported done while it runs`,
      );
    return this.throughWorkflow(user, pilot, `complete-milestone:${milestoneId}`, {
      step: 'complete-milestone',
      milestoneId,
      ...body,
    });
  }

  /**
   * An executive's extension: a new end date after the current one (400 naming endsOn otherwise,
   * or when the time frame would exceed PILOT_MAX_FRAME_DAYS), with the reason. Training sessions
   * and questionnaires are not checked against the new end, unlike a PATCH of the dates: an
   * extension only moves the end later, so nothing that was within the frame can fall outside it.
   */
  async extend(user: AuthenticatedUser, id: string, body: { endsOn: string; reason: string }): Promise<PilotView> {
    const pilot = await this.pilot(id);
    if (!pilot.launchedAt)
      throw new ConflictException(
        `Pilot ${pilot.code} has not been started: the policy unit changes its end date with PATCH`,
      );
    if (body.endsOn <= pilot.endsOn)
      throw fieldBadRequest(
        'endsOn',
        `must be after the pilot's current end date (${pilot.endsOn}), not ${body.endsOn}`,
      );
    if (daysBetween(pilot.startsOn, body.endsOn) > PILOT_MAX_FRAME_DAYS)
      throw fieldBadRequest(
        'endsOn',
        `must be at most ${PILOT_MAX_FRAME_DAYS} days (three years) after the pilot's start date (${pilot.startsOn})`,
      );
    return this.throughWorkflow(user, pilot, 'extend', { step: 'extend', ...body }, 'pilot-extension');
  }

  /**
   * Cancels a pilot before its end: at once while it is not started, else through its workflow
   * (whose activity withdraws the open invitations); here the open invitations are withdrawn after
   * the cancellation is committed (503 when Temporal cannot be reached: the same request again
   * withdraws them, and so does the service's sweep, OpenInvitationsSweep, whoever asks).
   */
  async cancel(user: AuthenticatedUser, id: string, body: { reason: string }): Promise<PilotView> {
    const pilot = await this.pilot(id);
    // Cancelled already: the same request by the same person answers as the first time (the
    // ledger); another one is told when the pilot was cancelled (its row, not the ledger's entry).
    if (pilot.status === 'cancelled' && (pilot.cancelledBy !== user.sub || pilot.cancelReason !== body.reason))
      throw new ConflictException(
        `Pilot ${pilot.code} was cancelled on ${pilot.cancelledAt?.toISOString() ?? 'an unrecorded date'} by ${pilot.cancelledBy ?? 'its workflow'}: ${pilot.cancelReason ?? 'no reason recorded'}`,
      );
    if (pilot.launchedAt) return this.throughWorkflow(user, pilot, 'cancel', { step: 'cancel', ...body });
    const { answer } = await takeHumanStepOnce(
      this.dataSource,
      { subjectType: 'pilot', subjectId: id, step: 'cancel', request: body, actor: user.sub, summary: 'cancelled' },
      async (manager) => {
        const locked = await this.editable(manager, id);
        const at = new Date();
        await movePilotStatus(manager, {
          id,
          from: ['planned'],
          to: 'cancelled',
          at,
          by: user.sub,
          reason: body.reason,
        });
        await this.publish(manager, pilotCancelledEvent(locked, user.sub, at, body.reason));
        await this.audit(
          manager,
          user,
          'pilot.cancel',
          id,
          { status: 'planned' },
          { status: 'cancelled' },
          body.reason,
        );
        return this.get(id, manager);
      },
    );
    try {
      await this.openInvitations.withdrawOpen(
        id,
        pilotOverReason({ code: pilot.code, status: 'cancelled', cancelReason: body.reason }),
      );
    } catch (error) {
      throw new ServiceUnavailableException(
        `Pilot ${pilot.code} is cancelled but its open invitations could not be withdrawn yet (${(error as Error).message}); repeat the request, or the service withdraws them at its next start or sweep (PILOT_SWEEP_INTERVAL_S)`,
      );
    }
    return answer;
  }

  /** A person's step through the pilot's workflow and the human-step ledger; the pilot as the step left it. */
  private async throughWorkflow(
    user: AuthenticatedUser,
    pilot: Pilot,
    stepName: string,
    request: StepFromCaller<PilotStepInput>,
    series?: string,
  ): Promise<PilotView> {
    const step = { ...request, by: user.sub, byRoles: [...user.roles] } as PilotStepInput;
    const handle = this.temporal.workflow.getHandle(pilotWorkflowId(pilot.id));
    const send = async (updateId: string): Promise<PilotView> => {
      try {
        await handle.executeUpdate(pilotStepUpdate, { args: [step], updateId });
      } catch (error) {
        throw workflowStepRefusal(
          request.step,
          error,
          `Pilot ${pilot.code} is over (its workflow has ended); nothing was changed`,
        );
      }
      return this.get(pilot.id);
    };
    const { answer } = await takeHumanStepThroughWorkflow(
      this.dataSource,
      {
        subjectType: 'pilot',
        subjectId: pilot.id,
        step: stepName,
        request,
        actor: user.sub,
        summary: stepName,
        ...(series !== undefined && { series, revisable: true }),
      },
      { send, leaseSeconds: this.config.IDEMPOTENCY_KEY_LEASE_S },
    );
    return answer;
  }

  /** 400 naming startsOn for a start before today (PILOT_START_BACKDATING_DAYS earlier where configured). */
  private notBackdated(startsOn: string): void {
    const earliest = daysBeforeToday(this.config.PILOT_START_BACKDATING_DAYS);
    if (startsOn < earliest)
      throw fieldBadRequest(
        'startsOn',
        this.config.PILOT_START_BACKDATING_DAYS === 0
          ? `must not be before today (${earliest}), not ${startsOn}`
          : `must not be before ${earliest} (PILOT_START_BACKDATING_DAYS), not ${startsOn}`,
      );
  }

  private async pilot(id: string): Promise<Pilot> {
    const pilot = await findPilot(this.dataSource, id);
    if (!pilot) throw new NotFoundException(`Pilot ${id} not found`);
    return pilot;
  }

  private async locked(manager: EntityManager, id: string): Promise<Pilot> {
    const pilot = await lockPilot(manager, id);
    if (!pilot) throw new NotFoundException(`Pilot ${id} not found`);
    return pilot;
  }

  /** The pilot under lock when the policy unit may still edit it: planned and not started (409 otherwise). */
  private async editable(manager: EntityManager, id: string): Promise<Pilot> {
    const pilot = await this.locked(manager, id);
    if (pilot.status !== 'planned' || pilot.launchedAt)
      throw new ConflictException(
        `Pilot ${pilot.code} is ${pilot.status === 'planned' ? 'started (its workflow awaits the start date)' : pilot.status}: it is edited only while planned and not started`,
      );
    return pilot;
  }

  /** The pilot's event through the outbox, in the change's transaction (keyed by the pilot's id). */
  private publish(manager: EntityManager, event: PilotEvent) {
    const id = event.data['pilotId'] as string;
    return this.outbox.append(manager, event.definition, { subject: id, aggregateId: id, data: event.data });
  }

  private audit(
    manager: EntityManager,
    user: AuthenticatedUser,
    action: string,
    id: string,
    before: unknown,
    after: unknown,
    reason?: string,
  ) {
    return recordAudit(manager, {
      actor: user,
      action,
      entityType: 'pilot',
      entityId: id,
      before,
      after,
      ...(reason !== undefined && { reason }),
      correlationId: currentCorrelationId(),
    });
  }
}

const planOf = (body: Omit<UpdatePilot, 'version'> | Pilot) => ({
  title: body.title,
  description: body.description ?? '',
  startsOn: body.startsOn,
  endsOn: body.endsOn,
  maxCompanies: body.maxCompanies,
  reminderDays: body.reminderDays,
  escalationGraceDays: body.escalationGraceDays,
});

const workstreamOf = (w: CreatePilot['workstreams'][number]) => ({
  kind: w.kind,
  description: w.description ?? '',
  mraArrangementId: w.mraArrangementId ?? null,
});
