import { z } from 'zod';
import { customsRegionsEnv, platformEnvSchema } from '@aeo/config';
import { taxpayerIdPatternEnv } from '@aeo/contracts';
import {
  channelRulesOverridesSchema,
  channelRulesWithOverrides,
  DEFAULT_CHANNEL_RULES,
} from './channel-decisions/channel-rules';
import { DEFAULT_RISK_MODEL, riskModelOverridesSchema, withOverrides } from './scoring/risk-model';

export const SERVICE_NAME = 'risk-management';

/** The transactional path's own settings (config.spec checks each is refused on the database path). */
export const TRANSACTIONAL_ONLY_VARIABLES = [
  'CHANNEL_DECISIONS_ROLE',
  'CHANNEL_DECIDER_TRANSACTIONAL_ID',
  'CHANNEL_DECIDER_CATCH_UP_MS',
] as const;

/** `CHANNEL_DECIDER_CATCH_UP_MS` when unset. */
export const CHANNEL_DECIDER_CATCH_UP_DEFAULT_MS = 120_000;

/** `AEO_REGISTER_WAIT_MS`'s largest value: 3 s below the consumers' rebalance timeout (config.spec checks it). */
export const AEO_REGISTER_WAIT_MAX_MS = 12_000;

/** An env variable holding JSON that must match `schema`; a typo fails the boot, naming the field. */
const jsonEnv = <S extends z.ZodType>(schema: S) =>
  z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: `must be JSON: ${(error as Error).message}` });
        return z.NEVER;
      }
    })
    .pipe(schema);

export const riskManagementEnvSchema = platformEnvSchema
  .extend({
    PORT: z.coerce.number().int().min(0).max(65535).default(3003),
    /** The regions the channel statistics' `region` may name (400 for another) and a declaration's `region` (else dead-lettered). */
    CUSTOMS_REGIONS: customsRegionsEnv,
    /** Partial override of the risk model weights (scoring/risk-model.ts), e.g. `{"halfLifeDays":90}`. */
    RISK_MODEL_JSON: jsonEnv(riskModelOverridesSchema)
      .optional()
      .transform((overrides) => (overrides ? withOverrides(overrides) : DEFAULT_RISK_MODEL)),
    /** Partial override of the channel rules (channel-decisions/channel-rules.ts), e.g. `{"randomRedRate":0.05}`. */
    CHANNEL_RULES_JSON: jsonEnv(channelRulesOverridesSchema)
      .optional()
      .transform((overrides) => (overrides ? channelRulesWithOverrides(overrides) : DEFAULT_CHANNEL_RULES)),
    /** Seed of the random selection: the same seed and declaration always draw the same number. */
    CHANNEL_SELECTION_SEED: z.string().min(1).default('aeo-channel-selection'),
    AEO_STATUS_CACHE_TTL_MS: z.coerce.number().int().min(0).max(60_000).default(5000),
    /** Serve `GET /v1/aeo-status/:id` in front of the Nest router (aeo-status.fast-path.ts); false = through Nest. */
    AEO_STATUS_FAST_PATH: z
      .enum(['true', 'false'])
      .default('true')
      .transform((value) => value === 'true'),
    /** The whole register is held in memory and follows changes (LISTEN/NOTIFY); a full reload this often as a safety net. */
    AEO_STATUS_RESYNC_MS: z.coerce.number().int().min(1000).max(86_400_000).default(300_000),
    /**
     * The replica's LISTEN connection is checked this often (`SELECT 1`, answered within the same
     * time): a connection lost without a word (a network dropping packets) is found within twice this.
     */
    AEO_STATUS_HEARTBEAT_MS: z.coerce.number().int().min(100).max(60_000).default(2000),
    AEO_STATUS_CACHE_MAX_ENTRIES: z.coerce.number().int().min(1).max(1_000_000).default(50_000),
    /**
     * While the database is unavailable the look-up answers from the replica, saying how old it is;
     * past this age (seconds) it answers 503 with Retry-After instead.
     */
    AEO_STATUS_MAX_STALENESS_S: z.coerce
      .number()
      .int()
      .min(0)
      .max(7 * 86_400)
      .default(900),
    /**
     * A channel decision waits, at most this long, until the AEO register projection has folded
     * every certification event published before the declaration was read (so its benefits do not
     * depend on which consumer was faster); past it, it decides on the register as far as folded and
     * logs a warning (`aeo_register_wait_timeouts_total`). 0: no wait. Waited once a Kafka batch,
     * while kafkajs cannot rejoin a rebalance: at most 12 s, below the consumer group's rebalance
     * timeout (`CONSUMER_REBALANCE_TIMEOUT_MS`, 15 s), or a waiting member would be evicted.
     */
    AEO_REGISTER_WAIT_MS: z.coerce.number().int().min(0).max(AEO_REGISTER_WAIT_MAX_MS).default(10_000),
    /**
     * How far ahead of this service's clock a declaration's `lodgedAt` may be (the declaration
     * system's clock may run a little fast); a declaration lodged later than that is dead-lettered,
     * not decided: it cannot have been lodged in the future, and the register in force then is not
     * known yet. Default 5 minutes.
     */
    DECLARATION_CLOCK_SKEW_MS: z.coerce.number().int().min(0).max(3_600_000).default(300_000),
    /**
     * The programme's taxpayer id format (shared with applications); the look-up answers 400 for
     * other ids, and a declaration whose trader or declarant id is of another format is dead-lettered.
     */
    TAXPAYER_ID_PATTERN: taxpayerIdPatternEnv,
    /**
     * How channel decisions are taken. `database` (the default): each batch of declarations is
     * decided in a PostgreSQL transaction with its inbox claims and outbox rows. `transactional`
     * (being built, issue 22; not yet for production): decided in memory and published in Kafka
     * transactions with the declarations' offsets, the database written behind from the decision
     * changelog (channel-decisions/transactional/README.md).
     */
    CHANNEL_DECISIONS_PATH: z.enum(['database', 'transactional']).default('database'),
    /**
     * The transactional decider's Kafka transactional id: stable across the restarts of one instance
     * and never shared by two running ones (default: the host name and `PORT`).
     */
    CHANNEL_DECIDER_TRANSACTIONAL_ID: z.string().min(1).max(200).optional(),
    /**
     * Which part of the transactional path this process runs: `both` (default), `decider` or
     * `write-behind`. Each takes most of a core at full load on its one JavaScript thread, so a busy
     * deployment runs them as processes of their own: one or more with `decider`, one or more with
     * `write-behind` (the other consumers of the service run in both).
     */
    CHANNEL_DECISIONS_ROLE: z.enum(['both', 'decider', 'write-behind']).optional(),
    /**
     * How long a transactional decider taking a partition over waits for the write-behind to store what
     * came before (ms; default `CHANNEL_DECIDER_CATCH_UP_DEFAULT_MS`). Optional in the schema so that a
     * value set on the database path can be told from the default.
     */
    CHANNEL_DECIDER_CATCH_UP_MS: z.coerce.number().int().min(1000).max(600_000).optional(),
  })
  .superRefine((config, ctx) => {
    // The transactional path's settings do nothing on the database path: a deployment setting them
    // believes it runs the other path, so the boot stops naming each one.
    if (config.CHANNEL_DECISIONS_PATH === 'database')
      for (const variable of TRANSACTIONAL_ONLY_VARIABLES)
        if (config[variable] !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: [variable],
            message:
              'is a setting of CHANNEL_DECISIONS_PATH=transactional; the path is database (unset it, or set the path)',
          });
  });
export type RiskManagementConfig = z.infer<typeof riskManagementEnvSchema>;
