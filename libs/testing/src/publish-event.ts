import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import {
  type EventDefinition,
  type EventEnvelope,
  findEventDefinition,
  type KafkaRecord,
  toKafkaRecord,
} from '@aeo/contracts';
import type { CollectedMessage } from './kafka';

/**
 * The name under which the service under test reads a platform topic (`ServiceUnderTest.topic`:
 * its own copy when it has one, else the platform's topic itself).
 */
export interface TopicsOf {
  topic(name: string): string;
}

/** An event to publish: its contract, record key and data (sent as given: a test may send data its schema refuses). */
export interface TestEvent {
  definition: EventDefinition;
  key: string;
  data: unknown;
  /** ce_id; a fresh one by default. */
  id?: string;
  /** ce_subject; the key by default. */
  subject?: string;
  /** ce_time; now by default. */
  time?: string;
}

/**
 * An event's CloudEvents record (binary mode) as its producer writes it: for `publishEvent`, and for
 * tests that hand records to a consumer themselves.
 */
export function eventRecord(source: string, event: TestEvent): KafkaRecord {
  const { definition, key, data, id = randomUUID(), subject = key, time = new Date().toISOString() } = event;
  return toKafkaRecord({ id, type: definition.type, source, subject, time, data }, key);
}

/**
 * Publishes an event as its producer does (a CloudEvents record, keyed, acks from all), on the
 * service's name for its topic.
 */
export function publishEvent(producer: Producer, service: TopicsOf, source: string, event: TestEvent) {
  const topic = service.topic(event.definition.topic);
  return producer.send({ topic, acks: -1, messages: [eventRecord(source, event)] });
}

/** Publishes an event made beforehand (its envelope), keyed by `key`, on the service's name for its contract topic. */
export function publishEnvelope(producer: Producer, service: TopicsOf, envelope: EventEnvelope, key: string) {
  const definition = findEventDefinition(envelope.type);
  if (!definition) throw new Error(`publishEnvelope: no contract defines ${envelope.type}`);
  return producer.send({ topic: service.topic(definition.topic), acks: -1, messages: [toKafkaRecord(envelope, key)] });
}

/** What `collectMessages` returns, as far as dead letters are looked up in it. */
interface DeadLetterCollector {
  waitForCount(
    count: number,
    timeoutMs?: number,
    filter?: (m: CollectedMessage) => boolean,
  ): Promise<CollectedMessage[]>;
}

/**
 * The reason (`dlq_reason`) the consumer named `consumer` (as registered: its group suffix may
 * follow) dead-lettered the event `id` for, once the collector has its dead letter.
 */
export async function deadLetterReason(
  collector: DeadLetterCollector,
  letter: { id: string; consumer: string },
  timeoutMs = 60_000,
): Promise<string | undefined> {
  const [dead] = await collector.waitForCount(
    1,
    timeoutMs,
    (m) => m.headers['ce_id'] === letter.id && (m.headers['dlq_consumer'] ?? '').startsWith(letter.consumer),
  );
  return dead.headers['dlq_reason'];
}
