import type { DecisionPartitionTaken, DecisionsRecorded, EventData } from '@aeo/contracts';
import type { ConsumedEvent } from '@aeo/messaging';
import type { EntityManager } from 'typeorm';
import { countDeclarations, type ProfileChanges } from '../../risk-profiles/risk-profiles.repository';
import type { RiskFactor } from '../../scoring/risk-model';
import { recordDecidedBatch } from '../channel-decisions.repository';
import { findStoredDeclarations, lockChangelogPosition, storeChangelogPosition } from './decision-changelog.repository';

type Recorded = EventData<typeof DecisionsRecorded>;
/** Rescores a trader from what is stored (`RiskProfileUpdater.rescore`), in the caller's transaction. */
export type Rescore = (manager: EntityManager, taxpayerId: string, sourceEventId: string) => Promise<unknown>;
type Taken = EventData<typeof DecisionPartitionTaken>;
export type ChangelogEvent = ConsumedEvent<Recorded | Taken>;

// The changelog carries the factors as the risk model wrote them (the contract does not name the model's factors).
const factorsOf = (factors: Recorded['profiles'][number]['factors']) => factors as RiskFactor[];

const isRecorded = (event: ChangelogEvent): event is ConsumedEvent<Recorded> => 'decisions' in event.data;

/**
 * Stores changelog records in the caller's transaction, each partition's in offset order and each
 * record once: a partition's position row is locked first, the records below it (stored before: a
 * redelivery) are skipped, and the position moves past the last one in the same transaction. A
 * `DecisionsRecorded` counts its decisions in the traders' profiles (`countDeclarations`, which
 * locks their rows in key order) and writes its buckets, scores, score changes and decisions in
 * one statement (`recordDecidedBatch`), keeping a score stored since its decision (a rescore);
 * a `DecisionPartitionTaken` only moves the position (a decider waits for it). A decision for a
 * declaration decided already (the same declaration id sent again for another trader, so read from
 * another partition) is not stored, nor counted: the database path dead-letters such a declaration.
 * A trader rescored after a decision was taken and before it was stored (a compliance or register
 * event: that score was computed without the decision) keeps that score, and is rescored from what
 * is stored once the decision is (`rescore`). Answers the decisions stored and those left out so.
 */
export async function storeChangelog(
  runner: EntityManager,
  events: readonly ChangelogEvent[],
  rescore?: Rescore,
): Promise<{ stored: number; duplicates: number }> {
  const byPartition = new Map<string, ChangelogEvent[]>();
  for (const event of events) {
    const key = `${event.topic}\u0000${event.partition}`;
    const list = byPartition.get(key);
    if (list) list.push(event);
    else byPartition.set(key, [event]);
  }
  let stored = 0;
  let duplicates = 0;
  // In key order: two transactions lock the same positions in the same order.
  for (const key of [...byPartition.keys()].sort()) {
    const list = byPartition.get(key)!.sort((a, b) => (BigInt(a.offset) < BigInt(b.offset) ? -1 : 1));
    const { topic, partition } = list[0];
    let next = await lockChangelogPosition(runner, topic, partition);
    const start = next;
    let sequenceUpTo: number | null = null;
    for (const event of list) {
      const offset = BigInt(event.offset);
      if (offset < next) continue;
      if (isRecorded(event)) {
        const result = await storeDecisionsRecorded(runner, event, rescore);
        stored += result.stored;
        duplicates += result.duplicates;
        // A transaction counts as stored with its last record; a record read from another partition
        // than its own (a dead letter replayed, partitioned anew) counts for none (its sequence is
        // another partition's).
        if (event.data.lastOfTransaction && event.data.inputPartition === partition)
          sequenceUpTo = Math.max(sequenceUpTo ?? 0, event.data.sequence);
      }
      next = offset + 1n;
    }
    if (next !== start) await storeChangelogPosition(runner, topic, partition, next, sequenceUpTo);
  }
  return { stored, duplicates };
}

async function storeDecisionsRecorded(
  runner: EntityManager,
  event: ConsumedEvent<Recorded>,
  rescore: Rescore | undefined,
): Promise<{ stored: number; duplicates: number }> {
  const data = event.data;
  const known = await findStoredDeclarations(
    runner,
    data.decisions.map((decision) => decision.declarationId),
  );
  const seen = new Set<string>();
  const decisions = data.decisions.filter((decision) => {
    if (known.has(decision.declarationId) || seen.has(decision.declarationId)) return false;
    seen.add(decision.declarationId);
    return true;
  });
  const duplicates = data.decisions.length - decisions.length;
  if (decisions.length === 0 && data.profiles.length === 0 && data.history.length === 0)
    return { stored: 0, duplicates };
  const counts = new Map<string, { count: number; first: number; last: number }>();
  for (const decision of decisions) {
    const at = Date.parse(decision.lodgedAt);
    const count = counts.get(decision.traderTaxpayerId);
    if (count) {
      count.count += 1;
      count.first = Math.min(count.first, at);
      count.last = Math.max(count.last, at);
    } else counts.set(decision.traderTaxpayerId, { count: 1, first: at, last: at });
  }
  const totals = await countDeclarations(
    runner,
    [...counts]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([taxpayerId, { count, first, last }]) => ({
        taxpayerId,
        count,
        first: new Date(first),
        last: new Date(last),
      })),
  );
  const changes: ProfileChanges = {
    days: decisions.map((decision) => ({
      taxpayerId: decision.traderTaxpayerId,
      day: new Date(decision.lodgedAt).toISOString().slice(0, 10),
      customsValue: decision.customsValue,
      duties: decision.duties,
    })),
    profiles: data.profiles.map((profile) => ({
      taxpayerId: profile.taxpayerId,
      aeo: profile.aeo,
      assessment: { score: profile.score, factors: factorsOf(profile.factors), modelVersion: profile.modelVersion },
    })),
    history: data.history.map((change) => ({
      taxpayerId: change.taxpayerId,
      score: change.score,
      previous: change.previous,
      assessment: { score: change.score, factors: factorsOf(change.factors), modelVersion: change.modelVersion },
      sourceEventId: change.sourceEventId,
    })),
    trigger: 'declaration',
  };
  await recordDecidedBatch(
    runner,
    changes,
    decisions.map((decision) => ({
      decisionId: decision.decisionId,
      declarationId: decision.declarationId,
      traderTaxpayerId: decision.traderTaxpayerId,
      decision,
      modelVersion: decision.modelVersion,
      sourceEventId: decision.sourceEventId,
      aeoStatusType: decision.aeoStatusType,
      region: decision.region,
      customsOffice: decision.customsOffice,
      lodgedAt: decision.lodgedAt,
    })),
    new Date(data.decidedAt),
    true,
  );
  const decidedAt = Date.parse(data.decidedAt);
  const rescored = [...totals]
    .filter(([, total]) => total.scoredAt && total.scoredAt.getTime() > decidedAt)
    .map(([taxpayerId]) => taxpayerId);
  for (const taxpayerId of rescored) await rescore?.(runner, taxpayerId, event.id);
  return { stored: decisions.length, duplicates };
}
