import { ConflictException, ForbiddenException, Injectable, NotFoundException, ServiceUnavailableException, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { ValidationReportSubmitted } from '@aeo/contracts';
import { AuthenticatedUser, regionOf } from '@aeo/auth';
import { OutboxWriter } from '@aeo/messaging';
import { currentCorrelationId } from '@aeo/observability';
import { recordAudit } from '@aeo/persistence';
import { validationReportSignal } from '@aeo/workflows';
import { ValidationCaseEntity } from './validation-case.entity';
import { ExaminationService } from '../examination/examination.service';
import type { ListValidationCasesQuery, ValidationReportDto } from './validation-case.schemas';

@Injectable()
export class ValidationCasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly temporal: Client,
    private readonly examination: ExaminationService,
  ) {}

  /**
   * The validator's report: stored with its event and audit entry, then handed to the
   * certification workflow, which moves on to the executive's decision. Submitted once; the same
   * report again (after a failed hand-over) is handed over again.
   */
  async submitReport(user: AuthenticatedUser, caseId: string, body: ValidationReportDto): Promise<ValidationCaseEntity> {
    await this.get(user, caseId);
    const saved = await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneOrFail(ValidationCaseEntity, { where: { id: caseId }, lock: { mode: 'pessimistic_write' } });
      if (found.status === 'closed') throw new ConflictException(`Validation case ${caseId} was closed on ${found.closedAt?.toISOString()}: ${found.closedReason}`);
      if (found.reportSubmittedAt) {
        if (found.recommendation === body.recommendation && found.reportSummary === body.summary) return found;
        throw new ConflictException(`The report of case ${caseId} was submitted on ${found.reportSubmittedAt.toISOString()} by ${found.reportSubmittedBy}`);
      }
      const issues = await this.examination.readiness(manager, found, body.recommendation);
      if (issues.length) throw new UnprocessableEntityException({ statusCode: 422, error: 'Unprocessable Entity', message: `The report cannot be submitted yet: ${issues.join('; ')}`, issues });
      const now = new Date();
      await manager.update(ValidationCaseEntity, { id: caseId }, { status: 'reported', recommendation: body.recommendation, conditions: body.conditions, reportSummary: body.summary, reportSubmittedBy: user.sub, reportSubmittedAt: now });
      await this.outbox.append(manager, ValidationReportSubmitted, {
        subject: caseId,
        aggregateId: found.operatorId,
        data: { caseId, applicationId: found.applicationId, operatorId: found.operatorId, taxpayerId: found.taxpayerId ?? 'unknown', region: found.region, statusType: found.statusType ?? 'AEOF', recommendation: body.recommendation, conditions: body.conditions, submittedBy: user.sub, submittedAt: now.toISOString() },
      });
      await recordAudit(manager, { actor: user, action: 'validation-case.report-submitted', entityType: 'validation-case', entityId: caseId, before: { status: found.status }, after: { status: 'reported', recommendation: body.recommendation }, reason: body.summary, correlationId: currentCorrelationId() });
      return manager.findOneByOrFail(ValidationCaseEntity, { id: caseId });
    });
    try {
      await this.temporal.workflow
        .getHandle(saved.workflowId)
        .signal(validationReportSignal, { caseId, recommendation: body.recommendation, conditions: body.conditions, summary: body.summary, submittedBy: saved.reportSubmittedBy ?? user.sub });
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw new ConflictException(`The ${saved.purpose} workflow ${saved.workflowId} is not running`);
      throw new ServiceUnavailableException(`Workflow service unavailable (${(error as Error).message}); the report is recorded: submit it again to hand it over`);
    }
    return saved;
  }

  /** Regional staff see the cases of their region; national roles see all. Newest first. */
  async list(user: AuthenticatedUser, query: ListValidationCasesQuery): Promise<ValidationCaseEntity[]> {
    const builder = this.dataSource.manager.createQueryBuilder(ValidationCaseEntity, 'c').orderBy('c.opened_at', 'DESC').limit(query.limit);
    const scopedRegion = regionOf(user);
    if (scopedRegion) builder.andWhere('c.region = :scopedRegion', { scopedRegion });
    return builder.getMany();
  }

  async get(user: AuthenticatedUser, caseId: string): Promise<ValidationCaseEntity> {
    const validationCase = await this.dataSource.manager.findOneBy(ValidationCaseEntity, { id: caseId });
    if (!validationCase) throw new NotFoundException(`Validation case ${caseId} not found`);
    const scopedRegion = regionOf(user);
    if (scopedRegion && scopedRegion !== validationCase.region) {
      throw new ForbiddenException(`Region ${validationCase.region} is outside your scope (${scopedRegion})`);
    }
    return validationCase;
  }
}
