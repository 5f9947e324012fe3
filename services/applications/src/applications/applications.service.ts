import { ConflictException, Injectable, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Inject } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, QueryFailedError } from 'typeorm';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { ApplicationSubmitted } from '@aeo/contracts';
import { AuthenticatedUser, assertScope, companyOf, regionOf } from '@aeo/auth';
import { APP_CONFIG } from '@aeo/config';
import { OutboxWriter } from '@aeo/messaging';
import { currentCorrelationId } from '@aeo/observability';
import { recordAudit } from '@aeo/persistence';
import { acceptanceDecisionSignal, certificationStateQuery, certificationWorkflowId, CertificationState } from '@aeo/workflows';
import type { ApplicationsConfig } from '../config';
import { OperatorEntity } from '../operators/operator.entity';
import { ApplicationEntity } from './application.entity';
import { assertTransition } from './application-status';
import type { AcceptanceDecisionDto, ListApplicationsQuery, SubmitApplicationDto } from './application.schemas';

const DAY_MS = 86_400_000;

@Injectable()
export class ApplicationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly temporal: Client,
    @Inject(APP_CONFIG) private readonly config: ApplicationsConfig,
  ) {}

  /** Stores the application and its `submitted` event in one transaction; the workflow starts from the event. */
  async submit(user: AuthenticatedUser, body: SubmitApplicationDto): Promise<ApplicationEntity> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const operator = await manager.findOneBy(OperatorEntity, { id: body.operatorId });
        if (!operator) throw new NotFoundException(`operatorId: operator ${body.operatorId} is not registered`);
        assertScope(user, operator);
        const submittedAt = new Date();
        const application = manager.create(ApplicationEntity, {
          id: randomUUID(),
          operatorId: operator.id,
          region: operator.region,
          statusType: body.statusType,
          status: 'submitted',
          consentToMraSharing: body.consentToMraSharing,
          submittedAt,
          acceptanceDeadline: new Date(submittedAt.getTime() + this.config.ACCEPTANCE_PERIOD_DAYS * DAY_MS),
          acceptedAt: null,
          decisionDeadline: null,
          decidedBy: null,
          statusReason: null,
          createdBy: user.sub,
        });
        await manager.insert(ApplicationEntity, application);
        await this.outbox.append(manager, ApplicationSubmitted, {
          subject: application.id,
          aggregateId: operator.id,
          data: {
            applicationId: application.id,
            operatorId: operator.id,
            taxpayerId: operator.taxpayerId,
            region: operator.region,
            statusType: application.statusType,
            operatorName: operator.name,
            contactEmail: operator.contact.email,
            contactLanguage: operator.contact.language,
            consentToMraSharing: application.consentToMraSharing,
            submittedAt: submittedAt.toISOString(),
            acceptanceDeadline: application.acceptanceDeadline.toISOString(),
          },
        });
        await recordAudit(manager, { actor: user, action: 'application.submitted', entityType: 'application', entityId: application.id, after: { status: 'submitted', statusType: application.statusType }, correlationId: currentCorrelationId() });
        return application;
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error as { code?: string }).code === '23505') {
        throw new ConflictException(`Operator ${body.operatorId} already has an open ${body.statusType} application`);
      }
      throw error;
    }
  }

  async get(user: AuthenticatedUser, applicationId: string): Promise<ApplicationEntity> {
    const application = await this.dataSource.manager.findOneBy(ApplicationEntity, { id: applicationId });
    if (!application) throw new NotFoundException(`Application ${applicationId} not found`);
    await this.assertAccess(user, application);
    return application;
  }

  async list(user: AuthenticatedUser, query: ListApplicationsQuery): Promise<ApplicationEntity[]> {
    const builder = this.dataSource.manager.createQueryBuilder(ApplicationEntity, 'a').orderBy('a.submitted_at', 'DESC').limit(query.limit);
    const company = companyOf(user);
    if (company) builder.innerJoin(OperatorEntity, 'o', 'o.id = a.operator_id').andWhere('o.taxpayer_id = :tin', { tin: company });
    const scopedRegion = regionOf(user);
    if (scopedRegion) builder.andWhere('a.region = :scopedRegion', { scopedRegion });
    if (query.region) builder.andWhere('a.region = :region', { region: query.region });
    if (query.status) builder.andWhere('a.status = :status', { status: query.status });
    if (query.operatorId) builder.andWhere('a.operator_id = :operatorId', { operatorId: query.operatorId });
    return builder.getMany();
  }

  /**
   * Customs decides on acceptance: the decision goes to the certification workflow, which owns
   * the deadline and records the outcome through its activity.
   */
  async decideAcceptance(user: AuthenticatedUser, applicationId: string, body: AcceptanceDecisionDto): Promise<{ applicationId: string; decision: string; workflowId: string }> {
    const application = await this.get(user, applicationId);
    assertTransition(applicationId, application.status, body.decision === 'accept' ? 'accepted' : 'rejected');
    const workflowId = certificationWorkflowId(applicationId);
    try {
      await this.temporal.workflow
        .getHandle(workflowId)
        .signal(acceptanceDecisionSignal, body.decision === 'accept' ? { decision: 'accept', decidedBy: user.sub } : { decision: 'reject', decidedBy: user.sub, reason: body.reason! });
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) {
        throw new ConflictException(`The certification workflow of application ${applicationId} is not running yet; retry in a few seconds`);
      }
      throw new ServiceUnavailableException(`Workflow service unavailable: ${(error as Error).message}`);
    }
    await this.dataSource.transaction((manager) =>
      recordAudit(manager, {
        actor: user,
        action: `application.acceptance-decision.${body.decision}`,
        entityType: 'application',
        entityId: applicationId,
        before: { status: application.status },
        reason: body.decision === 'reject' ? body.reason : undefined,
        correlationId: currentCorrelationId(),
      }),
    );
    return { applicationId, decision: body.decision, workflowId };
  }

  /** Where the application stands in its certification workflow: stage, deadlines, history. */
  async certificationState(user: AuthenticatedUser, applicationId: string): Promise<CertificationState> {
    await this.get(user, applicationId);
    try {
      return await this.temporal.workflow.getHandle(certificationWorkflowId(applicationId)).query(certificationStateQuery);
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw new NotFoundException(`No certification workflow for application ${applicationId} yet`);
      throw new ServiceUnavailableException(`Workflow service unavailable: ${(error as Error).message}`);
    }
  }

  private async assertAccess(user: AuthenticatedUser, application: ApplicationEntity): Promise<void> {
    const operator = await this.dataSource.manager.findOneByOrFail(OperatorEntity, { id: application.operatorId });
    assertScope(user, { region: application.region, taxpayerId: operator.taxpayerId });
  }
}
