import { headerListFromStored, type RawConsumedRecord } from '@aeo/messaging';
import { deadLetterRowOf, readableText, replayRecordOf, unstorableRowOf } from './dead-letter-record';

const message = (headers: RawConsumedRecord['headers'], extra: Partial<RawConsumedRecord> = {}): RawConsumedRecord =>
  ({
    key: Buffer.from('5123456'),
    value: Buffer.from('{"not":"an event"}'),
    timestamp: String(Date.parse('2026-12-01T10:00:00.000Z')),
    offset: '42',
    headers,
    ...extra,
  }) as RawConsumedRecord;

describe('dead letters as stored', () => {
  it('take the record’s bytes and what the dlq_* headers say', () => {
    const row = deadLetterRowOf(
      'aeo.application.events.v1.dlq',
      2,
      message({
        ce_id: Buffer.from('e-1'),
        dlq_reason: Buffer.from('malformed: no ce_type'),
        dlq_original_topic: Buffer.from('aeo.application.events.v1'),
        dlq_original_partition: Buffer.from('3'),
        dlq_original_offset: Buffer.from('1234567890123'),
        dlq_consumer: Buffer.from('notifications.events'),
        dlq_at: Buffer.from('2026-12-01T09:59:58.123Z'),
      }),
    );
    expect(row).toMatchObject({
      dlqTopic: 'aeo.application.events.v1.dlq',
      dlqPartition: 2,
      dlqOffset: '42',
      recordKey: Buffer.from('5123456'),
      reason: 'malformed: no ce_type',
      originalTopic: 'aeo.application.events.v1',
      originalPartition: 3,
      originalOffset: '1234567890123',
      consumer: 'notifications.events',
      deadLetteredAt: new Date('2026-12-01T09:59:58.123Z'),
    });
    expect(headerListFromStored(JSON.parse(row.headers)).map(([name]) => name)).toContain('ce_id');
  });

  it('leave out headers that are not what they should be, and say when the reason is missing', () => {
    const row = deadLetterRowOf(
      'x.dlq',
      0,
      message({
        dlq_reason: Buffer.from('bad\u0000reason'),
        dlq_original_topic: Buffer.from('"); DROP'),
        dlq_original_partition: Buffer.from('-1'),
        dlq_original_offset: Buffer.from('99999999999999999999'),
        dlq_at: Buffer.from('yesterday'),
      }),
    );
    expect(row).toMatchObject({
      reason: 'bad reason',
      originalTopic: null,
      originalPartition: null,
      originalOffset: null,
      consumer: null,
      deadLetteredAt: new Date('2026-12-01T10:00:00.000Z'),
    });
    expect(deadLetterRowOf('x.dlq', 0, message(undefined)).reason).toBe('no dlq_reason header');
  });

  it('keep any header name, a NUL too (jsonb refuses it in text), and read rows stored before names were base64', () => {
    const row = deadLetterRowOf('x.dlq', 0, message({ 'a\u0000b': Buffer.from('x'), ce_id: Buffer.from('e-1') }));
    expect(row.headers).not.toContain('\\u0000');
    expect(headerListFromStored(JSON.parse(row.headers))).toEqual([
      ['a\u0000b', Buffer.from('x')],
      ['ce_id', Buffer.from('e-1')],
    ]);
    expect(headerListFromStored([['ce_id', Buffer.from('e-1').toString('base64')]])).toEqual([
      ['ce_id', Buffer.from('e-1')],
    ]);
  });

  it('store a record PostgreSQL refused as a placeholder: where it was and its bytes, the refusal as the reason', () => {
    const row = deadLetterRowOf('x.dlq', 1, message({ dlq_original_topic: Buffer.from('x') }));
    expect(unstorableRowOf(row, new Error('unsupported Unicode escape sequence'))).toEqual({
      dlqTopic: 'x.dlq',
      dlqPartition: 1,
      dlqOffset: '42',
      recordKey: Buffer.from('5123456'),
      payload: Buffer.from('{"not":"an event"}'),
      headers: '[]',
      reason: 'unstorable: unsupported Unicode escape sequence',
      originalTopic: null,
      originalPartition: null,
      originalOffset: null,
      consumer: null,
      deadLetteredAt: new Date('2026-12-01T10:00:00.000Z'),
    });
  });

  it('are replayed with their key, value and headers, without the dlq_* ones, with the replay header', () => {
    const record = replayRecordOf('0b5c…', {
      recordKey: Buffer.from('k'),
      payload: Buffer.from([0xff, 0x00]),
      headers: [
        ['ce_id', Buffer.from('e-1')],
        ['dlq_reason', Buffer.from('x')],
        ['trace', Buffer.from('a')],
        ['trace', Buffer.from('b')],
      ],
    });
    expect(record).toEqual({
      key: Buffer.from('k'),
      value: Buffer.from([0xff, 0x00]),
      headers: [
        ['ce_id', Buffer.from('e-1')],
        ['trace', Buffer.from('a')],
        ['trace', Buffer.from('b')],
        ['aeo_replay_of', Buffer.from('0b5c…')],
      ],
    });
  });

  it('show bytes as text only when they are readable UTF-8', () => {
    expect(readableText(Buffer.from('Тайлан\n'))).toBe('Тайлан\n');
    expect(readableText(Buffer.from([0xff, 0xfe]))).toBeNull();
    expect(readableText(Buffer.from('a\u0000b'))).toBeNull();
    expect(readableText(null)).toBeNull();
  });
});
