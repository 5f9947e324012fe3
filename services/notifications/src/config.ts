import { z } from 'zod';
import { customsRegionsEnv, platformEnvSchema } from '@aeo/config';
import { invitationCodeKeyEnv } from '@aeo/contracts';

export const SERVICE_NAME = 'notifications';

/** Development only (refused in production), like the development token key. */
const DEV_SECRETS_KEY = Buffer.from('aeo-local-development-secrets-ky').toString('base64');

const int = (min: number, max: number, fallback: number) => z.coerce.number().int().min(min).max(max).default(fallback);

export const notificationsEnvSchema = platformEnvSchema
  .extend({
    PORT: int(0, 65535, 3005),
    /** The administration's customs regions (programme configuration): a staff contact's region is one of them, and an event's (others are dead-lettered). */
    CUSTOMS_REGIONS: customsRegionsEnv,
    /** SMTP server for email (smtp:// or smtps://, credentials in the URL). The local platform runs a mail sink on 2525. */
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/[^\s]+$/, 'must be an smtp:// or smtps:// URL')
      .default('smtp://127.0.0.1:2525'),
    MAIL_FROM: z.string().min(3).default('AEO programme <aeo-noreply@customs.example>'),
    /** Attempts per delivery (email, webhook) before it is dead-lettered (status failed). */
    DELIVERY_MAX_ATTEMPTS: int(1, 50, 8),
    /** Exponential backoff with jitter: the n-th retry waits about base·2^(n-1), at most max. */
    DELIVERY_RETRY_BASE_MS: int(1, 3_600_000, 30_000),
    DELIVERY_RETRY_MAX_MS: int(1, 86_400_000, 3_600_000),
    DELIVERY_POLL_INTERVAL_MS: int(10, 60_000, 1000),
    /** Deliveries sent at once by one instance. */
    DELIVERY_CONCURRENCY: int(1, 100, 8),
    /**
     * Lease of a claimed delivery: renewed every third of it while its send is in progress, so it
     * only bounds how long a crashed sender's delivery waits before another sender retries it.
     */
    DELIVERY_LOCK_MS: int(1000, 600_000, 60_000),
    /**
     * The longest a sender keeps one delivery claimed by renewing its lease; a send still running
     * after it may be repeated by another sender. Must outlast every send's timeouts.
     */
    DELIVERY_MAX_HOLD_MS: int(1000, 86_400_000, 900_000),
    /** Emails per recipient address per window; more wait for the next window. */
    EMAIL_RATE_LIMIT: int(1, 100_000, 20),
    EMAIL_RATE_WINDOW_S: int(1, 86_400, 3600),
    /** Webhook calls per subscription per window. */
    WEBHOOK_RATE_LIMIT: int(1, 1_000_000, 600),
    WEBHOOK_RATE_WINDOW_S: int(1, 86_400, 60),
    WEBHOOK_TIMEOUT_MS: int(100, 120_000, 10_000),
    /** SMTP connection, greeting and socket timeouts. */
    SMTP_TIMEOUT_MS: int(100, 120_000, 15_000),
    /** Only https webhook URLs in production unless this is true. */
    WEBHOOK_ALLOW_HTTP: z
      .enum(['true', 'false'])
      .default('false')
      .transform((value) => value === 'true'),
    /**
     * Webhook targets on loopback, private, link-local and other non-public addresses (SSRF
     * guard). Default: refused in production, allowed elsewhere (local demo and tests).
     */
    WEBHOOK_ALLOW_PRIVATE_TARGETS: z.enum(['true', 'false']).optional(),
    /** 32 random bytes, base64: encrypts webhook secrets at rest. The development key is refused in production. */
    WEBHOOK_SECRETS_KEY: z
      .string()
      .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 bytes, base64-encoded')
      .default(DEV_SECRETS_KEY),
    /** 32 random bytes, base64, shared with applications only: opens a company invitation's code for its email. */
    INVITATION_CODE_KEY: invitationCodeKeyEnv,
    /** The identity provider as people reach it: a company invitation's email links to its /invitation page. */
    IDENTITY_PUBLIC_URL: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .default('http://127.0.0.1:3010'),
    /** The administration's time zone (IANA name): messages print their dates in it and say so. `UTC` prints them in UTC. */
    ADMINISTRATION_TIME_ZONE: z
      .string()
      .default('Asia/Ulaanbaatar')
      .refine((zone) => {
        try {
          new Intl.DateTimeFormat('en-GB', { timeZone: zone });
          return true;
        } catch {
          return false;
        }
      }, 'must be an IANA time zone, e.g. Asia/Ulaanbaatar or UTC'),
  })
  .superRefine((config, ctx) => {
    if (config.NODE_ENV === 'production' && config.WEBHOOK_SECRETS_KEY === DEV_SECRETS_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['WEBHOOK_SECRETS_KEY'],
        message: 'the development key must not be used in production',
      });
    }
    // Sends within their timeouts must never be repeated by another sender meanwhile.
    const longestSend = Math.max(config.WEBHOOK_TIMEOUT_MS, config.SMTP_TIMEOUT_MS * 3);
    if (config.DELIVERY_MAX_HOLD_MS <= longestSend + 1000) {
      ctx.addIssue({
        code: 'custom',
        path: ['DELIVERY_MAX_HOLD_MS'],
        message: `must exceed the longest send (WEBHOOK_TIMEOUT_MS, or 3 × SMTP_TIMEOUT_MS: ${longestSend} ms) by more than 1000 ms`,
      });
    }
    if (config.DELIVERY_MAX_HOLD_MS < config.DELIVERY_LOCK_MS) {
      ctx.addIssue({
        code: 'custom',
        path: ['DELIVERY_MAX_HOLD_MS'],
        message: `must be at least DELIVERY_LOCK_MS (${config.DELIVERY_LOCK_MS} ms)`,
      });
    }
  });
export type NotificationsConfig = z.infer<typeof notificationsEnvSchema>;

export const privateWebhookTargetsAllowed = (config: NotificationsConfig): boolean =>
  config.WEBHOOK_ALLOW_PRIVATE_TARGETS === undefined
    ? config.NODE_ENV !== 'production'
    : config.WEBHOOK_ALLOW_PRIVATE_TARGETS === 'true';
