/**
 * Child process for the pipelined consumer's crash test: consumes the test topic with batches of
 * a partition under way at once (`maxBatchesInFlight`), records each event's effect, and dies with
 * SIGKILL inside the transaction of the event whose sequence is CRASH_AT, while later batches of
 * its partitions are fetched and queued and earlier ones may have committed without their offsets.
 */
import { openDataSource } from '@aeo/persistence';
import { CreateMessagingTables1764300000000 } from '../messaging.migration';
import { OutboxPendingByAggregate1764400000200 } from '../outbox/outbox-pending-by-aggregate.migration';
import { EventConsumer } from '../consumer/event-consumer';
import { createSingleAttemptProducer, createKafka } from '../kafka/kafka-client';
import { PIPELINED_PROBE_TUNING, recordPartitionEffects } from './probe-effects';
import { CreateProbeEffects1764300000001, defineTestEvent } from './test-fixtures';

async function main() {
  const env = (name: string) => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is required`);
    return value;
  };
  const topic = env('TEST_TOPIC');
  const crashAt = Number(env('CRASH_AT'));
  const dataSource = await openDataSource({
    service: 'pipelined-crash',
    url: env('TEST_DATABASE_URL'),
    entities: [],
    migrations: [
      CreateMessagingTables1764300000000,
      OutboxPendingByAggregate1764400000200,
      CreateProbeEffects1764300000001,
    ],
  });
  const kafka = createKafka({
    clientId: 'pipelined-crash-child',
    brokers: (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(','),
  });
  const producer = createSingleAttemptProducer(kafka);
  await producer.connect();
  const consumer = new EventConsumer({
    name: env('TEST_GROUP'),
    topics: [topic],
    dataSource,
    kafka,
    producer,
    // A few records a fetch: many batches, so that several are under way when it dies.
    ...PIPELINED_PROBE_TUNING,
    joinPartitions: process.env['TEST_JOIN_PARTITIONS'] === '1',
  }).onBatch(defineTestEvent(topic), async (events, manager) => {
    await recordPartitionEffects(manager, events);
    if (events.some((event) => event.data.sequence === crashAt)) {
      process.stdout.write(`crashing at ${crashAt}\n`);
      process.kill(process.pid, 'SIGKILL');
    }
  });
  await consumer.start();
}

void main();
