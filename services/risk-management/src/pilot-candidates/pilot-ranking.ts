import type { PilotCandidate, PilotRanking, RankingWeights } from './pilot-ranking.response';

/**
 * Pilot candidate ranking (programme design, pilot phase): the operators with the most
 * declarations, the highest customs value and the highest revenue contribution, excluding
 * those with serious infringements. Each metric is taken as the trader's share of the total
 * over the window, so the weights compare like with like; the weights are the policy unit's.
 */
export interface TraderActivity {
  taxpayerId: string;
  declarations: number;
  customsValue: number;
  duties: number;
  /** Serious or critical compliance events inside the exclusion window. */
  seriousInfringements: number;
  aeoStatus: string | null;
  /** When the grant takes effect (nothing is in force before it, whatever its status says). */
  aeoEffectiveFrom?: Date | null;
  /** When the current status (a suspension, reinstatement, revocation or surrender) takes effect. */
  aeoStatusEffectiveFrom?: Date | null;
}

/** A day as the API writes dates: `YYYY-MM-DD`, UTC. */
const day = (date: Date) => date.toISOString().slice(0, 10);

/** What of the trader's AEO status is not in force at `now`, and whether it ends the authorisation. */
function aeoStanding(trader: TraderActivity, now: Date) {
  const notYet = trader.aeoEffectiveFrom && trader.aeoEffectiveFrom > now ? trader.aeoEffectiveFrom : null;
  const changeLater =
    trader.aeoStatusEffectiveFrom && trader.aeoStatusEffectiveFrom > now ? trader.aeoStatusEffectiveFrom : null;
  const ended = / (revoked|surrendered)$/.test(trader.aeoStatus ?? '');
  return { notYet, changeLater, ended };
}

/**
 * The trader's AEO status as a reader takes it: `AEOF granted`, `AEOF granted, effective from
 * 2027-01-15` (the grant not in force yet), `AEOS revoked, effective from 2027-02-01` (the change
 * not in force yet), `AEOC revoked before taking effect`.
 */
function statusText(trader: TraderActivity, now: Date): string | null {
  if (!trader.aeoStatus) return null;
  const { notYet, changeLater, ended } = aeoStanding(trader, now);
  if (notYet && ended) return `${trader.aeoStatus} before taking effect`;
  if (notYet) return `${trader.aeoStatus}, effective from ${day(notYet)}`;
  if (changeLater) return `${trader.aeoStatus}, effective from ${day(changeLater)}`;
  return trader.aeoStatus;
}

/** What the trader's AEO status means for a pilot, in words: an AEO already, from a later day, until one, or not (any longer). */
function aeoReason(trader: TraderActivity, now: Date): string {
  const { notYet, changeLater, ended } = aeoStanding(trader, now);
  const text = statusText(trader, now);
  if (notYet && ended) return `not an AEO (${text})`;
  if (notYet) return `AEO from ${day(notYet)}, not yet in force (${text})`;
  if (ended && changeLater) return `AEO until ${day(changeLater)} (${text})`;
  if (ended) return `former AEO (${text})`;
  return `already AEO (${text})`;
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

export function rankPilotCandidates(
  activity: TraderActivity[],
  weights: RankingWeights,
  limit: number,
  now = new Date(),
): PilotRanking {
  const weightSum = weights.volume + weights.value + weights.revenue;
  if (!(weightSum > 0)) throw new RangeError('at least one ranking weight must be positive');
  const total = activity.reduce(
    (sum, trader) => ({
      declarations: sum.declarations + trader.declarations,
      customsValue: sum.customsValue + trader.customsValue,
      duties: sum.duties + trader.duties,
    }),
    { declarations: 0, customsValue: 0, duties: 0 },
  );
  const share = (value: number, of: number) => (of > 0 ? value / of : 0);
  const excluded: PilotRanking['excluded'] = [];
  const scored: Omit<PilotCandidate, 'rank'>[] = [];
  for (const trader of activity) {
    if (trader.seriousInfringements > 0) {
      excluded.push({
        taxpayerId: trader.taxpayerId,
        reason: `${trader.seriousInfringements} serious or critical infringement(s) in the exclusion window`,
      });
      continue;
    }
    const shares = {
      declarations: share(trader.declarations, total.declarations),
      customsValue: share(trader.customsValue, total.customsValue),
      duties: share(trader.duties, total.duties),
    };
    const score =
      (weights.volume * shares.declarations + weights.value * shares.customsValue + weights.revenue * shares.duties) /
      weightSum;
    scored.push({
      taxpayerId: trader.taxpayerId,
      score: Math.round(score * 1e6) / 1e6,
      shares,
      totals: { declarations: trader.declarations, customsValue: trader.customsValue, duties: trader.duties },
      aeoStatus: statusText(trader, now),
      reasons: [
        `${percent(shares.declarations)} of declarations (${trader.declarations})`,
        `${percent(shares.customsValue)} of customs value`,
        `${percent(shares.duties)} of duties and taxes collected`,
        'no serious or critical infringements in the exclusion window',
        ...(trader.aeoStatus ? [aeoReason(trader, now)] : []),
      ],
    });
  }
  scored.sort((a, b) => b.score - a.score || a.taxpayerId.localeCompare(b.taxpayerId));
  return {
    candidates: scored.slice(0, limit).map((candidate, index) => ({ rank: index + 1, ...candidate })),
    excluded: excluded.sort((a, b) => a.taxpayerId.localeCompare(b.taxpayerId)),
    weights,
    tradersConsidered: activity.length,
  };
}
