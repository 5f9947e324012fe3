import { ConflictException, Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Client } from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuthenticatedUser } from '@aeo/auth';
import { APP_CONFIG } from '@aeo/config';
import { OutboxWriter } from '@aeo/messaging';
import { currentCorrelationId } from '@aeo/observability';
import { noteCreatedResource, recordAudit, takeHumanStepThroughWorkflow } from '@aeo/persistence';
import { type StepFromCaller, workflowStepRefusal } from '@aeo/temporal';
import {
  type ArrangementStepInput,
  TASK_QUEUES,
  arrangementStepUpdate,
  mraArrangementWorkflow,
  mraArrangementWorkflowId,
} from '@aeo/workflows';
import type { MraConfig } from '../config';
import { appendArrangementEvent } from './arrangement-events';
import { readArrangementOverview } from './arrangement-overview';
import type { ArrangementOverviewQuery } from './arrangement.schemas';
import type { NewArrangementDto } from './arrangement.schemas';
import { partnerCountryOf, visibleArrangement } from './partner-scope';
import {
  type Arrangement,
  type ArrangementRecord,
  type PhaseChange,
  arrangementRecords,
  findArrangement,
  findLatestComparison,
  insertArrangement,
  insertArrangementRecord,
  listArrangements,
  lockArrangement,
  lockOpenArrangementOfCountry,
  phaseHistories,
} from './arrangements.repository';

/** An arrangement with its phase history, as the API answers it. */
export type ArrangementView = Arrangement & { history: PhaseChange[] };

/** A step as the API receives it: the workflow's step without the person (taken from the token). */
export type StepRequest = StepFromCaller<ArrangementStepInput>;

/**
 * The arrangements and their life. Creating one writes its row, its first record, its event and
 * audit entry and starts its workflow (`mra-arrangement-<id>`), the process owner, in one
 * transaction. Every later step goes to the workflow as an update (its validator refuses what the
 * phase does not allow: 409 with the reason; a malformed value 422) through the human-step ledger,
 * so a repeated request answers as the first time; the workflow's activity records it.
 */
@Injectable()
export class ArrangementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly temporal: Client,
    @Inject(APP_CONFIG) private readonly config: MraConfig,
  ) {}

  async list(user: AuthenticatedUser): Promise<ArrangementView[]> {
    return this.withHistories(await listArrangements(this.dataSource, partnerCountryOf(user)));
  }

  /** A page of the overview (MRA officers and executives: every arrangement). */
  overview(query: ArrangementOverviewQuery) {
    return readArrangementOverview(this.dataSource, query);
  }

  async get(user: AuthenticatedUser, arrangementId: string): Promise<ArrangementView> {
    const [view] = await this.withHistories([await this.visible(user, arrangementId)]);
    return view;
  }

  async phases(user: AuthenticatedUser, arrangementId: string): Promise<PhaseChange[]> {
    return (await this.get(user, arrangementId)).history;
  }

  async comparison(user: AuthenticatedUser, arrangementId: string) {
    const arrangement = await this.visible(user, arrangementId);
    const latest = await findLatestComparison(this.dataSource, arrangement.id);
    const entries = latest?.entries ?? [];
    return {
      arrangementId: arrangement.id,
      entries,
      gaps: entries.filter((entry) => entry.assessment === 'gap').length,
      recordedBy: latest?.by ?? null,
      recordedAt: latest?.at ?? null,
    };
  }

  async terms(user: AuthenticatedUser, arrangementId: string) {
    const arrangement = await this.visible(user, arrangementId);
    return { arrangementId: arrangement.id, signedOn: arrangement.signedOn, terms: arrangement.terms };
  }

  async records(user: AuthenticatedUser, arrangementId: string): Promise<ArrangementRecord[]> {
    const arrangement = await this.visible(user, arrangementId);
    return arrangementRecords(this.dataSource, arrangement.id);
  }

  /** A new arrangement in preparation, with its workflow; 409 when the partner country has an open one. */
  async create(user: AuthenticatedUser, body: NewArrangementDto): Promise<ArrangementView> {
    const id = randomUUID();
    noteCreatedResource(id);
    await this.dataSource.transaction(async (manager) => {
      const open = await lockOpenArrangementOfCountry(manager, body.partnerCountry);
      if (open)
        throw new ConflictException(
          `An open arrangement with ${body.partnerCountry} exists already: ${open.id} (phase ${open.phase}); terminate it before starting another`,
        );
      await insertArrangement(manager, { id, ...body, createdBy: user.sub });
      const arrangement = (await lockArrangement(manager, id))!;
      await this.recordCreation(manager, user, arrangement, body);
      // Inside the transaction: a workflow that cannot be started leaves no arrangement behind (503, repeat the request).
      await this.startWorkflow(arrangement);
    });
    return this.get(user, id);
  }

  /** A step of the arrangement's life, taken by its workflow; the arrangement as the step left it. */
  async step(user: AuthenticatedUser, arrangementId: string, request: StepRequest): Promise<ArrangementView> {
    await this.visible(user, arrangementId);
    const step = { ...request, by: user.sub, byRoles: [...user.roles] } as ArrangementStepInput;
    const handle = this.temporal.workflow.getHandle(mraArrangementWorkflowId(arrangementId));
    const send = async (updateId: string): Promise<ArrangementView> => {
      try {
        await handle.executeUpdate(arrangementStepUpdate, { args: [step], updateId });
      } catch (error) {
        throw workflowStepRefusal(
          request.step,
          error,
          `Arrangement ${arrangementId} has no running workflow (it was terminated, or predates its workflow); nothing was changed`,
        );
      }
      return this.get(user, arrangementId);
    };
    const { answer } = await takeHumanStepThroughWorkflow(
      this.dataSource,
      {
        subjectType: 'mra-arrangement',
        subjectId: arrangementId,
        step: request.step,
        request,
        actor: user.sub,
        summary: request.step,
        // Steps recur (visits, rounds, tests, reviews, suspensions): only a repeat of the latest one answers as before.
        series: 'arrangement',
        revisable: true,
      },
      { send, leaseSeconds: this.config.IDEMPOTENCY_KEY_LEASE_S },
    );
    return answer;
  }

  private async recordCreation(
    manager: EntityManager,
    user: AuthenticatedUser,
    arrangement: Arrangement,
    body: NewArrangementDto,
  ): Promise<void> {
    const at = new Date();
    const change = { from: null, to: 'preparation' as const, step: 'created', by: user.sub, at, summary: 'created' };
    await insertArrangementRecord(manager, {
      arrangementId: arrangement.id,
      recordKey: `created:${arrangement.id}`,
      step: change.step,
      fromPhase: null,
      toPhase: change.to,
      summary: `arrangement with ${arrangement.partnerAdministration} created`,
      details: body,
      recordedBy: user.sub,
      recordedAt: at,
    });
    await appendArrangementEvent(this.outbox, manager, arrangement, change);
    await recordAudit(manager, {
      actor: user,
      action: 'mra-arrangement.created',
      entityType: 'mra-arrangement',
      entityId: arrangement.id,
      after: { phase: change.to, ...body },
      correlationId: currentCorrelationId(),
    });
  }

  private async startWorkflow(arrangement: Arrangement): Promise<void> {
    try {
      await this.temporal.workflow.start(mraArrangementWorkflow, {
        workflowId: mraArrangementWorkflowId(arrangement.id),
        taskQueue: TASK_QUEUES.certification,
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
        args: [
          {
            arrangementId: arrangement.id,
            partnerCountry: arrangement.partnerCountry,
            partnerAdministration: arrangement.partnerAdministration,
            title: arrangement.title,
            policy: {
              intervalMonths: arrangement.reviewIntervalMonths,
              reminderDaysBefore: arrangement.reminderDaysBefore,
            },
          },
        ],
      });
    } catch (error) {
      throw new ServiceUnavailableException(
        `The arrangement's workflow could not be started (${(error as Error).message}); nothing was recorded: repeat the request`,
      );
    }
  }

  /** The arrangements with their phase histories, read in one query. */
  private async withHistories(arrangements: Arrangement[]): Promise<ArrangementView[]> {
    const histories = await phaseHistories(
      this.dataSource,
      arrangements.map((arrangement) => arrangement.id),
    );
    return arrangements.map((arrangement) => ({ ...arrangement, history: histories.get(arrangement.id) ?? [] }));
  }

  private async visible(user: AuthenticatedUser, arrangementId: string): Promise<Arrangement> {
    const found = await findArrangement(this.dataSource, arrangementId);
    return visibleArrangement(user, arrangementId, found, (arrangement) => arrangement.partnerCountry);
  }
}
