import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Context } from '@temporalio/activity';
import { DataSource, EntityManager } from 'typeorm';
import { MraArrangementReviewDue, type MraPhase } from '@aeo/contracts';
import { OutboxWriter } from '@aeo/messaging';
import { currentCorrelationId } from '@aeo/observability';
import { recordAudit } from '@aeo/persistence';
import { boundActivities } from '@aeo/temporal';
import { type ArrangementStepRecord, type MraArrangementActivities, notFound } from '@aeo/workflows';
import { appendArrangementEvent } from './arrangement-events';
import {
  type Arrangement,
  insertArrangementRecord,
  lockArrangement,
  updateArrangement,
} from './arrangements.repository';

const WORKFLOW = 'system:mra-arrangement-workflow';

/**
 * The arrangement workflow's activities (`TASK_QUEUES.mraArrangements`). Each writes the
 * arrangement's row, its step record, the event (outbox) and the audit entry in one transaction,
 * once: the record's key is the activity's identity in its workflow run (or the reminder's review
 * date and distance), so a retry that finds it changes nothing.
 */
@Injectable()
export class ArrangementsActivities implements MraArrangementActivities {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  asActivities(): MraArrangementActivities {
    return boundActivities(this, ['recordArrangementStep', 'recordArrangementReviewDue']);
  }

  async recordArrangementStep(input: ArrangementStepRecord): Promise<void> {
    const { workflowExecution: run, activityId } = Context.current().info;
    const recordKey = `${run?.workflowId}/${run?.runId}/${activityId}`;
    await this.dataSource.transaction(async (manager) => {
      const before = await this.locked(manager, input.arrangementId);
      const at = new Date();
      const details = { ...input.details, ...(input.reason && { reason: input.reason }) };
      const fresh = await insertArrangementRecord(manager, {
        arrangementId: before.id,
        recordKey,
        step: input.step,
        fromPhase: input.from,
        toPhase: input.to,
        summary: input.summary,
        details,
        recordedBy: input.by,
        recordedAt: at,
      });
      if (!fresh) return;
      const after: Arrangement = {
        ...before,
        phase: input.to,
        terms: input.terms ?? before.terms,
        signedOn: input.signedOn ?? before.signedOn,
        reviewDueAt:
          input.reviewDueAt === undefined ? before.reviewDueAt : input.reviewDueAt ? new Date(input.reviewDueAt) : null,
        suspendedFrom: input.suspendedFrom === undefined ? before.suspendedFrom : input.suspendedFrom,
        reviewIntervalMonths: input.policy.intervalMonths,
        reminderDaysBefore: input.policy.reminderDaysBefore,
      };
      await updateArrangement(manager, after);
      await appendArrangementEvent(this.outbox, manager, after, { ...input, at });
      await recordAudit(manager, {
        actor: { sub: input.by, roles: input.byRoles },
        action: `mra-arrangement.${input.step}`,
        entityType: 'mra-arrangement',
        entityId: before.id,
        before: { phase: before.phase },
        after: { phase: after.phase, summary: input.summary, ...details },
        reason: input.reason,
        correlationId: currentCorrelationId(),
      });
    });
  }

  async recordArrangementReviewDue(input: { arrangementId: string; reviewDueAt: string; daysBefore: number }) {
    const recordKey = `review-due:${input.arrangementId}:${input.reviewDueAt}:${input.daysBefore}`;
    await this.dataSource.transaction(async (manager) => {
      const arrangement = await this.locked(manager, input.arrangementId);
      const phase = arrangement.phase as MraPhase;
      const fresh = await insertArrangementRecord(manager, {
        arrangementId: arrangement.id,
        recordKey,
        step: 'review-due',
        fromPhase: phase,
        toPhase: phase,
        summary: `periodic review due ${input.reviewDueAt.slice(0, 10)} (in ${input.daysBefore} days)`,
        details: input,
        recordedBy: WORKFLOW,
        recordedAt: new Date(),
      });
      if (!fresh) return;
      await this.outbox.append(manager, MraArrangementReviewDue, {
        subject: arrangement.id,
        aggregateId: arrangement.id,
        data: {
          arrangementId: arrangement.id,
          partnerCountry: arrangement.partnerCountry,
          title: arrangement.title,
          reviewDueAt: input.reviewDueAt,
          daysBefore: input.daysBefore,
        },
      });
    });
  }

  private async locked(manager: EntityManager, arrangementId: string): Promise<Arrangement> {
    const arrangement = await lockArrangement(manager, arrangementId);
    if (!arrangement) throw notFound(`Arrangement ${arrangementId} not found`);
    return arrangement;
  }
}
