/**
 * The kafkajs client used by the local launcher's helpers (create-topics, health).
 * Brokers come from KAFKA_BROKERS (comma-separated host:port list, default 127.0.0.1:9092).
 * For an existing secured cluster set KAFKA_SSL=true and/or KAFKA_SASL_MECHANISM
 * (plain | scram-sha-256 | scram-sha-512) with KAFKA_SASL_USERNAME / KAFKA_SASL_PASSWORD.
 */
import { Kafka, logLevel, type KafkaConfig, type SASLOptions } from 'kafkajs';

export function brokersFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env['KAFKA_BROKERS'] ?? '127.0.0.1:9092')
    .split(',')
    .map((b) => b.trim())
    .filter((b) => b.length > 0);
}

export function createKafka(clientId: string, opts: { quiet?: boolean; retries?: number } = {}): Kafka {
  const env = process.env;
  const config: KafkaConfig = {
    clientId,
    brokers: brokersFromEnv(env),
    connectionTimeout: 3000,
    requestTimeout: 10000,
    logLevel: opts.quiet ? logLevel.NOTHING : logLevel.ERROR,
    retry: { retries: opts.retries ?? 5, initialRetryTime: 300 },
  };
  if (env['KAFKA_SSL'] === 'true') config.ssl = true;
  const mechanism = env['KAFKA_SASL_MECHANISM'];
  if (mechanism) {
    config.sasl = {
      mechanism: mechanism.toLowerCase(),
      username: env['KAFKA_SASL_USERNAME'] ?? '',
      password: env['KAFKA_SASL_PASSWORD'] ?? '',
    } as SASLOptions;
  }
  return new Kafka(config);
}
