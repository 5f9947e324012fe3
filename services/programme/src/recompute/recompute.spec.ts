import type { KafkaAdminReader } from '@aeo/messaging';
import { TOPIC_NAMES } from '@aeo/contracts';
import { consumersOf, rangeOf } from './recompute';

describe('the recompute’s --from and --to', () => {
  it('reads them as days of the programme’s time zone (PROGRAMME_TIME_ZONE), to exclusive', () => {
    expect(rangeOf('2026-04-01', '2026-07-01', 'Asia/Ulaanbaatar')).toEqual({
      from: new Date('2026-03-31T16:00:00Z'),
      to: new Date('2026-06-30T16:00:00Z'),
    });
    expect(rangeOf('2026-04-01', '2026-07-01', 'UTC')).toEqual({
      from: new Date('2026-04-01T00:00:00Z'),
      to: new Date('2026-07-01T00:00:00Z'),
    });
    expect(rangeOf(undefined, undefined, 'Asia/Ulaanbaatar')).toBeUndefined();
  });

  it('refuses a day that is not a date, one without the other, and an empty range', () => {
    expect(() => rangeOf('2026-04-01', undefined, 'UTC')).toThrow('--to must be a date (YYYY-MM-DD) given with --from');
    expect(() => rangeOf('2026-02-30', '2026-04-01', 'UTC')).toThrow('--from must be a date');
    expect(() => rangeOf('2026-04-01', '2026-04-01', 'UTC')).toThrow('--to must be after --from');
  });
});

describe('the topics the recompute waits for', () => {
  it('are the ones its consumers read, under KAFKA_TOPIC_PREFIX (a test’s own copies)', async () => {
    const prefix = 'test-0a1b2c3d.';
    const broker = [TOPIC_NAMES.applicationEvents, `${TOPIC_NAMES.applicationEvents}.dlq`].map((t) => prefix + t);
    const admin = {
      listTopics: async () => [...broker, `${TOPIC_NAMES.riskEvents}.dlq`],
    } as unknown as KafkaAdminReader;
    const topics = (await consumersOf(admin, prefix)).flatMap((consumer) => consumer.topics);
    expect(topics).toContain(`${prefix}${TOPIC_NAMES.applicationEvents}`);
    expect(topics).toContain(`${prefix}${TOPIC_NAMES.declarationEvents}`);
    expect(topics).toContain(`${prefix}${TOPIC_NAMES.applicationEvents}.dlq`);
    expect(topics.filter((topic) => !topic.startsWith(prefix))).toEqual([]);
  });
});
