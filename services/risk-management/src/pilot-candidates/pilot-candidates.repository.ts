import { runSql, type SqlRunner } from '@aeo/persistence';
import type { TraderActivity } from './pilot-ranking';
import { sumTraderActivity as sumActivity } from './pilot-candidates.queries';

/**
 * Every trader's declarations, customs value and duties of the last `windowDays` days, with its
 * serious or critical infringements of the last `exclusionYears` years and its AEO status (e.g.
 * `AEOF granted`, null when it has none) and the dates its grant and its status take effect.
 */
export async function sumTraderActivity(
  runner: SqlRunner,
  windowDays: number,
  exclusionYears: number,
): Promise<TraderActivity[]> {
  const rows = await runSql(sumActivity, { windowDays, exclusionYears }, runner);
  return rows.map((row) => ({
    taxpayerId: row.taxpayer_id,
    declarations: Number(row.declarations),
    customsValue: Number(row.customs_value),
    duties: Number(row.duties),
    seriousInfringements: Number(row.serious),
    aeoStatus: row.aeo_status,
    aeoEffectiveFrom: row.aeo_effective_from,
    aeoStatusEffectiveFrom: row.aeo_status_effective_from,
  }));
}
