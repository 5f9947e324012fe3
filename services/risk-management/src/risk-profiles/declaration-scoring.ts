import type { DeclarationLodged, EventData } from '@aeo/contracts';
import { type AeoStanding, aeoStandingAt, type AeoStatusRecord } from '../aeo-status/aeo-benefits';
import { type RiskAssessment, type RiskModelWeights, scoreRisk } from '../scoring/risk-model';
import type {
  ComplianceRecord,
  DeclarationDay,
  DeclarationWindows,
  ProfileChanges,
  ProfileScore,
  ScoreHistoryEntry,
} from './risk-profiles.repository';

/** What the channel rules need about one declaration's trader, right after that declaration counted. */
export interface DeclarationScoring {
  /** Declarations of the trader before this one. */
  previousDeclarations: number;
  assessment: RiskAssessment;
  aeoStatus: AeoStatusRecord | null;
}

export interface RecordedDeclaration {
  declaration: EventData<typeof DeclarationLodged>;
  sourceEventId: string;
  /**
   * The standing the declaration's own score counts (the register in force at its lodgement, as its
   * benefits do); absent: the trader's standing now. The profile's stored score counts today's.
   */
  aeoAtLodgement?: AeoStanding;
}

/** A trader as a batch of declarations finds it, before counting any of them. */
export interface TraderBeforeBatch {
  /** Declarations counted before the batch. */
  declarationsCounted: number;
  /** The stored score (null: never scored). */
  riskScore: number | null;
  /** The rolling windows ending on `now`'s UTC day, without the batch. */
  windows: DeclarationWindows;
  /** The compliance events of the model's horizon before `now`. */
  compliance: readonly ComplianceRecord[];
  /** The register's row now (null: not an AEO). */
  aeoStatus: AeoStatusRecord | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Days since the epoch, UTC. */
export const utcDayNumber = (date: Date) => Math.floor(date.getTime() / DAY_MS);
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

const copyWindows = ({ d30, d90, d365 }: DeclarationWindows): DeclarationWindows => ({
  d30: { ...d30 },
  d90: { ...d90 },
  d365: { ...d365 },
});

/**
 * Counts a batch of declarations (in order) and rescores their traders: the result equals counting
 * and rescoring after each declaration one by one. Each declaration gets its trader's score with
 * itself counted, and the score history gets every change. Pure: what the traders were before the
 * batch comes in `before` (one entry per trader of the batch, left unchanged), what to write comes
 * back in `writes`, with each trader's state after the batch in `after`. The database path
 * (`RiskProfileUpdater`) reads `before` under the profiles' row locks; the transactional decider
 * keeps it in memory.
 */
export function scoreDeclarationBatch(
  batch: readonly RecordedDeclaration[],
  before: ReadonlyMap<string, TraderBeforeBatch>,
  now: Date,
  weights: RiskModelWeights,
): {
  scorings: DeclarationScoring[];
  writes: ProfileChanges;
  after: Map<string, { declarationsCounted: number; riskScore: number | null; windows: DeclarationWindows }>;
} {
  const lodged = (item: RecordedDeclaration) => new Date(item.declaration.lodgedAt);
  const days: DeclarationDay[] = batch.map((item) => ({
    taxpayerId: item.declaration.traderTaxpayerId,
    day: isoDay(lodged(item)),
    customsValue: item.declaration.customsValue,
    duties: item.declaration.duties,
  }));
  const todayNumber = utcDayNumber(now);
  const traders: string[] = [];
  const state = new Map<
    string,
    {
      counted: number;
      previousScore: number | null;
      windows: DeclarationWindows;
      aeoStatus: AeoStatusRecord | null;
      standing: AeoStanding;
      compliance: readonly ComplianceRecord[];
      assessment: RiskAssessment | undefined;
    }
  >();
  for (const item of batch) {
    const trader = item.declaration.traderTaxpayerId;
    if (state.has(trader)) continue;
    const known = before.get(trader);
    if (!known) throw new Error(`scoreDeclarationBatch: nothing known of trader ${trader} before the batch`);
    traders.push(trader);
    state.set(trader, {
      counted: known.declarationsCounted,
      previousScore: known.riskScore,
      windows: copyWindows(known.windows),
      aeoStatus: known.aeoStatus,
      standing: aeoStandingAt(known.aeoStatus, now),
      compliance: known.compliance,
      assessment: undefined,
    });
  }

  const scorings: DeclarationScoring[] = [];
  const history: ScoreHistoryEntry[] = [];
  // In batch order, so the score history is in the order of the declarations, as one by one.
  for (const item of batch) {
    const trader = item.declaration.traderTaxpayerId;
    const current = state.get(trader)!;
    const age = todayNumber - utcDayNumber(lodged(item));
    for (const [span, window] of [
      [30, current.windows.d30],
      [90, current.windows.d90],
      [365, current.windows.d365],
    ] as const) {
      if (age >= 0 && age < span) {
        window.declarations += 1;
        window.customsValue += item.declaration.customsValue;
        window.duties += item.declaration.duties;
      }
    }
    const assessment = scoreRisk(
      { compliance: current.compliance, windows: current.windows, aeo: current.standing },
      weights,
      now,
    );
    if (assessment.score !== current.previousScore) {
      history.push({
        taxpayerId: trader,
        score: assessment.score,
        previous: current.previousScore,
        assessment,
        sourceEventId: item.sourceEventId,
      });
      current.previousScore = assessment.score;
    }
    // A declaration lodged under another standing (e.g. during a suspension since lifted) is scored
    // with that one: otherwise its score would carry a discount its benefits do not.
    const atLodgement = item.aeoAtLodgement;
    const scored =
      atLodgement &&
      (atLodgement.customs !== current.standing.customs || atLodgement.security !== current.standing.security)
        ? scoreRisk({ compliance: current.compliance, windows: current.windows, aeo: atLodgement }, weights, now)
        : assessment;
    scorings.push({ previousDeclarations: current.counted, assessment: scored, aeoStatus: current.aeoStatus });
    current.counted += 1;
    current.assessment = assessment;
  }
  // In key order, as the profile rows are locked.
  traders.sort();
  const profiles: ProfileScore[] = traders.map((trader) => {
    const current = state.get(trader)!;
    return { taxpayerId: trader, aeo: current.aeoStatus, assessment: current.assessment! };
  });
  return {
    scorings,
    writes: { days, profiles, history, trigger: 'declaration' },
    after: new Map(
      traders.map((trader) => {
        const current = state.get(trader)!;
        return [
          trader,
          { declarationsCounted: current.counted, riskScore: current.previousScore, windows: current.windows },
        ];
      }),
    ),
  };
}
