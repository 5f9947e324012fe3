import { TOPIC_NAMES } from '@aeo/contracts';
import type { RawConsumedRecord } from '@aeo/messaging';
import { deadLetterFact, deadLetterTopics } from './dead-letters.consumer';

const DLQ = `${TOPIC_NAMES.applicationEvents}.dlq`;

const message = (headers: Record<string, string>, more: { offset?: string } = {}) =>
  ({
    key: Buffer.from('operator-1'),
    value: Buffer.from('{}'),
    timestamp: String(Date.parse('2026-05-01T10:00:00.000Z')),
    offset: '42',
    headers,
    ...more,
  }) as RawConsumedRecord;

const letter = {
  ce_id: 'event-1',
  dlq_reason: 'invalid data: applicationId: Invalid UUID',
  dlq_original_topic: TOPIC_NAMES.applicationEvents,
  dlq_original_partition: '3',
  dlq_original_offset: '1007',
  dlq_consumer: 'programme.kpi-facts',
  dlq_at: '2026-05-02T08:30:00.000Z',
};

describe('a dead letter as a fact', () => {
  it('is keyed by the record it sets aside, whoever dead-lettered it and wherever the letter lies', () => {
    const first = deadLetterFact(DLQ, 0, message(letter));
    const again = deadLetterFact(
      DLQ,
      0,
      message({ ...letter, dlq_consumer: 'applications.projection' }, { offset: '43' }),
    );
    expect(first).toEqual({
      eventId: `dlq:${TOPIC_NAMES.applicationEvents}/3/1007`,
      topic: DLQ,
      subject: 'event-1',
      occurredAt: new Date('2026-05-02T08:30:00.000Z'),
      detail: 'invalid data: applicationId: Invalid UUID',
      category: TOPIC_NAMES.applicationEvents,
    });
    expect(again.eventId).toBe(first.eventId);
  });

  it('falls back to its own coordinates, the record time and the key when the headers do not say', () => {
    expect(deadLetterFact(DLQ, 2, message({}))).toEqual({
      eventId: `dlq:${DLQ}/2/42`,
      topic: DLQ,
      subject: 'operator-1',
      occurredAt: new Date('2026-05-01T10:00:00.000Z'),
      detail: 'no dlq_reason header',
      category: TOPIC_NAMES.applicationEvents,
    });
    // An original that is no topic of the platform, or offsets that are not numbers, are not trusted as a key.
    for (const forged of [
      { ...letter, dlq_original_topic: 'elsewhere' },
      { ...letter, dlq_original_offset: '1; DROP' },
      { ...letter, dlq_original_partition: '' },
    ])
      expect(deadLetterFact(DLQ, 2, message(forged)).eventId).toBe(`dlq:${DLQ}/2/42`);
    expect(deadLetterFact(DLQ, 2, message({ ...letter, dlq_at: 'yesterday' })).occurredAt).toEqual(
      new Date('2026-05-01T10:00:00.000Z'),
    );
  });

  it('keeps the words as bounded text without control characters', () => {
    const fact = deadLetterFact(DLQ, 0, message({ ...letter, dlq_reason: `bad\u0000value\n${'x'.repeat(5000)}` }));
    expect(fact.detail).toHaveLength(4000);
    expect(fact.detail.startsWith('bad value x')).toBe(true);
  });
});

describe('the dead-letter topics read', () => {
  const broker = [DLQ, `test-1a2b.${DLQ}`, `test-1a2b.${TOPIC_NAMES.applicationEvents}`, 'other.dlq'];

  it('are the platform topics’ .dlq twins on the broker, under the service’s KAFKA_TOPIC_PREFIX (a test’s own)', () => {
    expect(deadLetterTopics(broker)).toEqual([DLQ]);
    expect(deadLetterTopics(broker, 'test-1a2b.')).toEqual([`test-1a2b.${DLQ}`]);
  });
});
