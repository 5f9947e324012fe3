import type { EntityManager } from 'typeorm';
import { type EventData, MraArrangementPhaseChanged, MraArrangementStepRecorded, type MraPhase } from '@aeo/contracts';
import type { OutboxWriter } from '@aeo/messaging';
import type { Arrangement } from './arrangements.repository';

/** A step's event, through the outbox in the caller's transaction: the phase change, or the step within the phase. */
export async function appendArrangementEvent(
  outbox: OutboxWriter,
  manager: EntityManager,
  arrangement: Arrangement,
  change: { from: MraPhase | null; to: MraPhase; step: string; by: string; at: Date; summary: string; reason?: string },
): Promise<void> {
  const key = { subject: arrangement.id, aggregateId: arrangement.id };
  if (change.from === change.to) {
    await outbox.append(manager, MraArrangementStepRecorded, {
      ...key,
      data: {
        arrangementId: arrangement.id,
        partnerCountry: arrangement.partnerCountry,
        phase: change.to,
        step: change.step,
        by: change.by,
        at: change.at.toISOString(),
        summary: change.summary,
      },
    });
    return;
  }
  const data: EventData<typeof MraArrangementPhaseChanged> = {
    arrangementId: arrangement.id,
    partnerCountry: arrangement.partnerCountry,
    partnerAdministration: arrangement.partnerAdministration,
    title: arrangement.title,
    from: change.from,
    to: change.to,
    by: change.by,
    at: change.at.toISOString(),
    ...(change.reason && { reason: change.reason }),
    ...(arrangement.terms && { terms: arrangement.terms }),
    ...(change.to === 'operational' &&
      arrangement.reviewDueAt && { reviewDueAt: arrangement.reviewDueAt.toISOString() }),
  };
  await outbox.append(manager, MraArrangementPhaseChanged, { ...key, data });
}
