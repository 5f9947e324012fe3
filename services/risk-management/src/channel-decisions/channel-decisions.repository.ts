import { runSql, type SqlRunner } from '@aeo/persistence';
import type { StatusType } from '@aeo/contracts';
import type { ChannelDecision } from './channel-rules';
import {
  findDecidedDeclarations as decided,
  insertChannelDecisions as insertDecisions,
} from './channel-decisions.queries';

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

/** The declarations among `declarationIds` that have a decision already. */
export async function findDecidedDeclarations(
  runner: SqlRunner,
  declarationIds: readonly string[],
): Promise<Set<string>> {
  const rows = await runSql(decided, { declarationIds: [...declarationIds] }, runner);
  return new Set(rows.map((row) => row.declaration_id));
}

/** Stores a batch of decisions in one statement. */
export async function insertChannelDecisions(
  runner: SqlRunner,
  rows: readonly StoredChannelDecision[],
  decidedAt: Date,
): Promise<void> {
  await runSql(
    insertDecisions,
    {
      decisionIds: rows.map((row) => row.decisionId),
      declarationIds: rows.map((row) => row.declarationId),
      traderTaxpayerIds: rows.map((row) => row.traderTaxpayerId),
      channels: rows.map((row) => row.decision.channel),
      riskScores: rows.map((row) => String(row.decision.riskScore)),
      firedRules: rows.map((row) => JSON.stringify(row.decision.firedRules)),
      benefitsApplied: rows.map((row) => JSON.stringify(row.decision.benefitsApplied)),
      randomSelections: rows.map((row) => JSON.stringify(row.decision.randomSelection)),
      priorities: rows.map((row) => row.decision.priority),
      priorNotices: rows.map((row) => row.decision.priorNotice),
      modelVersions: rows.map((row) => row.modelVersion),
      sourceEventIds: rows.map((row) => row.sourceEventId),
      // '' stands for null (NULLIF in the SQL).
      aeoStatusTypes: rows.map((row) => row.aeoStatusType ?? ''),
      regions: rows.map((row) => row.region),
      customsOffices: rows.map((row) => row.customsOffice),
      lodgedAts: rows.map((row) => row.lodgedAt),
      decidedAt,
    },
    runner,
  );
}
