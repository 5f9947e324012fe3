import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApplicationFailure } from '@temporalio/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ValidationOpened, ValidationReportReminder } from '@aeo/contracts';
import { OutboxWriter } from '@aeo/messaging';
import { recordAudit } from '@aeo/persistence';
import { FAILURE_TYPES, ValidationActivities } from '@aeo/workflows';
import { ValidationCaseEntity } from './validation-case.entity';

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
  ) {}

  asActivities(): ValidationActivities {
    return { openValidationCase: this.openValidationCase.bind(this), remindValidationReport: this.remindValidationReport.bind(this) };
  }

  async openValidationCase(input: Activity<'openValidationCase'>): Promise<{ caseId: string }> {
    return this.dataSource.transaction(async (manager) => {
      const caseId = randomUUID();
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO validation_cases (id, application_id, operator_id, region, status, taxpayer_id, status_type, risk_score, risk_recommendation, site_visit_required, report_due)
         VALUES ($1, $2, $3, $4, 'open', $5, $6, $7, $8, $9, $10)
         ON CONFLICT (application_id) DO NOTHING RETURNING id`,
        [caseId, input.applicationId, input.operatorId, input.region, input.taxpayerId, input.statusType, input.riskScore, input.riskRecommendation, input.siteVisitRequired, input.reportDue],
      );
      if (inserted.length === 0) {
        const existing = await manager.findOneByOrFail(ValidationCaseEntity, { applicationId: input.applicationId });
        return { caseId: existing.id };
      }
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
          openedAt,
        },
      });
      await recordAudit(manager, { actor: { sub: 'system:certification-workflow', roles: ['system'] }, action: 'validation-case.opened', entityType: 'validation-case', entityId: caseId, after: { applicationId: input.applicationId, reportDue: input.reportDue, siteVisitRequired: input.siteVisitRequired } });
      return { caseId };
    });
  }

  async remindValidationReport(input: Activity<'remindValidationReport'>): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(ValidationCaseEntity, { id: input.caseId });
      if (!found) throw ApplicationFailure.create({ type: FAILURE_TYPES.notFound, nonRetryable: true, message: `Validation case ${input.caseId} not found` });
      const fresh: unknown[] = await manager.query(`INSERT INTO validation_case_notices (case_id, kind) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING kind`, [input.caseId, input.kind]);
      if (fresh.length === 0 || found.reportSubmittedAt) return;
      await this.outbox.append(manager, ValidationReportReminder, {
        subject: found.id,
        aggregateId: found.operatorId,
        data: { caseId: found.id, applicationId: found.applicationId, operatorId: found.operatorId, taxpayerId: found.taxpayerId ?? 'unknown', region: found.region, statusType: found.statusType ?? 'AEOF', kind: input.kind, reportDue: input.reportDue },
      });
    });
  }
}
