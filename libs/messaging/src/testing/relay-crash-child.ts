/**
 * Child process for the crash test: relays one batch, then dies with SIGKILL after Kafka
 * acknowledged it and before the outbox rows are marked sent.
 */
import { openDataSource } from '@aeo/persistence';
import { CreateMessagingTables1764300000000 } from '../messaging.migration';
import { OutboxPendingByAggregate1764400000200 } from '../outbox/outbox-pending-by-aggregate.migration';
import { OutboxRelay } from '../outbox/outbox-relay';
import { createSingleAttemptProducer, createKafka } from '../kafka/kafka-client';

async function main() {
  const dataSource = await openDataSource({
    service: 'relay-crash',
    url: process.env['TEST_DATABASE_URL'],
    entities: [],
    migrations: [CreateMessagingTables1764300000000, OutboxPendingByAggregate1764400000200],
  });
  const kafka = createKafka({
    clientId: 'relay-crash-child',
    brokers: (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(','),
  });
  const relay = new OutboxRelay(dataSource, () => createSingleAttemptProducer(kafka), {
    batchSize: 100,
    pollIntervalMs: 50,
    afterSend: (ids) => {
      process.stdout.write(`sent ${ids.length}\n`);
      process.kill(process.pid, 'SIGKILL');
    },
  });
  await relay.relayOnce();
}

void main();
