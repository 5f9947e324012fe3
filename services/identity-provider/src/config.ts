import { join } from 'node:path';
import { z } from 'zod';
import { databaseUrlFor, loadConfig } from '@aeo/config';
import { taxpayerIdPatternEnv } from '@aeo/contracts';

const repoRoot = join(__dirname, '../../..');
const localDir = join(repoRoot, '.local', 'identity');

const blankIsUnset = (value: unknown) => (value === '' ? undefined : value);
const optionalText = z.preprocess(blankIsUnset, z.string().min(1).optional());

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Variables of the identity provider, validated at boot (the error names each variable). */
export const identityEnvSchema = z
  .object({
    AEO_IDENTITY_PORT: z.coerce.number().int().min(1).max(65_535).default(3010),
    AEO_IDENTITY_HOST: z.string().default('127.0.0.1'),
    /** The issuer the tokens name; defaults to the address it listens on. */
    AUTH_ISSUER: z.preprocess(blankIsUnset, z.url({ protocol: /^https?$/ }).optional()),
    AUTH_AUDIENCE: z.preprocess(blankIsUnset, z.string().min(1).default('aeo-platform')),
    AUTH_DEVELOPMENT: z.preprocess(blankIsUnset, z.enum(['true', 'false']).default('false')),
    AEO_IDENTITY_KEYS_FILE: z.preprocess(blankIsUnset, z.string().default(join(localDir, 'signing-keys.json'))),
    AEO_IDENTITY_CLIENTS_FILE: z.preprocess(blankIsUnset, z.string().default(join(localDir, 'clients.json'))),
    AEO_IDENTITY_ACCESS_TTL_S: z.coerce.number().int().min(60).max(86_400).default(3600),
    AEO_IDENTITY_REFRESH_TTL_S: z.coerce
      .number()
      .int()
      .min(300)
      .max(90 * 86_400)
      .default(14 * 86_400),
    AEO_IDENTITY_PURGE_INTERVAL_S: z.coerce.number().int().min(1).max(86_400).default(600),
    /** Secrets of the confidential clients when given (else generated into AEO_IDENTITY_CLIENTS_FILE). */
    IDENTITY_SINGLE_WINDOW_SECRET: optionalText,
    IDENTITY_DECLARATION_PROCESSING_SECRET: optionalText,
    /** Redirect URIs of the console besides the loopback ones (comma separated, https). */
    IDENTITY_CONSOLE_REDIRECT_URIS: z.preprocess(blankIsUnset, z.string().default('')),
    /** The demo users written at start (false: none, and those of an earlier start disabled). */
    IDENTITY_DEMO_ACCOUNTS: z.preprocess(blankIsUnset, z.enum(['true', 'false']).default('true')),
    /** A company's first user may create an account at /signup (the stand-in for the e-ID enrolment). */
    IDENTITY_TRADER_SIGNUP: z.preprocess(blankIsUnset, z.enum(['true', 'false']).default('false')),
    /** Sign-up posts one client address may make in an hour (the next get 429). */
    IDENTITY_SIGNUP_ATTEMPTS_PER_HOUR: z.coerce.number().int().min(1).max(10_000).default(20),
    /**
     * The applications service, which the provider calls (its own client `aeo-identity`) to look up
     * and redeem company invitations at /invitation; empty: no invitation page.
     */
    IDENTITY_APPLICATIONS_URL: z.preprocess(
      (value) => (value === undefined ? 'http://127.0.0.1:3001' : value),
      z.union([z.literal(''), z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })]),
    ),
    /** The programme's taxpayer id format, the one the services check (libs/contracts). */
    TAXPAYER_ID_PATTERN: taxpayerIdPatternEnv,
  })
  .superRefine((env, ctx) => {
    if (env.AUTH_DEVELOPMENT !== 'true')
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_DEVELOPMENT'],
        message:
          "this provider, with its published demo users, is the development stand-in for the administration's " +
          'identity provider (Keycloak, Entra ID...) and runs only with AUTH_DEVELOPMENT=true; elsewhere point ' +
          'AUTH_ISSUER at that provider instead (docs/identity.md)',
      });
    if (env.AUTH_ISSUER && !secureOrLocal(env.AUTH_ISSUER, env.AUTH_DEVELOPMENT))
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_ISSUER'],
        message: 'an http issuer is only allowed on a loopback host with AUTH_DEVELOPMENT=true',
      });
    for (const uri of consoleRedirectUrisOf(env.IDENTITY_CONSOLE_REDIRECT_URIS)) {
      const parsed = URL.parse(uri);
      if (!parsed || parsed.hash || !secureOrLocal(uri, env.AUTH_DEVELOPMENT))
        ctx.addIssue({
          code: 'custom',
          path: ['IDENTITY_CONSOLE_REDIRECT_URIS'],
          message: `${JSON.stringify(uri)} is not an https URL without fragment (http only on a loopback host with AUTH_DEVELOPMENT=true)`,
        });
    }
  });

/** https, or http on a loopback host on a development machine. */
function secureOrLocal(uri: string, development: 'true' | 'false'): boolean {
  const url = URL.parse(uri);
  if (!url) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && development === 'true' && loopbackHosts.has(url.hostname);
}

const consoleRedirectUrisOf = (list: string): string[] =>
  list
    .split(',')
    .map((uri) => uri.trim())
    .filter(Boolean);

export interface IdentityConfig {
  port: number;
  host: string;
  issuer: string;
  audience: string;
  databaseUrl: string;
  keysFile: string;
  clientsFile: string;
  accessTokenTtlS: number;
  refreshTokenTtlS: number;
  purgeIntervalS: number;
  clientSecrets: Partial<Record<'single-window' | 'declaration-processing' | 'aeo-identity', string>>;
  consoleRedirectUris: string[];
  demoAccounts: boolean;
  traderSignup: boolean;
  signupAttemptsPerHour: number;
  taxpayerIdPattern: string;
  /** Applications' base URL for company invitations; undefined: /invitation is not offered. */
  applicationsUrl?: string;
}

export function loadIdentityConfig(env: Record<string, string | undefined> = process.env): IdentityConfig {
  const config = loadConfig(identityEnvSchema, env);
  return {
    port: config.AEO_IDENTITY_PORT,
    host: config.AEO_IDENTITY_HOST,
    issuer: (config.AUTH_ISSUER ?? `http://127.0.0.1:${config.AEO_IDENTITY_PORT}`).replace(/\/$/, ''),
    audience: config.AUTH_AUDIENCE,
    databaseUrl: databaseUrlFor('identity', env),
    keysFile: config.AEO_IDENTITY_KEYS_FILE,
    clientsFile: config.AEO_IDENTITY_CLIENTS_FILE,
    accessTokenTtlS: config.AEO_IDENTITY_ACCESS_TTL_S,
    refreshTokenTtlS: config.AEO_IDENTITY_REFRESH_TTL_S,
    purgeIntervalS: config.AEO_IDENTITY_PURGE_INTERVAL_S,
    clientSecrets: {
      'single-window': config.IDENTITY_SINGLE_WINDOW_SECRET,
      'declaration-processing': config.IDENTITY_DECLARATION_PROCESSING_SECRET,
    },
    consoleRedirectUris: consoleRedirectUrisOf(config.IDENTITY_CONSOLE_REDIRECT_URIS),
    demoAccounts: config.IDENTITY_DEMO_ACCOUNTS === 'true',
    traderSignup: config.IDENTITY_TRADER_SIGNUP === 'true',
    signupAttemptsPerHour: config.IDENTITY_SIGNUP_ATTEMPTS_PER_HOUR,
    taxpayerIdPattern: config.TAXPAYER_ID_PATTERN,
    applicationsUrl: config.IDENTITY_APPLICATIONS_URL || undefined,
  };
}

/** The keys file alone (the rotate command needs no database). */
export const identityKeysFile = (env: Record<string, string | undefined> = process.env): string =>
  identityEnvSchema.shape.AEO_IDENTITY_KEYS_FILE.parse(env['AEO_IDENTITY_KEYS_FILE']);
