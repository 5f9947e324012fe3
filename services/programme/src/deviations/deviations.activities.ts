import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApplicationFailure } from '@temporalio/common';
import { DataSource } from 'typeorm';
import { OutboxWriter } from '@aeo/messaging';
import { boundActivities } from '@aeo/temporal';
import { currentCorrelationId } from '@aeo/observability';
import { recordAudit } from '@aeo/persistence';
import {
  closureOutcomeOf,
  type DeviationStepRecord,
  FAILURE_TYPES,
  type ImprovementAction,
  type ProgrammeDeviationActivities,
} from '@aeo/workflows';
import { appendDeviationEvent } from './deviation-events';
import { type DeviationCase, insertCase, insertCaseRecord, lockCase, updateCase } from './deviations.repository';

/** The case's row as `record` leaves it: the phase, the analysis, the actions and the outcome. */
export function caseAfterStep(before: DeviationCase, record: DeviationStepRecord, at: Date): DeviationCase {
  const details = record.details as Record<string, unknown>;
  const after: DeviationCase = { ...before, phase: record.to, actions: [...before.actions], updatedAt: at };
  switch (record.step) {
    case 'record-analysis':
      after.rootCause = String(details['rootCause']);
      after.owner = String(details['owner']);
      break;
    case 'record-plan':
    case 'replan': {
      const superseded = new Set(details['superseded'] as string[]);
      after.actions = after.actions.map((action) =>
        superseded.has(action.actionId) ? { ...action, status: 'superseded' as const } : action,
      );
      after.actions.push(...(details['actions'] as ImprovementAction[]));
      break;
    }
    case 'report-action-done':
      after.actions = after.actions.map((action) =>
        action.actionId === details['actionId']
          ? { ...action, status: 'done' as const, doneAt: at.toISOString(), doneBy: record.by }
          : action,
      );
      break;
    case 'assess-period':
      after.latestValue = Number(details['value']);
      break;
  }
  if (record.to === 'closed') {
    after.outcome = closureOutcomeOf(record.step);
    after.closedAt = at;
  }
  return after;
}

/**
 * The deviation workflow's activity (`TASK_QUEUES.programme`): each step writes the case's row,
 * its record, the event (outbox) and the audit entry in one transaction, once: the record's key
 * is the case and the step's number in it, so a retry that finds it changes nothing.
 */
@Injectable()
export class DeviationsActivities implements ProgrammeDeviationActivities {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  asActivities(): ProgrammeDeviationActivities {
    return boundActivities(this, ['recordDeviationStep']);
  }

  async recordDeviationStep(input: DeviationStepRecord): Promise<void> {
    const caseId = input.workflowId;
    await this.dataSource.transaction(async (manager) => {
      const at = new Date();
      if (input.step === 'open')
        await insertCase(manager, {
          caseId,
          kpiId: input.kpiId,
          scope: input.scope,
          statusType: input.statusType ?? null,
          period: input.period,
          value: Number((input.details as { value?: number }).value),
          threshold: input.threshold,
          at,
        });
      const before = await lockCase(manager, caseId);
      if (!before)
        throw ApplicationFailure.create({
          type: FAILURE_TYPES.notFound,
          nonRetryable: true,
          message: `Deviation case ${caseId} not found`,
        });
      // A second run under the case's id (its first run's history past retention): its steps would
      // all find earlier numbers recorded and be lost, so it fails at once instead.
      if (input.step === 'open' && before.phase !== 'opened')
        throw ApplicationFailure.create({
          type: FAILURE_TYPES.illegalTransition,
          nonRetryable: true,
          message: `Deviation case ${caseId} was opened before and is ${before.phase}: a case is never opened twice`,
        });
      const fresh = await insertCaseRecord(manager, {
        caseId,
        sequence: input.sequence,
        step: input.step,
        from: input.from,
        to: input.to,
        summary: input.summary,
        details: input.details,
        by: input.by,
        at,
      });
      if (!fresh) return;
      const after = caseAfterStep(before, input, at);
      await updateCase(manager, { ...after, at });
      await appendDeviationEvent(this.outbox, manager, after, input, at);
      await recordAudit(manager, {
        actor: { sub: input.by, roles: input.byRoles },
        action: `programme-deviation.${input.step}`,
        entityType: 'programme-deviation',
        entityId: caseId,
        before: { phase: before.phase },
        after: { phase: after.phase, summary: input.summary, ...input.details },
        correlationId: currentCorrelationId(),
      });
    });
  }
}
