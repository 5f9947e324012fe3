import type { AeoStatusRecord } from '../../aeo-status/aeo-benefits';
import {
  type RecordedDeclaration,
  scoreDeclarationBatch,
  type TraderBeforeBatch,
  utcDayNumber,
} from '../../risk-profiles/declaration-scoring';
import type { ComplianceRecord, DeclarationWindows } from '../../risk-profiles/risk-profiles.repository';
import type { DeclarationWindow, RiskModelWeights } from '../../scoring/risk-model';

/** A trader's declarations as stored, loaded when the ledger first meets the trader. */
export interface StoredTrader {
  taxpayerId: string;
  declarationsTotal: number;
  riskScore: number | null;
  /** When the stored score was computed (null: never). */
  scoredAt: Date | null;
  /** The daily buckets of the last 365 days (and any later: a declaration lodged ahead of the clock). */
  days: readonly ({ day: string } & DeclarationWindow)[];
}

/** What other consumers own and a batch reads fresh: the trader's compliance, the register now, the stored score. */
export interface TraderFacts {
  compliance: readonly ComplianceRecord[];
  aeoStatus: AeoStatusRecord | null;
  /** The score stored now (a rescore by a compliance or register event may have changed it), and when. */
  storedScore: number | null;
  storedScoredAt: Date | null;
}

interface TraderState {
  declarationsCounted: number;
  riskScore: number | null;
  /** When `riskScore` was computed: the last decision's time, or the stored score's. */
  scoredAt: number;
  /** Daily buckets by UTC day number. */
  days: Map<number, DeclarationWindow>;
}

const YEAR_DAYS = 365;

/**
 * The declaration side of the risk profiles of one input partition's traders, in memory, for the
 * transactional decider (a trader's declarations share a partition, so one decider owns each
 * trader's count, buckets and score while it owns the partition). A trader is loaded from the
 * database the first time a batch names it (`missing`, `load`): the decider loads only once the
 * write-behind has stored everything decided before it took the partition over, and since then
 * only this ledger counts the trader's declarations. Compliance and the register belong to other
 * consumers and come fresh with each batch (`TraderFacts`). A batch's changes can be undone (its
 * Kafka transaction aborted): the ledger is then as before it.
 */
export class TraderLedger {
  private readonly traders = new Map<string, TraderState>();

  constructor(private readonly weights: RiskModelWeights) {}

  get size(): number {
    return this.traders.size;
  }

  /** The traders of `taxpayerIds` not loaded yet (each once). */
  missing(taxpayerIds: Iterable<string>): string[] {
    return [...new Set(taxpayerIds)].filter((id) => !this.traders.has(id));
  }

  /** Loads traders as stored (a trader unknown to the database: `declarationsTotal` 0, no days). */
  load(stored: readonly StoredTrader[]): void {
    for (const trader of stored) {
      const days = new Map<number, DeclarationWindow>();
      for (const { day, declarations, customsValue, duties } of trader.days)
        days.set(utcDayNumber(new Date(`${day}T00:00:00Z`)), { declarations, customsValue, duties });
      this.traders.set(trader.taxpayerId, {
        declarationsCounted: trader.declarationsTotal,
        riskScore: trader.riskScore,
        scoredAt: trader.scoredAt?.getTime() ?? Number.NEGATIVE_INFINITY,
        days,
      });
    }
  }

  /**
   * Counts and scores a batch (in order) as `RiskProfileUpdater.recordDeclarations` does with the
   * database, and keeps the result; `undo` puts the traders back as they were. Every trader of the
   * batch must be loaded and have its facts.
   */
  record(
    batch: readonly RecordedDeclaration[],
    facts: ReadonlyMap<string, TraderFacts>,
    now: Date,
  ): ReturnType<typeof scoreDeclarationBatch> & { undo: () => void } {
    const today = utcDayNumber(now);
    const before = new Map<string, TraderBeforeBatch>();
    // What undo puts back: each trader's counters, and each bucket the batch changed as it was
    // (undefined: it did not exist). Buckets are replaced, never changed in place.
    const saved = new Map<string, Omit<TraderState, 'days'>>();
    const savedDays: { days: Map<number, DeclarationWindow>; day: number; bucket: DeclarationWindow | undefined }[] =
      [];
    for (const { declaration } of batch) {
      const id = declaration.traderTaxpayerId;
      if (before.has(id)) continue;
      const state = this.traders.get(id);
      if (!state) throw new Error(`TraderLedger: trader ${id} is not loaded`);
      const known = facts.get(id);
      if (!known) throw new Error(`TraderLedger: no facts for trader ${id}`);
      saved.set(id, {
        declarationsCounted: state.declarationsCounted,
        riskScore: state.riskScore,
        scoredAt: state.scoredAt,
      });
      // A rescore stored since this ledger last scored the trader is the score the next change follows.
      const stored = known.storedScoredAt?.getTime();
      const riskScore = stored !== undefined && stored > state.scoredAt ? known.storedScore : state.riskScore;
      before.set(id, {
        declarationsCounted: state.declarationsCounted,
        riskScore,
        windows: windowsOf(state.days, today),
        compliance: known.compliance,
        aeoStatus: known.aeoStatus,
      });
    }
    const scored = scoreDeclarationBatch(batch, before, now, this.weights);
    for (const [id, after] of scored.after) {
      const state = this.traders.get(id)!;
      state.declarationsCounted = after.declarationsCounted;
      state.riskScore = after.riskScore;
      state.scoredAt = now.getTime();
    }
    const touched = new Set<string>();
    for (const { declaration } of batch) {
      const days = this.traders.get(declaration.traderTaxpayerId)!.days;
      const day = utcDayNumber(new Date(declaration.lodgedAt));
      const bucket = days.get(day);
      const key = `${declaration.traderTaxpayerId}\u0000${day}`;
      if (!touched.has(key)) {
        touched.add(key);
        savedDays.push({ days, day, bucket });
      }
      days.set(day, {
        declarations: (bucket?.declarations ?? 0) + 1,
        customsValue: (bucket?.customsValue ?? 0) + declaration.customsValue,
        duties: (bucket?.duties ?? 0) + declaration.duties,
      });
    }
    // Buckets no window ending today or later counts are dropped for good (an undo need not put
    // them back: the clock does not go back).
    for (const id of saved.keys()) {
      const days = this.traders.get(id)!.days;
      for (const day of days.keys()) if (today - day >= YEAR_DAYS) days.delete(day);
    }
    return {
      ...scored,
      undo: () => {
        for (const [id, counters] of saved) Object.assign(this.traders.get(id)!, counters);
        for (const { days, day, bucket } of savedDays) {
          if (bucket) days.set(day, bucket);
          else days.delete(day);
        }
      },
    };
  }
}

/** The rolling windows ending on `today` (a UTC day number), as `SumDeclarationWindows` sums them. */
export function windowsOf(days: ReadonlyMap<number, DeclarationWindow>, today: number): DeclarationWindows {
  const windows: DeclarationWindows = {
    d30: { declarations: 0, customsValue: 0, duties: 0 },
    d90: { declarations: 0, customsValue: 0, duties: 0 },
    d365: { declarations: 0, customsValue: 0, duties: 0 },
  };
  for (const [day, bucket] of days) {
    const age = today - day;
    if (age < 0 || age >= YEAR_DAYS) continue;
    for (const [span, window] of [
      [30, windows.d30],
      [90, windows.d90],
      [YEAR_DAYS, windows.d365],
    ] as const) {
      if (age < span) {
        window.declarations += bucket.declarations;
        window.customsValue += bucket.customsValue;
        window.duties += bucket.duties;
      }
    }
  }
  return windows;
}
