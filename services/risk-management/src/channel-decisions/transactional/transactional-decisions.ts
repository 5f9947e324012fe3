import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { ZodType } from 'zod';
import {
  ChannelDecided,
  DecisionPartitionTaken,
  DecisionsRecorded,
  DeclarationLodged,
  type EventData,
  TOPIC_NAMES,
  toKafkaRecord,
} from '@aeo/contracts';
import type {
  AnnouncedRecord,
  ConsumedEvent,
  InputPartition,
  OutputRecord,
  ProcessedEvents,
  TransactionalHandler,
} from '@aeo/messaging';
import { aeoStandingAt } from '../../aeo-status/aeo-benefits';
import { CHANNEL_DECIDER_CATCH_UP_DEFAULT_MS, type RiskManagementConfig } from '../../config';
import { findForeignAeoHits } from '../../mra-recognitions/mra-recognitions.repository';
import { findDecidedAndRegisterAtLodgement } from '../channel-decisions.repository';
import { decideDeclaration } from '../decide-declaration';
import { findChangelogPosition, findChangelogPositions } from '../write-behind/decision-changelog.repository';
import { TraderLedger } from './trader-ledger';
import { findTraderFacts } from './transactional-decider.repository';

type Declaration = EventData<typeof DeclarationLodged>;
type Lodged = ConsumedEvent<Declaration>;
type Recorded = EventData<typeof DecisionsRecorded>;

/** Decisions, profiles or score changes a changelog record carries at most (a record stays well under 1 MB). */
const CHANGELOG_CHUNK = 250;
/** How often the decisions kept in memory are checked against what the write-behind stored. */
const PRUNE_INTERVAL_MS = 1000;
/** How often a decider taking a partition over asks whether the write-behind has caught up. */
const CATCH_UP_POLL_MS = 50;
const SOURCE = '/aeo/risk-management';

/** What the decider keeps of one input partition while it owns it. */
interface PartitionState {
  ledger: TraderLedger;
  /** The declarations decided since the partition was taken over, by transaction, until known stored. */
  recent: { sequence: number; ids: string[] }[];
  recentIds: Set<string>;
  /** The last transaction's sequence on this partition (counted on from the last owner's). */
  sequence: number;
}

export interface TransactionalDecisionsOptions {
  dataSource: DataSource;
  config: Pick<
    RiskManagementConfig,
    'CHANNEL_RULES_JSON' | 'CHANNEL_SELECTION_SEED' | 'RISK_MODEL_JSON' | 'CHANNEL_DECIDER_CATCH_UP_MS'
  >;
  /** Before every topic name (`KAFKA_TOPIC_PREFIX`). */
  topicPrefix: string;
  /** This instance's transactional id (named in its partition take-overs). */
  decider: string;
  /** What a declaration must also be, besides its contract's schema (the database path's own rules). */
  rules?: ZodType;
  /** Awaited before a transaction's declarations are decided (the AEO register catching up). */
  beforeDeciding?: (isRunning: () => boolean) => Promise<unknown>;
}

/**
 * Channel decisions off PostgreSQL's write path (`CHANNEL_DECISIONS_PATH=transactional`, issue 22):
 * the `TransactionalProcessor`'s handler. Per input partition of the declarations, the traders'
 * counts, buckets and scores live in memory (`TraderLedger`); a transaction's declarations are
 * decided with one read of what other consumers own (the register at lodgement and now, compliance,
 * stored scores, foreign AEOs, whether a declaration was decided already), and its `ChannelDecided`
 * events and its changelog (`DecisionsRecorded`, on the input partition's own changelog partition)
 * commit in one Kafka transaction with the declarations' offsets. The write-behind stores the
 * changelog. A partition taken over is first marked on its changelog (`DecisionPartitionTaken`),
 * and decided on only once the write-behind has stored the mark: the database then holds all its
 * last owner decided, and the ledger loads its traders from there.
 */
export class TransactionalDecisions implements TransactionalHandler<Declaration> {
  readonly definition = DeclarationLodged;
  readonly rules: ZodType | undefined;
  private readonly partitions = new Map<number, PartitionState>();
  private lastPrune = 0;

  constructor(private readonly options: TransactionalDecisionsOptions) {
    this.rules = options.rules;
  }

  private get changelogTopic(): string {
    return this.options.topicPrefix + TOPIC_NAMES.decisionChangelog;
  }

  private get decisionsTopic(): string {
    return this.options.topicPrefix + TOPIC_NAMES.riskEvents;
  }

  /** Declarations decided and kept in memory until known stored, over the partitions owned (tests, metrics). */
  get keptInMemory(): number {
    let kept = 0;
    for (const state of this.partitions.values()) kept += state.recentIds.size;
    return kept;
  }

  /** Partitions owned now (for tests and metrics). */
  get owned(): number[] {
    return [...this.partitions.keys()].sort((a, b) => a - b);
  }

  announce(partitions: readonly InputPartition[]): OutputRecord[] {
    const takenAt = new Date().toISOString();
    return partitions.map(({ partition }) => ({
      ...toKafkaRecord(
        {
          id: randomUUID(),
          type: DecisionPartitionTaken.type,
          source: SOURCE,
          subject: `partition-${partition}`,
          time: takenAt,
          data: { inputPartition: partition, takenAt, decider: this.options.decider },
        },
        `partition-${partition}`,
      ),
      topic: this.changelogTopic,
      partition,
    }));
  }

  /** Waits until the write-behind has stored each partition's take-over mark, then starts its state afresh. */
  async assigned(partitions: readonly InputPartition[], announced: readonly AnnouncedRecord[]): Promise<void> {
    const catchUpMs = this.options.config.CHANNEL_DECIDER_CATCH_UP_MS ?? CHANNEL_DECIDER_CATCH_UP_DEFAULT_MS;
    const deadline = Date.now() + catchUpMs;
    for (const { partition } of partitions) {
      const mark = announced.find((record) => record.partition === partition);
      if (!mark) throw new Error(`no take-over mark was written for declarations partition ${partition}`);
      let position = await findChangelogPosition(this.options.dataSource, this.changelogTopic, partition);
      while (!position || position.nextOffset <= mark.offset) {
        if (Date.now() > deadline)
          throw new Error(
            `the decision changelog's write-behind did not store partition ${partition} up to offset ${mark.offset} within ${catchUpMs} ms (CHANNEL_DECIDER_CATCH_UP_MS); is the write-behind consuming ${this.changelogTopic}?`,
          );
        await new Promise((resolve) => setTimeout(resolve, CATCH_UP_POLL_MS));
        position = await findChangelogPosition(this.options.dataSource, this.changelogTopic, partition);
      }
      this.partitions.set(partition, {
        ledger: new TraderLedger(this.options.config.RISK_MODEL_JSON),
        recent: [],
        recentIds: new Set(),
        sequence: position.sequenceUpTo ?? 0,
      });
    }
  }

  revoked(partitions: readonly InputPartition[]): void {
    for (const { partition } of partitions) this.partitions.delete(partition);
  }

  async beforeProcessing(_events: readonly Lodged[], isRunning: () => boolean): Promise<void> {
    await this.options.beforeDeciding?.(isRunning);
  }

  async process(events: readonly Lodged[]): Promise<ProcessedEvents> {
    const { dataSource, config } = this.options;
    await this.prune();
    const now = new Date();
    const declarations = events.map((event) => event.data);
    const byPartition = new Map<number, number[]>();
    events.forEach((event, index) => {
      const list = byPartition.get(event.partition);
      if (list) list.push(index);
      else byPartition.set(event.partition, [index]);
    });
    const traders = [...new Set(declarations.map((d) => d.traderTaxpayerId))];
    const load: string[] = [];
    for (const [partition, indexes] of byPartition)
      load.push(...this.stateOf(partition).ledger.missing(indexes.map((i) => declarations[i].traderTaxpayerId)));
    // Three reads, in parallel: nothing is locked or written.
    const [known, { facts, stored }, foreignAeos] = await Promise.all([
      findDecidedAndRegisterAtLodgement(dataSource, declarations),
      findTraderFacts(dataSource, traders, load, now, config.RISK_MODEL_JSON.complianceHorizonDays),
      findForeignAeoHits(dataSource, declarations),
    ]);

    const storedById = new Map(stored.map((trader) => [trader.taxpayerId, trader]));
    const outputs: OutputRecord[] = [];
    const undos: (() => void)[] = [];
    try {
      for (const [partition, indexes] of [...byPartition].sort(([a], [b]) => a - b)) {
        const state = this.stateOf(partition);
        state.ledger.load(
          state.ledger.missing(indexes.map((i) => declarations[i].traderTaxpayerId)).map((id) => storedById.get(id)!),
        );
        const fresh: number[] = [];
        const seen = new Set<string>();
        for (const i of indexes) {
          const id = declarations[i].declarationId;
          if (known[i].decided || state.recentIds.has(id) || seen.has(id)) continue;
          seen.add(id);
          fresh.push(i);
        }
        if (fresh.length === 0) continue;
        const at = now;
        const iso = at.toISOString();
        const sequence = state.sequence + 1;
        const standings = fresh.map((i) =>
          aeoStandingAt(known[i].registerAtLodgement, new Date(declarations[i].lodgedAt)),
        );
        const scored = state.ledger.record(
          fresh.map((i, n) => ({
            declaration: declarations[i],
            sourceEventId: events[i].id,
            aeoAtLodgement: standings[n],
          })),
          facts,
          at,
        );
        const ids = fresh.map((i) => declarations[i].declarationId);
        for (const id of ids) state.recentIds.add(id);
        state.recent.push({ sequence, ids });
        state.sequence = sequence;
        undos.push(() => {
          scored.undo();
          for (const id of ids) state.recentIds.delete(id);
          state.recent = state.recent.filter((entry) => entry.ids !== ids);
          state.sequence = sequence - 1;
        });

        const decisions: Recorded['decisions'] = fresh.map((i, n) => {
          const event = events[i];
          const declaration = declarations[i];
          const { decision, aeoStatusType, modelVersion } = decideDeclaration(
            declaration,
            scored.scorings[n],
            standings[n],
            config,
            foreignAeos,
          );
          const data: EventData<typeof ChannelDecided> = {
            decisionId: randomUUID(),
            declarationId: declaration.declarationId,
            traderTaxpayerId: declaration.traderTaxpayerId,
            aeoStatusType,
            ...decision,
            modelVersion,
            decidedAt: iso,
          };
          outputs.push({
            ...toKafkaRecord(
              {
                id: randomUUID(),
                type: ChannelDecided.type,
                source: SOURCE,
                subject: declaration.declarationId,
                time: iso,
                data,
                correlationid: event.correlationid,
              },
              declaration.traderTaxpayerId,
            ),
            topic: this.decisionsTopic,
          });
          return {
            ...data,
            aeoStatusType,
            sourceEventId: event.id,
            region: declaration.region,
            customsOffice: declaration.customsOffice,
            lodgedAt: declaration.lodgedAt,
            customsValue: declaration.customsValue,
            duties: declaration.duties,
          };
        });
        const profiles: Recorded['profiles'] = scored.writes.profiles.map((profile) => ({
          taxpayerId: profile.taxpayerId,
          aeo: profile.aeo
            ? { operatorId: profile.aeo.operatorId, status: profile.aeo.status, statusType: profile.aeo.statusType }
            : null,
          score: profile.assessment.score,
          factors: profile.assessment.factors,
          modelVersion: profile.assessment.modelVersion,
        }));
        const history: Recorded['history'] = scored.writes.history.map((change) => ({
          taxpayerId: change.taxpayerId,
          score: change.score,
          previous: change.previous,
          factors: change.assessment.factors,
          modelVersion: change.assessment.modelVersion,
          sourceEventId: change.sourceEventId,
        }));
        const chunks = Math.max(
          Math.ceil(decisions.length / CHANGELOG_CHUNK),
          Math.ceil(profiles.length / CHANGELOG_CHUNK),
          Math.ceil(history.length / CHANGELOG_CHUNK),
        );
        for (let chunk = 0; chunk < chunks; chunk += 1) {
          const slice = <T>(list: readonly T[]) => list.slice(chunk * CHANGELOG_CHUNK, (chunk + 1) * CHANGELOG_CHUNK);
          outputs.push({
            ...toKafkaRecord(
              {
                id: randomUUID(),
                type: DecisionsRecorded.type,
                source: SOURCE,
                subject: `partition-${partition}`,
                time: iso,
                data: {
                  inputPartition: partition,
                  sequence,
                  lastOfTransaction: chunk === chunks - 1,
                  decidedAt: iso,
                  decisions: slice(decisions),
                  profiles: slice(profiles),
                  history: slice(history),
                } satisfies Recorded,
              },
              `partition-${partition}`,
            ),
            topic: this.changelogTopic,
            partition,
          });
        }
      }
    } catch (error) {
      for (const undo of [...undos].reverse()) undo();
      throw error;
    }
    return { outputs, undo: () => [...undos].reverse().forEach((undo) => undo()) };
  }

  private stateOf(partition: number): PartitionState {
    const state = this.partitions.get(partition);
    if (!state) throw new Error(`declarations partition ${partition} is not owned by this decider`);
    return state;
  }

  /** Forgets the decisions the write-behind has stored (the database answers for them from then on). */
  private async prune(): Promise<void> {
    if (Date.now() - this.lastPrune < PRUNE_INTERVAL_MS) return;
    this.lastPrune = Date.now();
    const waiting = [...this.partitions].filter(([, state]) => state.recent.length > 0);
    if (waiting.length === 0) return;
    const positions = await findChangelogPositions(
      this.options.dataSource,
      this.changelogTopic,
      waiting.map(([partition]) => partition),
    );
    for (const [partition, state] of waiting) {
      const upTo = positions.get(partition)?.sequenceUpTo;
      if (upTo === null || upTo === undefined) continue;
      while (state.recent.length && state.recent[0].sequence <= upTo) {
        for (const id of state.recent.shift()!.ids) state.recentIds.delete(id);
      }
    }
  }
}
