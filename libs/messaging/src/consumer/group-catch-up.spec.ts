import type { Kafka } from 'kafkajs';
import { GroupCatchUp } from './group-catch-up';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A broker of one partition holding `high` records, of which the group committed `committed`. */
function fakeBroker(state: { high: number; committed: number }) {
  const counts = { connects: 0 };
  const admin = {
    connect: async () => void counts.connects++,
    disconnect: async () => undefined,
    fetchTopicOffsets: async () => [{ partition: 0, low: '0', high: String(state.high), offset: String(state.high) }],
    fetchOffsets: async ({ topics }: { topics: string[] }) =>
      topics.map((topic) => ({ topic, partitions: [{ partition: 0, offset: String(state.committed) }] })),
  };
  return { kafka: { admin: () => admin } as unknown as Kafka, counts };
}

/** How long `promise` took to settle, and its value. */
async function timed<T>(promise: Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await promise;
  return { value, ms: Date.now() - started };
}

describe('GroupCatchUp deadlines (a broker that never catches up unless told)', () => {
  it('a caller arriving while a check runs waits no longer than its own timeout (not the check under way and then its own)', async () => {
    const catchUp = new GroupCatchUp(fakeBroker({ high: 5, committed: 0 }).kafka, 'g', ['t']);
    const first = catchUp.caughtUp(1000);
    await sleep(400);
    // Before: it waited for the first check (600 ms more) and then a full check of its own: 1,100 ms.
    const second = await timed(catchUp.caughtUp(500));
    expect(second.value).toBe(false);
    expect(second.ms).toBeLessThan(850);
    expect(await first).toBe(false);
    await catchUp.close();
  });

  it('callers sharing the next check each keep their own deadline: the longest still sees the group catch up', async () => {
    const state = { high: 5, committed: 0 };
    const catchUp = new GroupCatchUp(fakeBroker(state).kafka, 'g', ['t']);
    const first = catchUp.caughtUp(300);
    const short = timed(catchUp.caughtUp(200));
    const long = timed(catchUp.caughtUp(3000));
    await sleep(800);
    state.committed = 5;
    expect(await first).toBe(false);
    expect((await short).value).toBe(false);
    expect((await short).ms).toBeLessThan(450);
    const answer = await long;
    expect(answer.value).toBe(true);
    expect(answer.ms).toBeLessThan(2000);
    await catchUp.close();
  });

  it('stops waiting as soon as keepWaiting answers false (a consumer stopping or rebalancing)', async () => {
    const catchUp = new GroupCatchUp(fakeBroker({ high: 5, committed: 0 }).kafka, 'g', ['t']);
    let running = true;
    setTimeout(() => (running = false), 100);
    const answer = await timed(catchUp.caughtUp(10_000, () => running));
    expect(answer.value).toBe(false);
    expect(answer.ms).toBeLessThan(1000);
    await catchUp.close();
  });

  it('a check under way ends at close and connects no admin client again', async () => {
    const broker = fakeBroker({ high: 5, committed: 0 });
    const catchUp = new GroupCatchUp(broker.kafka, 'g', ['t']);
    const waiting = timed(catchUp.caughtUp(10_000));
    await sleep(100);
    await catchUp.close();
    const answer = await waiting;
    expect(answer.value).toBe(false);
    expect(answer.ms).toBeLessThan(1000);
    const connects = broker.counts.connects;
    await sleep(300);
    expect(broker.counts.connects).toBe(connects);
  });

  it('asks for the committed offsets without waiting for the end offsets (one round trip a check, not two)', async () => {
    const broker = fakeBroker({ high: 5, committed: 5 });
    const admin = broker.kafka.admin() as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    const endOffsets = admin['fetchTopicOffsets'];
    const committedOffsets = admin['fetchOffsets'];
    let committedAsked!: () => void;
    const asked = new Promise<void>((resolve) => (committedAsked = resolve));
    // The end offsets answer only once the committed offsets were asked for (or after 3 s): one
    // after the other, the check cannot answer within its second.
    admin['fetchTopicOffsets'] = async (...args) => {
      await Promise.race([asked, sleep(3000)]);
      return endOffsets(...args);
    };
    admin['fetchOffsets'] = async (...args) => {
      committedAsked();
      return committedOffsets(...args);
    };
    const catchUp = new GroupCatchUp(broker.kafka, 'g', ['t']);
    expect(await catchUp.caughtUp(1000)).toBe(true);
    await catchUp.close();
  });

  it('answers true at once when the group has committed everything', async () => {
    const catchUp = new GroupCatchUp(fakeBroker({ high: 5, committed: 5 }).kafka, 'g', ['t']);
    expect(await catchUp.caughtUp(1000)).toBe(true);
    await catchUp.close();
  });
});
