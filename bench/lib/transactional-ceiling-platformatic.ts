import { performance } from 'node:perf_hooks';
import {
  Consumer,
  type Message,
  ProduceAcks,
  Producer,
  compatibilityPartitioner,
  stringDeserializer,
  stringSerializers,
} from '@platformatic/kafka';
import { uniqueName } from '@aeo/testing';
import * as kit from './bench-kit';
import { InMemoryDecisions } from './transactional-ceiling';

/**
 * The ceiling of decisions off PostgreSQL's path (`transactional-ceiling.ts`) with the client the
 * design would be built on: `@platformatic/kafka`. One transactional producer; the consumer's group
 * joins each transaction (`addConsumer`), and each partition's offset (`addOffset`) goes with the
 * generation and member id its message was fetched under (KIP-447: a consumer that lost its
 * partitions cannot commit them); a transaction at a time, the records read meanwhile decided in
 * the next one.
 */
export interface PlatformaticCeilingResult {
  records: number;
  /** start -> the transaction holding the last record committed */
  ms: number;
  /** performance.now() of that commit */
  doneAt: number;
  /** The consumer group (to delete after). */
  groupId: string;
  decided: number;
  transactions: number;
}

/** Records a transaction takes at most (its sends are split in SEND_CHUNK). */
const TRANSACTION_RECORDS = 5000;
const SEND_CHUNK = 500;

type Read = Message<Buffer, Buffer, string, string>;

export interface RunningPlatformaticDecider {
  groupId: string;
  /** Records read and committed. */
  records(): number;
  decided(): number;
  transactions(): number;
  /** The last offset committed in a transaction, by partition. */
  committed: ReadonlyMap<number, number>;
  stop(): Promise<void>;
}

/**
 * Starts the decider: reads `input` from its start (records at or past `ends`, when given, are left
 * alone) and decides into `output` until stopped. `onCommit` is called after each transaction.
 */
export async function startPlatformaticDecider(options: {
  brokers: string[];
  input: string;
  output: string;
  label: string;
  ends?: Map<number, number>;
  onCommit?: (committed: ReadonlyMap<number, number>) => void;
}): Promise<RunningPlatformaticDecider> {
  const { brokers, input, output, label, ends, onCommit } = options;
  const groupId = uniqueName('bench-ceiling-platformatic');
  const producer = new Producer({
    clientId: 'aeo-bench-ceiling',
    bootstrapBrokers: brokers,
    serializers: stringSerializers,
    idempotent: true,
    transactionalId: uniqueName('bench-ceiling-platformatic-tx'),
    acks: ProduceAcks.ALL,
    partitioner: compatibilityPartitioner,
    autocreateTopics: false,
    // As for kafkajs (transactional-ceiling.ts): a CONCURRENT_TRANSACTIONS answer lasts a few ms,
    // and the client's default retry waits 1,000 ms.
    retries: 30,
    retryDelay: 10,
  });
  const consumer = new Consumer({
    clientId: 'aeo-bench-ceiling',
    bootstrapBrokers: brokers,
    groupId,
    sessionTimeout: 10_000,
    heartbeatInterval: 2000,
    rebalanceTimeout: 15_000,
    // As little wait as the kafkajs sides' consumers (maxWaitTimeInMs 100 for the latency watcher).
    maxWaitTime: 100,
    deserializers: { headerKey: stringDeserializer, headerValue: stringDeserializer },
  });
  const decisions = new InMemoryDecisions();
  const pending: Read[] = [];
  const committed = new Map<number, number>();
  let records = 0;
  let transactions = 0;
  let inTransaction = false;
  let failure: unknown;

  const runTransaction = async (batch: Read[]) => {
    const byPartition = new Map<number, Read[]>();
    for (const message of batch) {
      const list = byPartition.get(message.partition);
      if (list) list.push(message);
      else byPartition.set(message.partition, [message]);
    }
    // Begun before deciding: a batch whose transaction never began has decided nothing in memory. A
    // failed begin leaves the library's transaction in place ("There is already an active
    // transaction"): cancelled, so the next attempt can begin.
    const transaction = await producer.beginTransaction().catch(async (error: unknown) => {
      await producer.transaction?.cancel().catch(() => undefined);
      throw error;
    });
    const decided: ReturnType<InMemoryDecisions['decideAll']>[] = [];
    try {
      for (const [partition, messages] of byPartition)
        decided.push(
          decisions.decideAll(
            partition,
            messages.map((message) => ({ ceType: message.headers.get('ce_type'), value: message.value })),
          ),
        );
      const out = decided.flatMap(({ records: decidedRecords }) =>
        decidedRecords.map((record) => ({ ...record, topic: output })),
      );
      for (let from = 0; from < out.length; from += SEND_CHUNK)
        await transaction.send({ messages: out.slice(from, from + SEND_CHUNK) });
      // The group joins the transaction (AddOffsetsToTxn); each offset goes with the generation and
      // member id its message was fetched under (TxnOffsetCommit, KIP-447).
      await transaction.addConsumer(consumer);
      for (const messages of byPartition.values()) await transaction.addOffset(messages[messages.length - 1]);
      await transaction.commit();
    } catch (error) {
      for (const { undo } of decided) undo();
      await transaction.abort().catch(() => undefined);
      throw error;
    }
    transactions += 1;
    records += batch.length;
    for (const [partition, messages] of byPartition)
      committed.set(partition, Number(messages[messages.length - 1].offset));
    onCommit?.(committed);
  };

  const kick = () => {
    if (inTransaction || pending.length === 0) return;
    inTransaction = true;
    const batch = pending.splice(0, TRANSACTION_RECORDS);
    runTransaction(batch)
      .catch((error: unknown) => {
        if (!failure) console.error(`[bench] ${label}: a transaction failed (retried): ${String(error)}`);
        failure = error;
        pending.unshift(...batch);
        // A short pause before the retry, not a loop at full speed.
        return kit.sleep(50);
      })
      .finally(() => {
        inTransaction = false;
        setImmediate(kick);
      });
  };

  const close = async () => {
    await kit.withTimeout(consumer.close(true), 30_000, 'ceiling consumer close').catch(() => undefined);
    await producer.close().catch(() => undefined);
  };
  try {
    // From the group's committed offsets (none at first: from the start), so that after a rebalance
    // the records already committed are not read again.
    const stream = await consumer.consume({
      topics: [input],
      mode: 'committed',
      fallbackMode: 'earliest',
      autocommit: false,
    });
    stream.on('data', (message: Read) => {
      if (ends && Number(message.offset) >= (ends.get(message.partition) ?? 0)) return;
      pending.push(message);
      if (!inTransaction) setImmediate(kick);
    });
    return {
      groupId,
      records: () => records,
      decided: () => decisions.decided,
      transactions: () => transactions,
      committed,
      stop: async () => {
        await stream.close().catch(() => undefined);
        await close();
      },
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Reads `input` up to `ends` and returns when the transaction holding the last record has committed. */
export async function platformaticCeiling(options: {
  brokers: string[];
  input: string;
  /** The high offsets to read up to, by partition. */
  ends: Map<number, number>;
  output: string;
  label: string;
  timeoutMs: number;
  /** Told the consumer group once it exists (to delete it after, whatever happens). */
  onGroup?: (groupId: string) => void;
}): Promise<PlatformaticCeilingResult> {
  const { ends, label } = options;
  const left = new Set([...ends].filter(([, high]) => high > 0).map(([partition]) => partition));
  let doneAt: number | undefined;
  const start = performance.now();
  const onCommit = (committed: ReadonlyMap<number, number>) => {
    for (const partition of [...left])
      if ((committed.get(partition) ?? -1) >= (ends.get(partition) ?? 0) - 1) left.delete(partition);
    if (left.size === 0) doneAt ??= performance.now();
  };
  const decider = await startPlatformaticDecider({ ...options, onCommit });
  options.onGroup?.(decider.groupId);
  try {
    await kit.pollUntil(
      () =>
        `${label}: every record decided and committed (${decider.records()} so far, partitions left ${[...left].join(',')})`,
      async () => doneAt !== undefined,
      2,
      options.timeoutMs,
    );
  } finally {
    await decider.stop();
  }
  return {
    records: decider.records(),
    ms: doneAt! - start,
    doneAt: doneAt!,
    groupId: decider.groupId,
    decided: decider.decided(),
    transactions: decider.transactions(),
  };
}
