import { runSql, type SqlRunner } from '@aeo/persistence';
import type { StatusType } from '@aeo/contracts';
import type { BenefitFact, DailyContribution, DecisionSide } from './benefit-fold';
import * as sql from './benefit.queries';

/**
 * The benefit store (migration 1000), typed SQL in benefit.sql. Set-based statements over arrays,
 * one per step of a batch, whatever its size; rows are locked in key order (facts, then roll-up
 * rows), so concurrent batches of the two topics never deadlock.
 */

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function factOf(row: sql.ILockFactsResult): BenefitFact {
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

/**
 * Locks the declarations' rows (created empty when new) in key order and returns them as stored:
 * a batch of the other topic folding the same declaration waits for this transaction.
 */
export async function lockFacts(
  runner: SqlRunner,
  declarationIds: readonly string[],
): Promise<Map<string, BenefitFact>> {
  const rows = await runSql(sql.lockFacts, { declarationIds: [...new Set(declarationIds)] }, runner);
  return new Map(rows.map((row) => [row.declaration_id, factOf(row)]));
}

/** Stores the folded declarations (their rows are locked by `lockFacts` in this transaction); '' is a side not yet known. */
export async function saveFacts(runner: SqlRunner, facts: readonly BenefitFact[]): Promise<void> {
  if (facts.length === 0) return;
  const column = <T>(pick: (fact: BenefitFact) => T) => facts.map(pick);
  await runSql(
    sql.saveFacts,
    {
      declarationIds: column((f) => f.declarationId),
      declarationEventIds: column((f) => f.lodgement?.eventId ?? ''),
      lodgedAts: column((f) => f.lodgement?.lodgedAt ?? ''),
      regions: column((f) => f.lodgement?.region ?? ''),
      customsOffices: column((f) => f.lodgement?.customsOffice ?? ''),
      traderTaxpayerIds: column((f) => f.lodgement?.traderTaxpayerId ?? ''),
      customsValues: column((f) => f.lodgement?.customsValue ?? ''),
      currencies: column((f) => f.lodgement?.currency ?? ''),
      decisionEventIds: column((f) => f.decision?.eventId ?? ''),
      decisionIds: column((f) => f.decision?.decisionId ?? ''),
      decidedAts: column((f) => f.decision?.decidedAt ?? ''),
      channels: column((f) => f.decision?.channel ?? ''),
      aeoStatusTypes: column((f) => f.decision?.aeoStatusType ?? ''),
      // Benefit names are kebab-case words (no spaces): one text per row keeps the arrays rectangular.
      benefits: column((f) => f.decision?.benefits.join(' ') ?? ''),
      priorities: column((f) => f.decision?.priority ?? false),
    },
    runner,
  );
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
