/**
 * Exit 0 when the Kafka cluster in KAFKA_BROKERS answers a metadata request (describeCluster +
 * listTopics), non-zero otherwise. One attempt, no retries: deploy/local/infra.sh polls it.
 *   node -r ./tools/register.js deploy/local/kafka/health.ts
 */
import { createKafka } from './kafka-client';

async function main(): Promise<void> {
  const admin = createKafka('aeo-infra-health', { quiet: true, retries: 0 }).admin();
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    const topics = await admin.listTopics();
    if (process.argv.includes('--verbose')) {
      console.log(
        `kafka ok: controller=${cluster.controller} brokers=${cluster.brokers.map((b) => `${b.host}:${b.port}`).join(',')} topics=${topics.length}`,
      );
    }
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    if (process.argv.includes('--verbose')) console.error(`kafka not ready: ${(err as Error).message}`);
    process.exit(1);
  },
);
