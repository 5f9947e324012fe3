import type { Admin, Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import { recordsBehind, type PartitionRange } from './consumer-lag';

const key = (topic: string, partition: number) => `${topic}/${partition}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A check shared by its callers: it polls until caught up or its latest caller's deadline. */
interface Check {
  deadline: number;
  result: Promise<boolean>;
}

/**
 * Whether a consumer group has folded everything its topics held at a moment: its committed
 * offsets (committed once the batch's transactions have) at or past the end offsets taken then.
 * Another consumer of the same service waits on it when its answer must not depend on which of
 * the two was faster (the channel decision on the AEO register projection).
 *
 * `caughtUp()` resolves with a check whose end offsets were taken after the call, so every record
 * published before the call counts. Checks are shared: callers arriving while one runs wait for
 * the next one, so there are at most two round trips (end offsets, committed offsets) under way
 * per group whatever the number of callers. Each caller keeps its own deadline (a shared check
 * polls until the latest of its callers') and stops waiting when `keepWaiting` says so.
 */
export class GroupCatchUp {
  private inFlight?: Check;
  private next?: Check;
  private admin?: Promise<Admin>;
  private closed = false;

  constructor(
    private readonly kafka: Kafka,
    private readonly groupId: string,
    private readonly topics: readonly string[],
    private readonly logger?: Logger,
    private readonly pollMs = 25,
  ) {}

  /**
   * True once the group has committed every record its topics held when this was called; false
   * when `timeoutMs` passed first, or `keepWaiting` (asked every poll) answered false (Kafka errors
   * meanwhile are retried until then, never thrown).
   */
  caughtUp(timeoutMs: number, keepWaiting?: () => boolean): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    let check: Check;
    if (!this.inFlight) check = this.begin(deadline);
    else if (this.next) {
      check = this.next;
      check.deadline = Math.max(check.deadline, deadline);
    } else {
      const after = this.inFlight.result;
      const next: Check = { deadline, result: Promise.resolve(false) };
      next.result = after.then(() => {
        this.next = undefined;
        return this.run(next);
      });
      this.next = check = next;
    }
    return this.waitFor(check, deadline, keepWaiting);
  }

  /** Disconnects; checks under way end (false) at their next poll. */
  async close(): Promise<void> {
    this.closed = true;
    await this.disconnect();
  }

  private begin(deadline: number): Check {
    const check: Check = { deadline, result: Promise.resolve(false) };
    check.result = this.run(check);
    return check;
  }

  private run(check: Check): Promise<boolean> {
    this.inFlight = check;
    return this.poll(check).finally(() => {
      if (this.inFlight === check) this.inFlight = undefined;
    });
  }

  /** The caller's answer: the check's, unless the caller's deadline or `keepWaiting` comes first. */
  private waitFor(check: Check, deadline: number, keepWaiting?: () => boolean): Promise<boolean> {
    return new Promise((resolve) => {
      const done = (value: boolean) => {
        clearTimeout(timer);
        clearInterval(asking);
        resolve(value);
      };
      const timer = setTimeout(() => done(false), Math.max(0, deadline - Date.now()));
      const asking = keepWaiting ? setInterval(() => keepWaiting() || done(false), this.pollMs) : undefined;
      check.result.then(done, () => done(false));
    });
  }

  private async poll(check: Check): Promise<boolean> {
    let ends: Map<string, PartitionRange> | undefined;
    for (let attempt = 0; !this.closed; attempt++) {
      try {
        const admin = await this.connectedAdmin();
        // Both asked at once (a check is on the path of every batch that waits for it): committed
        // offsets only grow, so offsets committed by the time of either answer that reach end offsets
        // taken after the call mean the group had folded everything published before the call.
        const [endsNow, committed] = await Promise.all([ends ?? this.endOffsets(admin), this.committed(admin)]);
        ends = endsNow;
        if (this.committedUpTo(committed, ends)) return true;
      } catch (error) {
        this.logger?.warn({ err: error, groupId: this.groupId }, 'consumer catch-up check failed; retrying');
        if (this.admin) await this.disconnect();
      }
      // The latest deadline of the check's callers (one may have joined meanwhile).
      if (Date.now() >= check.deadline) return false;
      await sleep(Math.min(this.pollMs * (attempt + 1), 250));
    }
    return false;
  }

  private async disconnect(): Promise<void> {
    const admin = await this.admin?.catch(() => undefined);
    this.admin = undefined;
    await admin?.disconnect().catch(() => undefined);
  }

  private async endOffsets(admin: Admin): Promise<Map<string, PartitionRange>> {
    const ends = new Map<string, PartitionRange>();
    for (const topic of this.topics)
      for (const partition of await admin.fetchTopicOffsets(topic))
        ends.set(key(topic, partition.partition), { low: BigInt(partition.low), high: BigInt(partition.high) });
    return ends;
  }

  private committed(admin: Admin): ReturnType<Admin['fetchOffsets']> {
    return admin.fetchOffsets({ groupId: this.groupId, topics: [...this.topics] });
  }

  private committedUpTo(
    committed: Awaited<ReturnType<Admin['fetchOffsets']>>,
    ends: Map<string, PartitionRange>,
  ): boolean {
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
    if (this.closed) return Promise.reject(new Error('catch-up check closed'));
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
