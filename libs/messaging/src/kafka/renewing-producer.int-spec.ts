import net from 'node:net';
import { Kafka, logLevel, type ISocketFactory, type Message, type Producer } from 'kafkajs';
import { createTopics, testEnv, testKafka, uniqueName } from '@aeo/testing';
import { createSingleAttemptProducer } from './kafka-client';
import { RenewingProducer, type EventProducer } from './renewing-producer';

jest.setTimeout(60_000);

/** Kafka's request header starts with the request's size (int32), then its API key (int16): 0 is Produce. */
const PRODUCE_API_KEY = 0;

/**
 * Sockets that can lose the broker's answers to produce requests: while `armed`, a socket that has
 * written a Produce request swallows what the broker sends next and closes, so the broker appended
 * the batch but the client never learns it (what a connection reset or a timeout during a leader
 * move does on a real network). The producers send one request at a time per connection, so what
 * comes next is that request's answer.
 */
class AnswerLosingSockets {
  armed = false;
  producesLost = 0;

  readonly factory: ISocketFactory = ({ host, port, onConnect }) => {
    const socket = net.connect({ host, port }, onConnect);
    let loseNextAnswer = false;
    const write = socket.write.bind(socket) as (chunk: Buffer, ...rest: unknown[]) => boolean;
    socket.write = ((chunk: Buffer, ...rest: unknown[]) => {
      if (this.armed && Buffer.isBuffer(chunk) && chunk.length >= 6 && chunk.readInt16BE(4) === PRODUCE_API_KEY)
        loseNextAnswer = true;
      return write(chunk, ...rest);
    }) as typeof socket.write;
    const emit = socket.emit.bind(socket) as (event: string | symbol, ...args: unknown[]) => boolean;
    socket.emit = ((event: string | symbol, ...args: unknown[]) => {
      if (event === 'data' && loseNextAnswer) {
        this.producesLost += 1;
        socket.destroy(new Error("connection reset (the test lost the broker's answer)"));
        return true;
      }
      return emit(event, ...args);
    }) as typeof socket.emit;
    return socket;
  };
}

function messages(label: string, count: number): Message[] {
  return Array.from({ length: count }, (_, i) => ({ key: 'one-partition', value: `${label}-${i}` }));
}

/** Records on the topic's only partition (its high watermark). */
async function recordsOn(kafka: Kafka, topic: string): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const [partition] = await admin.fetchTopicOffsets(topic);
    return Number(partition.high);
  } finally {
    await admin.disconnect();
  }
}

/**
 * Batch A's answer is lost on every attempt (the broker appended it once: the retries are
 * duplicates), so its send fails; then batch B, of as many records, goes to the same partition.
 */
async function loseAnAnswerThenSend(producer: EventProducer, sockets: AnswerLosingSockets, topic: string) {
  await producer.send({ topic, acks: -1, messages: messages('warm-up', 1) });
  sockets.armed = true;
  await expect(producer.send({ topic, acks: -1, messages: messages('a', 5) })).rejects.toThrow();
  sockets.armed = false;
  expect(sockets.producesLost).toBeGreaterThan(0);
  await producer.send({ topic, acks: -1, messages: messages('b', 5) });
}

describe('a Kafka send whose answer was lost (real broker, answers dropped on the way back)', () => {
  const admin = testKafka('renewing-producer-test');
  let sockets: AnswerLosingSockets;
  let kafka: Kafka;
  let topic: string;

  beforeEach(async () => {
    sockets = new AnswerLosingSockets();
    kafka = new Kafka({
      clientId: 'renewing-producer-test',
      brokers: testEnv.kafkaBrokers,
      logLevel: logLevel.NOTHING,
      socketFactory: sockets.factory,
    });
    topic = uniqueName('test.renewing-producer.v1');
    await createTopics(admin, [topic], 1);
  });

  it("the hazard: a kafkajs idempotent producer reuses the failed send's sequence numbers, and the broker takes the next batch for a copy and drops it", async () => {
    // kafkajs's idempotent mode, with the bounded retries the platform used before it moved to
    // single-attempt producers (kafka-client.ts says why).
    const producer: Producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      retry: { retries: 2, initialRetryTime: 100, maxRetryTime: 1000 },
    });
    await producer.connect();
    try {
      await loseAnAnswerThenSend(producer, sockets, topic);
    } finally {
      await producer.disconnect();
    }
    // warm-up 1 + A 5 (appended once) and B acknowledged but never written.
    expect(await recordsOn(admin, topic)).toBe(6);
  });

  it('RenewingProducer sends the next batch with a new producer, so it is written', async () => {
    const producer = new RenewingProducer(() => createSingleAttemptProducer(kafka));
    try {
      await loseAnAnswerThenSend(producer, sockets, topic);
      expect(producer.generation).toBe(2);
    } finally {
      await producer.disconnect();
    }
    // warm-up 1 + A 5 (appended by the failed send: a copy the consumers' inboxes absorb) + B 5.
    expect(await recordsOn(admin, topic)).toBe(11);
  });
});
