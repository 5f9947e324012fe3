import { ConflictException, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Client, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationHearingResponded, ApplicationWithdrawn } from '@aeo/contracts';
import { AuthenticatedUser } from '@aeo/auth';
import { OutboxWriter } from '@aeo/messaging';
import { currentCorrelationId } from '@aeo/observability';
import { recordAudit } from '@aeo/persistence';
import { CertificationState, ExecutiveDecisionInput, certificationWorkflowId, executiveDecisionUpdate, hearingResponseSignal, withdrawalSignal } from '@aeo/workflows';
import { ApplicationEntity } from '../applications/application.entity';
import { assertTransition } from '../applications/application-status';
import { ApplicationsService } from '../applications/applications.service';
import { OperatorEntity } from '../operators/operator.entity';
import { updateRefusal } from '../workflow-update-refusal';
import type { ExecutiveDecisionDto, HearingResponseDto, WithdrawalDto } from './decision.schemas';

/**
 * What people decide after acceptance: the executive's decision (a Temporal update that the
 * certification workflow validates against its stage and limits), the operator's comments in
 * the right to be heard, and a withdrawal. The workflow owns the process; this service records
 * what the people said (committed first, with its event and audit entry) and tells the workflow.
 * A repeated request after a failed hand-over is harmless: it finds the record and tells again.
 */
@Injectable()
export class DecisionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationsService,
    private readonly outbox: OutboxWriter,
    private readonly temporal: Client,
  ) {}

  async decide(user: AuthenticatedUser, applicationId: string, body: ExecutiveDecisionDto): Promise<CertificationState> {
    await this.applications.get(user, applicationId);
    const handle = this.temporal.workflow.getHandle(certificationWorkflowId(applicationId));
    try {
      const decision: ExecutiveDecisionInput =
        body.decision === 'grant'
          ? { decision: 'grant', decidedBy: user.sub, reasons: body.reasons, conditions: body.conditions ?? [] }
          : body.decision === 'refuse'
            ? { decision: 'refuse', decidedBy: user.sub, reasons: body.reasons }
            : { decision: 'extend', decidedBy: user.sub, reasons: body.reasons, days: body.days! };
      return await handle.executeUpdate(executiveDecisionUpdate, { args: [decision] });
    } catch (error) {
      if (error instanceof WorkflowUpdateFailedError) throw updateRefusal('Decision', error);
      throw this.workflowError(applicationId, error);
    }
  }

  async respondToHearing(user: AuthenticatedUser, applicationId: string, body: HearingResponseDto): Promise<{ applicationId: string; respondedAt: string }> {
    const application = await this.applications.get(user, applicationId);
    const respondedAt = await this.dataSource.transaction(async (manager) => {
      const locked = await manager.findOneOrFail(ApplicationEntity, { where: { id: application.id }, lock: { mode: 'pessimistic_write' } });
      if (locked.hearingRespondedAt) {
        if (locked.hearingResponse === body.response) return locked.hearingRespondedAt;
        throw new ConflictException(`The operator already commented on ${locked.hearingRespondedAt.toISOString()}; comments can be given once`);
      }
      if (locked.status !== 'hearing') throw new ConflictException(`Application ${applicationId} is ${locked.status}; there is no hearing to comment on`);
      const now = new Date();
      if (locked.hearingRespondBy && now > locked.hearingRespondBy) throw new ConflictException(`The hearing period ended on ${locked.hearingRespondBy.toISOString()}`);
      await manager.update(ApplicationEntity, { id: locked.id }, { hearingResponse: body.response, hearingRespondedBy: user.sub, hearingRespondedAt: now });
      const operator = await manager.findOneByOrFail(OperatorEntity, { id: locked.operatorId });
      await this.outbox.append(manager, ApplicationHearingResponded, {
        subject: locked.id,
        aggregateId: locked.operatorId,
        data: { applicationId: locked.id, operatorId: locked.operatorId, taxpayerId: operator.taxpayerId, region: locked.region, statusType: locked.statusType, respondedBy: user.sub, respondedAt: now.toISOString() },
      });
      await recordAudit(manager, { actor: user, action: 'application.hearing-response', entityType: 'application', entityId: locked.id, after: { respondedAt: now.toISOString() }, correlationId: currentCorrelationId() });
      return now;
    });
    await this.tell(applicationId, (handle) => handle.signal(hearingResponseSignal, { respondedBy: user.sub, response: body.response }));
    return { applicationId, respondedAt: respondedAt.toISOString() };
  }

  async withdraw(user: AuthenticatedUser, applicationId: string, body: WithdrawalDto): Promise<{ applicationId: string; status: 'withdrawn' }> {
    const application = await this.applications.get(user, applicationId);
    await this.dataSource.transaction(async (manager) => {
      const locked = await manager.findOneOrFail(ApplicationEntity, { where: { id: application.id }, lock: { mode: 'pessimistic_write' } });
      if (locked.status === 'withdrawn') return;
      assertTransition(applicationId, locked.status, 'withdrawn');
      const now = new Date();
      await manager.update(ApplicationEntity, { id: locked.id }, { status: 'withdrawn', statusReason: body.reason, decidedBy: user.sub, decidedAt: now });
      const operator = await manager.findOneByOrFail(OperatorEntity, { id: locked.operatorId });
      await this.outbox.append(manager, ApplicationWithdrawn, {
        subject: locked.id,
        aggregateId: locked.operatorId,
        data: { applicationId: locked.id, operatorId: locked.operatorId, taxpayerId: operator.taxpayerId, region: locked.region, statusType: locked.statusType, withdrawnAt: now.toISOString(), withdrawnBy: user.sub, reason: body.reason },
      });
      await recordAudit(manager, { actor: user, action: 'application.withdrawn', entityType: 'application', entityId: locked.id, before: { status: locked.status }, after: { status: 'withdrawn' }, reason: body.reason, correlationId: currentCorrelationId() });
    });
    await this.tell(applicationId, (handle) => handle.signal(withdrawalSignal, { withdrawnBy: user.sub, reason: body.reason }));
    return { applicationId, status: 'withdrawn' };
  }

  private async tell(applicationId: string, send: (handle: ReturnType<Client['workflow']['getHandle']>) => Promise<void>): Promise<void> {
    try {
      await send(this.temporal.workflow.getHandle(certificationWorkflowId(applicationId)));
    } catch (error) {
      throw this.workflowError(applicationId, error);
    }
  }

  private workflowError(applicationId: string, error: unknown): Error {
    if (error instanceof WorkflowNotFoundError) return new ConflictException(`The certification workflow of application ${applicationId} is not running; nothing to decide`);
    return new ServiceUnavailableException(`Workflow service unavailable (${(error as Error).message}); what was recorded stays recorded: repeat the request`);
  }
}
