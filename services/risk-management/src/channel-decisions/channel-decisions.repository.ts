import { runSql, type SqlRunner } from '@aeo/persistence';
import type { StatusType } from '@aeo/contracts';
import type { AeoStatusRecord } from '../aeo-status/aeo-benefits';
import { joinedAeoStatusRecord } from '../aeo-status/aeo-status.repository';
import { type ProfileChanges, storeProfileChanges } from '../risk-profiles/risk-profiles.repository';
import type { ChannelDecision } from './channel-rules';
import { findDecidedAndRegisterAtLodgement as decidedAndRegister } from './channel-decisions.queries';

/** A decision as stored, with the facts the channel statistics count it by. */
export interface StoredChannelDecision {
  decisionId: string;
  declarationId: string;
  traderTaxpayerId: string;
  decision: ChannelDecision;
  /** The risk model's and the channel rules' versions. */
  modelVersion: string;
  sourceEventId: string;
  /** The AEO status type in force for the declaration (the parts in force); null: none. */
  aeoStatusType: StatusType | null;
  region: string;
  customsOffice: string;
  lodgedAt: string;
}

/** What a batch knows of each declaration before it counts any. */
export interface DeclarationBeforeDeciding {
  /** It has a decision already (an earlier batch, or the same declaration under another event id). */
  decided: boolean;
  /** The register's state in force for its trader at its lodgement; null where none was. */
  registerAtLodgement: AeoStatusRecord | null;
}

/** One read for a batch of declarations, answered in the order asked. */
export async function findDecidedAndRegisterAtLodgement(
  runner: SqlRunner,
  declarations: readonly { declarationId: string; traderTaxpayerId: string; lodgedAt: string }[],
): Promise<DeclarationBeforeDeciding[]> {
  if (declarations.length === 0) return [];
  const rows = await runSql(
    decidedAndRegister,
    {
      declarationIds: declarations.map((d) => d.declarationId),
      taxpayerIds: declarations.map((d) => d.traderTaxpayerId),
      lodgedAts: declarations.map((d) => d.lodgedAt),
    },
    runner,
  );
  return rows.map((row) => ({ decided: row.decided, registerAtLodgement: joinedAeoStatusRecord(row, 'register_') }));
}

/**
 * Writes a decided batch in one statement: the profile changes its count left (daily buckets,
 * scores, score changes) and the decisions.
 */
export async function recordDecidedBatch(
  runner: SqlRunner,
  profileChanges: ProfileChanges,
  decisions: readonly StoredChannelDecision[],
  decidedAt: Date,
  /** A profile scored after `decidedAt` keeps its score (the write-behind's scores were computed then). */
  keepNewerScores = false,
): Promise<void> {
  await storeProfileChanges(
    runner,
    profileChanges,
    decidedAt,
    {
      decisionIds: decisions.map((row) => row.decisionId),
      declarationIds: decisions.map((row) => row.declarationId),
      traderTaxpayerIds: decisions.map((row) => row.traderTaxpayerId),
      channels: decisions.map((row) => row.decision.channel),
      riskScores: decisions.map((row) => String(row.decision.riskScore)),
      firedRules: decisions.map((row) => JSON.stringify(row.decision.firedRules)),
      benefitsApplied: decisions.map((row) => JSON.stringify(row.decision.benefitsApplied)),
      randomSelections: decisions.map((row) => JSON.stringify(row.decision.randomSelection)),
      priorities: decisions.map((row) => row.decision.priority),
      priorNotices: decisions.map((row) => row.decision.priorNotice),
      modelVersions: decisions.map((row) => row.modelVersion),
      sourceEventIds: decisions.map((row) => row.sourceEventId),
      // '' stands for null (NULLIF in the SQL).
      aeoStatusTypes: decisions.map((row) => row.aeoStatusType ?? ''),
      regions: decisions.map((row) => row.region),
      customsOffices: decisions.map((row) => row.customsOffice),
      lodgedAts: decisions.map((row) => row.lodgedAt),
    },
    keepNewerScores,
  );
}
