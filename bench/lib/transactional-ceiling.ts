import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DataSource } from 'typeorm';
import type { Kafka, KafkaMessage, Producer } from 'kafkajs';
import { ChannelDecided, DeclarationLodged, type EventData, type KafkaRecord } from '@aeo/contracts';
import { openDataSource } from '@aeo/persistence';
import { createTestDatabase } from '@aeo/testing';
import * as kit from './bench-kit';
import { channelDecidedRecord } from './channel-floor';
// The one benchmark module that runs a service's code in its own process: the ceiling measures
// risk-management's own channel rules, batch statement and schema, which no library holds (the
// other benchmarks start the services as processes). Each import is allowed by name.
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import { NO_AEO } from '../../services/risk-management/src/aeo-status/aeo-benefits';
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import { recordDecidedBatch } from '../../services/risk-management/src/channel-decisions/channel-decisions.repository';
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import {
  DEFAULT_CHANNEL_RULES,
  decideChannel,
} from '../../services/risk-management/src/channel-decisions/channel-rules';
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import { RISK_MANAGEMENT_MIGRATIONS } from '../../services/risk-management/src/migrations';
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import type { ProfileChanges } from '../../services/risk-management/src/risk-profiles/risk-profiles.repository';

/**
 * The ceiling of the one design for channel decisions not built (issue 22): decisions off
 * PostgreSQL's path. Each input partition's state lives in memory (the declarations decided, each
 * trader's count and values), its decisions are published in a Kafka transaction together with the
 * partition's consumer offset (`sendOffsets`: exactly once for `read_committed` readers, one
 * transactional producer per input partition, as Kafka Streams' first exactly-once mode does, since
 * kafkajs has no consumer-group fencing), and the database is written behind, in bulk, by a
 * `read_committed` consumer of the decisions, with the statement the service writes a batch with
 * (`recordDecidedBatch`: daily buckets, scores, decision rows) and its own offsets in the same
 * transaction.
 *
 * What it leaves out makes it an upper bound: no AEO register (every trader without status), no
 * score model (a count), no score history rows, no restore of the state after a rebalance or a
 * crash, no inbox. Whatever rate it reaches, the design built for real reaches less.
 */

type Declaration = EventData<typeof DeclarationLodged>;

/** Per input partition: the declarations decided and each trader's count (the in-memory state). */
interface PartitionState {
  decided: Set<string>;
  traders: Map<string, number>;
}

const SOURCE = '/bench/channel-decisions/transactional-ceiling';
/** Decisions a send within a transaction carries (about 1 KB each; the broker takes up to 1 MB a batch). */
const SEND_CHUNK = 500;

/**
 * The in-memory side of the design: per input partition, the declarations decided and each trader's
 * count; the real channel rules decide.
 */
export class InMemoryDecisions {
  private readonly state = new Map<number, PartitionState>();
  decided = 0;

  /**
   * The decisions of a run of records of one partition, and how to undo them in memory when their
   * transaction aborts (the records are then read and decided again).
   */
  decideAll(
    partition: number,
    items: readonly { ceType: string | undefined; value: Buffer | null | undefined }[],
  ): { records: KafkaRecord[]; undo: () => void } {
    return this.decideDeclarations(
      partition,
      items.map((item) => declarationOf(item.ceType, item.value)),
    );
  }

  /** As `decideAll`, for declarations decoded already (undefined: a record that is none). */
  decideDeclarations(
    partition: number,
    declarations: readonly (Declaration | undefined)[],
  ): { records: KafkaRecord[]; undo: () => void } {
    const records: KafkaRecord[] = [];
    const undone: { declarationId: string; traderTaxpayerId: string }[] = [];
    for (const declaration of declarations) {
      const record = declaration && this.decide(partition, declaration);
      if (!record) continue;
      records.push(record);
      undone.push({ declarationId: record.headers['ce_subject'], traderTaxpayerId: record.key });
    }
    const undo = () => {
      const state = this.state.get(partition)!;
      for (const { declarationId, traderTaxpayerId } of undone) {
        state.decided.delete(declarationId);
        state.traders.set(traderTaxpayerId, (state.traders.get(traderTaxpayerId) ?? 1) - 1);
      }
      this.decided -= undone.length;
    };
    return { records, undo };
  }

  /** The decision record of a declaration read from `partition`; undefined for no declaration or one decided before. */
  private decide(partition: number, declaration: Declaration): KafkaRecord | undefined {
    let state = this.state.get(partition);
    if (!state) this.state.set(partition, (state = { decided: new Set(), traders: new Map() }));
    if (state.decided.has(declaration.declarationId)) return undefined;
    state.decided.add(declaration.declarationId);
    const previous = state.traders.get(declaration.traderTaxpayerId) ?? 0;
    state.traders.set(declaration.traderTaxpayerId, previous + 1);
    const decision = decideChannel(
      declaration,
      { riskScore: Math.min(100, previous), previousDeclarations: previous },
      NO_AEO,
      DEFAULT_CHANNEL_RULES,
      'bench',
    );
    const record = channelDecidedRecord(declaration, { aeoStatusType: null, ...decision }, SOURCE);
    // What the write-behind needs besides the decision (region, office, lodgement, value, duties),
    // in a header; the real design would carry it in a changelog record of its own.
    record.headers = {
      ...record.headers,
      bench_facts: JSON.stringify([
        declaration.region,
        declaration.customsOffice,
        declaration.lodgedAt,
        declaration.customsValue,
        declaration.duties,
      ]),
    };
    this.decided += 1;
    return record;
  }
}

/** The design with kafkajs: a transactional producer per input partition, a transaction per fetched batch. */
export class TransactionalDecider {
  private readonly producers = new Map<number, Producer>();
  private readonly decisions = new InMemoryDecisions();
  transactions = 0;
  private failed = false;

  constructor(
    private readonly kafka: Kafka,
    private readonly outTopic: string,
    private readonly transactionalIdPrefix: string,
  ) {}

  get decided(): number {
    return this.decisions.decided;
  }

  /** Connects one transactional producer per input partition before the clock starts. */
  async connect(partitions: readonly number[]): Promise<void> {
    await Promise.all(
      partitions.map(async (partition) => {
        const producer = this.kafka.producer({
          transactionalId: `${this.transactionalIdPrefix}-${partition}`,
          idempotent: true,
          maxInFlightRequests: 1,
          allowAutoTopicCreation: false,
          // The broker answers CONCURRENT_TRANSACTIONS to a transaction begun while the last one's
          // markers are still being written, a few ms; kafkajs' default first retry waits 300 ms
          // (Kafka's own client retries after 20 ms).
          retry: { initialRetryTime: 10, maxRetryTime: 1000, retries: 30 },
        });
        await producer.connect();
        this.producers.set(partition, producer);
      }),
    );
  }

  /** Decides a batch in memory and publishes it with the partition's next offset, in one transaction. */
  async decideBatch(
    messages: readonly KafkaMessage[],
    topic: string,
    partition: number,
    consumerGroupId: string,
  ): Promise<void> {
    if (messages.length === 0) return;
    const producer = this.producers.get(partition);
    if (!producer) throw new Error(`no transactional producer for partition ${partition}`);
    // Begun before deciding: a batch whose transaction never began has decided nothing in memory.
    const transaction = await producer.transaction();
    let undo: (() => void) | undefined;
    try {
      const decided = this.decisions.decideAll(
        partition,
        messages.map((message) => ({ ceType: message.headers?.['ce_type']?.toString(), value: message.value })),
      );
      undo = decided.undo;
      const records = decided.records;
      // In sends of up to SEND_CHUNK records: a whole fetch's decisions exceed the broker's largest batch.
      for (let from = 0; from < records.length; from += SEND_CHUNK)
        await transaction.send({ topic: this.outTopic, acks: -1, messages: records.slice(from, from + SEND_CHUNK) });
      const next = String(Number(messages[messages.length - 1].offset) + 1);
      await transaction.sendOffsets({
        consumerGroupId,
        topics: [{ topic, partitions: [{ partition, offset: next }] }],
      });
      await transaction.commit();
    } catch (error) {
      undo?.();
      // kafkajs refuses to abort a transaction whose commit failed (it stays COMMITTING, and every
      // later transaction of the producer is refused): a new producer with the same transactional
      // id takes over, and the broker aborts what the old one left open.
      await transaction.abort().catch(() => this.renew(partition));
      // kafkajs retries the batch: said once, rather than a silent wait.
      if (!this.failed) console.error(`[bench] a decision transaction failed (retried): ${String(error)}`);
      this.failed = true;
      throw error;
    }
    this.transactions += 1;
  }

  private async renew(partition: number): Promise<void> {
    await this.producers
      .get(partition)
      ?.disconnect()
      .catch(() => undefined);
    this.producers.delete(partition);
    await this.connect([partition]);
  }

  async disconnect(): Promise<void> {
    await Promise.all([...this.producers.values()].map((producer) => producer.disconnect().catch(() => undefined)));
  }
}

function declarationOf(ceType: string | undefined, value: Buffer | null | undefined): Declaration | undefined {
  if (ceType !== DeclarationLodged.type || !value) return undefined;
  try {
    const parsed = DeclarationLodged.schema.safeParse(JSON.parse(value.toString()));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One batch of decisions read back (read_committed) written to the service's schema in one
 * transaction: the statement the service writes a decided batch with, and the write-behind's
 * offset. Returns the rows written.
 */
export async function writeBehind(
  dataSource: DataSource,
  messages: readonly KafkaMessage[],
  partition: number,
): Promise<number> {
  const rows = messages.flatMap((message) => {
    if (!message.value) return [];
    const data = JSON.parse(message.value.toString()) as EventData<typeof ChannelDecided>;
    const [region, customsOffice, lodgedAt, customsValue, duties] = JSON.parse(
      message.headers?.['bench_facts']?.toString() ?? '[]',
    ) as [string, string, string, number, number];
    return [{ data, region, customsOffice, lodgedAt, customsValue, duties, eventId: message.headers?.['ce_id'] }];
  });
  if (rows.length === 0) return 0;
  const byTrader = new Map<string, (typeof rows)[number]>();
  for (const row of rows) byTrader.set(row.data.traderTaxpayerId, row);
  const changes: ProfileChanges = {
    days: rows.map((row) => ({
      taxpayerId: row.data.traderTaxpayerId,
      day: row.lodgedAt.slice(0, 10),
      customsValue: row.customsValue,
      duties: row.duties,
    })),
    profiles: [...byTrader.values()].map((row) => ({
      taxpayerId: row.data.traderTaxpayerId,
      aeo: null,
      assessment: { score: row.data.riskScore, factors: [], modelVersion: row.data.modelVersion },
    })),
    history: [],
    trigger: 'declaration',
  };
  const next = String(Number(messages[messages.length - 1].offset) + 1);
  await dataSource.transaction(async (manager) => {
    await recordDecidedBatch(
      manager,
      changes,
      rows.map((row) => ({
        decisionId: row.data.decisionId,
        declarationId: row.data.declarationId,
        traderTaxpayerId: row.data.traderTaxpayerId,
        decision: row.data,
        modelVersion: row.data.modelVersion,
        sourceEventId: String(row.eventId ?? row.data.decisionId),
        aeoStatusType: null,
        region: row.region,
        customsOffice: row.customsOffice,
        lodgedAt: row.lodgedAt,
      })),
      new Date(),
    );
    await manager.query(
      `INSERT INTO bench_write_behind_offsets (partition, next_offset) VALUES ($1, $2)
       ON CONFLICT (partition) DO UPDATE SET next_offset = EXCLUDED.next_offset`,
      [partition, next],
    );
  });
  return rows.length;
}

/** The write-behind's offsets table (in the service's database, beside what it writes). */
const WRITE_BEHIND_OFFSETS_DDL =
  'CREATE TABLE IF NOT EXISTS bench_write_behind_offsets (partition int PRIMARY KEY, next_offset bigint NOT NULL)';

export interface RunningWriteBehind {
  /** Decision rows committed so far. */
  written(): number;
  /** performance.now() of the last commit. */
  lastWriteAt(): number;
  stop(): Promise<void>;
}

/**
 * A `read_committed` consumer of the decisions (`topic`) writing them behind into a throw-away
 * database with the risk-management service's schema (its migrations), `concurrency` partitions at
 * a time. A failure is printed once and the batch retried by kafkajs.
 */
export async function startWriteBehind(
  kafka: Kafka,
  topic: string,
  label: string,
  concurrency: number,
): Promise<RunningWriteBehind> {
  const database = await createTestDatabase('bench_ceiling');
  let dataSource: DataSource | undefined;
  let subscribed: Awaited<ReturnType<typeof kit.subscribedConsumer>>;
  try {
    dataSource = await openDataSource({
      service: 'bench-ceiling',
      url: database.url,
      entities: [],
      migrations: RISK_MANAGEMENT_MIGRATIONS,
      poolSize: 4,
    });
    await dataSource.query(WRITE_BEHIND_OFFSETS_DDL);
    subscribed = await kit.subscribedConsumer(kafka, 'bench-write-behind', [topic]);
  } catch (error) {
    await dataSource?.destroy().catch(() => undefined);
    await database.drop().catch(() => undefined);
    throw error;
  }
  const { groupId, consumer } = subscribed;
  const db = dataSource;
  let written = 0;
  let lastWriteAt = 0;
  let failure: unknown;
  const stop = async () => {
    await kit.withTimeout(consumer.disconnect(), 30_000, 'write-behind disconnect').catch(() => undefined);
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect();
    await db.destroy().catch(() => undefined);
    await database.drop().catch(() => undefined);
  };
  try {
    consumer.on(consumer.events.CRASH, ({ payload }) =>
      console.error(`[bench] ${label}: the write-behind consumer crashed: ${String(payload.error)}`),
    );
    await consumer.run({
      // Its offsets are written to the database, in the transaction of the rows they cover (what the
      // design's restart would seek to; this one-run benchmark never restarts it, so never reads them).
      autoCommit: false,
      partitionsConsumedConcurrently: concurrency,
      eachBatch: async ({ batch }) => {
        try {
          // Not `written += await …`: that reads `written` before the await, and concurrent
          // batches would overwrite each other's counts.
          const rows = await writeBehind(db, batch.messages, batch.partition);
          written += rows;
        } catch (error) {
          if (!failure) console.error(`[bench] ${label}: the write-behind failed: ${String(error)}`);
          failure = error;
          throw error;
        }
        lastWriteAt = performance.now();
      },
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { written: () => written, lastWriteAt: () => lastWriteAt, stop };
}

/**
 * `startWriteBehind` on a worker thread of its own (`write-behind.worker.ts`): the decider and the
 * write-behind then use a core each, as two processes of the design would.
 */
export async function startWriteBehindThread(
  topic: string,
  label: string,
  concurrency: number,
): Promise<RunningWriteBehind> {
  // The thread runs TypeScript through the same loader as this process (`-r ./tools/register.js`).
  const worker = new Worker(join(__dirname, 'write-behind.worker.ts'), {
    workerData: { topic, label, concurrency },
    execArgv: process.execArgv,
  });
  let written = 0;
  let lastWriteAt = 0;
  const stopped = new Promise<void>((resolve) => {
    worker.on('message', (message: { written?: number; lastWriteAt?: number; stopped?: boolean; failed?: string }) => {
      if (message.written !== undefined) written = message.written;
      if (message.lastWriteAt) lastWriteAt = message.lastWriteAt - performance.timeOrigin;
      if (message.failed) console.error(`[bench] ${label}: the write-behind thread failed: ${message.failed}`);
      if (message.stopped || message.failed) resolve();
    });
    worker.on('exit', () => resolve());
  });
  await kit
    .withTimeout(
      new Promise<void>((resolve, reject) => {
        worker.on('message', (message: { ready?: boolean; failed?: string }) => {
          if (message.ready) resolve();
          if (message.failed) reject(new Error(message.failed));
        });
        worker.once('error', reject);
      }),
      60_000,
      `${label}: the write-behind thread to start`,
    )
    .catch(async (error: unknown) => {
      await worker.terminate();
      throw error;
    });
  // A thread that dies later says so (the catch-up wait then times out with the count it reached).
  worker.on('error', (error) => console.error(`[bench] ${label}: the write-behind thread failed: ${String(error)}`));
  return {
    written: () => written,
    lastWriteAt: () => lastWriteAt,
    stop: async () => {
      worker.postMessage({ stop: true });
      await kit.withTimeout(stopped, 60_000, `${label}: the write-behind thread to stop`).catch(() => undefined);
      await worker.terminate();
    },
  };
}
