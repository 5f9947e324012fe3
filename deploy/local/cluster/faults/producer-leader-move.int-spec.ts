import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { createSingleAttemptProducer, RenewingProducer } from '@aeo/messaging';
import { testEnv, waitFor } from '@aeo/testing';
import { Kafka, logLevel, type Admin, type ISocketFactory, type Message, type Producer } from 'kafkajs';
import { brokersFromEnv } from '../../kafka/kafka-client';

/**
 * The loss fault (a) found, made deterministic: one send to partitions led by two brokers; the
 * request to one broker is lost on the way (held, then its connection reset) while its partition's
 * leadership moves to the other broker, which has already answered the same send.
 *
 * kafkajs 2.2.4 keeps each broker's answer across the attempts of one send (`sendMessages.js`), so
 * its retry sends nothing to the new leader and the send resolves: the moved partition's records
 * are acknowledged and on no partition (tulios/kafkajs#1303, unmerged fix #1798). The platform's
 * producer makes one attempt (libs/messaging kafka-client.ts), so the send fails, and the outbox
 * relay's resend (a new producer, `RenewingProducer`) writes every record.
 *
 * Needs the cluster profile's three brokers (node ids 1-3); leadership is moved with Kafka's own
 * reassignment and preferred-leader-election tools, no process is killed.
 */
jest.setTimeout(180_000);

const PRODUCE_API_KEY = 0;
const PER_PARTITION = 5;
const kafkaLib = join(testEnv.repoRoot, '.local', 'tools', 'kafka', 'lib', '*');

/** Sockets that hold the first Produce request written to one broker, until told to reset its connection. */
class HeldProduce {
  armed = false;
  private socket?: net.Socket;
  private heldSignal!: () => void;
  readonly held = new Promise<void>((resolve) => (this.heldSignal = resolve));

  constructor(private readonly port: number) {}

  readonly factory: ISocketFactory = ({ host, port, onConnect }) => {
    const socket = net.connect({ host, port }, onConnect);
    if (port !== this.port) return socket;
    const write = socket.write.bind(socket) as (chunk: Buffer, ...rest: unknown[]) => boolean;
    socket.write = ((chunk: Buffer, ...rest: unknown[]) => {
      if (this.armed && Buffer.isBuffer(chunk) && chunk.length >= 6 && chunk.readInt16BE(4) === PRODUCE_API_KEY) {
        this.armed = false;
        this.socket = socket;
        this.heldSignal();
        return true; // never written: the broker does not see this request
      }
      return write(chunk, ...rest);
    }) as typeof socket.write;
    return socket;
  };

  /** The held request's connection is reset, as when its broker or the network goes away. */
  reset(): void {
    this.socket?.destroy(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }));
  }
}

function kafkaTool(mainClass: string, args: string[]): void {
  const result = spawnSync('java', ['-Xmx128m', '-cp', kafkaLib, mainClass, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.status !== 0) throw new Error(`${mainClass} exited ${result.status}:\n${result.stderr}${result.stdout}`);
}

/** Leadership of `partition` moves to `leader` (a replica order change, then a preferred-leader election). */
async function moveLeader(admin: Admin, bootstrap: string, topic: string, partition: number, replicas: number[]) {
  const file = join(testEnv.repoRoot, '.local', `reassign-${randomUUID()}.json`);
  writeFileSync(file, JSON.stringify({ version: 1, partitions: [{ topic, partition, replicas }] }));
  try {
    kafkaTool('org.apache.kafka.tools.reassign.ReassignPartitionsCommand', [
      '--bootstrap-server',
      bootstrap,
      '--reassignment-json-file',
      file,
      '--execute',
    ]);
  } finally {
    rmSync(file, { force: true });
  }
  kafkaTool('org.apache.kafka.tools.LeaderElectionCommand', [
    '--bootstrap-server',
    bootstrap,
    '--election-type',
    'PREFERRED',
    '--topic',
    topic,
    '--partition',
    String(partition),
  ]);
  await waitLeaders(admin, topic, partition === 0 ? [replicas[0]!, 2] : [1, replicas[0]!]);
}

/**
 * Waits until the topic's partitions are led by `leaders` (by partition) and every broker has the
 * same view, so that a producer's metadata, from whichever broker it asks, is current.
 */
async function waitLeaders(admin: Admin, topic: string, leaders: number[]): Promise<void> {
  await waitFor(
    `${topic} led by brokers ${leaders.join(', ')} on every broker's metadata`,
    async () => {
      for (const broker of brokersFromEnv()) {
        // A client seeded with one broker asks that broker first (its only connection).
        const probe = new Kafka({
          clientId: 'cluster-leader-move-probe',
          brokers: [broker],
          logLevel: logLevel.NOTHING,
        }).admin();
        const meta = await probe
          .connect()
          .then(() => probe.fetchTopicMetadata({ topics: [topic] }))
          .then(({ topics }) => topics[0]!.partitions)
          .catch(() => [])
          .finally(() => probe.disconnect());
        if (!leaders.every((leader, partition) => meta.find((p) => p.partitionId === partition)?.leader === leader))
          return false;
      }
      return true;
    },
    60_000,
    250,
  );
}

function batch(label: string): Message[] {
  return [0, 1].flatMap((partition) =>
    Array.from({ length: PER_PARTITION }, (_, i) => ({
      partition,
      key: `${label}-${partition}`,
      value: `${label}-${i}`,
    })),
  );
}

describe('cluster fault: a produce request lost while its partition moves to a broker that already answered', () => {
  const brokers = brokersFromEnv();
  const admin = new Kafka({ clientId: 'cluster-leader-move-admin', brokers, logLevel: logLevel.NOTHING }).admin();
  // Broker 2 is the cluster profile's second broker; the test reads its port from the broker list.
  const broker2Port = Number(brokers[1]!.split(':')[1]);
  const topics: string[] = [];

  beforeAll(async () => {
    if (brokers.length !== 3)
      throw new Error(`needs the cluster profile's three brokers in KAFKA_BROKERS, got ${brokers.join(',')}`);
    await admin.connect();
  });

  afterAll(async () => {
    await admin.deleteTopics({ topics }).catch(() => undefined);
    await admin.disconnect();
  });

  /**
   * A topic whose partition 0 is led by broker 1 and partition 1 by broker 2; sends `batch('a')`
   * through `producer` with broker 2's request held, moves partition 1 to broker 1, resets the held
   * connection, and returns how the send ended.
   */
  async function sendDuringLeaderMove(makeProducer: (kafka: Kafka) => Producer | RenewingProducer) {
    const topic = `cluster.leader-move.${randomUUID()}.v1`;
    topics.push(topic);
    // Not `waitForLeaders`: kafkajs gives up on UNKNOWN_TOPIC_OR_PARTITION from a broker that has not
    // heard of the topic yet (seen right after another test restarted a broker); poll instead.
    await admin.createTopics({
      waitForLeaders: false,
      topics: [
        {
          topic,
          replicaAssignment: [
            { partition: 0, replicas: [1, 2, 3] },
            { partition: 1, replicas: [2, 1, 3] },
          ],
          configEntries: [{ name: 'min.insync.replicas', value: '2' }],
        },
      ],
    });
    await waitLeaders(admin, topic, [1, 2]);
    const sockets = new HeldProduce(broker2Port);
    const kafka = new Kafka({
      clientId: 'cluster-leader-move',
      brokers,
      logLevel: logLevel.NOTHING,
      socketFactory: sockets.factory,
      requestTimeout: 60_000,
    });
    const producer = makeProducer(kafka);
    await producer.connect();
    sockets.armed = true;
    const sending = producer.sendBatch({ topicMessages: [{ topic, messages: batch('a') }], acks: -1 }).then(
      () => 'resolved' as const,
      (error: Error) => error,
    );
    await sockets.held;
    await moveLeader(admin, brokers[0]!, topic, 1, [1, 2, 3]);
    sockets.reset();
    const outcome = await sending;
    return { topic, producer, outcome };
  }

  async function recordsPerPartition(topic: string): Promise<number[]> {
    const offsets = await admin.fetchTopicOffsets(topic);
    return offsets.sort((a, b) => a.partition - b.partition).map((o) => Number(o.high));
  }

  it('the hazard: kafkajs retrying inside the send resolves it, and the moved partition has none of its records', async () => {
    const { topic, producer, outcome } = await sendDuringLeaderMove((kafka) =>
      kafka.producer({ idempotent: true, maxInFlightRequests: 1, retry: { retries: 5, initialRetryTime: 300 } }),
    );
    await producer.disconnect();
    expect(outcome).toBe('resolved');
    expect(await recordsPerPartition(topic)).toEqual([PER_PARTITION, 0]);
  });

  it("the platform's producer fails the send, and the relay's resend through a new producer writes every record", async () => {
    const { topic, producer, outcome } = await sendDuringLeaderMove(
      (kafka) => new RenewingProducer(() => createSingleAttemptProducer(kafka)),
    );
    try {
      expect(outcome).toBeInstanceOf(Error);
      // What the outbox relay does after a failed send: the same batch again (its rows are still
      // unsent), after a back-off, until a send succeeds (a broker with stale metadata may refuse one).
      await waitFor(
        'a resend of the batch to succeed',
        () =>
          producer.sendBatch({ topicMessages: [{ topic, messages: batch('a') }], acks: -1 }).then(
            () => true,
            () => false,
          ),
        60_000,
        500,
      );
      expect((producer as RenewingProducer).generation).toBeGreaterThanOrEqual(2);
    } finally {
      await producer.disconnect();
    }
    // Partition 1 has the batch; partition 0 also holds the failed attempts' copies (absorbed by the
    // consumers' inboxes).
    const [first, moved] = await recordsPerPartition(topic);
    expect(moved).toBeGreaterThanOrEqual(PER_PARTITION);
    expect(first).toBeGreaterThanOrEqual(2 * PER_PARTITION);
  });
});
