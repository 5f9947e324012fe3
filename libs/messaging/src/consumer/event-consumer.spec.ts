import { randomUUID } from 'node:crypto';
import type { EachBatchPayload, Kafka, KafkaMessage, Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { toKafkaRecord } from '@aeo/contracts';
import { defineTestEvent } from '../testing/test-fixtures';
import { EventConsumer, type BeforeTransactionControl, type ConsumedEvent } from './event-consumer';

const TOPIC = 'test.before-transaction';
const Probe = defineTestEvent(TOPIC);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `count` probe records of one partition, as kafkajs hands them to `eachBatch`. */
function records(count: number): KafkaMessage[] {
  return Array.from({ length: count }, (_, sequence) => {
    const record = toKafkaRecord(
      {
        id: randomUUID(),
        type: Probe.type,
        source: '/test/before-transaction',
        subject: 'probe',
        time: new Date().toISOString(),
        data: { probeId: 'probe', sequence },
      },
      'probe',
    );
    return { ...record, offset: String(sequence), timestamp: '0', attributes: 0, size: 0 } as unknown as KafkaMessage;
  });
}

/** What `eachBatch` gets, with the offsets resolved recorded; `overrides` for a stop or a rebalance. */
function batchOf(messages: KafkaMessage[], overrides: Partial<EachBatchPayload> = {}) {
  const resolved: string[] = [];
  const payload = {
    batch: { topic: TOPIC, partition: 0, messages },
    resolveOffset: (offset: string) => void resolved.push(offset),
    heartbeat: async () => undefined,
    isRunning: () => true,
    isStale: () => false,
    commitOffsetsIfNecessary: async () => undefined,
    ...overrides,
  } as unknown as EachBatchPayload;
  return { payload, resolved };
}

/**
 * A consumer whose transactions need no database (the handler keyed by its data, no inbox), and
 * whose `beforeTransaction` is `wait`; `handled` gets each run the handler committed.
 */
function consumerWith(
  wait: (events: ConsumedEvent<unknown>[], control: BeforeTransactionControl) => Promise<void>,
  handler: (events: ConsumedEvent<unknown>[]) => void,
  maxBatchSize = 500,
) {
  const dataSource = { transaction: async (work: (manager: unknown) => unknown) => work({}) };
  const consumer = new EventConsumer({
    name: 'test.before-transaction',
    topics: [TOPIC],
    dataSource: dataSource as unknown as DataSource,
    kafka: {} as Kafka,
    producer: {} as Producer,
    maxBatchSize,
  }).onBatch(Probe, async (events) => handler(events), { idempotentByKey: true, beforeTransaction: wait });
  return (payload: EachBatchPayload) => consumer['processBatch'](payload);
}

/** A wait that lasts until the consumer says to stop (a projection that never catches up); counts the waits so ended. */
function waitUntilStopped() {
  const ended = { count: 0 };
  const wait = async (_events: unknown, control: BeforeTransactionControl) => {
    while (control.isRunning()) await sleep(10);
    ended.count++;
  };
  return { wait, ended };
}

describe("EventConsumer beforeTransaction (a wait before a run's transaction)", () => {
  it('waits once a batch: neither its later runs nor the one-by-one retries of a failed run wait again', async () => {
    const waits: number[] = [];
    const handled: number[][] = [];
    const process = consumerWith(
      async (events) => void waits.push(events.length),
      (events) => {
        // A run's transaction fails; its events alone succeed (one of 500 declarations is bad).
        if (events.length > 1) throw new Error('run failed');
        handled.push(events.map((event) => (event.data as { sequence: number }).sequence));
      },
      2,
    );
    const { payload, resolved } = batchOf(records(4));
    await process(payload);
    // Before: the first run, its two retries, the second run and its two retries: 6 waits.
    expect(waits).toEqual([2]);
    expect(handled).toEqual([[0], [1], [2], [3]]);
    expect(resolved).toEqual(['1', '3']);
  });

  it('a wait ends when the consumer stops, and the run is left to be redelivered, not handled', async () => {
    let running = true;
    const handled: unknown[] = [];
    const { wait, ended } = waitUntilStopped();
    const process = consumerWith(wait, (events) => void handled.push(...events));
    const { payload, resolved } = batchOf(records(3), { isRunning: () => running });
    setTimeout(() => (running = false), 100);
    const started = Date.now();
    await expect(process(payload)).rejects.toThrow(/consumer stopping/);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(ended.count).toBe(1);
    expect(handled).toEqual([]);
    expect(resolved).toEqual([]);
  });

  it.each([
    ['the group rebalances', 'REBALANCE_IN_PROGRESS'],
    // The member was evicted (its session timed out while the machine was loaded): its partitions are someone else's.
    ['the member is no longer known to the group', 'UNKNOWN_MEMBER_ID'],
  ])(
    'a wait ends when a heartbeat answers that %s: the batch ends with that error (kafkajs rejoins), unhandled',
    async (_case, type) => {
      const rebalancing = Object.assign(new Error(`heartbeat refused: ${type}`), { type });
      const handled: unknown[] = [];
      const { wait, ended } = waitUntilStopped();
      const process = consumerWith(wait, (events) => void handled.push(...events));
      const { payload, resolved } = batchOf(records(3), { heartbeat: () => Promise.reject(rebalancing) });
      const started = Date.now();
      await expect(process(payload)).rejects.toBe(rebalancing);
      // Within a heartbeat tick or two, far below the group's rebalance timeout.
      expect(Date.now() - started).toBeLessThan(3000);
      expect(ended.count).toBe(1);
      expect(handled).toEqual([]);
      expect(resolved).toEqual([]);
    },
  );
});
