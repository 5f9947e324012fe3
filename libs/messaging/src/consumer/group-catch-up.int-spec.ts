import type { Admin, Producer } from 'kafkajs';
import { createTopics, testKafka, uniqueName } from '@aeo/testing';
import { GroupCatchUp } from './group-catch-up';

jest.setTimeout(60_000);

/**
 * GroupCatchUp against the real broker: a group counts as caught up only once its committed
 * offsets reach the end offsets taken after the call, and a caller arriving while a check runs
 * waits for a check of its own (a record published just before it counts).
 */
describe('GroupCatchUp (real Kafka)', () => {
  const kafka = testKafka('group-catch-up-test');
  const topic = uniqueName('test-catch-up');
  let admin: Admin;
  let producer: Producer;

  const publish = (count: number) =>
    producer.send({
      topic,
      acks: -1,
      messages: Array.from({ length: count }, (_, i) => ({ key: `k${i}`, value: 'x' })),
    });
  /** Commits the group at the topic's current end (as a consumer that folded everything would). */
  const commitToEnd = async (groupId: string) => {
    const ends = await admin.fetchTopicOffsets(topic);
    await admin.setOffsets({
      groupId,
      topic,
      partitions: ends.map((p) => ({ partition: p.partition, offset: p.high })),
    });
  };

  beforeAll(async () => {
    await createTopics(kafka, [topic], 2);
    admin = kafka.admin();
    await admin.connect();
    producer = kafka.producer();
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await admin?.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin?.disconnect();
  });

  it('an empty topic: caught up with nothing committed', async () => {
    const empty = uniqueName('test-catch-up-empty');
    await createTopics(kafka, [empty], 2);
    const catchUp = new GroupCatchUp(kafka, uniqueName('group'), [empty]);
    try {
      expect(await catchUp.caughtUp(1000)).toBe(true);
    } finally {
      await catchUp.close();
      await admin.deleteTopics({ topics: [empty] }).catch(() => undefined);
    }
  });

  it('false while records are not committed, true once they are; a newer record counts again', async () => {
    const groupId = uniqueName('group');
    const catchUp = new GroupCatchUp(kafka, groupId, [topic], undefined, 10);
    try {
      await publish(5);
      expect(await catchUp.caughtUp(300)).toBe(false);
      await commitToEnd(groupId);
      expect(await catchUp.caughtUp(5000)).toBe(true);
      await publish(1);
      expect(await catchUp.caughtUp(300)).toBe(false);
      await commitToEnd(groupId);
      expect(await catchUp.caughtUp(5000)).toBe(true);
    } finally {
      await catchUp.close();
    }
  });

  it('a caller arriving during a check waits for a check of its own, which counts the records published before it', async () => {
    const groupId = uniqueName('group');
    const catchUp = new GroupCatchUp(kafka, groupId, [topic], undefined, 10);
    try {
      const endsBefore = await admin.fetchTopicOffsets(topic);
      const first = catchUp.caughtUp(20_000);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await publish(2);
      const second = catchUp.caughtUp(20_000);
      let secondDone = false;
      void second.then(() => (secondDone = true));
      // Committed up to the end the first check saw, not to the records published since.
      await admin.setOffsets({
        groupId,
        topic,
        partitions: endsBefore.map((p) => ({ partition: p.partition, offset: p.high })),
      });
      expect(await first).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(secondDone).toBe(false);
      await commitToEnd(groupId);
      expect(await second).toBe(true);
    } finally {
      await catchUp.close();
    }
  });
});
