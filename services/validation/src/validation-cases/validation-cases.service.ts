import {
  ConflictException,
  Injectable,
  ServiceUnavailableException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { ValidationReportSubmitted } from '@aeo/contracts';
import { AuthenticatedUser, regionOf } from '@aeo/auth';
import { OutboxWriter } from '@aeo/messaging';
import { takeHumanStepOnce } from '@aeo/persistence';
import { foundOr404 } from '@aeo/service-kit';
import { validationReportSignal } from '@aeo/workflows';
import type { ValidationCase } from './validation-case';
import {
  auditCase,
  findValidationCase,
  listValidationCases,
  lockValidationCase,
  reassignValidationCase,
  submitValidationReport,
} from './validation-cases.repository';
import { shareLockValidator } from '../validators/validators.repository';
import { ExaminationService } from '../examination/examination.service';
import type {
  ListValidationCasesQuery,
  ValidationCaseAssignmentDto,
  ValidationReportDto,
} from './validation-case.schemas';
import { assertAssignedValidator, caseInScope } from './case-access';

@Injectable()
export class ValidationCasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly temporal: Client,
    private readonly examination: ExaminationService,
  ) {}

  /**
   * The validator's report: stored with its event and audit entry and handed to the case's
   * workflow in one step (libs/persistence `takeHumanStepOnce`), which moves on to the
   * executive's decision. Submitted once: the same report again answers as the first time and
   * is not handed over again; another report gets 409 saying when and by whom it was submitted.
   * A failed hand-over records nothing, so the report can be submitted again.
   */
  async submitReport(user: AuthenticatedUser, caseId: string, body: ValidationReportDto): Promise<ValidationCase> {
    await assertAssignedValidator(this.dataSource.manager, user, await this.get(user, caseId));
    const step = {
      subjectType: 'validation-case',
      subjectId: caseId,
      step: 'report',
      request: body,
      actor: user.sub,
      summary: `report submitted (${body.recommendation})`,
    };
    const { answer } = await takeHumanStepOnce(this.dataSource, step, async (manager) => {
      const found = await this.caseIn(manager, caseId, { lock: true });
      await assertAssignedValidator(manager, user, found);
      if (found.status === 'closed')
        throw new ConflictException(
          `Validation case ${caseId} was closed on ${found.closedAt?.toISOString()}: ${found.closedReason}`,
        );
      if (found.reportSubmittedAt)
        throw new ConflictException(
          `The report of case ${caseId} was submitted on ${found.reportSubmittedAt.toISOString()} by ${found.reportSubmittedBy}`,
        );
      const issues = await this.examination.readiness(manager, found, body.recommendation);
      if (issues.length)
        throw new UnprocessableEntityException({
          statusCode: 422,
          error: 'Unprocessable Entity',
          message: `The report cannot be submitted yet: ${issues.join('; ')}`,
          issues,
        });
      const now = new Date();
      await submitValidationReport(manager, caseId, {
        recommendation: body.recommendation,
        conditions: body.conditions,
        summary: body.summary,
        submittedBy: user.sub,
        submittedAt: now,
      });
      await this.outbox.append(manager, ValidationReportSubmitted, {
        subject: caseId,
        aggregateId: found.operatorId,
        data: {
          caseId,
          applicationId: found.applicationId,
          operatorId: found.operatorId,
          taxpayerId: found.taxpayerId ?? 'unknown',
          region: found.region,
          statusType: found.statusType ?? 'AEOF',
          recommendation: body.recommendation,
          conditions: body.conditions,
          submittedBy: user.sub,
          submittedAt: now.toISOString(),
        },
      });
      await auditCase(manager, user, caseId, {
        action: 'validation-case.report-submitted',
        before: { status: found.status },
        after: { status: 'reported', recommendation: body.recommendation },
        reason: body.summary,
      });
      try {
        await this.temporal.workflow.getHandle(found.workflowId).signal(validationReportSignal, {
          caseId,
          recommendation: body.recommendation,
          conditions: body.conditions,
          summary: body.summary,
          submittedBy: user.sub,
        });
      } catch (error) {
        if (error instanceof WorkflowNotFoundError)
          throw new ConflictException(`The ${found.purpose} workflow ${found.workflowId} is not running`);
        throw new ServiceUnavailableException(
          `Workflow service unavailable (${(error as Error).message}); nothing was recorded: submit the report again`,
        );
      }
      return this.caseIn(manager, caseId, { lock: false });
    });
    return answer;
  }

  /**
   * Reassigns an open case to another active validator of its region (the region's office, or
   * operations), audited; from then on only the new validator acts on it. The same validator
   * again changes nothing. 409 once the case is reported or closed; 422 naming `validator` when
   * it is not an active validator of the case's region.
   */
  async assign(user: AuthenticatedUser, caseId: string, body: ValidationCaseAssignmentDto): Promise<ValidationCase> {
    await this.get(user, caseId);
    return this.dataSource.transaction(async (manager) => {
      const found = await this.caseIn(manager, caseId, { lock: true });
      if (found.status !== 'open')
        throw new ConflictException(`Validation case ${caseId} is ${found.status}; it can no longer be reassigned`);
      const validator = await shareLockValidator(manager, body.validator);
      if (!validator || !validator.active || validator.region !== found.region) {
        const why = !validator
          ? 'is not registered'
          : !validator.active
            ? 'is inactive'
            : `is a validator of ${validator.region}`;
        throw new UnprocessableEntityException(
          `validator: ${body.validator} ${why}; case ${caseId} is assigned to an active validator of ${found.region}`,
        );
      }
      if (found.assignedValidator === body.validator) return found;
      await reassignValidationCase(manager, caseId, body.validator);
      await auditCase(manager, user, caseId, {
        action: 'validation-case.reassigned',
        before: { assignedValidator: found.assignedValidator },
        after: { assignedValidator: body.validator },
        reason: body.reason,
      });
      return this.caseIn(manager, caseId, { lock: false });
    });
  }

  /** Regional staff see the cases of their region; national roles see all. Newest first. */
  async list(user: AuthenticatedUser, query: ListValidationCasesQuery): Promise<ValidationCase[]> {
    return listValidationCases(this.dataSource, { region: regionOf(user) || null, limit: query.limit });
  }

  /** One case in the caller's scope (its region for regional staff). */
  get(user: AuthenticatedUser, caseId: string): Promise<ValidationCase> {
    return caseInScope(this.dataSource, user, caseId);
  }

  /** The case as the transaction sees it, locked until the transaction ends with `lock`; it exists (it was read in scope before the transaction). */
  private caseIn(manager: EntityManager, caseId: string, { lock }: { lock: boolean }): Promise<ValidationCase> {
    const found = lock ? lockValidationCase(manager, caseId) : findValidationCase(manager, caseId);
    return foundOr404(found, `Validation case ${caseId}`);
  }
}
