import type { Kafka, KafkaMessage, ProducerRecord } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { eventRecord } from '@aeo/testing';
import type { EventProducer } from '../kafka/renewing-producer';
import { defineTestEvent } from '../testing/test-fixtures';
import { EventConsumer } from './event-consumer';

const TOPIC = 'test.on-rules';
const Probe = defineTestEvent(TOPIC);

/** A probe record of `sequence`, as kafkajs hands it over. */
const probe = (sequence: number) =>
  ({
    ...eventRecord('/test/on-rules', { definition: Probe, key: 'probe', data: { probeId: 'probe', sequence } }),
    offset: String(sequence),
  }) as unknown as KafkaMessage;

/**
 * `on` (one event a transaction) with the consumer's own rules, as `onBatch` takes them: a consumer
 * whose inbox claim always succeeds (no database) and whose dead letters are recorded.
 */
describe('EventConsumer.on with rules', () => {
  const handled: number[] = [];
  const deadLetters: ProducerRecord[] = [];
  const manager = { query: async () => ({ records: [{}], affected: 1 }) };
  const consumer = new EventConsumer({
    name: 'test.on-rules',
    topics: [TOPIC],
    dataSource: { transaction: async (work: (m: unknown) => unknown) => work(manager) } as unknown as DataSource,
    kafka: {} as Kafka,
    producer: { send: async (record: ProducerRecord) => void deadLetters.push(record) } as unknown as EventProducer,
  }).on(Probe, async (event) => void handled.push(event.data.sequence), {
    rules: z.object({ sequence: z.number().max(1, 'is more than this consumer takes') }),
  });

  it('handles an event within the rules', async () => {
    await consumer.processMessage(TOPIC, 0, probe(1));
    expect(handled).toEqual([1]);
    expect(deadLetters).toEqual([]);
  });

  it('dead-letters an event breaking them with the field named, unhandled', async () => {
    await consumer.processMessage(TOPIC, 0, probe(2));
    expect(handled).toEqual([1]);
    expect(deadLetters.map(({ topic, messages }) => [topic, messages[0]!.headers!['dlq_reason']])).toEqual([
      [`${TOPIC}.dlq`, 'invalid aeo.test-probe.happened.v1 data: sequence: is more than this consumer takes'],
    ]);
  });
});
