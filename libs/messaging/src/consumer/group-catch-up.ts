import type { Admin, Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import { recordsBehind, type PartitionRange } from './consumer-lag';

const key = (topic: string, partition: number) => `${topic}/${partition}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Whether a consumer group has folded everything its topics held at a moment: its committed
 * offsets (committed once the batch's transactions have) at or past the end offsets taken then.
 * Another consumer of the same service waits on it when its answer must not depend on which of
 * the two was faster (the channel decision on the AEO register projection).
 *
 * `caughtUp()` resolves with a check whose end offsets were taken after the call, so every record
 * published before the call counts. Checks are shared: callers arriving while one runs wait for
 * the next one, so there are at most two round trips (end offsets, committed offsets) under way
 * per group whatever the number of callers.
 */
export class GroupCatchUp {
  private inFlight?: Promise<boolean>;
  private next?: Promise<boolean>;
  private admin?: Promise<Admin>;

  constructor(
    private readonly kafka: Kafka,
    private readonly groupId: string,
    private readonly topics: readonly string[],
    private readonly logger?: Logger,
    private readonly pollMs = 25,
  ) {}

  /**
   * True once the group has committed every record its topics held when this was called; false
   * when `timeoutMs` passed first (Kafka errors meanwhile are retried until then, never thrown).
   */
  caughtUp(timeoutMs: number): Promise<boolean> {
    if (!this.inFlight) return this.start(timeoutMs);
    this.next ??= this.inFlight.then(() => {
      this.next = undefined;
      return this.start(timeoutMs);
    });
    return this.next;
  }

  async close(): Promise<void> {
    const admin = await this.admin?.catch(() => undefined);
    this.admin = undefined;
    await admin?.disconnect().catch(() => undefined);
  }

  private start(timeoutMs: number): Promise<boolean> {
    const run = this.check(Date.now() + timeoutMs).finally(() => {
      if (this.inFlight === run) this.inFlight = undefined;
    });
    this.inFlight = run;
    return run;
  }

  private async check(deadline: number): Promise<boolean> {
    let ends: Map<string, PartitionRange> | undefined;
    for (let attempt = 0; ; attempt++) {
      try {
        const admin = await this.connectedAdmin();
        ends ??= await this.endOffsets(admin);
        if (await this.committedUpTo(admin, ends)) return true;
      } catch (error) {
        this.logger?.warn({ err: error, groupId: this.groupId }, 'consumer catch-up check failed; retrying');
        if (this.admin) await this.close();
      }
      if (Date.now() >= deadline) return false;
      await sleep(Math.min(this.pollMs * (attempt + 1), 250));
    }
  }

  private async endOffsets(admin: Admin): Promise<Map<string, PartitionRange>> {
    const ends = new Map<string, PartitionRange>();
    for (const topic of this.topics)
      for (const partition of await admin.fetchTopicOffsets(topic))
        ends.set(key(topic, partition.partition), { low: BigInt(partition.low), high: BigInt(partition.high) });
    return ends;
  }

  private async committedUpTo(admin: Admin, ends: Map<string, PartitionRange>): Promise<boolean> {
    const committed = await admin.fetchOffsets({ groupId: this.groupId, topics: [...this.topics] });
    const seen = new Set<string>();
    for (const { topic, partitions } of committed)
      for (const { partition, offset } of partitions) {
        seen.add(key(topic, partition));
        const range = ends.get(key(topic, partition));
        if (range && recordsBehind(offset, range) > 0n) return false;
      }
    // A partition the answer does not list has nothing committed: caught up only if it holds nothing.
    for (const [partition, range] of ends) if (!seen.has(partition) && range.high > range.low) return false;
    return true;
  }

  private connectedAdmin(): Promise<Admin> {
    if (!this.admin) {
      const admin = this.kafka.admin();
      const connected = admin.connect().then(() => admin);
      this.admin = connected;
      connected.catch(() => {
        if (this.admin === connected) this.admin = undefined;
        void admin.disconnect().catch(() => undefined);
      });
    }
    return this.admin;
  }
}
