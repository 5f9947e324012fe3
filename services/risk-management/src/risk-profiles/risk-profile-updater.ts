import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '@aeo/config';
import type { ComplianceRecorded, EventData } from '@aeo/contracts';
import type { RiskManagementConfig } from '../config';
import { aeoStandingAt, AeoStatusRecord } from '../aeo-status/aeo-benefits';
import { RiskAssessment, scoreRisk } from '../scoring/risk-model';
import {
  type DeclarationScoring,
  type RecordedDeclaration,
  scoreDeclarationBatch,
  type TraderBeforeBatch,
} from './declaration-scoring';
import {
  countDeclarations,
  DeclarationWindows,
  findScoringFacts,
  lockRiskScore,
  ProfileChanges,
  recordCompliance,
  ScoringFacts,
  storeProfileChanges,
} from './risk-profiles.repository';

export type { DeclarationScoring, RecordedDeclaration } from './declaration-scoring';

export interface ScoredProfile {
  taxpayerId: string;
  assessment: RiskAssessment;
  windows: DeclarationWindows;
  aeoStatus: AeoStatusRecord | null;
}

/**
 * Keeps operator risk profiles current from the feeds: daily declaration buckets, compliance
 * history and the AEO register, scored with the risk model. Every method runs in the caller's
 * transaction (the consumer's, which also claims the event in the inbox).
 */
@Injectable()
export class RiskProfileUpdater {
  constructor(@Inject(APP_CONFIG) private readonly config: RiskManagementConfig) {}

  /** Records a compliance event once; false when it was known already. */
  recordCompliance(manager: EntityManager, event: EventData<typeof ComplianceRecorded>): Promise<boolean> {
    return recordCompliance(manager, event);
  }

  /**
   * Counts a batch of declarations (in order) and rescores their traders, with two statements
   * whatever the batch size (the count, which locks the traders' profile rows, and one read of
   * their facts); what is left to write comes back in `writes`, for the caller to write with its
   * decisions in one statement (`storeProfileChanges`). The result equals counting and rescoring after each declaration
   * one by one: each declaration gets its trader's score with itself counted, and the score
   * history gets every change. Must run in the caller's transaction.
   */
  async recordDeclarations(
    manager: EntityManager,
    batch: readonly RecordedDeclaration[],
    now = new Date(),
  ): Promise<{ scorings: DeclarationScoring[]; writes: ProfileChanges }> {
    if (batch.length === 0)
      return { scorings: [], writes: { days: [], profiles: [], history: [], trigger: 'declaration' } };
    const weights = this.config.RISK_MODEL_JSON;
    const byTrader = new Map<string, RecordedDeclaration[]>();
    for (const item of batch) {
      const list = byTrader.get(item.declaration.traderTaxpayerId);
      if (list) list.push(item);
      else byTrader.set(item.declaration.traderTaxpayerId, [item]);
    }
    const traders = [...byTrader.keys()].sort();
    const lodged = (item: RecordedDeclaration) => new Date(item.declaration.lodgedAt);
    // Counting first locks the traders' profile rows (in key order: no deadlock between batches).
    const totals = await countDeclarations(
      manager,
      traders.map((t) => {
        const times = byTrader.get(t)!.map((item) => lodged(item).getTime());
        return {
          taxpayerId: t,
          count: times.length,
          first: new Date(Math.min(...times)),
          last: new Date(Math.max(...times)),
        };
      }),
    );
    // Read after the lock (a statement of its own: its snapshot then has what earlier batches committed).
    const facts = await findScoringFacts(manager, traders, now, weights.complianceHorizonDays);
    const before = new Map<string, TraderBeforeBatch>(
      traders.map((trader) => {
        const total = totals.get(trader)!;
        const { windows, compliance, aeoStatus }: ScoringFacts = facts.get(trader)!;
        return [
          trader,
          {
            declarationsCounted: total.declarationsTotal - byTrader.get(trader)!.length,
            riskScore: total.riskScore,
            windows,
            compliance,
            aeoStatus,
          },
        ];
      }),
    );
    const { scorings, writes } = scoreDeclarationBatch(batch, before, now, weights);
    return { scorings, writes };
  }

  /**
   * Recomputes a trader's score from its history, stores it on the profile and appends to the
   * score history when it changed.
   */
  async rescore(
    manager: EntityManager,
    taxpayerId: string,
    trigger: string,
    sourceEventId: string,
    now = new Date(),
  ): Promise<ScoredProfile> {
    const weights = this.config.RISK_MODEL_JSON;
    // One connection per transaction: the queries run one after the other anyway.
    const previous = await lockRiskScore(manager, taxpayerId);
    const { windows, compliance, aeoStatus } = (
      await findScoringFacts(manager, [taxpayerId], now, weights.complianceHorizonDays)
    ).get(taxpayerId)!;
    const assessment = scoreRisk({ compliance, windows, aeo: aeoStandingAt(aeoStatus, now) }, weights, now);
    const changed = previous !== assessment.score;
    await storeProfileChanges(
      manager,
      {
        days: [],
        profiles: [{ taxpayerId, aeo: aeoStatus, assessment }],
        history: changed ? [{ taxpayerId, score: assessment.score, previous, assessment, sourceEventId }] : [],
        trigger,
      },
      now,
    );
    return { taxpayerId, assessment, windows, aeoStatus };
  }
}
