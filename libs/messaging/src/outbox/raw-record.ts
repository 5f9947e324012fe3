import type { IHeaders, Message } from 'kafkajs';

/**
 * The outbox row type of a record published as it is, not a CloudEvent of the contracts (a dead
 * letter replayed to its original topic): its payload holds the record's key, value and headers.
 */
export const RAW_RECORD_TYPE = 'aeo.outbox.raw-record';

/** A Kafka record to publish byte for byte: its key, value and headers (a header may repeat). */
export interface RawRecord {
  key: Buffer | null;
  value: Buffer | null;
  headers: ReadonlyArray<readonly [name: string, value: Buffer]>;
}

/**
 * A header as stored in jsonb: its name and its value, both as base64 (a name may hold any
 * character, NUL too, which jsonb refuses in text).
 */
export interface StoredHeader {
  name: string;
  value: string;
}

/** Headers in order, to store in jsonb. */
export const storedHeaderList = (headers: RawRecord['headers']): StoredHeader[] =>
  headers.map(([name, value]) => ({
    name: Buffer.from(name, 'utf8').toString('base64'),
    value: value.toString('base64'),
  }));

/**
 * Headers stored by storedHeaderList; or stored before names were base64, as `[name, base64 value]`
 * (rows written then are still read). An entry that is neither is left out.
 */
export function headerListFromStored(stored: unknown): [name: string, value: Buffer][] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry: unknown): [string, Buffer][] => {
    if (Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'string')
      return [[entry[0], Buffer.from(entry[1], 'base64')]];
    const { name, value } = (entry ?? {}) as Partial<Record<keyof StoredHeader, unknown>>;
    return typeof name === 'string' && typeof value === 'string'
      ? [[Buffer.from(name, 'base64').toString('utf8'), Buffer.from(value, 'base64')]]
      : [];
  });
}

/** The outbox payload of a raw record: bytes as base64, so any record fits in jsonb. */
interface RawRecordPayload {
  key: string | null;
  value: string | null;
  /** StoredHeader entries (rows written before names were base64: `[name, base64 value]`). */
  headers: unknown;
}

export function rawRecordPayload(record: RawRecord): string {
  const payload: RawRecordPayload = {
    key: record.key?.toString('base64') ?? null,
    value: record.value?.toString('base64') ?? null,
    headers: storedHeaderList(record.headers),
  };
  return JSON.stringify(payload);
}

/** The Kafka record an outbox row of type RAW_RECORD_TYPE publishes. */
export function rawRecordOf(payloadJson: string): Message {
  const payload = JSON.parse(payloadJson) as RawRecordPayload;
  const headers: IHeaders = {};
  for (const [name, bytes] of headerListFromStored(payload.headers)) {
    const earlier = headers[name];
    headers[name] = earlier === undefined ? bytes : [...[earlier].flat(), bytes];
  }
  return {
    key: payload.key === null ? null : Buffer.from(payload.key, 'base64'),
    value: payload.value === null ? null : Buffer.from(payload.value, 'base64'),
    headers,
  };
}
