import { complianceSeverity, type ComplianceRecorded, type EventData } from '@aeo/contracts';
import { camelRow, runSql, runSqlChanged, runSqlOne, type SqlRunner } from '@aeo/persistence';
import type { ComplianceSeverity, DeclarationWindow, RiskAssessment, RiskFactor } from '../scoring/risk-model';
import { joinedAeoStatusRecord } from '../aeo-status/aeo-status.repository';
import type { AeoStatusRecord } from '../aeo-status/aeo-benefits';
import {
  countDeclarations as countQuery,
  findRiskProfile as findProfile,
  findScoringFacts as scoringFacts,
  findScoreChanges as scoreChanges,
  lockRiskScore as lockScore,
  recordCompliance as insertCompliance,
  storeProfileChanges as storeChanges,
  sumDeclarationWindows as sumWindows,
  type IFindRiskProfileResult,
  type IStoreProfileChangesParams,
  type ISumDeclarationWindowsResult,
} from './risk-profiles.queries';

/**
 * The operator risk profile's tables: `operator_risk_profiles`, the daily declaration buckets
 * (`declaration_daily`), the compliance history and the score history. Every function runs on
 * the runner it is given (the caller's transaction).
 */

export interface DeclarationWindows {
  d30: DeclarationWindow;
  d90: DeclarationWindow;
  d365: DeclarationWindow;
}

/** What customs risk management knows about a trader; keyed by taxpayer, because traders declare long before (or without ever) becoming an operator. */
export interface OperatorRiskProfile {
  taxpayerId: string;
  operatorId: string | null;
  aeoStatus: string | null;
  statusType: string | null;
  riskScore: number | null;
  riskFactors: RiskFactor[] | null;
  modelVersion: string | null;
  scoredAt: Date | null;
  declarationsTotal: number;
  firstDeclarationAt: Date | null;
  lastDeclarationAt: Date | null;
  updatedAt: Date;
}

export interface ScoreChange {
  score: number;
  previousScore: number | null;
  trigger: string;
  sourceEventId: string | null;
  modelVersion: string;
  computedAt: Date;
}

export interface ComplianceRecord {
  severity: ComplianceSeverity;
  occurredAt: Date;
}

/** What a trader is scored on: its declaration windows, recent compliance events and the register's row now. */
export interface ScoringFacts {
  windows: DeclarationWindows;
  compliance: ComplianceRecord[];
  aeoStatus: AeoStatusRecord | null;
}

/** A score to store on a profile, with the register's view of the trader (null: not an AEO). */
export interface ProfileScore {
  taxpayerId: string;
  aeo: { operatorId: string; status: string; statusType: string } | null;
  assessment: RiskAssessment;
}

/** One change of a trader's score, for the score history. */
export interface ScoreHistoryEntry {
  taxpayerId: string;
  score: number;
  previous: number | null;
  assessment: RiskAssessment;
  sourceEventId: string;
}

/** One lodged declaration as the daily buckets count it. */
export interface DeclarationDay {
  taxpayerId: string;
  /** The lodgement day (UTC), `YYYY-MM-DD`. */
  day: string;
  customsValue: number;
  duties: number;
}

/** The declarations of a batch per trader, for the profile's counters. */
export interface DeclarationCount {
  taxpayerId: string;
  count: number;
  first: Date;
  last: Date;
}

// pg answers numeric and bigint as strings (arbitrary precision); the profile speaks numbers.
const numberOrNull = (value: string | null) => (value === null ? null : Number(value));

function toProfile(row: IFindRiskProfileResult): OperatorRiskProfile {
  return {
    ...camelRow(row),
    riskScore: numberOrNull(row.risk_score),
    // Written by this service from the risk model's factors (StoreRiskScores).
    riskFactors: row.risk_factors as RiskFactor[] | null,
    declarationsTotal: Number(row.declarations_total),
  };
}

/** Windows with nothing declared. */
export function emptyWindows(): DeclarationWindows {
  const none = (): DeclarationWindow => ({ declarations: 0, customsValue: 0, duties: 0 });
  return { d30: none(), d90: none(), d365: none() };
}

function toWindows(row: Omit<ISumDeclarationWindowsResult, 'taxpayer_id'>): DeclarationWindows {
  return {
    d30: {
      declarations: Number(row.d30_declarations),
      customsValue: Number(row.d30_customs_value),
      duties: Number(row.d30_duties),
    },
    d90: {
      declarations: Number(row.d90_declarations),
      customsValue: Number(row.d90_customs_value),
      duties: Number(row.d90_duties),
    },
    d365: {
      declarations: Number(row.d365_declarations),
      customsValue: Number(row.d365_customs_value),
      duties: Number(row.d365_duties),
    },
  };
}

/** The profile of a trader (by taxpayer id) or of a registered operator (by operator id, unique when set). */
export async function findRiskProfile(
  runner: SqlRunner,
  key: { taxpayerId: string } | { operatorId: string },
): Promise<OperatorRiskProfile | null> {
  const profile = await runSqlOne(
    findProfile,
    'taxpayerId' in key
      ? { taxpayerId: key.taxpayerId, operatorId: null }
      : { taxpayerId: null, operatorId: key.operatorId },
    runner,
    toProfile,
  );
  return profile ?? null;
}

/** The trader's last 20 score changes, newest first. */
export async function findScoreChanges(runner: SqlRunner, taxpayerId: string): Promise<ScoreChange[]> {
  return (await runSql(scoreChanges, { taxpayerId }, runner)).map((row) => ({
    ...camelRow(row),
    score: Number(row.score),
    previousScore: numberOrNull(row.previous_score),
  }));
}

/**
 * Rolling declaration windows (30, 90, 365 days) ending on `today` (UTC, `YYYY-MM-DD`), summed in
 * SQL from the daily buckets; a trader with no declarations in the year is absent.
 */
export async function sumDeclarationWindows(
  runner: SqlRunner,
  taxpayerIds: readonly string[],
  today: string,
): Promise<Map<string, DeclarationWindows>> {
  const rows = await runSql(sumWindows, { taxpayerIds: [...taxpayerIds], today }, runner);
  return new Map(rows.map((row) => [row.taxpayer_id, toWindows(row)]));
}

/** Records a compliance event once; false when it was known already. */
export async function recordCompliance(
  runner: SqlRunner,
  event: EventData<typeof ComplianceRecorded>,
): Promise<boolean> {
  // The query's parameters are the event's fields.
  return runSqlChanged(insertCompliance, { ...event, declarationId: event.declarationId ?? null }, runner);
}

/**
 * The scoring facts of each trader, in one statement (every trader asked has an entry): windows
 * ending on `now`'s UTC day, compliance events of the last `horizonDays` before `now`, the register now.
 * Run it after the traders' profile rows are locked, so that it sees what the batches before committed.
 */
export async function findScoringFacts(
  runner: SqlRunner,
  taxpayerIds: readonly string[],
  now: Date,
  horizonDays: number,
): Promise<Map<string, ScoringFacts>> {
  const rows = await runSql(
    scoringFacts,
    { taxpayerIds: [...taxpayerIds], today: now.toISOString().slice(0, 10), now: now.toISOString(), horizonDays },
    runner,
  );
  return new Map(
    rows.map((row) => [
      row.taxpayer_id,
      {
        windows: toWindows(row),
        compliance: row.compliance_severities.map((severity, index) => ({
          severity: complianceSeverity.parse(severity),
          occurredAt: row.compliance_occurred_ats[index]!,
        })),
        aeoStatus: joinedAeoStatusRecord(row, 'aeo_'),
      },
    ]),
  );
}

/**
 * Adds declarations to the traders' profile counters (creating the profiles), locking the rows in
 * key order (no deadlock between batches); answers each trader's new total and stored score.
 */
export async function countDeclarations(
  runner: SqlRunner,
  counts: readonly DeclarationCount[],
): Promise<Map<string, { declarationsTotal: number; riskScore: number | null; scoredAt: Date | null }>> {
  const rows = await runSql(
    countQuery,
    {
      taxpayerIds: counts.map((c) => c.taxpayerId),
      counts: counts.map((c) => c.count),
      firsts: counts.map((c) => c.first),
      lasts: counts.map((c) => c.last),
    },
    runner,
  );
  return new Map(
    rows.map((row) => [
      row.taxpayer_id,
      {
        declarationsTotal: Number(row.declarations_total),
        riskScore: numberOrNull(row.risk_score),
        scoredAt: row.scored_at,
      },
    ]),
  );
}

/** The trader's stored score, its profile row locked until the transaction ends; null when unscored or unknown. */
export async function lockRiskScore(runner: SqlRunner, taxpayerId: string): Promise<number | null> {
  const row = await runSqlOne(lockScore, { taxpayerId }, runner);
  return row ? numberOrNull(row.risk_score) : null;
}

/** What a batch of declarations or a rescore writes to the profiles. */
export interface ProfileChanges {
  /** The declarations counted (none for a rescore), for the daily buckets. */
  days: readonly DeclarationDay[];
  profiles: readonly ProfileScore[];
  /** Score changes, in order. */
  history: readonly ScoreHistoryEntry[];
  /** What caused the score changes ('declaration', or the rescore's trigger). */
  trigger: string;
}

/** The channel decisions' columns of `storeProfileChanges`, one element a decision. */
export type DecisionColumns = Omit<
  IStoreProfileChangesParams,
  keyof ReturnType<typeof profileColumns> | 'trigger' | 'at' | 'keepNewerScores'
>;

const NO_DECISIONS: DecisionColumns = {
  decisionIds: [],
  declarationIds: [],
  traderTaxpayerIds: [],
  channels: [],
  riskScores: [],
  firedRules: [],
  benefitsApplied: [],
  randomSelections: [],
  priorities: [],
  priorNotices: [],
  modelVersions: [],
  sourceEventIds: [],
  aeoStatusTypes: [],
  regions: [],
  customsOffices: [],
  lodgedAts: [],
};

// '' stands for null in the arrays (NULLIF in the SQL).
function profileColumns({ days, profiles, history }: ProfileChanges) {
  return {
    dayTaxpayerIds: days.map((d) => d.taxpayerId),
    days: days.map((d) => d.day),
    dayCustomsValues: days.map((d) => String(d.customsValue)),
    dayDuties: days.map((d) => String(d.duties)),
    profileTaxpayerIds: profiles.map((p) => p.taxpayerId),
    profileOperatorIds: profiles.map((p) => p.aeo?.operatorId ?? ''),
    profileAeoStatuses: profiles.map((p) => p.aeo?.status ?? ''),
    profileStatusTypes: profiles.map((p) => p.aeo?.statusType ?? ''),
    profileScores: profiles.map((p) => String(p.assessment.score)),
    profileFactors: profiles.map((p) => JSON.stringify(p.assessment.factors)),
    profileModelVersions: profiles.map((p) => p.assessment.modelVersion),
    historyTaxpayerIds: history.map((h) => h.taxpayerId),
    historyScores: history.map((h) => String(h.score)),
    historyPreviousScores: history.map((h) => (h.previous === null ? '' : String(h.previous))),
    historyFactors: history.map((h) => JSON.stringify(h.assessment.factors)),
    historyModelVersions: history.map((h) => h.assessment.modelVersion),
    historySourceEventIds: history.map((h) => h.sourceEventId),
  };
}

/**
 * Writes the changes in one statement: the daily buckets, the scores on the profiles (creating
 * them, with the register's view; a known operator id is kept when the register has none), the
 * score history in order, and the channel decisions the scores decided, if any.
 */
export async function storeProfileChanges(
  runner: SqlRunner,
  changes: ProfileChanges,
  at: Date,
  decisions: DecisionColumns = NO_DECISIONS,
  /** A profile scored after `at` keeps its score (the write-behind stores scores computed at `at`). */
  keepNewerScores = false,
): Promise<void> {
  await runSql(
    storeChanges,
    { ...profileColumns(changes), ...decisions, trigger: changes.trigger, at, keepNewerScores },
    runner,
  );
}
