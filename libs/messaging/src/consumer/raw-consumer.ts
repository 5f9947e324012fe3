import type { KafkaClient } from '../kafka/kafka-client';

/** A record's headers as read: a repeated header as a list of its values. */
export type RawHeaders = Record<string, Buffer | string | (Buffer | string)[] | undefined>;

/** A record as read, not decoded: a raw consumer takes records that may be no event at all. */
export interface RawConsumedRecord {
  offset: string;
  /** Milliseconds since the epoch, as a decimal string. */
  timestamp: string;
  key: Buffer | null;
  value: Buffer | null;
  headers?: RawHeaders;
}

/** Records of one partition, in offset order. */
export interface RawBatch {
  topic: string;
  partition: number;
  records: RawConsumedRecord[];
}

export interface RawConsumerOptions {
  groupId: string;
  /** Topics by name, or by regular expressions matched against the topics there are when it starts. */
  topics: readonly (string | RegExp)[];
  /** Asked after a failure: the consumer restarts while it answers true. */
  keepRunning: () => boolean;
  /** Takes a batch; once it resolves the batch's offsets are committed (a failure reads the batch again). */
  onBatch: (batch: RawBatch) => Promise<void>;
  /** The consumer gave up for good (its retries spent and no restart); start another to go on. */
  onGaveUp?: () => void;
}

export interface RawConsumer {
  stop(): Promise<void>;
}

/**
 * A consumer of raw records from the start of its topics (committed offsets carry over): no
 * envelope decoding, no inbox, no dead-lettering (the dead-letter topics' own readers: a dead
 * letter is often no valid event). Each batch is handed over whole and its offsets are committed
 * after, so the batch's store is its inbox.
 */
export async function startRawConsumer(kafka: KafkaClient, options: RawConsumerOptions): Promise<RawConsumer> {
  const consumer = kafka.consumer({
    groupId: options.groupId,
    allowAutoTopicCreation: false,
    sessionTimeout: 10000,
    rebalanceTimeout: 15000,
    heartbeatInterval: 2000,
    retry: {
      retries: 8,
      initialRetryTime: 300,
      maxRetryTime: 5000,
      restartOnFailure: async () => options.keepRunning(),
    },
  });
  consumer.on(consumer.events.CRASH, (event) => {
    if (!event.payload.restart) options.onGaveUp?.();
  });
  try {
    await consumer.connect();
    await consumer.subscribe({ topics: [...options.topics], fromBeginning: true });
    await consumer.run({
      eachBatchAutoResolve: false,
      eachBatch: async ({ batch, resolveOffset, commitOffsetsIfNecessary, heartbeat }) => {
        const { topic, partition, messages } = batch;
        if (messages.length === 0) return;
        await options.onBatch({ topic, partition, records: messages });
        resolveOffset(messages[messages.length - 1]!.offset);
        await commitOffsetsIfNecessary();
        await heartbeat();
      },
    });
  } catch (error) {
    await consumer.disconnect().catch(() => undefined);
    throw error;
  }
  return { stop: () => consumer.disconnect() };
}
