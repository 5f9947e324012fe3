import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Client, WorkflowHandle, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationHearingResponded, ApplicationWithdrawn } from '@aeo/contracts';
import { AuthenticatedUser } from '@aeo/auth';
import { OutboxWriter } from '@aeo/messaging';
import { currentCorrelationId } from '@aeo/observability';
import { APP_CONFIG } from '@aeo/config';
import { type HumanStep, recordAudit, takeHumanStepOnce, takeHumanStepThroughWorkflow } from '@aeo/persistence';
import {
  CertificationState,
  ExecutiveDecisionInput,
  certificationWorkflowId,
  executiveDecisionUpdate,
  hearingResponseSignal,
  withdrawalSignal,
} from '@aeo/workflows';
import { assertTransition } from '../applications/application-status';
import {
  type Application,
  lockExistingApplication,
  markApplicationWithdrawn,
  recordApplicationHearingResponse,
} from '../applications/applications.repository';
import { ApplicationsService } from '../applications/applications.service';
import type { ApplicationsConfig } from '../config';
import { getOperator } from '../operators/operators.repository';
import { updateRefusal } from '../shared/workflow-update-refusal';
import type { ExecutiveDecisionDto, HearingResponseDto, WithdrawalDto } from './decision.schemas';
import { applicationEvent } from '../shared/application-events';
import {
  certificationWorkflowError,
  tellCertificationWorkflow,
  type WorkflowCallNotes,
} from '../certification/certification-workflow';

/** How a decision's call to the certification workflow fails. */
const DECISION_CALLS: WorkflowCallNotes = {
  notRunning: '; nothing to decide',
  unavailable: 'what was recorded stays recorded',
};

/** The final decision follows the hearing once the operator commented or its period ended. */
/** A person's step on an application (the request is the body), as the human-step ledger records it. */
const applicationStep = (
  user: AuthenticatedUser,
  applicationId: string,
  step: string,
  request: unknown,
  summary: string,
): HumanStep => ({ subjectType: 'application', subjectId: applicationId, step, request, actor: user.sub, summary });

const afterHearing = (application: Application): boolean =>
  application.hearingRespondBy !== null &&
  (application.hearingRespondedAt !== null ||
    application.status !== 'hearing' ||
    Date.now() > application.hearingRespondBy.getTime());

/**
 * What people decide after acceptance: the executive's decision (a Temporal update that the
 * certification workflow validates against its stage and limits), the operator's comments in
 * the right to be heard, and a withdrawal. The workflow owns the process; this service records
 * what the people said, with its event, audit entry and the step taken (libs/persistence
 * `takeHumanStepOnce`). The executive's decision is a Temporal update, claimed in the ledger,
 * sent outside any transaction and recorded after it (`takeHumanStepThroughWorkflow`). The
 * comments and the withdrawal are signals sent in their transaction: a failed hand-over leaves
 * nothing recorded, so the request can be repeated; a repeat after success answers as the first
 * time and tells the workflow nothing more.
 */
@Injectable()
export class DecisionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationsService,
    private readonly outbox: OutboxWriter,
    private readonly temporal: Client,
    @Inject(APP_CONFIG) private readonly config: ApplicationsConfig,
  ) {}

  /**
   * The executive's decision, a step taken once per stage: the decision (grant, or the refusal
   * that opens the hearing), the one extension, and the final decision after the hearing. The
   * same request again answers as the first time without updating the workflow again; another
   * request for a step already taken gets 409 with what was decided, when and by whom.
   */
  async decide(
    user: AuthenticatedUser,
    applicationId: string,
    body: ExecutiveDecisionDto,
  ): Promise<CertificationState> {
    const application = await this.applications.get(user, applicationId);
    const stepName =
      body.decision === 'extend' ? 'decision-extension' : afterHearing(application) ? 'final-decision' : 'decision';
    const summary =
      body.decision === 'extend'
        ? `extended by ${body.days} days`
        : body.decision === 'grant'
          ? 'granted'
          : stepName === 'final-decision'
            ? 'refused'
            : 'refusal intended (hearing opened)';
    const step = applicationStep(user, applicationId, stepName, body, summary);
    const handle = this.temporal.workflow.getHandle(certificationWorkflowId(applicationId));
    const decision: ExecutiveDecisionInput =
      body.decision === 'grant'
        ? { decision: 'grant', decidedBy: user.sub, reasons: body.reasons, conditions: body.conditions ?? [] }
        : body.decision === 'refuse'
          ? { decision: 'refuse', decidedBy: user.sub, reasons: body.reasons }
          : { decision: 'extend', decidedBy: user.sub, reasons: body.reasons, days: body.days! };
    // Claimed, then sent outside any transaction (the update's activities need the same pool), then recorded.
    const send = async (updateId: string): Promise<CertificationState> => {
      try {
        return await handle.executeUpdate(executiveDecisionUpdate, { args: [decision], updateId });
      } catch (error) {
        if (error instanceof WorkflowUpdateFailedError) throw updateRefusal('Decision', error);
        throw this.workflowError(applicationId, error);
      }
    };
    const { answer } = await takeHumanStepThroughWorkflow(this.dataSource, step, {
      send,
      leaseSeconds: this.config.IDEMPOTENCY_KEY_LEASE_S,
    });
    return answer;
  }

  async respondToHearing(
    user: AuthenticatedUser,
    applicationId: string,
    body: HearingResponseDto,
  ): Promise<{ applicationId: string; respondedAt: string }> {
    const application = await this.applications.get(user, applicationId);
    const step = applicationStep(user, applicationId, 'hearing-response', body, 'the operator commented');
    const { answer } = await takeHumanStepOnce(this.dataSource, step, async (manager) => {
      const locked = await lockExistingApplication(manager, application.id);
      if (locked.hearingRespondedAt)
        throw new ConflictException(
          `The operator already commented on ${locked.hearingRespondedAt.toISOString()} (by ${locked.hearingRespondedBy}); comments can be given once`,
        );
      if (locked.status !== 'hearing')
        throw new ConflictException(
          `Application ${applicationId} is ${locked.status}; there is no hearing to comment on`,
        );
      const now = new Date();
      if (locked.hearingRespondBy && now > locked.hearingRespondBy)
        throw new ConflictException(`The hearing period ended on ${locked.hearingRespondBy.toISOString()}`);
      await recordApplicationHearingResponse(manager, locked.id, {
        response: body.response,
        respondedBy: user.sub,
        respondedAt: now,
      });
      const operator = await getOperator(manager, locked.operatorId);
      await this.outbox.append(
        manager,
        ApplicationHearingResponded,
        applicationEvent(locked, operator, {
          respondedBy: user.sub,
          respondedAt: now.toISOString(),
        }),
      );
      await recordAudit(manager, {
        actor: user,
        action: 'application.hearing-response',
        entityType: 'application',
        entityId: locked.id,
        after: { respondedAt: now.toISOString() },
        correlationId: currentCorrelationId(),
      });
      await this.tell(applicationId, (handle) =>
        handle.signal(hearingResponseSignal, { respondedBy: user.sub, response: body.response }),
      );
      return { applicationId, respondedAt: now.toISOString() };
    });
    return answer;
  }

  async withdraw(
    user: AuthenticatedUser,
    applicationId: string,
    body: WithdrawalDto,
  ): Promise<{ applicationId: string; status: 'withdrawn' }> {
    const application = await this.applications.get(user, applicationId, {
      administrator: true,
      action: 'withdraw its applications',
    });
    const step = applicationStep(user, applicationId, 'withdrawal', body, `withdrawn (${body.reason})`);
    const { answer } = await takeHumanStepOnce(this.dataSource, step, async (manager) => {
      const locked = await lockExistingApplication(manager, application.id);
      if (locked.status === 'withdrawn')
        throw new ConflictException(
          `Application ${applicationId} was already withdrawn on ${locked.decidedAt?.toISOString()} by ${locked.decidedBy}`,
        );
      assertTransition(applicationId, locked.status, 'withdrawn');
      const now = new Date();
      await markApplicationWithdrawn(manager, locked.id, { reason: body.reason, decidedBy: user.sub, decidedAt: now });
      const operator = await getOperator(manager, locked.operatorId);
      await this.outbox.append(
        manager,
        ApplicationWithdrawn,
        applicationEvent(locked, operator, {
          withdrawnAt: now.toISOString(),
          withdrawnBy: user.sub,
          reason: body.reason,
        }),
      );
      await recordAudit(manager, {
        actor: user,
        action: 'application.withdrawn',
        entityType: 'application',
        entityId: locked.id,
        before: { status: locked.status },
        after: { status: 'withdrawn' },
        reason: body.reason,
        correlationId: currentCorrelationId(),
      });
      // A draft has no workflow yet.
      if (locked.status !== 'draft')
        await this.tell(applicationId, (handle) =>
          handle.signal(withdrawalSignal, { withdrawnBy: user.sub, reason: body.reason }),
        );
      return { applicationId, status: 'withdrawn' as const };
    });
    return answer;
  }

  private tell(applicationId: string, send: (handle: WorkflowHandle) => Promise<void>): Promise<void> {
    return tellCertificationWorkflow(this.temporal, applicationId, send, DECISION_CALLS);
  }

  private workflowError(applicationId: string, error: unknown): Error {
    return certificationWorkflowError(applicationId, error, DECISION_CALLS);
  }
}
