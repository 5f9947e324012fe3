import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApplicationFailure } from '@temporalio/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ValidationClosed, ValidationOpened, ValidationReportReminder } from '@aeo/contracts';
import { OutboxWriter } from '@aeo/messaging';
import { recordAudit } from '@aeo/persistence';
import { FAILURE_TYPES, ValidationActivities, certificationWorkflowId } from '@aeo/workflows';
import { ValidationCaseEntity } from './validation-case.entity';
import { caseEventRef } from './case-event-ref';
import { ProgrammeProjection } from '../programme/programme.projection';
import { ValidatorsService } from '../validators/validators.service';

type Activity<K extends keyof ValidationActivities> = Parameters<ValidationActivities[K]>[0];

/**
 * Activities of the certification workflow on the validation service's data, hosted on the
 * `aeo-validation` task queue. Each is idempotent: a retry finds what the first attempt did.
 */
@Injectable()
export class ValidationWorkflowActivities implements ValidationActivities {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly programme: ProgrammeProjection,
    private readonly validators: ValidatorsService,
  ) {}

  asActivities(): ValidationActivities {
    return {
      openValidationCase: this.openValidationCase.bind(this),
      remindValidationReport: this.remindValidationReport.bind(this),
      closeValidationCase: this.closeValidationCase.bind(this),
    };
  }

  async openValidationCase(input: Activity<'openValidationCase'>): Promise<{ caseId: string }> {
    const purpose = input.purpose ?? 'certification';
    if (purpose === 'revalidation' && (!input.authorisationNumber || !input.cycle || !input.workflowId)) {
      throw ApplicationFailure.create({ type: FAILURE_TYPES.invalidInput, nonRetryable: true, message: 'A revalidation case needs authorisationNumber, cycle and workflowId' });
    }
    const caseKey = purpose === 'revalidation' ? `revalidation:${input.authorisationNumber}:${input.cycle}` : `certification:${input.applicationId}`;
    const workflowId = input.workflowId ?? certificationWorkflowId(input.applicationId);
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOneBy(ValidationCaseEntity, { caseKey });
      if (existing) return { caseId: existing.id };
      // The checklist comes from the criteria of the application's programme version; until its
      // copy has arrived from the applications service this fails and the workflow retries.
      const programme = await this.programme.find(manager, input.programmeVersion);
      if (!programme) throw new Error(`programme version ${input.programmeVersion ?? '(any)'} has not reached the validation service yet`);
      const type = programme.document.statusTypes.find((t) => t.code === input.statusType);
      if (!type) throw ApplicationFailure.create({ type: FAILURE_TYPES.notFound, nonRetryable: true, message: `status type ${input.statusType} is not in programme version ${programme.version}` });
      const caseId = randomUUID();
      const validator = await this.validators.leastBusy(manager, input.region);
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO validation_cases (id, application_id, operator_id, region, status, taxpayer_id, status_type, risk_score, risk_recommendation, site_visit_required, report_due, programme_version, assigned_validator, purpose, workflow_id, authorisation_number, cycle, case_key)
         VALUES ($1, $2, $3, $4, 'open', $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
         ON CONFLICT (case_key) DO NOTHING RETURNING id`,
        [caseId, input.applicationId, input.operatorId, input.region, input.taxpayerId, input.statusType, input.riskScore, input.riskRecommendation, input.siteVisitRequired, input.reportDue, programme.version, validator, purpose, workflowId, input.authorisationNumber ?? null, input.cycle ?? null, caseKey],
      );
      if (inserted.length === 0) return { caseId: (await manager.findOneByOrFail(ValidationCaseEntity, { caseKey })).id };
      const items = programme.document.sections.filter((section) => type.sections.includes(section.id)).flatMap((section) => section.questions.map((question) => ({ section: section.id, question })));
      await manager.query(
        `INSERT INTO checklist_items (case_id, question_id, section_id, position, text_en, text_mn)
         SELECT $1, q, s, n, en, mn FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS x(q, s, en, mn, n)`,
        [caseId, items.map((i) => i.question.id), items.map((i) => i.section), items.map((i) => i.question.text.en), items.map((i) => i.question.text.mn)],
      );
      const openedAt = new Date().toISOString();
      await this.outbox.append(manager, ValidationOpened, {
        subject: caseId,
        aggregateId: input.operatorId,
        data: {
          caseId,
          applicationId: input.applicationId,
          operatorId: input.operatorId,
          taxpayerId: input.taxpayerId,
          region: input.region,
          statusType: input.statusType,
          riskScore: input.riskScore,
          riskRecommendation: input.riskRecommendation,
          siteVisitRequired: input.siteVisitRequired,
          reportDue: input.reportDue,
          assignedValidator: validator,
          openedAt,
          ...(purpose === 'revalidation' ? { purpose, authorisationNumber: input.authorisationNumber, cycle: input.cycle } : {}),
        },
      });
      await recordAudit(manager, { actor: { sub: `system:${purpose}-workflow`, roles: ['system'] }, action: 'validation-case.opened', entityType: 'validation-case', entityId: caseId, after: { purpose, applicationId: input.applicationId, authorisationNumber: input.authorisationNumber, cycle: input.cycle, reportDue: input.reportDue, siteVisitRequired: input.siteVisitRequired, assignedValidator: validator, checklistItems: items.length } });
      return { caseId };
    });
  }

  async remindValidationReport(input: Activity<'remindValidationReport'>): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(ValidationCaseEntity, { id: input.caseId });
      if (!found) throw ApplicationFailure.create({ type: FAILURE_TYPES.notFound, nonRetryable: true, message: `Validation case ${input.caseId} not found` });
      const fresh: unknown[] = await manager.query(`INSERT INTO validation_case_notices (case_id, kind) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING kind`, [input.caseId, input.kind]);
      if (fresh.length === 0 || found.reportSubmittedAt || found.status === 'closed') return;
      await this.outbox.append(manager, ValidationReportReminder, {
        subject: found.id,
        aggregateId: found.operatorId,
        data: { ...caseEventRef(found), kind: input.kind, reportDue: input.reportDue },
      });
    });
  }

  async closeValidationCase(input: Activity<'closeValidationCase'>): Promise<{ closed: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findOne(ValidationCaseEntity, { where: { id: input.caseId }, lock: { mode: 'pessimistic_write' } });
      if (!found) throw ApplicationFailure.create({ type: FAILURE_TYPES.notFound, nonRetryable: true, message: `Validation case ${input.caseId} not found` });
      // A report already in, or a retry of this activity: nothing to close.
      if (found.status !== 'open') return { closed: false };
      const closedAt = new Date();
      const closedReason = `${input.cause}: ${input.reason}`.slice(0, 2000);
      await manager.update(ValidationCaseEntity, { id: found.id }, { status: 'closed', closedAt, closedReason, closedBy: input.closedBy });
      // The assigned validator and the operator hear of it (an announced visit will not take place).
      await this.outbox.append(manager, ValidationClosed, {
        subject: found.id,
        aggregateId: found.operatorId,
        data: { ...caseEventRef(found), cause: input.cause, reason: input.reason, closedBy: input.closedBy, closedAt: closedAt.toISOString() },
      });
      await recordAudit(manager, {
        actor: { sub: `system:${found.purpose}-workflow`, roles: ['system'] },
        action: 'validation-case.closed',
        entityType: 'validation-case',
        entityId: found.id,
        before: { status: 'open', assignedValidator: found.assignedValidator },
        after: { status: 'closed', cause: input.cause, closedBy: input.closedBy },
        reason: closedReason,
      });
      return { closed: true };
    });
  }
}
