import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApplicationFailure } from '@temporalio/common';
import { DataSource, EntityManager } from 'typeorm';
import { ApplicationAccepted, ApplicationRejected } from '@aeo/contracts';
import { OutboxWriter } from '@aeo/messaging';
import { recordAudit } from '@aeo/persistence';
import { ApplicationsActivities, FAILURE_TYPES } from '@aeo/workflows';
import { ApplicationEntity } from '../applications/application.entity';
import { ApplicationStatus, canTransition } from '../applications/application-status';
import { OperatorEntity } from '../operators/operator.entity';

/**
 * Activities on the applications' data, hosted on the `aeo-applications` task queue. Each one
 * is idempotent: a retried activity that already took effect changes nothing.
 */
@Injectable()
export class CertificationActivities implements ApplicationsActivities {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  /** Bound functions for the Temporal worker. */
  asActivities(): ApplicationsActivities {
    return { recordAcceptance: this.recordAcceptance.bind(this), recordRejection: this.recordRejection.bind(this) };
  }

  async recordAcceptance(input: { applicationId: string; deemed: boolean; decidedBy: string; decisionDeadline: string }): Promise<void> {
    await this.transition(input.applicationId, 'accepted', async (manager, application, operator) => {
      const acceptedAt = new Date();
      await manager.update(ApplicationEntity, { id: application.id }, { status: 'accepted', acceptedAt, decisionDeadline: new Date(input.decisionDeadline), decidedBy: input.decidedBy, statusReason: input.deemed ? 'deemed accepted' : null });
      await this.outbox.append(manager, ApplicationAccepted, {
        subject: application.id,
        aggregateId: application.operatorId,
        data: { applicationId: application.id, operatorId: application.operatorId, taxpayerId: operator.taxpayerId, region: application.region, statusType: application.statusType, acceptedAt: acceptedAt.toISOString(), deemed: input.deemed, decidedBy: input.decidedBy, decisionDeadline: input.decisionDeadline },
      });
      await recordAudit(manager, { actor: { sub: input.decidedBy, roles: input.deemed ? ['system'] : ['customs'] }, action: input.deemed ? 'application.deemed-accepted' : 'application.accepted', entityType: 'application', entityId: application.id, before: { status: application.status }, after: { status: 'accepted', decisionDeadline: input.decisionDeadline } });
    });
  }

  async recordRejection(input: { applicationId: string; decidedBy: string; reason: string }): Promise<void> {
    await this.transition(input.applicationId, 'rejected', async (manager, application, operator) => {
      const rejectedAt = new Date();
      await manager.update(ApplicationEntity, { id: application.id }, { status: 'rejected', decidedBy: input.decidedBy, statusReason: input.reason });
      await this.outbox.append(manager, ApplicationRejected, {
        subject: application.id,
        aggregateId: application.operatorId,
        data: { applicationId: application.id, operatorId: application.operatorId, taxpayerId: operator.taxpayerId, region: application.region, statusType: application.statusType, rejectedAt: rejectedAt.toISOString(), decidedBy: input.decidedBy, reason: input.reason },
      });
      await recordAudit(manager, { actor: { sub: input.decidedBy, roles: ['customs'] }, action: 'application.rejected', entityType: 'application', entityId: application.id, before: { status: application.status }, after: { status: 'rejected' }, reason: input.reason });
    });
  }

  private async transition(
    applicationId: string,
    target: ApplicationStatus,
    apply: (manager: EntityManager, application: ApplicationEntity, operator: OperatorEntity) => Promise<void>,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const application = await manager.findOne(ApplicationEntity, { where: { id: applicationId }, lock: { mode: 'pessimistic_write' } });
      if (!application) throw ApplicationFailure.create({ type: FAILURE_TYPES.notFound, nonRetryable: true, message: `Application ${applicationId} not found` });
      if (application.status === target) return;
      if (!canTransition(application.status, target)) {
        throw ApplicationFailure.create({ type: FAILURE_TYPES.illegalTransition, nonRetryable: true, message: `Application ${applicationId} is ${application.status}; it cannot become ${target}` });
      }
      const operator = await manager.findOneByOrFail(OperatorEntity, { id: application.operatorId });
      await apply(manager, application, operator);
    });
  }
}
