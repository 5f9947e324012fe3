import { z } from 'zod';
import { platformEnvSchema } from '@aeo/config';
import { taxpayerIdPatternEnv } from '@aeo/contracts';

export const SERVICE_NAME = 'mra';

export const mraEnvSchema = platformEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(3004),
  /** Our Ed25519 key signing the AEO list exported to partners (PKCS#8 PEM); required in production. */
  MRA_EXPORT_SIGNING_KEY: z.string().trim().min(1).optional(),
  /** Its key id (`kid` in the JWS header and the published JWKS). */
  MRA_EXPORT_SIGNING_KEY_ID: z.string().trim().min(1).max(200).optional(),
  /** When the daily export of our list runs (cron, UTC); empty: no schedule. */
  MRA_LIST_EXPORT_CRON: z.string().trim().default('30 2 * * *'),
  /** The programme's taxpayer id format: a lodged declaration with a trader or declarant id of another is dead-lettered. */
  TAXPAYER_ID_PATTERN: taxpayerIdPatternEnv,
});
export type MraConfig = z.infer<typeof mraEnvSchema>;
