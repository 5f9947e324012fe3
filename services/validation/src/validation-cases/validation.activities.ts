import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ValidationClosed, ValidationOpened, ValidationReportReminder } from '@aeo/contracts';
import { OutboxWriter } from '@aeo/messaging';
import { recordAudit } from '@aeo/persistence';
import { boundActivities } from '@aeo/temporal';
import { ValidationActivities, certificationWorkflowId, invalidInput, notFound } from '@aeo/workflows';
import {
  closeValidationCase,
  findValidationCase,
  findValidationCaseIdByKey,
  insertValidationCase,
  lockValidationCase,
  recordCaseNotice,
} from './validation-cases.repository';
import { insertChecklist } from '../examination/examination.repository';
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
    return boundActivities(this, ['openValidationCase', 'remindValidationReport', 'closeValidationCase']);
  }

  async openValidationCase(input: Activity<'openValidationCase'>): Promise<{ caseId: string }> {
    const purpose = input.purpose ?? 'certification';
    if (purpose === 'revalidation' && (!input.authorisationNumber || !input.cycle || !input.workflowId)) {
      throw invalidInput('A revalidation case needs authorisationNumber, cycle and workflowId');
    }
    const caseKey =
      purpose === 'revalidation'
        ? `revalidation:${input.authorisationNumber}:${input.cycle}`
        : `certification:${input.applicationId}`;
    const workflowId = input.workflowId ?? certificationWorkflowId(input.applicationId);
    return this.dataSource.transaction(async (manager) => {
      const existing = await findValidationCaseIdByKey(manager, caseKey);
      if (existing) return { caseId: existing };
      // The checklist comes from the criteria of the application's programme version; until its
      // copy has arrived from the applications service this fails and the workflow retries.
      const programme = await this.programme.find(manager, input.programmeVersion);
      if (!programme)
        throw new Error(
          `programme version ${input.programmeVersion ?? '(any)'} has not reached the validation service yet`,
        );
      const type = programme.document.statusTypes.find((t) => t.code === input.statusType);
      if (!type) throw notFound(`status type ${input.statusType} is not in programme version ${programme.version}`);
      const caseId = randomUUID();
      const validator = await this.validators.leastBusy(manager, input.region);
      const inserted = await insertValidationCase(manager, {
        id: caseId,
        applicationId: input.applicationId,
        operatorId: input.operatorId,
        region: input.region,
        taxpayerId: input.taxpayerId,
        statusType: input.statusType,
        riskScore: input.riskScore,
        riskRecommendation: input.riskRecommendation,
        siteVisitRequired: input.siteVisitRequired,
        reportDue: input.reportDue,
        programmeVersion: programme.version,
        assignedValidator: validator,
        purpose,
        workflowId,
        authorisationNumber: input.authorisationNumber ?? null,
        cycle: input.cycle ?? null,
        caseKey,
      });
      if (!inserted) {
        const winner = await findValidationCaseIdByKey(manager, caseKey);
        if (!winner) throw new Error(`validation case ${caseKey} was opened concurrently but is not visible`);
        return { caseId: winner };
      }
      const items = programme.document.sections
        .filter((section) => type.sections.includes(section.id))
        .flatMap((section) => section.questions.map((question) => ({ section: section.id, question })));
      await insertChecklist(
        manager,
        caseId,
        items.map((item) => ({ questionId: item.question.id, sectionId: item.section, text: item.question.text })),
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
          ...(purpose === 'revalidation'
            ? { purpose, authorisationNumber: input.authorisationNumber, cycle: input.cycle }
            : {}),
        },
      });
      await recordAudit(manager, {
        actor: { sub: `system:${purpose}-workflow`, roles: ['system'] },
        action: 'validation-case.opened',
        entityType: 'validation-case',
        entityId: caseId,
        after: {
          purpose,
          applicationId: input.applicationId,
          authorisationNumber: input.authorisationNumber,
          cycle: input.cycle,
          reportDue: input.reportDue,
          siteVisitRequired: input.siteVisitRequired,
          assignedValidator: validator,
          checklistItems: items.length,
        },
      });
      return { caseId };
    });
  }

  async remindValidationReport(input: Activity<'remindValidationReport'>): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const found = await findValidationCase(manager, input.caseId);
      if (!found) throw notFound(`Validation case ${input.caseId} not found`);
      const fresh = await recordCaseNotice(manager, input.caseId, input.kind);
      if (!fresh || found.reportSubmittedAt || found.status === 'closed') return;
      await this.outbox.append(manager, ValidationReportReminder, {
        subject: found.id,
        aggregateId: found.operatorId,
        data: { ...caseEventRef(found), kind: input.kind, reportDue: input.reportDue },
      });
    });
  }

  async closeValidationCase(input: Activity<'closeValidationCase'>): Promise<{ closed: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      const found = await lockValidationCase(manager, input.caseId);
      if (!found) throw notFound(`Validation case ${input.caseId} not found`);
      // A report already in, or a retry of this activity: nothing to close.
      if (found.status !== 'open') return { closed: false };
      const closedAt = new Date();
      const closedReason = `${input.cause}: ${input.reason}`.slice(0, 2000);
      await closeValidationCase(manager, found.id, { closedAt, closedReason, closedBy: input.closedBy });
      // The assigned validator and the operator hear of it (an announced visit will not take place).
      await this.outbox.append(manager, ValidationClosed, {
        subject: found.id,
        aggregateId: found.operatorId,
        data: {
          ...caseEventRef(found),
          cause: input.cause,
          reason: input.reason,
          closedBy: input.closedBy,
          closedAt: closedAt.toISOString(),
        },
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
