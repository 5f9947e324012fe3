import type { KafkaMessage, Message } from 'kafkajs';
import type { ZodType } from 'zod';
import {
  type EventDefinition,
  type EventEnvelope,
  MalformedEventError,
  findEventDefinition,
  fromKafkaRecord,
} from '@aeo/contracts';

/** A consumed event whose data passed its schema. */
export interface ConsumedEvent<T> extends EventEnvelope<T> {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
}

/** What a consumer checks an event type's data with: its contract, and the consumer's own rules. */
export interface DecodingRules {
  definition: EventDefinition;
  /** Checked on data that passed the contract's schema (rules of the consumer's configuration or clock). */
  rules?: ZodType;
}

/** A record to set aside on `<topic>.dlq`, and why. */
export interface DeadLetter {
  message: KafkaMessage;
  reason: string;
  envelope?: EventEnvelope<unknown>;
}

/** A record decoded: an event to handle, a dead letter, or a type this consumer does not handle. */
export type DecodedRecord<R extends DecodingRules> =
  | { kind: 'event'; event: ConsumedEvent<unknown>; registration: R; message: KafkaMessage }
  | ({ kind: 'dead' } & DeadLetter)
  | { kind: 'skip'; envelope: EventEnvelope<unknown>; message: KafkaMessage };

/**
 * Decodes one record as the platform's consumers do: a record that is no valid CloudEvent, or
 * whose data fails its contract's schema or the consumer's rules, or names a region outside
 * `customsRegions` (at any depth, or in a field its definition's `regionFields` names), is a dead
 * letter with the reason; a type `registrationOf` does not know is skipped.
 */
export function decodeEventRecord<R extends DecodingRules>(
  topic: string,
  partition: number,
  message: KafkaMessage,
  registrationOf: (type: string) => R | undefined,
  customsRegions?: readonly string[],
): DecodedRecord<R> {
  let envelope: EventEnvelope<unknown>;
  try {
    envelope = fromKafkaRecord(message as never);
  } catch (error) {
    if (error instanceof MalformedEventError) return { kind: 'dead', reason: `malformed: ${error.message}`, message };
    throw error;
  }
  const registration = registrationOf(envelope.type);
  if (!registration) return { kind: 'skip', envelope, message };
  const definition = findEventDefinition(envelope.type) ?? registration.definition;
  const parsed = definition.schema.safeParse(envelope.data);
  // The consumer's own rules are checked on data that passed the contract's schema.
  const checked = parsed.success && registration.rules ? registration.rules.safeParse(parsed.data) : parsed;
  if (!parsed.success || !checked.success) {
    const reason = (checked.error?.issues ?? [])
      .map((issue) => `${issue.path.join('.') || '(data)'}: ${issue.message}`)
      .join('; ');
    return { kind: 'dead', reason: `invalid ${envelope.type} data: ${reason}`, envelope, message };
  }
  const outside = regionsOutside(parsed.data, definition.regionFields ?? [], customsRegions);
  if (outside.length > 0)
    return {
      kind: 'dead',
      reason: `invalid ${envelope.type} data: ${outside
        .map(({ path, region }) => `${path}: ${region} is not a customs region of the programme`)
        .join('; ')} (${customsRegions!.join(', ')})`,
      envelope,
      message,
    };
  const event: ConsumedEvent<unknown> = {
    id: envelope.id,
    type: envelope.type,
    source: envelope.source,
    subject: envelope.subject,
    time: envelope.time,
    data: parsed.data,
    correlationid: envelope.correlationid,
    topic,
    partition,
    offset: message.offset,
  };
  return { kind: 'event', event, registration, message };
}

/**
 * The `region` fields of `data`, and its `regionFields` (but `national`), naming no customs region
 * (none when the consumer is not told the regions).
 */
function regionsOutside(
  data: unknown,
  regionFields: readonly string[],
  regions: readonly string[] | undefined,
): { path: string; region: string }[] {
  if (!regions) return [];
  const outside: { path: string; region: string }[] = [];
  for (const key of regionFields) {
    const field = (data as Record<string, unknown> | null)?.[key];
    if (typeof field === 'string' && field !== 'national' && !regions.includes(field))
      outside.push({ path: key, region: field });
  }
  const visit = (value: unknown, path: string[]) => {
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, String(index)]));
    else if (value !== null && typeof value === 'object')
      for (const [key, field] of Object.entries(value)) {
        if (key === 'region' && typeof field === 'string' && !regions.includes(field))
          outside.push({ path: [...path, key].join('.'), region: field });
        else visit(field, [...path, key]);
      }
  };
  visit(data, []);
  return outside;
}

/** The record a dead letter is set aside as on `<topic>.dlq`: the original, with the reason and its origin in headers. */
export function deadLetterRecord(
  topic: string,
  partition: number,
  { message, reason }: DeadLetter,
  consumer: string,
  at: string,
): Message {
  return {
    key: message.key,
    value: message.value,
    headers: {
      ...message.headers,
      dlq_reason: reason.slice(0, 4000),
      dlq_original_topic: topic,
      dlq_original_partition: String(partition),
      dlq_original_offset: message.offset,
      dlq_consumer: consumer,
      dlq_at: at,
    },
  };
}
