import { performance } from 'node:perf_hooks';
import { DeclarationLodged, type EventData } from '@aeo/contracts';
import { TransactionalProcessor } from '@aeo/messaging';
import { uniqueName } from '@aeo/testing';
import * as kit from './bench-kit';
import { InMemoryDecisions } from './transactional-ceiling';

/**
 * The ceiling of decisions off PostgreSQL's path (`transactional-ceiling.ts`) on the platform's own
 * `TransactionalProcessor` (`@aeo/messaging`, @platformatic/kafka): the consumer's group joins each
 * transaction and each partition's offset goes with the generation it is owned under (KIP-447); a
 * transaction at a time, the records read meanwhile decided in the next one. The processor decodes
 * each record as the platform's consumers do (CloudEvents envelope, the contract's schema) and
 * dead-letters what is none.
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

/** Events a transaction takes at most. */
const TRANSACTION_RECORDS = 5000;

type Declaration = EventData<typeof DeclarationLodged>;

export interface RunningPlatformaticDecider {
  groupId: string;
  /** Events decided and committed. */
  records(): number;
  decided(): number;
  transactions(): number;
  /** The next offset to decide of a partition (past the last committed). */
  position(partition: number): bigint | undefined;
  stop(): Promise<void>;
}

/** Starts the decider: reads `input` from its start and decides into `output` until stopped. */
export async function startPlatformaticDecider(options: {
  brokers: string[];
  input: string;
  output: string;
  label: string;
}): Promise<RunningPlatformaticDecider> {
  const { brokers, input, output } = options;
  const groupId = uniqueName('bench-ceiling-platformatic');
  const decisions = new InMemoryDecisions();
  const processor = new TransactionalProcessor<Declaration>(
    {
      name: groupId,
      topics: [input],
      brokers,
      transactionalId: uniqueName('bench-ceiling-platformatic-tx'),
      maxEventsPerTransaction: TRANSACTION_RECORDS,
      fromBeginning: true,
    },
    {
      definition: DeclarationLodged,
      process: (events) => {
        const byPartition = new Map<number, Declaration[]>();
        for (const event of events) {
          const list = byPartition.get(event.partition);
          if (list) list.push(event.data);
          else byPartition.set(event.partition, [event.data]);
        }
        const decided = [...byPartition].map(([partition, declarations]) =>
          decisions.decideDeclarations(partition, declarations),
        );
        return {
          outputs: decided.flatMap(({ records }) => records.map((record) => ({ ...record, topic: output }))),
          undo: () => decided.forEach(({ undo }) => undo()),
        };
      },
    },
  );
  await processor.start();
  return {
    groupId,
    records: () => processor.processedEvents,
    decided: () => decisions.decided,
    transactions: () => processor.committedTransactions,
    position: (partition) => processor.position(input, partition),
    stop: () => processor.stop(),
  };
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
  const decider = await startPlatformaticDecider(options);
  options.onGroup?.(decider.groupId);
  try {
    await kit.pollUntil(
      () =>
        `${label}: every record decided and committed (${decider.records()} so far, partitions left ${[...left].join(',')})`,
      async () => {
        for (const partition of [...left])
          if ((decider.position(partition) ?? -1n) >= BigInt(ends.get(partition) ?? 0)) left.delete(partition);
        if (left.size === 0) doneAt ??= performance.now();
        return doneAt !== undefined;
      },
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
