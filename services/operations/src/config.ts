import { z } from 'zod';
import { customsRegionsEnv, platformEnvSchema } from '@aeo/config';
import { dlqTopicOf, TOPIC_NAMES } from '@aeo/contracts';

export const SERVICE_NAME = 'operations';

/** A platform process's `/health/ready`, checked by `GET /v1/service-health`. */
const healthUrl = (port: number) =>
  z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).default(`http://127.0.0.1:${port}/health/ready`);

/** A topic name pattern matches the whole name (`x\.dlq` is not `ax.dlq.old`), as `^(?:source)$`. */
const wholeName = (source: string) => new RegExp(`^(?:${source})$`);

/** A regular expression over whole topic names, given as its source (empty: matches nothing). */
const topicSource = z
  .string()
  .refine((source) => {
    try {
      wholeName(source);
      return true;
    } catch {
      return false;
    }
  }, 'must be a regular expression')
  .transform((source) => (source === '' ? /(?!)/ : wholeName(source)));
// The fallback is a source too (prefault: parsed as if it had been given).
const topicPattern = (fallback: string) => topicSource.prefault(fallback);

/**
 * The platform's dead-letter topics, the `.dlq` twin of each topic of libs/contracts with the
 * service's KAFKA_TOPIC_PREFIX before it, as a pattern: not every `.dlq` on the broker (tests' own
 * topics, `test-<id>.aeo.….dlq`, and other systems' are not the platform's dead letters).
 */
export const platformDeadLetterTopics = (prefix = '') =>
  Object.values(TOPIC_NAMES)
    .map((topic) => (prefix + dlqTopicOf(topic)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
/** Without a prefix (the platform's default). */
export const PLATFORM_DEAD_LETTER_TOPICS = platformDeadLetterTopics();

const operationsEnvObject = platformEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(3009),
  /** The regions the workflow list's `region` may name (400 for another). */
  CUSTOMS_REGIONS: customsRegionsEnv,
  /** The Temporal Web UI the workflows' deep links point at (`<url>/namespaces/<ns>/workflows/<id>/<runId>/history`). */
  TEMPORAL_UI_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .default('http://127.0.0.1:8233')
    .transform((url) => url.replace(/\/+$/, '')),
  /**
   * The dead-letter topics the service stores (a regular expression over whole topic names): by
   * default the platform's, with KAFKA_TOPIC_PREFIX before them (below).
   */
  DEAD_LETTER_TOPICS: topicSource.optional(),
  /** How often the dead-letter consumer looks for matching topics created since it subscribed. */
  DEAD_LETTER_TOPIC_REFRESH_MS: z.coerce.number().int().min(1000).max(3_600_000).default(30_000),
  /**
   * Topics besides the platform's own (the topic registry of libs/contracts) a dead letter may be
   * replayed to (a regular expression over whole topic names; empty: none).
   */
  DEAD_LETTER_REPLAY_EXTRA_TOPICS: topicPattern(''),
  /** The topic the revalidation watchdog's alerts are read from (the certification events). */
  WATCHDOG_ALERT_TOPIC: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,249}$/, 'must be a Kafka topic name')
    .default(TOPIC_NAMES.certificationEvents),
  /** Each platform process's readiness endpoint (the ports of deploy/local/supervision.ts). */
  HEALTH_URL_APPLICATIONS: healthUrl(3001),
  HEALTH_URL_VALIDATION: healthUrl(3002),
  HEALTH_URL_RISK_MANAGEMENT: healthUrl(3003),
  HEALTH_URL_MRA: healthUrl(3004),
  HEALTH_URL_NOTIFICATIONS: healthUrl(3005),
  HEALTH_URL_WORKER: healthUrl(3006),
  HEALTH_URL_PROGRAMME: healthUrl(3008),
});
export const operationsEnvSchema = operationsEnvObject.transform(({ DEAD_LETTER_TOPICS, ...env }) => ({
  ...env,
  DEAD_LETTER_TOPICS: DEAD_LETTER_TOPICS ?? wholeName(platformDeadLetterTopics(env.KAFKA_TOPIC_PREFIX)),
}));
export type OperationsConfig = z.infer<typeof operationsEnvSchema>;
