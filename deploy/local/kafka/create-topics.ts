/**
 * Topics as code: creates every topic of libs/contracts/src/topics.ts and its `.dlq` twin with the
 * declared partitions and retention.ms. Idempotent: existing topics keep their data, get their
 * retention.ms brought in line, and get more partitions when the declared count is higher
 * (Kafka cannot reduce partitions; a lower declared count is reported, not applied).
 * Works against the local broker or any existing cluster:
 *   KAFKA_BROKERS=host1:9092,host2:9092 node -r ./tools/register.js deploy/local/kafka/create-topics.ts
 * Optional: KAFKA_REPLICATION_FACTOR (default: min(3, number of brokers)).
 */
// Imported relatively (not through the @aeo/contracts barrel) so that this script only needs topics.ts.
import { DLQ_RETENTION_MS, TOPICS, dlqTopicOf } from '../../../libs/contracts/src/topics';
import { ConfigResourceTypes } from 'kafkajs';
import { brokersFromEnv, createKafka } from './kafka-client';

interface DesiredTopic {
  name: string;
  partitions: number;
  retentionMs: number;
}

export function desiredTopics(): DesiredTopic[] {
  return TOPICS.flatMap((t) => [
    { name: t.name, partitions: t.partitions, retentionMs: t.retentionMs },
    { name: dlqTopicOf(t.name), partitions: t.partitions, retentionMs: DLQ_RETENTION_MS },
  ]);
}

/**
 * Errors of a cluster still settling, after which the whole (idempotent) run is repeated: a broker
 * of a just-formatted KRaft cluster may answer the metadata of a topic created a moment ago with
 * UNKNOWN_TOPIC_OR_PARTITION before its controller's record reached it, which kafkajs's
 * `waitForLeaders` does not retry (only LEADER_NOT_AVAILABLE).
 */
const SETTLING = new Set([
  'UNKNOWN_TOPIC_OR_PARTITION',
  'LEADER_NOT_AVAILABLE',
  'NOT_CONTROLLER',
  'NOT_LEADER_FOR_PARTITION',
]);
const ATTEMPTS = 6;

function isSettling(error: unknown): boolean {
  const { type, retriable, name } = (error ?? {}) as { type?: string; retriable?: boolean; name?: string };
  return (type !== undefined && SETTLING.has(type)) || (retriable === true && name === 'KafkaJSProtocolError');
}

async function mainWithRetries(): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await main();
    } catch (error) {
      if (attempt >= ATTEMPTS || !isSettling(error)) throw error;
      console.warn(
        `create-topics: ${(error as Error).message}; the cluster is settling, again in 2 s (${attempt}/${ATTEMPTS})`,
      );
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
}

async function main(): Promise<void> {
  const admin = createKafka('aeo-create-topics').admin();
  await admin.connect();
  try {
    const cluster = await admin.describeCluster();
    const replicationFactor = Number(process.env['KAFKA_REPLICATION_FACTOR'] ?? Math.min(3, cluster.brokers.length));
    const desired = desiredTopics();
    const existing = new Set(await admin.listTopics());

    const missing = desired.filter((t) => !existing.has(t.name));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((t) => ({
          topic: t.name,
          numPartitions: t.partitions,
          replicationFactor,
          configEntries: [{ name: 'retention.ms', value: String(t.retentionMs) }],
        })),
      });
      for (const t of missing) {
        console.log(
          `created  ${t.name} partitions=${t.partitions} retention.ms=${t.retentionMs} rf=${replicationFactor}`,
        );
      }
    }

    const present = desired.filter((t) => existing.has(t.name));
    if (present.length > 0) {
      const meta = await admin.fetchTopicMetadata({ topics: present.map((t) => t.name) });
      const partitionsOf = new Map(meta.topics.map((m) => [m.name, m.partitions.length]));
      const grow = present.filter((t) => (partitionsOf.get(t.name) ?? 0) < t.partitions);
      if (grow.length > 0) {
        await admin.createPartitions({
          validateOnly: false,
          topicPartitions: grow.map((t) => ({ topic: t.name, count: t.partitions })),
        });
        for (const t of grow)
          console.log(`raised   ${t.name} partitions ${partitionsOf.get(t.name)} -> ${t.partitions}`);
      }
      for (const t of present) {
        const actual = partitionsOf.get(t.name) ?? 0;
        if (actual > t.partitions) {
          console.warn(
            `warning  ${t.name} has ${actual} partitions, more than the declared ${t.partitions} (left as is)`,
          );
        }
      }

      const configs = await admin.describeConfigs({
        includeSynonyms: false,
        resources: present.map((t) => ({
          type: ConfigResourceTypes.TOPIC,
          name: t.name,
          configNames: ['retention.ms'],
        })),
      });
      const retentionOf = new Map(
        configs.resources.map((r) => [
          r.resourceName,
          r.configEntries.find((e) => e.configName === 'retention.ms')?.configValue,
        ]),
      );
      const retune = present.filter((t) => retentionOf.get(t.name) !== String(t.retentionMs));
      if (retune.length > 0) {
        // alterConfigs replaces a topic's whole dynamic config set; these topics only carry retention.ms.
        await admin.alterConfigs({
          validateOnly: false,
          resources: retune.map((t) => ({
            type: ConfigResourceTypes.TOPIC,
            name: t.name,
            configEntries: [{ name: 'retention.ms', value: String(t.retentionMs) }],
          })),
        });
        for (const t of retune)
          console.log(`retuned  ${t.name} retention.ms ${retentionOf.get(t.name)} -> ${t.retentionMs}`);
      }
    }

    console.log(`topics ok: ${desired.length} topics on ${brokersFromEnv().join(',')}`);
  } finally {
    await admin.disconnect();
  }
}

mainWithRetries().catch((err: unknown) => {
  console.error(`create-topics failed: ${(err as Error).stack ?? String(err)}`);
  process.exit(1);
});
