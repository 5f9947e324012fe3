import {
  ConflictException,
  Injectable,
  Logger,
  NotFoundException,
  OnApplicationBootstrap,
  ServiceUnavailableException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, WorkflowExecutionAlreadyStartedError, WorkflowFailedError } from '@temporalio/client';
import type { DataSource, EntityManager } from 'typeorm';
import { AuthenticatedUser, regionFilterOf } from '@aeo/auth';
import {
  PilotCandidateChosen,
  PilotParticipantIdentified,
  PilotSelectionTermsSet,
  PilotShortlisted,
} from '@aeo/contracts';
import { OutboxWriter } from '@aeo/messaging';
import { currentCorrelationId } from '@aeo/observability';
import { recordAudit, takeHumanStepOnce } from '@aeo/persistence';
import { fieldBadRequest } from '@aeo/service-kit';
import {
  PILOT_INVITATION_ID_REUSE_POLICY,
  PILOT_SHORTLIST_ID_REUSE_POLICY,
  SEARCH_ATTRIBUTE_KEYS,
  TASK_QUEUES,
  pilotInvitationWorkflowId,
  pilotShortlistWorkflowId,
  programmePilotInvitationWorkflow,
  programmePilotShortlistWorkflow,
} from '@aeo/workflows';
import type { z } from 'zod';
import type {
  choiceSchema,
  operatorIdentificationSchema,
  selectionTermsSchema,
  shortlistRequestSchema,
} from './selection.schemas';
import {
  type Participant,
  type PilotRef,
  type SelectionTerms,
  type Shortlist,
  chosenNotInvited,
  findPilot,
  insertParticipant,
  insertParticipantRecord,
  lockParticipant,
  lockPilot,
  markReplaced,
  nextShortlistNumber,
  occupiedPlaces,
  participants,
  saveSelectionTerms,
  selectionTerms,
  setOperatorOf,
  shortlists,
} from './selection.repository';

/** Selection goes on while the pilot is planned or running. */
export const SELECTING_STATUSES: readonly string[] = ['planned', 'running'];
/** How long POST …/shortlists waits for its workflow before answering 503 (the workflow goes on). */
const SHORTLIST_WAIT_MS = 60_000;

export type Choice = z.output<typeof choiceSchema>;
/** The participants, and the latest shortlist's candidates not chosen (stage `shortlisted`). */
export interface ParticipantList {
  participants: Participant[];
  shortlisted: { taxpayerId: string; rank: number; shortlistId: string; score: number }[];
}

/**
 * A pilot's selection (issue 17): the terms its candidates are invited with, shortlists taken from
 * the risk engine's ranking through a short workflow, the policy unit's choices (each with a
 * reason, at most the pilot's `max_companies` chosen, invited or accepted at once), and the start
 * of each chosen candidate's invitation workflow.
 */
@Injectable()
export class PilotSelectionService implements OnApplicationBootstrap {
  private readonly logger = new Logger(PilotSelectionService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
    private readonly outbox: OutboxWriter,
  ) {}

  /** Chosen candidates whose invitation was never started (Temporal down at the choice) are invited at start. */
  onApplicationBootstrap(): void {
    void this.startInvitations(null).catch((error: Error) =>
      this.logger.warn(`pending pilot invitations not started: ${error.message}`),
    );
  }

  async pilot(pilotId: string): Promise<PilotRef> {
    const found = await findPilot(this.dataSource, pilotId);
    if (!found) throw new NotFoundException(`Pilot ${pilotId} not found`);
    return found;
  }

  async terms(pilotId: string): Promise<SelectionTerms> {
    await this.pilot(pilotId);
    const terms = await selectionTerms(this.dataSource, pilotId);
    if (!terms) throw new NotFoundException(`Pilot ${pilotId} has no selection terms yet (PUT them first)`);
    return terms;
  }

  async saveTerms(
    user: AuthenticatedUser,
    pilotId: string,
    body: z.output<typeof selectionTermsSchema>,
  ): Promise<SelectionTerms> {
    return this.dataSource.transaction(async (manager) => {
      const pilot = await lockPilot(manager, pilotId);
      if (!pilot) throw new NotFoundException(`Pilot ${pilotId} not found`);
      if (!SELECTING_STATUSES.includes(pilot.status))
        throw new ConflictException(
          `Pilot ${pilot.code} is ${pilot.status}: its selection terms change only while it is planned or running`,
        );
      const before = await selectionTerms(manager, pilotId);
      const saved = await saveSelectionTerms(manager, { pilotId, ...body, updatedBy: user.sub });
      await this.outbox.append(manager, PilotSelectionTermsSet, {
        subject: pilotId,
        aggregateId: pilotId,
        data: { pilotId, ...body, changed: Boolean(before), by: user.sub, at: new Date().toISOString() },
      });
      await recordAudit(manager, {
        actor: user,
        action: 'pilot.selection-terms-set',
        entityType: 'pilot',
        entityId: pilotId,
        before: before ?? null,
        after: { ...body },
        correlationId: currentCorrelationId(),
      });
      return saved;
    });
  }

  /** Takes a shortlist through its workflow (risk ranking, then the record here) and answers it. */
  async takeShortlist(
    user: AuthenticatedUser,
    pilotId: string,
    request: z.output<typeof shortlistRequestSchema>,
  ): Promise<Shortlist> {
    const pilot = await this.pilot(pilotId);
    assertSelecting(pilot);
    const sequence = await nextShortlistNumber(this.dataSource, pilotId);
    const workflowId = pilotShortlistWorkflowId(pilotId, sequence);
    let handle;
    try {
      handle = await this.temporal.workflow.start(programmePilotShortlistWorkflow, {
        taskQueue: TASK_QUEUES.certification,
        workflowId,
        workflowIdReusePolicy: PILOT_SHORTLIST_ID_REUSE_POLICY,
        workflowExecutionTimeout: '1 hour',
        args: [{ pilotId, sequence, by: user.sub, byRoles: [...user.roles], request }],
      });
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError)
        throw new ConflictException(`Shortlist ${sequence} of pilot ${pilotId} is being taken; try again`);
      throw error;
    }
    let timer: NodeJS.Timeout | undefined;
    const waited = await Promise.race([
      handle.result().then(
        () => true,
        (error: unknown) => {
          throw shortlistRunRefusal(error, sequence, workflowId);
        },
      ),
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), SHORTLIST_WAIT_MS))),
    ]).finally(() => clearTimeout(timer));
    if (!waited)
      throw new ServiceUnavailableException(
        `Shortlist ${sequence} is still being taken (workflow ${workflowId}); GET /v1/pilots/${pilotId}/shortlists shows it once recorded`,
      );
    const [latest] = (await shortlists(this.dataSource, pilotId, 50)).filter((list) => list.sequence === sequence);
    return latest!;
  }

  async shortlists(pilotId: string, limit: number): Promise<Shortlist[]> {
    await this.pilot(pilotId);
    return shortlists(this.dataSource, pilotId, limit);
  }

  /** The policy unit's choice of one candidate, once (a repeat answers as the first time), then its invitation. */
  async choose(user: AuthenticatedUser, pilotId: string, choice: Choice): Promise<Participant> {
    const { answer } = await takeHumanStepOnce(
      this.dataSource,
      {
        subjectType: 'pilot-participant',
        subjectId: `${pilotId}:${choice.taxpayerId}`,
        step: 'choice',
        request: choice,
        actor: user.sub,
        summary: 'chosen',
      },
      (manager) => this.chooseIn(manager, pilotId, choice, user.sub, [...user.roles]),
    );
    await this.startInvitations(pilotId).catch((error: Error) =>
      this.logger.warn(`invitation of ${choice.taxpayerId} to pilot ${pilotId} not started yet: ${error.message}`),
    );
    return answer;
  }

  /**
   * Records a choice in the caller's transaction: the pilot planned or running, selection terms set,
   * the candidate on the latest shortlist and not chosen before, a place free; the replaced
   * candidate (if any) declined or expired. Its record, audit entry and event go with it.
   */
  async chooseIn(
    manager: EntityManager,
    pilotId: string,
    choice: Choice,
    by: string,
    byRoles: string[],
  ): Promise<Participant> {
    const pilot = await lockPilot(manager, pilotId);
    if (!pilot) throw new NotFoundException(`Pilot ${pilotId} not found`);
    assertSelecting(pilot);
    if (!(await selectionTerms(manager, pilotId)))
      throw new ConflictException(
        `Pilot ${pilotId} has no selection terms: PUT /v1/pilots/${pilotId}/selection-terms (the draft programme) before choosing`,
      );
    const [latest] = await shortlists(manager, pilotId, 1);
    const candidate = latest?.candidates.find((c) => c.taxpayerId === choice.taxpayerId);
    if (!latest || !candidate)
      throw fieldBadRequest(
        'taxpayerId',
        `${choice.taxpayerId} is not on the pilot's latest shortlist${latest ? ` (number ${latest.sequence})` : ' (none taken yet)'}`,
      );
    const taken = await occupiedPlaces(manager, pilotId);
    if (taken >= pilot.maxCompanies)
      throw new ConflictException(
        `max_companies: pilot ${pilot.code} takes at most ${pilot.maxCompanies} companies chosen, invited or accepted at once (${taken} now)`,
      );
    const inserted = await insertParticipant(manager, {
      pilotId,
      taxpayerId: choice.taxpayerId,
      region: choice.region,
      operatorId: choice.operatorId ?? null,
      shortlistId: latest.shortlistId,
      rank: candidate.rank,
      reason: choice.reason,
      chosenBy: by,
      replacing: choice.replacing ?? null,
    });
    if (!inserted) throw new ConflictException(`${choice.taxpayerId} was chosen for pilot ${pilot.code} before`);
    if (choice.replacing && !(await markReplaced(manager, pilotId, choice.replacing, choice.taxpayerId)))
      throw new ConflictException(
        `replacing: ${choice.replacing} is not a declined or expired candidate of pilot ${pilot.code}`,
      );
    const at = new Date();
    await insertParticipantRecord(manager, {
      pilotId,
      taxpayerId: choice.taxpayerId,
      sequence: 0,
      step: 'choose',
      from: 'shortlisted',
      to: 'chosen',
      details: {
        reason: choice.reason,
        rank: candidate.rank,
        ...(choice.replacing && { replacing: choice.replacing }),
      },
      by,
    });
    await recordAudit(manager, {
      actor: { sub: by, roles: byRoles as never },
      action: 'pilot.candidate-chosen',
      entityType: 'pilot-participant',
      entityId: `${pilotId}:${choice.taxpayerId}`,
      before: { stage: 'shortlisted' },
      after: { stage: 'chosen', ...choice, rank: candidate.rank, shortlistId: latest.shortlistId },
      correlationId: currentCorrelationId(),
    });
    await this.outbox.append(manager, PilotCandidateChosen, {
      subject: pilotId,
      aggregateId: pilotId,
      data: {
        pilotId,
        taxpayerId: choice.taxpayerId,
        operatorId: choice.operatorId ?? null,
        region: choice.region,
        shortlistId: latest.shortlistId,
        rank: candidate.rank,
        reason: choice.reason,
        ...(choice.replacing && { replacing: choice.replacing }),
        by,
        at: at.toISOString(),
      },
    });
    const [participant] = (await participants(manager, pilotId, null)).filter(
      (p) => p.taxpayerId === choice.taxpayerId,
    );
    return participant!;
  }

  /**
   * The policy unit sets or corrects a participant's operator id (its registration in the
   * applications service, which tags the company's certifications by it): audited, published as
   * aeo.programme.pilot.participant-identified.v1. The same operator id again changes nothing.
   */
  async identify(
    user: AuthenticatedUser,
    pilotId: string,
    taxpayerId: string,
    body: z.output<typeof operatorIdentificationSchema>,
  ): Promise<Participant> {
    return this.dataSource.transaction(async (manager) => {
      const found = await lockParticipant(manager, pilotId, taxpayerId);
      if (!found) throw new NotFoundException(`${taxpayerId} is not a participant of pilot ${pilotId}`);
      if (found.operatorId === body.operatorId) return found;
      await setOperatorOf(manager, { pilotId, taxpayerId, operatorId: body.operatorId });
      await recordAudit(manager, {
        actor: user,
        action: 'pilot.participant-identified',
        entityType: 'pilot-participant',
        entityId: `${pilotId}:${taxpayerId}`,
        before: { operatorId: found.operatorId },
        after: { operatorId: body.operatorId, reason: body.reason },
        correlationId: currentCorrelationId(),
      });
      await this.outbox.append(manager, PilotParticipantIdentified, {
        subject: pilotId,
        aggregateId: pilotId,
        data: {
          pilotId,
          taxpayerId,
          region: found.region,
          operatorId: body.operatorId,
          previousOperatorId: found.operatorId,
          reason: body.reason,
          by: user.sub,
          at: new Date().toISOString(),
        },
      });
      return { ...found, operatorId: body.operatorId };
    });
  }

  /** The participants with their stages, then the latest shortlist's candidates not chosen (`shortlisted`). */
  async participants(user: AuthenticatedUser, pilotId: string, region?: string): Promise<ParticipantList> {
    await this.pilot(pilotId);
    const scope = regionFilterOf(user, region) ?? null;
    const chosen = await participants(this.dataSource, pilotId, scope);
    if (scope) return { participants: chosen, shortlisted: [] };
    const [latest] = await shortlists(this.dataSource, pilotId, 1);
    const all = new Set((await participants(this.dataSource, pilotId, null)).map((p) => p.taxpayerId));
    const waiting = (latest?.candidates ?? [])
      .filter((candidate) => !all.has(candidate.taxpayerId))
      .map((candidate) => ({
        taxpayerId: candidate.taxpayerId,
        rank: candidate.rank,
        shortlistId: latest!.shortlistId,
        score: candidate.score,
      }));
    return { participants: chosen, shortlisted: waiting };
  }

  /** Starts the invitation workflow of every chosen candidate not yet invited (of one pilot, or all); a started one is left alone. */
  async startInvitations(pilotId: string | null): Promise<void> {
    for (const chosen of await chosenNotInvited(this.dataSource, pilotId)) {
      try {
        await this.temporal.workflow.start(programmePilotInvitationWorkflow, {
          taskQueue: TASK_QUEUES.certification,
          workflowId: pilotInvitationWorkflowId(chosen.pilotId, chosen.taxpayerId),
          workflowIdReusePolicy: PILOT_INVITATION_ID_REUSE_POLICY,
          args: [
            {
              pilotId: chosen.pilotId,
              taxpayerId: chosen.taxpayerId,
              region: chosen.region,
              answerDays: chosen.answerDays,
            },
          ],
          typedSearchAttributes: [
            { key: SEARCH_ATTRIBUTE_KEYS.region, value: chosen.region },
            { key: SEARCH_ATTRIBUTE_KEYS.stage, value: 'invited' },
          ],
        });
      } catch (error) {
        if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      }
    }
  }

  /** The shortlist record of the workflow's programme activity: once per pilot and number, with its event and audit entry. */
  async recordShortlistEvent(manager: EntityManager, shortlist: Shortlist, byRoles: string[]): Promise<void> {
    await recordAudit(manager, {
      actor: { sub: shortlist.takenBy, roles: byRoles as never },
      action: 'pilot.shortlisted',
      entityType: 'pilot',
      entityId: shortlist.pilotId,
      before: null,
      after: { shortlistId: shortlist.shortlistId, sequence: shortlist.sequence, request: shortlist.request },
      correlationId: currentCorrelationId(),
    });
    await this.outbox.append(manager, PilotShortlisted, {
      subject: shortlist.pilotId,
      aggregateId: shortlist.pilotId,
      data: {
        pilotId: shortlist.pilotId,
        shortlistId: shortlist.shortlistId,
        sequence: shortlist.sequence,
        weights: shortlist.request.weights,
        windowDays: shortlist.request.windowDays,
        exclusionYears: shortlist.request.exclusionYears,
        candidates: shortlist.candidates.map(({ rank, taxpayerId, score }) => ({ rank, taxpayerId, score })),
        excluded: shortlist.excluded.length,
        by: shortlist.takenBy,
        at: shortlist.takenAt.toISOString(),
      },
    });
  }
}

/**
 * A shortlist run that failed or timed out recorded nothing (its number is taken again by the next
 * request): 503 with the reason (the risk engine's ranking or the record did not succeed).
 */
export function shortlistRunRefusal(error: unknown, sequence: number, workflowId: string): Error {
  if (!(error instanceof WorkflowFailedError)) return error instanceof Error ? error : new Error(String(error));
  const reasons: string[] = [];
  for (let cause: unknown = error.cause; cause instanceof Error; cause = (cause as { cause?: unknown }).cause)
    reasons.push(cause.message);
  return new ServiceUnavailableException(
    `Shortlist ${sequence} could not be taken (workflow ${workflowId}: ${reasons.join(': ') || error.message}); nothing was recorded, try again`,
  );
}

function assertSelecting(pilot: PilotRef): void {
  if (!SELECTING_STATUSES.includes(pilot.status))
    throw new ConflictException(
      `Pilot ${pilot.code} is ${pilot.status}: candidates are selected only while it is planned or running`,
    );
}
