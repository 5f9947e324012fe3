import { z } from 'zod';
import { customsRegionsEnv, platformEnvSchema, programmeTimeZoneEnv } from '@aeo/config';
import { invitationCodeKeyEnv, taxpayerIdPatternEnv } from '@aeo/contracts';

export const SERVICE_NAME = 'applications';

export const applicationsEnvSchema = platformEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  /** Legal-entity taxpayer identifiers; Mongolia's register numbers have 7 digits. */
  TAXPAYER_ID_PATTERN: taxpayerIdPatternEnv,
  /** The administration's customs regions (programme configuration); operators register in one of them. */
  CUSTOMS_REGIONS: customsRegionsEnv,
  /** The time zone whose calendar days a work queue's days left are counted in (as the programme service's KPI periods). */
  PROGRAMME_TIME_ZONE: programmeTimeZoneEnv,
  ACCEPTANCE_PERIOD_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  DECISION_PERIOD_DAYS: z.coerce.number().int().min(1).max(730).default(120),
  /** Largest evidence document accepted (bytes). */
  DOCUMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(10 * 1024 * 1024),
  /** Prefix of authorisation numbers, e.g. `MN` gives `MN-AEOF-2026-00001`. */
  AUTHORISATION_COUNTRY_CODE: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .default('MN'),
  /**
   * The public register's address of authorisations (GET /v1/public/register/{number} of this
   * service, as the public reaches it): a certificate's QR code is this URL with the number appended.
   */
  PUBLIC_REGISTER_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .default('http://127.0.0.1:3001/v1/public/register'),
  /** An authorisation's first revalidation falls due this many years after it takes effect. */
  REVALIDATION_YEARS: z.coerce.number().int().min(1).max(4).default(3),
  /** When the daily revalidation watchdog runs (cron, UTC); empty disables its Temporal Schedule. */
  REVALIDATION_WATCHDOG_CRON: z.string().default('30 2 * * *'),
  /** A revalidation stage unchanged for longer than this is reported as stuck by the watchdog. */
  REVALIDATION_STUCK_AFTER_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  /** A company invitation's link works this many days (then the invitation has expired). */
  INVITATION_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  /** At most this many pending invitations a company (a new one is refused 429 until one is accepted, revoked or expires). */
  INVITATION_MAX_PENDING: z.coerce.number().int().min(1).max(10_000).default(20),
  /** At most this many invitations a company creates in 24 hours (rolling), however many are pending. */
  INVITATION_MAX_PER_DAY: z.coerce.number().int().min(1).max(10_000).default(50),
  /** 32 random bytes, base64, shared with notifications only: seals an invitation's code in its event. */
  INVITATION_CODE_KEY: invitationCodeKeyEnv,
});
export type ApplicationsConfig = z.infer<typeof applicationsEnvSchema>;
