import type { ProducerBatch, ProducerRecord, RecordMetadata } from 'kafkajs';
import type { Logger } from 'pino';

/** What the platform sends events with: the outbox relay's records and the consumers' dead letters. */
export interface EventProducer {
  connect(): Promise<void>;
  send(record: ProducerRecord): Promise<RecordMetadata[]>;
  sendBatch(batch: ProducerBatch): Promise<RecordMetadata[]>;
  disconnect(): Promise<void>;
}

/**
 * A producer that is never used again after a failed send: the next send goes through a new
 * producer (new connections, fresh metadata, and for an idempotent producer a new producer id with
 * sequence numbers from 0). Sends go one at a time.
 *
 * Why: the platform's producers make one attempt per send (`createSingleAttemptProducer` says why),
 * so a failed send is sent again whole by its caller; it should not go through a client whose state
 * the failure may have left wrong. The case that showed it: an idempotent kafkajs producer numbers
 * each partition's record batches, takes the numbers before a produce request and gives them back
 * when the request fails (`sendMessages.js`), but a request that failed on the client's side (a
 * connection reset, a timeout while a leader moves) may have been appended by the broker. The next
 * batch to that partition then reused the numbers: the broker answered it as a duplicate of the
 * appended one, with success, and did not write it (`renewing-producer.int-spec.ts`). Whatever a
 * failed send did write is at most a copy that the consumers' inboxes absorb. One send at a time,
 * because a send queued behind a failing one on the same producer would share its fate.
 */
export class RenewingProducer implements EventProducer {
  private producer?: EventProducer;
  private ready?: Promise<void>;
  private queue: Promise<unknown> = Promise.resolve();
  private producersCreated = 0;

  constructor(
    private readonly create: () => EventProducer,
    private readonly logger?: Logger,
  ) {}

  /** Producers made so far (1 until a send failed). */
  get generation(): number {
    return this.producersCreated;
  }

  /** Connects the producer the next send will use (a failed connection is dropped like a failed send). */
  async connect(): Promise<void> {
    await this.exclusive(async () => undefined);
  }

  send(record: ProducerRecord): Promise<RecordMetadata[]> {
    return this.exclusive((producer) => producer.send(record));
  }

  sendBatch(batch: ProducerBatch): Promise<RecordMetadata[]> {
    return this.exclusive((producer) => producer.sendBatch(batch));
  }

  /** Waits for the sends under way, then disconnects (a later send would connect a new producer). */
  async disconnect(): Promise<void> {
    await this.queue;
    await this.drop()?.catch(() => undefined);
  }

  private exclusive<T>(work: (producer: EventProducer) => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      try {
        return await work(await this.connected());
      } catch (error) {
        this.logger?.warn(
          { err: error, producersCreated: this.producersCreated },
          'Kafka send failed: its producer is replaced (a new producer id) before the next send',
        );
        // Not awaited: the error goes back to the caller at once, the old producer closes behind.
        void this.drop()?.catch(() => undefined);
        throw error;
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async connected(): Promise<EventProducer> {
    if (!this.producer) {
      this.producer = this.create();
      this.producersCreated += 1;
      this.ready = this.producer.connect();
    }
    await this.ready;
    return this.producer;
  }

  /** Forgets the current producer (the next send makes a new one) and returns its disconnection. */
  private drop(): Promise<void> | undefined {
    const producer = this.producer;
    this.producer = undefined;
    this.ready = undefined;
    return producer?.disconnect();
  }
}
