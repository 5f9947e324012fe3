import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '@aeo/config';
import type { ComplianceRecorded, DeclarationLodged, EventData } from '@aeo/contracts';
import type { RiskManagementConfig } from '../config';
import { AeoStanding, aeoStandingAt, AeoStatusRecord } from '../aeo-status/aeo-benefits';
import { RiskAssessment, scoreRisk } from '../scoring/risk-model';
import {
  countDeclarations,
  DeclarationDay,
  DeclarationWindows,
  findScoringFacts,
  lockRiskScore,
  ProfileChanges,
  ProfileScore,
  recordCompliance,
  ScoreHistoryEntry,
  ScoringFacts,
  storeProfileChanges,
} from './risk-profiles.repository';

export interface ScoredProfile {
  taxpayerId: string;
  assessment: RiskAssessment;
  windows: DeclarationWindows;
  aeoStatus: AeoStatusRecord | null;
}

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

const DAY_MS = 24 * 60 * 60 * 1000;
const utcDay = (date: Date) => Math.floor(date.getTime() / DAY_MS);
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

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
    const days: DeclarationDay[] = batch.map((item) => ({
      taxpayerId: item.declaration.traderTaxpayerId,
      day: isoDay(lodged(item)),
      customsValue: item.declaration.customsValue,
      duties: item.declaration.duties,
    }));

    const results = new Map<RecordedDeclaration, DeclarationScoring>();
    const profiles: ProfileScore[] = [];
    const history: ScoreHistoryEntry[] = [];
    const todayNumber = utcDay(now);
    // In batch order, so the score history is in the order of the declarations, as one by one.
    const state = new Map(
      traders.map((trader) => {
        const total = totals.get(trader)!;
        const { windows, compliance, aeoStatus }: ScoringFacts = facts.get(trader)!;
        return [
          trader,
          {
            counted: total.declarationsTotal - byTrader.get(trader)!.length,
            previousScore: total.riskScore,
            windows,
            aeoStatus,
            standing: aeoStandingAt(aeoStatus, now),
            compliance,
            assessment: undefined as RiskAssessment | undefined,
          },
        ];
      }),
    );
    for (const item of batch) {
      const trader = item.declaration.traderTaxpayerId;
      const current = state.get(trader)!;
      const age = todayNumber - utcDay(lodged(item));
      for (const [days, window] of [
        [30, current.windows.d30],
        [90, current.windows.d90],
        [365, current.windows.d365],
      ] as const) {
        if (age >= 0 && age < days) {
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
      results.set(item, { previousDeclarations: current.counted, assessment: scored, aeoStatus: current.aeoStatus });
      current.counted += 1;
      current.assessment = assessment;
    }
    for (const trader of traders) {
      const current = state.get(trader)!;
      profiles.push({ taxpayerId: trader, aeo: current.aeoStatus, assessment: current.assessment! });
    }
    return {
      scorings: batch.map((item) => results.get(item)!),
      writes: { days, profiles, history, trigger: 'declaration' },
    };
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
