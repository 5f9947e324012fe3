import { runSql, type SqlRunner } from '@aeo/persistence';
import type { StatusType } from '@aeo/contracts';
import type { BenefitFact, DailyContribution, DecisionSide } from './benefit-fold';
import * as sql from './benefit.queries';

/**
 * The benefit store (migration 1000), typed SQL in benefit.sql. Set-based statements over arrays,
 * one per step of a batch, whatever its size; rows are written in key order (facts, then roll-up
 * rows), so concurrent batches of the two topics never deadlock.
 */

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function factOf(row: sql.IUpsertLodgementsResult): BenefitFact {
  return {
    declarationId: row.declaration_id,
    lodgement: row.declaration_event_id
      ? {
          eventId: row.declaration_event_id,
          lodgedAt: iso(row.lodged_at)!,
          region: row.region!,
          customsOffice: row.customs_office!,
          traderTaxpayerId: row.trader_taxpayer_id!,
          customsValue: row.customs_value!,
          currency: row.currency!,
        }
      : null,
    decision: row.decision_event_id
      ? {
          eventId: row.decision_event_id,
          decisionId: row.decision_id!,
          decidedAt: iso(row.decided_at)!,
          channel: row.channel as DecisionSide['channel'],
          aeoStatusType: row.aeo_status_type as StatusType | null,
          benefits: row.benefits ?? [],
          priority: row.priority ?? false,
        }
      : null,
  };
}

/** The side of a declaration a batch sets (a batch is of one event type). */
export type BenefitSide = 'lodgement' | 'decision';

/**
 * Sets one side of the declarations in one statement, one row version each: a new declaration is
 * inserted, a stored one takes the side only when it is earlier than the one it holds (the rule of
 * `withLodgement` and `withDecision`, applied by the statement under the row's lock, so a
 * concurrent batch of the other topic is seen). Each declaration once (the batch's repeats merged
 * before); facts without that side are left out. Returns the stored declarations whose side was
 * replaced, as they were before: only those can move the roll-up.
 */
export async function upsertSide(
  runner: SqlRunner,
  side: BenefitSide,
  facts: readonly BenefitFact[],
): Promise<BenefitFact[]> {
  if (side === 'lodgement') {
    const rows = facts.flatMap((f) => (f.lodgement ? [{ declarationId: f.declarationId, ...f.lodgement }] : []));
    if (rows.length === 0) return [];
    const column = <T>(pick: (row: (typeof rows)[number]) => T) => rows.map(pick);
    const replaced = await runSql(
      sql.upsertLodgements,
      {
        declarationIds: column((r) => r.declarationId),
        eventIds: column((r) => r.eventId),
        lodgedAts: column((r) => r.lodgedAt),
        regions: column((r) => r.region),
        customsOffices: column((r) => r.customsOffice),
        traderTaxpayerIds: column((r) => r.traderTaxpayerId),
        customsValues: column((r) => r.customsValue),
        currencies: column((r) => r.currency),
      },
      runner,
    );
    return replaced.map(factOf);
  }
  const rows = facts.flatMap((f) => (f.decision ? [{ declarationId: f.declarationId, ...f.decision }] : []));
  if (rows.length === 0) return [];
  const column = <T>(pick: (row: (typeof rows)[number]) => T) => rows.map(pick);
  const replaced = await runSql(
    sql.upsertDecisions,
    {
      declarationIds: column((r) => r.declarationId),
      eventIds: column((r) => r.eventId),
      decisionIds: column((r) => r.decisionId),
      decidedAts: column((r) => r.decidedAt),
      channels: column((r) => r.channel),
      aeoStatusTypes: column((r) => r.aeoStatusType ?? ''),
      // Benefit names are kebab-case words (no spaces): one text per row keeps the arrays rectangular.
      benefits: column((r) => r.benefits.join(' ')),
      priorities: column((r) => r.priority),
    },
    runner,
  );
  return replaced.map(factOf);
}

/** Adds the changes to the daily roll-up, summed per row and applied in key order. */
export async function addToRollup(runner: SqlRunner, changes: readonly DailyContribution[]): Promise<void> {
  if (changes.length === 0) return;
  const column = <T>(pick: (change: DailyContribution) => T) => changes.map(pick);
  await runSql(
    sql.addToRollup,
    {
      days: column((c) => c.day),
      regions: column((c) => c.region),
      aeoGroups: column((c) => c.aeoGroup),
      declarations: column((c) => c.declarations),
      customsValues: column((c) => c.customsValue),
      documentary: column((c) => c.documentary),
      physical: column((c) => c.physical),
      benefited: column((c) => c.benefited),
    },
    runner,
  );
}
