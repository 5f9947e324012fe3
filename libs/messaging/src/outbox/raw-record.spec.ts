import { headerListFromStored, rawRecordOf, rawRecordPayload, storedHeaderList } from './raw-record';

describe('raw records in the outbox', () => {
  it('come back byte for byte: key, value (not UTF-8 either), and headers, a repeated one as a list', () => {
    const value = Buffer.from([0x00, 0xff, 0xfe, 0x7b]);
    const payload = rawRecordPayload({
      key: Buffer.from('operator-1'),
      value,
      headers: [
        ['ce_id', Buffer.from('e-1')],
        ['trace', Buffer.from('a')],
        ['trace', Buffer.from('b')],
      ],
    });
    expect(JSON.parse(payload)).toEqual(expect.objectContaining({ key: Buffer.from('operator-1').toString('base64') }));
    expect(rawRecordOf(payload)).toEqual({
      key: Buffer.from('operator-1'),
      value,
      headers: { ce_id: Buffer.from('e-1'), trace: [Buffer.from('a'), Buffer.from('b')] },
    });
  });

  it('keep a null key and value (a tombstone) null', () => {
    expect(rawRecordOf(rawRecordPayload({ key: null, value: null, headers: [] }))).toEqual({
      key: null,
      value: null,
      headers: {},
    });
  });

  it('hold any header name, a NUL too (which jsonb refuses in text): names are stored as base64 as the values', () => {
    const payload = rawRecordPayload({ key: null, value: null, headers: [['a\u0000b', Buffer.from('x')]] });
    expect(payload).not.toContain('\\u0000');
    expect(rawRecordOf(payload).headers).toEqual({ 'a\u0000b': Buffer.from('x') });
  });

  it('read headers stored before names were base64 ([name, base64 value]) and leave out what is neither', () => {
    const stored = [
      ['ce_id', Buffer.from('e-1').toString('base64')],
      ...storedHeaderList([['b', Buffer.from('y')]]),
      7,
    ];
    expect(headerListFromStored(stored)).toEqual([
      ['ce_id', Buffer.from('e-1')],
      ['b', Buffer.from('y')],
    ]);
    expect(headerListFromStored('not a list')).toEqual([]);
    const earlierRow = JSON.stringify({
      key: null,
      value: null,
      headers: [['trace', Buffer.from('a').toString('base64')]],
    });
    expect(rawRecordOf(earlierRow).headers).toEqual({ trace: Buffer.from('a') });
  });
});
