import { spawn, type ChildProcess } from 'node:child_process';
import type { Consumer, Kafka, Producer } from 'kafkajs';
import {
  collectMessages,
  createTopics,
  eventRecord,
  testEnv,
  testKafka,
  tsScriptArgs,
  uniqueName,
  waitFor,
} from '@aeo/testing';
import { createSingleAttemptProducer } from '../kafka/kafka-client';
import { defineTestEvent } from '../testing/test-fixtures';
import { echoHandler } from '../testing/transactional-echo';
import { type InputPartition, TransactionalProcessor } from './transactional-processor';

jest.setTimeout(180_000);

/**
 * The transactional processor against the real broker: each event's output published once, with
 * its offset, in one transaction; across a kill -9 between the sends and the commit, and across a
 * rebalance under load.
 */
describe('TransactionalProcessor (real Kafka)', () => {
  let kafka: Kafka;
  let producer: Producer;
  const cleanups: (() => Promise<unknown>)[] = [];

  beforeAll(async () => {
    kafka = testKafka('transactional-processor-test');
    producer = createSingleAttemptProducer(kafka);
    await producer.connect();
  });

  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    await producer.disconnect();
  });

  /** A test's own input (with its dead-letter topic) and output topics, three partitions each. */
  async function topics(label: string) {
    const input = uniqueName(`tx-in-${label}`);
    const output = uniqueName(`tx-out-${label}`);
    await createTopics(kafka, [input, `${input}.dlq`, output], 3);
    cleanups.push(async () => {
      const admin = kafka.admin();
      await admin.connect();
      await admin.deleteTopics({ topics: [input, `${input}.dlq`, output] }).finally(() => admin.disconnect());
    });
    return { input, output, probe: defineTestEvent(input) };
  }

  /** `count` probe events on `input`, spread over its partitions by key (probe ids p0..p9). */
  async function produce(input: string, probe: ReturnType<typeof defineTestEvent>, count: number, first = 0) {
    const messages = Array.from({ length: count }, (_, index) => first + index).map((sequence) =>
      eventRecord('/test/transactional', {
        definition: probe,
        key: `p${sequence % 10}`,
        data: { probeId: `p${sequence % 10}`, sequence },
      }),
    );
    for (let from = 0; from < count; from += 200)
      await producer.send({ topic: input, acks: -1, messages: messages.slice(from, from + 200) });
  }

  /** The sequences the output holds, as a reader of `isolation` sees them. */
  async function outputSequences(output: string, isolation: 'read_committed' | 'read_uncommitted', atLeast: number) {
    const consumer: Consumer = kafka.consumer({
      groupId: uniqueName('tx-reader'),
      readUncommitted: isolation === 'read_uncommitted',
      allowAutoTopicCreation: false,
    });
    const sequences: number[] = [];
    await consumer.connect();
    try {
      await consumer.subscribe({ topics: [output], fromBeginning: true });
      await consumer.run({
        eachMessage: async ({ message }) => {
          sequences.push((JSON.parse(message.value!.toString()) as { sequence: number }).sequence);
        },
      });
      await waitFor(
        `${atLeast} outputs read ${isolation}`,
        async () => sequences.length >= atLeast || undefined,
        60_000,
      );
      // Anything more that was there (a duplicate would show here).
      await new Promise((resolve) => setTimeout(resolve, 1500));
    } finally {
      await consumer.disconnect();
    }
    return sequences;
  }

  async function committedOffsets(group: string, topic: string): Promise<number> {
    const admin = kafka.admin();
    await admin.connect();
    try {
      const [offsets] = await admin.fetchOffsets({ groupId: group, topics: [topic] });
      return offsets.partitions.reduce((sum, p) => sum + Math.max(0, Number(p.offset)), 0);
    } finally {
      await admin.disconnect();
    }
  }

  /** The processor in a process of its own (`transactional-crash-child.ts`), which stops at its `crashAt`-th commit. */
  function startChild(
    {
      input,
      output,
      group,
      transactionalId,
    }: { input: string; output: string; group: string; transactionalId: string },
    crashAt: number,
    env: Record<string, string> = {},
  ) {
    const child: ChildProcess = spawn(
      process.execPath,
      tsScriptArgs('libs/messaging/src/testing/transactional-crash-child.ts'),
      {
        cwd: testEnv.repoRoot,
        env: {
          ...process.env,
          TEST_INPUT: input,
          TEST_OUTPUT: output,
          TEST_GROUP: group,
          TEST_TX_ID: transactionalId,
          CRASH_AT: String(crashAt),
          ...env,
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let said = '';
    child.stdout!.on('data', (chunk: Buffer) => (said += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    cleanups.push(async () => {
      child.kill('SIGKILL');
      await exited;
    });
    return { child, said: () => said, exited };
  }

  const once = (count: number) => Array.from({ length: count }, (_, i) => i);
  const sorted = (values: number[]) => [...values].sort((a, b) => a - b);

  function processor(
    input: string,
    output: string,
    probe: ReturnType<typeof defineTestEvent>,
    group: string,
    extra = {},
  ) {
    const running = new TransactionalProcessor(
      {
        name: group,
        topics: [input],
        brokers: testEnv.kafkaBrokers,
        transactionalId: uniqueName('tx-test'),
        maxEventsPerTransaction: 40,
        fromBeginning: true,
      },
      echoHandler(probe, output, extra),
    );
    cleanups.push(() => running.stop());
    return running;
  }

  it('publishes each event once with its offset, and dead-letters a bad record in the same transaction', async () => {
    const { input, output, probe } = await topics('basic');
    await produce(input, probe, 120);
    // Not JSON; and a probe whose data breaks its schema.
    await producer.send({
      topic: input,
      acks: -1,
      messages: [
        { ...eventRecord('/test/transactional', { definition: probe, key: 'p1', data: {} }), value: '{not json' },
        eventRecord('/test/transactional', { definition: probe, key: 'p2', data: { probeId: 'p2', sequence: 'x' } }),
      ],
    });
    const dlq = await collectMessages(kafka, [`${input}.dlq`]);
    cleanups.push(() => dlq.stop());
    const group = uniqueName('tx-basic');
    const running = processor(input, output, probe, group);
    await running.start();

    expect(sorted(await outputSequences(output, 'read_committed', 120))).toEqual(once(120));
    const letters = await dlq.waitForCount(2);
    expect(letters.map((letter) => letter.headers['dlq_reason']).sort()).toEqual([
      expect.stringContaining('invalid aeo.test-probe.happened.v1 data: sequence:'),
      expect.stringContaining('malformed: value is not JSON'),
    ]);
    expect(letters.every((letter) => letter.headers['dlq_consumer'] === group)).toBe(true);
    await waitFor('every offset committed', async () => (await committedOffsets(group, input)) === 122 || undefined);
  });

  // The local broker's SASL listener (deploy/local/kafka/server.properties); a cluster given by
  // KAFKA_BROKERS has none known to the tests.
  const sasl = testEnv.kafkaSasl;
  (sasl ? it : it.skip)(
    'over SASL (as a secured cluster asks): publishes every event once; a wrong password fails the start naming the authentication',
    async () => {
      const { input, output, probe } = await topics('sasl');
      await produce(input, probe, 30);
      const secured = (password: string) => {
        const running = new TransactionalProcessor(
          {
            name: uniqueName('tx-sasl'),
            topics: [input],
            brokers: sasl!.brokers,
            security: { ssl: false, sasl: { mechanism: 'plain', username: sasl!.username, password } },
            transactionalId: uniqueName('tx-test'),
            fromBeginning: true,
            maxAttempts: 1,
          },
          echoHandler(probe, output),
        );
        cleanups.push(() => running.stop());
        return running;
      };
      const refused = secured(`${sasl!.password}-wrong`);
      // The root cause in the message, not only the client's summary ("findCoordinator failed 31 times").
      await expect(refused.start()).rejects.toThrow(/failed \d+ times: .*SASL authentication failed/);
      await refused.stop();
      await secured(sasl!.password).start();
      expect(sorted(await outputSequences(output, 'read_committed', 30))).toEqual(once(30));
    },
  );

  it('a kill -9 between the sends and the commit: read_committed readers never see that transaction, and the restart publishes every event once', async () => {
    const { input, output, probe } = await topics('crash');
    await produce(input, probe, 400);
    const group = uniqueName('tx-crash');
    const transactionalId = uniqueName('tx-crash-id');
    const start = (crashAt: number) => startChild({ input, output, group, transactionalId }, crashAt);

    // The fourth transaction's records are written, its offsets added; the commit is never asked.
    const first = start(4);
    await waitFor(
      'the child to stop before its fourth commit',
      async () => first.said().includes('about to commit') || undefined,
      90_000,
    );
    const committed = await outputSequences(output, 'read_committed', 1);
    const uncommitted = await outputSequences(output, 'read_uncommitted', committed.length + 1);
    // The open transaction's records are in the log, and invisible to read_committed readers; the
    // offsets committed are those of the three transactions committed.
    expect(uncommitted.length).toBeGreaterThan(committed.length);
    expect(new Set(committed).size).toBe(committed.length);
    expect(await committedOffsets(group, input)).toBe(committed.length);
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');

    // The same transactional id again: its start aborts what the dead one left open, at once.
    const second = start(0);
    const all = await outputSequences(output, 'read_committed', 400);
    expect(sorted(all)).toEqual(once(400));
    await waitFor('every offset committed', async () => (await committedOffsets(group, input)) === 400 || undefined);
    // The aborted transaction's records stay in the log, seen only by read_uncommitted readers.
    const aborted = uncommitted.length - committed.length;
    expect(await outputSequences(output, 'read_uncommitted', 400 + aborted)).toHaveLength(400 + aborted);
    second.child.kill('SIGTERM');
    await second.exited;
  });

  it.each([
    ['its transaction still open when it wakes (transaction timeout 60 s): it commits', '60000'],
    [
      'its transaction aborted by the broker meanwhile (the default 10 s): its commit is refused, its producer renewed',
      '10000',
    ],
  ])(
    "a zombie, stalled past its session between its offsets and its commit, %s; the partitions' next owner reads none of it again, and the zombie works on",
    async (_case, transactionTimeoutMs) => {
      const { input, output, probe } = await topics('zombie');
      await produce(input, probe, 400);
      const group = uniqueName('tx-zombie');
      // Stalled 13 s at its second commit (its offsets are in the transaction): the group evicts it
      // after its 10 s session, and the next owner asks for the offsets while its transaction may be
      // open. The next owner must read on from the offsets the zombie committed (require_stable),
      // or from before them if its transaction was aborted, never both.
      const zombie = startChild({ input, output, group, transactionalId: uniqueName('tx-zombie-id') }, 2, {
        PAUSE_MS: '13000',
        TX_TIMEOUT_MS: transactionTimeoutMs,
      });
      await waitFor(
        'the first instance to stall before its second commit',
        async () => zombie.said().includes('about to commit') || undefined,
        90_000,
      );
      const next = processor(input, output, probe, group);
      await next.start();
      await waitFor('the zombie to wake', async () => zombie.said().includes('committing') || undefined, 60_000);
      expect(sorted(await outputSequences(output, 'read_committed', 400))).toEqual(once(400));
      await waitFor('every offset committed', async () => (await committedOffsets(group, input)) === 400 || undefined);
      expect(next.processedEvents).toBeGreaterThan(0);

      // The zombie is alone again, and works: what is published now, it decides, each once.
      await next.stop();
      await produce(input, probe, 200, 400);
      expect(sorted(await outputSequences(output, 'read_committed', 600))).toEqual(once(600));
      await waitFor('every offset committed', async () => (await committedOffsets(group, input)) === 600 || undefined);
      zombie.child.kill('SIGTERM');
      await zombie.exited;
    },
  );

  it('bounds a transaction by bytes as well as by events (maxBytesPerTransaction): large records go a few at a time, each once', async () => {
    const { input, output, probe } = await topics('bytes');
    // Thirty events of about 10 KB each (the probe's schema keeps the fields it knows).
    const padding = 'x'.repeat(10_000);
    const messages = Array.from({ length: 30 }, (_, sequence) => {
      const data = { probeId: `p${sequence % 10}`, sequence, padding };
      return eventRecord('/test/transactional', { definition: probe, key: data.probeId, data });
    });
    await producer.send({ topic: input, acks: -1, messages });
    const sizes: number[] = [];
    const echo = echoHandler(probe, output);
    const running = new TransactionalProcessor(
      {
        name: uniqueName('tx-bytes'),
        topics: [input],
        brokers: testEnv.kafkaBrokers,
        transactionalId: uniqueName('tx-bytes-id'),
        // Three such records fit, a fourth does not; the event limit (2,000) never binds.
        maxBytesPerTransaction: 35_000,
        fromBeginning: true,
      },
      {
        ...echo,
        process: (events) => {
          sizes.push(events.length);
          return echo.process(events);
        },
      },
    );
    cleanups.push(() => running.stop());
    await running.start();
    expect(sorted(await outputSequences(output, 'read_committed', 30))).toEqual(once(30));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(3);
    expect(sizes.length).toBeGreaterThanOrEqual(10);
  });

  it('a failure before the transaction (beforeProcessing throwing) loses nothing: the batch is tried again', async () => {
    const { input, output, probe } = await topics('before');
    await produce(input, probe, 200);
    let calls = 0;
    const running = new TransactionalProcessor(
      {
        name: uniqueName('tx-before'),
        topics: [input],
        brokers: testEnv.kafkaBrokers,
        transactionalId: uniqueName('tx-before-id'),
        maxEventsPerTransaction: 40,
        fromBeginning: true,
      },
      {
        ...echoHandler(probe, output),
        beforeProcessing: async () => {
          calls += 1;
          if (calls === 2 || calls === 3) throw new Error('the projection is not there yet');
        },
      },
    );
    cleanups.push(() => running.stop());
    await running.start();
    expect(sorted(await outputSequences(output, 'read_committed', 200))).toEqual(once(200));
    expect(calls).toBeGreaterThan(3);
  });

  it('gives up after maxAttempts transactions failing in a row (a handler that always throws): onCrash, nothing committed', async () => {
    const { input, output, probe } = await topics('refused');
    await produce(input, probe, 20);
    const group = uniqueName('tx-refused');
    let crashed: Error | undefined;
    const running = new TransactionalProcessor(
      {
        name: group,
        topics: [input],
        brokers: testEnv.kafkaBrokers,
        transactionalId: uniqueName('tx-refused-id'),
        fromBeginning: true,
        maxAttempts: 3,
        onCrash: (error) => (crashed = error),
      },
      {
        ...echoHandler(probe, output),
        process: () => {
          throw new Error('refused');
        },
      },
    );
    cleanups.push(() => running.stop());
    await running.start();
    await waitFor('the processor to give up', async () => crashed, 60_000);
    expect(crashed!.message).toContain('a transaction failed 3 times in a row: Error: refused');
    // What its start committed (each partition's first offset, 0), nothing past it.
    expect(await committedOffsets(group, input)).toBe(0);
  });

  it('a second instance joining under load: every event once, each partition owned by one instance at a time', async () => {
    const { input, output, probe } = await topics('rebalance');
    await produce(input, probe, 2400);
    const group = uniqueName('tx-rebalance');
    const owners = new Map<string, string[]>();
    const hooks = (name: string) => ({
      assigned: async (partitions: readonly InputPartition[]) => {
        for (const { partition } of partitions)
          owners.set(String(partition), [...(owners.get(String(partition)) ?? []), name]);
      },
      delay: () => new Promise<void>((resolve) => setTimeout(resolve, 100)),
    });
    const a = processor(input, output, probe, group, hooks('a'));
    await a.start();
    await waitFor('a to commit some', async () => a.committedTransactions >= 2 || undefined, 60_000);
    const b = processor(input, output, probe, group, hooks('b'));
    await b.start();

    expect(sorted(await outputSequences(output, 'read_committed', 2400))).toEqual(once(2400));
    await waitFor('every offset committed', async () => (await committedOffsets(group, input)) === 2400 || undefined);
    // Both worked, and the second took partitions over from the first.
    expect(a.processedEvents).toBeGreaterThan(0);
    expect(b.processedEvents).toBeGreaterThan(0);
    expect(a.processedEvents + b.processedEvents).toBe(2400);
    expect([...owners.values()].some((names) => names.includes('b'))).toBe(true);
  });
});
