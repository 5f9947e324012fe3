import { CloudEvent, Kafka, ValidationError } from 'cloudevents';
import { isSafeText, SAFE_TEXT_MESSAGE } from '../events/common';

/** The platform's CloudEvents envelope. `correlationid` is a CloudEvents extension attribute. */
export interface EventEnvelope<T = unknown> {
  readonly id: string;
  readonly type: string;
  readonly source: string;
  readonly subject: string;
  readonly time: string;
  readonly data: T;
  readonly correlationid?: string;
}

/** A Kafka record in CloudEvents binary mode: `ce_*` headers, JSON data in the value. */
export interface KafkaRecord {
  key: string;
  value: string;
  headers: Record<string, string>;
}

export const CORRELATION_HEADER = 'ce_correlationid';

/**
 * CloudEvents Kafka protocol binding, binary content mode: attributes become `ce_<name>` headers,
 * `datacontenttype` becomes `content-type`, the data is the record value. Written directly (the
 * relay's hot path); reading goes through the CloudEvents SDK, which the tests use to check that
 * both sides agree.
 */
export function toKafkaRecord(envelope: EventEnvelope, key: string, serializedData?: string): KafkaRecord {
  const headers: Record<string, string> = {
    ce_specversion: '1.0',
    ce_id: envelope.id,
    ce_type: envelope.type,
    ce_source: envelope.source,
    ce_subject: envelope.subject,
    ce_time: envelope.time,
    'content-type': 'application/json',
  };
  if (envelope.correlationid) headers[CORRELATION_HEADER] = envelope.correlationid;
  return { key, value: serializedData ?? JSON.stringify(envelope.data), headers };
}

/** Why a consumed record could not be read as one of our events; becomes the DLQ reason. */
export class MalformedEventError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'MalformedEventError';
  }
}

type RawHeaders = Record<string, Buffer | string | (Buffer | string)[] | undefined>;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Invalid UTF-8 is refused rather than silently replaced by U+FFFD. */
function decodeUtf8(value: Buffer | string): string {
  if (typeof value === 'string') return value;
  try {
    return strictUtf8.decode(value);
  } catch {
    throw new MalformedEventError('value is not valid UTF-8');
  }
}

export function fromKafkaRecord(record: {
  key?: Buffer | string | null;
  value: Buffer | string | null;
  headers?: RawHeaders;
}): EventEnvelope<unknown> {
  const headers: Record<string, string> = {};
  for (const [name, raw] of Object.entries(record.headers ?? {})) {
    const value = Array.isArray(raw) ? raw[raw.length - 1] : raw;
    if (value !== undefined) headers[name.toLowerCase()] = value.toString();
  }
  for (const required of ['ce_id', 'ce_type', 'ce_source', 'ce_specversion']) {
    if (!headers[required]) throw new MalformedEventError(`missing CloudEvents header ${required}`);
  }
  // The attributes are stored (inbox, outbox, logs) like any text.
  for (const [name, value] of Object.entries(headers)) {
    if (name.startsWith('ce_') && !isSafeText(value))
      throw new MalformedEventError(`header ${name} ${SAFE_TEXT_MESSAGE}`);
  }
  if (record.value === null || record.value === undefined) throw new MalformedEventError('record has no value');
  const text = decodeUtf8(record.value);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new MalformedEventError(`value is not JSON: ${(error as Error).message}`);
  }
  // In binary mode with JSON data the SDK would parse the value again (for its own `data`, which is
  // not used): given the object parsed above, it takes it as it is. Other data (null, a number) and
  // structured mode get the text, as they always did.
  const structured = (headers['content-type'] ?? '').startsWith('application/cloudevents');
  const value = typeof data === 'object' && data !== null && !structured ? data : text;
  let event: CloudEvent<unknown>;
  try {
    event = Kafka.toEvent({ headers, key: record.key?.toString(), value } as never) as CloudEvent<unknown>;
    event.validate();
  } catch (error) {
    const details =
      error instanceof ValidationError && error.errors?.length
        ? `${error.message} ${JSON.stringify(error.errors)}`
        : (error as Error).message;
    throw new MalformedEventError(`invalid CloudEvent: ${details}`);
  }
  if (!event.subject) throw new MalformedEventError('missing CloudEvents header ce_subject');
  return {
    id: event.id,
    type: event.type,
    source: event.source,
    subject: event.subject,
    time: event.time ?? new Date().toISOString(),
    data,
    correlationid: typeof event['correlationid'] === 'string' ? (event['correlationid'] as string) : undefined,
  };
}
