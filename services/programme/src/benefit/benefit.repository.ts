import type { SqlRunner } from '@aeo/persistence';
import type { StatusType } from '@aeo/contracts';
import type { BenefitFact, DailyContribution, DecisionSide } from './benefit-fold';

/**
 * The benefit store (migration 1000). Set-based statements over arrays, one per step of a batch,
 * whatever its size; rows are locked in key order (facts, then roll-up rows), so concurrent
 * batches of the two topics never deadlock.
 */

interface FactRow {
  declaration_id: string;
  declaration_event_id: string | null;
  lodged_at: Date | null;
  region: string | null;
  customs_office: string | null;
  trader_taxpayer_id: string | null;
  customs_value: string | null;
  currency: string | null;
  decision_event_id: string | null;
  decision_id: string | null;
  decided_at: Date | null;
  channel: DecisionSide['channel'] | null;
  aeo_status_type: StatusType | null;
  benefits: string[] | null;
  priority: boolean | null;
}

const query = <T>(runner: SqlRunner, sql: string, parameters: unknown[]) =>
  runner.query(sql, parameters) as Promise<T[]>;

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function factOf(row: FactRow): BenefitFact {
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
          channel: row.channel!,
          aeoStatusType: row.aeo_status_type,
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
  const rows = await query<FactRow>(
    runner,
    `INSERT INTO declaration_benefit_facts AS f (declaration_id)
     SELECT id FROM unnest($1::text[]) AS ids(id) ORDER BY id
     ON CONFLICT (declaration_id) DO UPDATE SET declaration_id = f.declaration_id
     RETURNING f.declaration_id, f.declaration_event_id, f.lodged_at, f.region, f.customs_office, f.trader_taxpayer_id,
       f.customs_value::text AS customs_value, f.currency, f.decision_event_id, f.decision_id, f.decided_at, f.channel,
       f.aeo_status_type, f.benefits, f.priority`,
    [[...new Set(declarationIds)]],
  );
  return new Map(rows.map((row) => [row.declaration_id, factOf(row)]));
}

/** Stores the folded declarations (their rows are locked by `lockFacts` in this transaction). */
export async function saveFacts(runner: SqlRunner, facts: readonly BenefitFact[]): Promise<void> {
  if (facts.length === 0) return;
  const column = <T>(pick: (fact: BenefitFact) => T) => facts.map(pick);
  await query(
    runner,
    `UPDATE declaration_benefit_facts f SET
       declaration_event_id = u.declaration_event_id, lodged_at = u.lodged_at, region = u.region,
       customs_office = u.customs_office, trader_taxpayer_id = u.trader_taxpayer_id, customs_value = u.customs_value,
       currency = u.currency, decision_event_id = u.decision_event_id, decision_id = u.decision_id,
       decided_at = u.decided_at, channel = u.channel, aeo_status_type = u.aeo_status_type,
       benefits = CASE WHEN u.decision_event_id IS NULL THEN NULL ELSE string_to_array(u.benefits, ' ') END,
       priority = u.priority, updated_at = now()
     FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::text[], $5::text[], $6::text[], $7::numeric[], $8::text[],
       $9::text[], $10::uuid[], $11::timestamptz[], $12::text[], $13::text[], $14::text[], $15::boolean[])
       AS u(declaration_id, declaration_event_id, lodged_at, region, customs_office, trader_taxpayer_id, customs_value,
         currency, decision_event_id, decision_id, decided_at, channel, aeo_status_type, benefits, priority)
     WHERE f.declaration_id = u.declaration_id`,
    [
      column((f) => f.declarationId),
      column((f) => f.lodgement?.eventId ?? null),
      column((f) => f.lodgement?.lodgedAt ?? null),
      column((f) => f.lodgement?.region ?? null),
      column((f) => f.lodgement?.customsOffice ?? null),
      column((f) => f.lodgement?.traderTaxpayerId ?? null),
      column((f) => f.lodgement?.customsValue ?? null),
      column((f) => f.lodgement?.currency ?? null),
      column((f) => f.decision?.eventId ?? null),
      column((f) => f.decision?.decisionId ?? null),
      column((f) => f.decision?.decidedAt ?? null),
      column((f) => f.decision?.channel ?? null),
      column((f) => f.decision?.aeoStatusType ?? null),
      // Benefit names are kebab-case words (no spaces): one text per row keeps the arrays rectangular.
      column((f) => f.decision?.benefits.join(' ') ?? null),
      column((f) => f.decision?.priority ?? null),
    ],
  );
}

/** Adds the changes to the daily roll-up, summed per row and applied in key order. */
export async function addToRollup(runner: SqlRunner, changes: readonly DailyContribution[]): Promise<void> {
  if (changes.length === 0) return;
  const column = <T>(pick: (change: DailyContribution) => T) => changes.map(pick);
  await query(
    runner,
    `INSERT INTO declaration_benefit_daily AS d (day, region, aeo_group, declarations, customs_value, documentary, physical, benefited)
     SELECT day, region, aeo_group, sum(declarations), sum(customs_value), sum(documentary), sum(physical), sum(benefited)
     FROM unnest($1::timestamptz[], $2::text[], $3::text[], $4::int[], $5::numeric[], $6::int[], $7::int[], $8::int[])
       AS c(day, region, aeo_group, declarations, customs_value, documentary, physical, benefited)
     GROUP BY day, region, aeo_group
     ORDER BY day, region, aeo_group
     ON CONFLICT (day, region, aeo_group) DO UPDATE SET
       declarations = d.declarations + EXCLUDED.declarations, customs_value = d.customs_value + EXCLUDED.customs_value,
       documentary = d.documentary + EXCLUDED.documentary, physical = d.physical + EXCLUDED.physical,
       benefited = d.benefited + EXCLUDED.benefited`,
    [
      column((c) => c.day),
      column((c) => c.region),
      column((c) => c.aeoGroup),
      column((c) => c.declarations),
      column((c) => c.customsValue),
      column((c) => c.documentary),
      column((c) => c.physical),
      column((c) => c.benefited),
    ],
  );
}
