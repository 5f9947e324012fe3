import { storedHeaderList, type RawConsumedRecord, type RawHeaders, type RawRecord } from '@aeo/messaging';

/** A Kafka record's headers in order, a repeated header once per value, as bytes. */
export type HeaderList = [name: string, value: Buffer][];

/** The `dlq_*` headers libs/messaging's EventConsumer writes on a dead letter (dropped on replay). */
export const DLQ_HEADER_PREFIX = 'dlq_';
/** The header a replayed record carries: the id of the dead letter it replays. */
export const REPLAY_HEADER = 'aeo_replay_of';

export function headerListOf(headers: RawHeaders | undefined): HeaderList {
  return Object.entries(headers ?? {}).flatMap(([name, value]) =>
    [value]
      .flat()
      .filter((item): item is Buffer | string => item !== undefined && item !== null)
      .map((item): [string, Buffer] => [name, Buffer.isBuffer(item) ? item : Buffer.from(item)]),
  );
}

// eslint-disable-next-line no-control-regex -- the characters stored text may not hold (tab, line feed and carriage return may)
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Bytes as text when they are UTF-8 without control characters (what a person can read), else null. */
export function readableText(bytes: Buffer | null | undefined): string | null {
  if (!bytes) return null;
  const text = bytes.toString('utf8');
  return Buffer.from(text, 'utf8').equals(bytes) && !CONTROL.test(text) ? text : null;
}

// eslint-disable-next-line no-control-regex -- every control character, replaced in stored text
const ANY_CONTROL = /[\u0000-\u001f\u007f]/g;

/** Words a consumer wrote, as text PostgreSQL stores (control characters as spaces), bounded. */
function clean(text: string | null, max: number): string | null {
  if (text === null) return null;
  return text.slice(0, max).replace(ANY_CONTROL, ' ').trim() || null;
}

const header = (headers: HeaderList, name: string): string | null => {
  const found = headers.find(([key]) => key === name);
  return found ? found[1].toString('utf8') : null;
};

const TOPIC_NAME = /^[A-Za-z0-9._-]{1,249}$/;
const INT4 = /^\d{1,9}$/;
const INT8_MAX = 9_223_372_036_854_775_807n;
const offsetOf = (text: string | null) =>
  text !== null && /^\d{1,19}$/.test(text) && BigInt(text) <= INT8_MAX ? text : null;

export type DeadLetterRow = ReturnType<typeof deadLetterRowOf>;

/** A dead letter as stored: the record's bytes and what its `dlq_*` headers say (each checked; a header that is not what it should be is left out). */
export function deadLetterRowOf(dlqTopic: string, dlqPartition: number, message: RawConsumedRecord) {
  const headers = headerListOf(message.headers);
  const originalTopic = header(headers, 'dlq_original_topic');
  const originalPartition = header(headers, 'dlq_original_partition');
  const stated = header(headers, 'dlq_at');
  const statedAt = stated !== null && /^\d{4}-\d{2}-\d{2}T/.test(stated) ? Date.parse(stated) : NaN;
  return {
    dlqTopic,
    dlqPartition,
    dlqOffset: message.offset,
    recordKey: message.key ?? null,
    payload: message.value ?? null,
    headers: JSON.stringify(storedHeaderList(headers)),
    reason: clean(header(headers, 'dlq_reason'), 4000) ?? 'no dlq_reason header',
    originalTopic: originalTopic !== null && TOPIC_NAME.test(originalTopic) ? originalTopic : null,
    originalPartition: originalPartition !== null && INT4.test(originalPartition) ? Number(originalPartition) : null,
    originalOffset: offsetOf(header(headers, 'dlq_original_offset')),
    consumer: clean(header(headers, 'dlq_consumer'), 255),
    deadLetteredAt: Number.isNaN(statedAt) ? new Date(Number(message.timestamp)) : new Date(statedAt),
  };
}

/**
 * What is stored of a record whose row PostgreSQL refused (a value it does not take): where it was
 * and its bytes, with the refusal as the reason, and nothing its headers say (they may be the cause)
 * so that one record does not hold up its partition.
 */
export function unstorableRowOf(row: DeadLetterRow, refusal: unknown): DeadLetterRow {
  const why = refusal instanceof Error ? refusal.message : String(refusal);
  return {
    ...row,
    headers: '[]',
    reason: clean(`unstorable: ${why}`, 4000) ?? 'unstorable',
    originalTopic: null,
    originalPartition: null,
    originalOffset: null,
    consumer: null,
    deadLetteredAt: Number.isNaN(row.deadLetteredAt.getTime()) ? new Date() : row.deadLetteredAt,
  };
}

/** The record a replay publishes: the original key, value and headers, without the `dlq_*` ones, with REPLAY_HEADER. */
export function replayRecordOf(
  deadLetterId: string,
  stored: { recordKey: Buffer | null; payload: Buffer | null; headers: HeaderList },
): RawRecord {
  return {
    key: stored.recordKey,
    value: stored.payload,
    headers: [
      ...stored.headers.filter(([name]) => !name.startsWith(DLQ_HEADER_PREFIX) && name !== REPLAY_HEADER),
      [REPLAY_HEADER, Buffer.from(deadLetterId)],
    ],
  };
}
