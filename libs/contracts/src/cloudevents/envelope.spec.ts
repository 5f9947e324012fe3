import { fromKafkaRecord, MalformedEventError, toKafkaRecord } from './envelope';

const envelope = {
  id: '7f0c5a52-5f0e-4bb8-9a55-0d3e2c1f0a11',
  type: 'aeo.application.submitted.v1',
  source: '/aeo/applications',
  subject: 'b3c9a7e0-1d7e-4d5b-9c51-1ad7c8e2f001',
  time: '2026-11-28T10:00:00.000Z',
  data: { hello: 'world' },
  correlationid: 'corr-1',
};

describe('CloudEvents Kafka binary mode', () => {
  it('round-trips attributes in ce_* headers and data in the value', () => {
    const record = toKafkaRecord(envelope, 'operator-1');
    expect(record.headers).toMatchObject({
      ce_id: envelope.id,
      ce_type: envelope.type,
      ce_subject: envelope.subject,
      ce_correlationid: 'corr-1',
    });
    expect(JSON.parse(record.value)).toEqual(envelope.data);
    const headers = Object.fromEntries(Object.entries(record.headers).map(([k, v]) => [k, Buffer.from(v)]));
    expect(fromKafkaRecord({ key: record.key, value: Buffer.from(record.value), headers })).toEqual(envelope);
  });

  it("parses the value's JSON once (the SDK is given the data parsed, not the text again)", () => {
    const record = toKafkaRecord(envelope, 'operator-1');
    const parse = jest.spyOn(JSON, 'parse');
    try {
      expect(
        fromKafkaRecord({ key: record.key, value: Buffer.from(record.value), headers: record.headers }).data,
      ).toEqual(envelope.data);
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
    }
  });

  it.each([
    ['JSON null', 'null', null],
    ['a number', '42', 42],
    ['an array', '[1,2]', [1, 2]],
  ])('reads data that is %s', (_name, value, data) => {
    const headers = { ...toKafkaRecord(envelope, 'k').headers };
    expect(fromKafkaRecord({ value, headers }).data).toEqual(data);
  });

  it.each([
    ['missing ce_type', { ce_id: '1', ce_source: '/x', ce_specversion: '1.0', ce_subject: 's' }, '{}', /ce_type/],
    [
      'non-JSON value',
      { ce_id: '1', ce_type: 'aeo.a.b.v1', ce_source: '/x', ce_specversion: '1.0', ce_subject: 's' },
      '{oops',
      /not JSON/,
    ],
    [
      'missing subject',
      { ce_id: '1', ce_type: 'aeo.a.b.v1', ce_source: '/x', ce_specversion: '1.0' },
      '{}',
      /ce_subject/,
    ],
    [
      'a NUL in an attribute',
      {
        ce_id: '1',
        ce_type: 'aeo.a.b.v1',
        ce_source: '/x',
        ce_specversion: '1.0',
        ce_subject: Buffer.from([0x73, 0x00]),
      },
      '{}',
      /header ce_subject must not contain NUL characters or unpaired surrogates/,
    ],
    [
      'invalid UTF-8 in the value',
      { ce_id: '1', ce_type: 'aeo.a.b.v1', ce_source: '/x', ce_specversion: '1.0', ce_subject: 's' },
      Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
      /value is not valid UTF-8/,
    ],
  ])('rejects a record with %s', (_name, headers, value, reason) => {
    expect(() => fromKafkaRecord({ value, headers })).toThrow(MalformedEventError);
    expect(() => fromKafkaRecord({ value, headers })).toThrow(reason);
  });
});
