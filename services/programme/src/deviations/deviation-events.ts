import type { EntityManager } from 'typeorm';
import {
  type EventDefinition,
  ProgrammeDeviationAnalysed,
  ProgrammeDeviationClosed,
  ProgrammeDeviationDismissed,
  ProgrammeDeviationEscalated,
  ProgrammeDeviationOpened,
  ProgrammeDeviationPlanned,
  ProgrammeDeviationStepRecorded,
} from '@aeo/contracts';
import type { OutboxWriter } from '@aeo/messaging';
import { closureOutcomeOf, type DeviationStepRecord, type ImprovementAction } from '@aeo/workflows';
import type { DeviationCase } from './deviations.repository';

const actionOf = ({ actionId, description, owner, dueDate }: ImprovementAction) => ({
  actionId,
  description,
  owner,
  dueDate,
});

/**
 * A step's event, through the outbox in the caller's transaction, keyed by the case: the opening,
 * the analysis, a plan, an escalation, the closure and a dismissal each have their own event; the other steps
 * (implementation started, an action done, a period assessed) are a step recorded.
 */
export async function appendDeviationEvent(
  outbox: OutboxWriter,
  manager: EntityManager,
  after: DeviationCase,
  record: DeviationStepRecord,
  at: Date,
): Promise<void> {
  const ref = {
    caseId: after.caseId,
    kpiId: after.kpiId,
    scope: after.scope,
    ...(after.statusType && { statusType: after.statusType }),
    period: after.period,
    by: record.by,
    at: at.toISOString(),
  };
  const details = record.details as Record<string, unknown>;
  const append = async <E extends EventDefinition>(definition: E, data: Record<string, unknown>): Promise<void> => {
    await outbox.append(manager, definition, { subject: after.caseId, aggregateId: after.caseId, data: data as never });
  };
  if (record.step === 'open')
    return append(ProgrammeDeviationOpened, { ...ref, value: after.value, threshold: after.threshold });
  if (record.step === 'record-analysis')
    return append(ProgrammeDeviationAnalysed, { ...ref, rootCause: details['rootCause'], owner: details['owner'] });
  if (record.step === 'record-plan' || record.step === 'replan')
    return append(ProgrammeDeviationPlanned, {
      ...ref,
      replan: record.step === 'replan',
      actions: (details['actions'] as ImprovementAction[]).map(actionOf),
      superseded: details['superseded'] ?? [],
      ...(typeof details['decision'] === 'string' && { decision: details['decision'] }),
    });
  if (record.step === 'escalate')
    return append(ProgrammeDeviationEscalated, { ...ref, action: actionOf(details['action'] as ImprovementAction) });
  if (record.step === 'dismiss')
    return append(ProgrammeDeviationDismissed, { ...ref, from: record.from, reason: details['reason'] });
  if (record.to === 'closed')
    return append(ProgrammeDeviationClosed, {
      ...ref,
      outcome: closureOutcomeOf(record.step),
      ...(typeof details['decision'] === 'string' && { decision: details['decision'] }),
    });
  return append(ProgrammeDeviationStepRecorded, {
    ...ref,
    step: record.step,
    from: record.from,
    to: record.to,
    summary: record.summary,
  });
}
