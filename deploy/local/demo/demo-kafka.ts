import { createHash } from 'node:crypto';
import { Partitioners } from 'kafkajs';
import type { KafkaRecord } from '@aeo/contracts';
import { kafkaSecurityFrom, loadConfig, platformEnvSchema } from '@aeo/config';
import { createKafka } from '@aeo/messaging';

/**
 * Sends the demo's records to a platform topic (`KAFKA_TOPIC_PREFIX` prepended) as an outside
 * system does, every one acknowledged by all in-sync replicas; one connection for the whole call.
 */
export async function sendDemoRecords(
  clientId: string,
  batches: { topic: string; messages: KafkaRecord[] }[],
): Promise<void> {
  const config = loadConfig(platformEnvSchema);
  const producer = createKafka({
    clientId,
    brokers: config.KAFKA_BROKERS,
    ...kafkaSecurityFrom(config),
  }).producer({ createPartitioner: Partitioners.DefaultPartitioner, allowAutoTopicCreation: false });
  await producer.connect();
  try {
    for (const { topic, messages } of batches)
      await producer.send({ topic: config.KAFKA_TOPIC_PREFIX + topic, acks: -1, messages });
  } finally {
    await producer.disconnect();
  }
}

/** A fixed UUID for a demo event, so a consumer's inbox takes it once whatever the number of runs. */
export const fixedUuid = (seed: string): string => {
  const hex = createHash('sha256').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};
