import { complianceSeverity } from '@aeo/contracts';
import { runSql, type SqlRunner } from '@aeo/persistence';
import { joinedAeoStatusRecord } from '../../aeo-status/aeo-status.repository';
import type { StoredTrader, TraderFacts } from './trader-ledger';
import { findTraderFacts as traderFacts } from './transactional-decider.queries';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * One read for a batch's traders: each one's facts (compliance, the register now, the stored score),
 * and, for those in `load` (not in the decider's ledger yet), the stored declarations the ledger
 * starts from (the total and the daily buckets of the last 365 days on).
 */
export async function findTraderFacts(
  runner: SqlRunner,
  taxpayerIds: readonly string[],
  load: readonly string[],
  now: Date,
  horizonDays: number,
): Promise<{ facts: Map<string, TraderFacts>; stored: StoredTrader[] }> {
  if (taxpayerIds.length === 0) return { facts: new Map(), stored: [] };
  const rows = await runSql(
    traderFacts,
    {
      taxpayerIds: [...taxpayerIds],
      loadIds: [...load],
      now,
      horizonDays,
      // The windows end on today (UTC) and reach 364 days back.
      fromDay: new Date(now.getTime() - 364 * DAY_MS).toISOString().slice(0, 10),
    },
    runner,
  );
  const loading = new Set(load);
  const facts = new Map<string, TraderFacts>();
  const stored: StoredTrader[] = [];
  for (const row of rows) {
    facts.set(row.taxpayer_id, {
      compliance: row.compliance_severities.map((severity, index) => ({
        severity: complianceSeverity.parse(severity),
        occurredAt: row.compliance_occurred_ats[index]!,
      })),
      aeoStatus: joinedAeoStatusRecord(row, 'aeo_'),
      storedScore: row.risk_score === null ? null : Number(row.risk_score),
      storedScoredAt: row.scored_at,
    });
    if (loading.has(row.taxpayer_id))
      stored.push({
        taxpayerId: row.taxpayer_id,
        declarationsTotal: Number(row.declarations_total),
        riskScore: row.risk_score === null ? null : Number(row.risk_score),
        scoredAt: row.scored_at,
        days: (row.days ?? []).map((day, index) => ({
          day,
          declarations: row.day_declarations![index]!,
          customsValue: Number(row.day_customs_values![index]),
          duties: Number(row.day_duties![index]),
        })),
      });
  }
  return { facts, stored };
}
