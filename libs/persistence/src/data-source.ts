import { isIP, Socket } from 'node:net';
import { Client, ClientConfig } from 'pg';
import {
  DataSource,
  DataSourceOptions,
  EntityManager,
  MixedList,
  EntitySchema,
  MigrationInterface,
  QueryRunner,
} from 'typeorm';
import { databaseUrlFor, loadConfig, platformEnvSchema } from '@aeo/config';

export interface ServiceDataSourceOptions {
  /** Service name; its database is `aeo_<service>` unless `url` is given. */
  service: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  /** Explicit connection URL (tests use a throw-away database). */
  url?: string;
  /** Connections of the pool; default `DATABASE_POOL_SIZE`. */
  poolSize?: number;
  /** Where `DATABASE_POOL_SIZE` and the statement and query timeouts are read (default: `process.env`). */
  env?: Record<string, string | undefined>;
}

const databaseHosts = new Set<string>();
const databaseEndpoints = new Set<string>();

/** Remembers the host and port of a database this process connects to (see `isDatabaseEndpoint`). */
export function registerDatabaseEndpoint(url: string): void {
  const parsed = new URL(url);
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  const port = parsed.port || '5432';
  databaseHosts.add(host);
  // A host name resolves to addresses not known here: its port alone tells its connections.
  databaseEndpoints.add(`${isIP(host) ? host : '*'}:${port}`);
}

/**
 * Whether a socket error's peer is one of this process's databases: pg reports a connection
 * that cannot be made as Node's bare socket error (`connect ECONNREFUSED host:port`,
 * `getaddrinfo ENOTFOUND host`), which says nothing of who made it but its address.
 */
export function isDatabaseEndpoint(peer: { address?: unknown; port?: unknown; hostname?: unknown }): boolean {
  if (typeof peer.address === 'string' && peer.port !== undefined) {
    return (
      databaseEndpoints.has(`${peer.address}:${String(peer.port)}`) || databaseEndpoints.has(`*:${String(peer.port)}`)
    );
  }
  return typeof peer.hostname === 'string' && databaseHosts.has(peer.hostname);
}

/** The pool's limits on one statement (see `databaseLimitsFrom`); 0: none. */
export interface DatabaseLimits {
  statementTimeoutMs: number;
  queryTimeoutMs: number;
}

const databaseLimitsSchema = platformEnvSchema.pick({
  DATABASE_POOL_SIZE: true,
  DATABASE_STATEMENT_TIMEOUT_MS: true,
  DATABASE_QUERY_TIMEOUT_MS: true,
});

/** What the pool leaves a cancelled statement to answer before counting its connection as lost. */
const CANCEL_ANSWER_MARGIN_MS = 5000;

/**
 * The pool's size and limits from the environment. A caller that gives up on a read (a request's
 * own deadline) does not stop it: without a limit its connection stayed busy until the query
 * ended. The server cancels a statement past `DATABASE_STATEMENT_TIMEOUT_MS` and the connection
 * is free again; a query the server does not answer at all within `DATABASE_QUERY_TIMEOUT_MS`
 * (a connection lost without a word) drops its connection.
 */
export function databaseLimitsFrom(env: Record<string, string | undefined>): DatabaseLimits & { poolSize: number } {
  const config = loadConfig(databaseLimitsSchema, env);
  const statementTimeoutMs = config.DATABASE_STATEMENT_TIMEOUT_MS;
  const queryTimeoutMs =
    config.DATABASE_QUERY_TIMEOUT_MS ?? (statementTimeoutMs > 0 ? statementTimeoutMs + CANCEL_ANSWER_MARGIN_MS : 0);
  return { poolSize: config.DATABASE_POOL_SIZE, statementTimeoutMs, queryTimeoutMs };
}

type PoolClientConfig = ClientConfig & { limits?: DatabaseLimits };

/** The pool's mark on a statement the server cancelled at the pool's statement timeout: the limit, in ms. */
const STATEMENT_TIMEOUT_MARK = Symbol.for('aeo.persistence.statement-timeout-ms');

/**
 * The statement timeout (ms) at which the server cancelled this statement, as a pool connection
 * saw it (see `PoolClient`); undefined for any other error, a cancel by a person included.
 */
export function statementTimeoutOf(error: unknown): number | undefined {
  const limit =
    typeof error === 'object' && error !== null
      ? (error as Record<symbol, unknown>)[STATEMENT_TIMEOUT_MARK]
      : undefined;
  return typeof limit === 'number' ? limit : undefined;
}

/**
 * Whether the server cancelled a statement (SQLSTATE 57014, query_canceled) at the statement
 * timeout. A cancel by a person (pg_cancel_backend) has the same code, and the message is in the
 * server's `lc_messages` language, so neither tells them apart; the time does: the server cancels
 * at the limit, counted from when it received the statement, so a statement that had run (from
 * just before it was sent) as long as the limit was cancelled by it, and a person's cancel comes
 * earlier (one in the last moments before the limit, within the network's delay, counts as the limit's).
 */
const cancelledAtStatementTimeout = (error: unknown, ranMs: number, limitMs: number) =>
  error instanceof Error && (error as { code?: unknown }).code === '57014' && limitMs > 0 && ranMs >= limitMs;

/**
 * The pool's connections.
 *
 * pg-pool takes its 'error' listener off a connection when it hands it out, and TypeORM puts its
 * own on only a promise tick later. A server being stopped can send a new connection's
 * ReadyForQuery and its FATAL 57P01 in one read: the 'error' event between the two had no
 * listener and crashed the process (its clients saw `ECONNRESET`). This listener stays for the
 * connection's whole life; the error still fails the connection's query (`not queryable`, a
 * database error: 503) and the pool drops the connection.
 *
 * A query the server does not answer within the query timeout fails ("Query read timeout", a
 * database outage: 503) and the connection is destroyed, so the pool drops it instead of handing
 * the next caller a connection still waiting for that answer. (pg's own `query_timeout` fails
 * the query but keeps the connection busy.)
 *
 * A statement the server cancels at the statement timeout is marked with the limit
 * (`statementTimeoutOf`: a slow database, 503) and its message names DATABASE_STATEMENT_TIMEOUT_MS,
 * in English whatever the server's `lc_messages`; a cancel by a person is left as the server said it.
 *
 * Queries on one connection run one after the other: callers that start several at once on one
 * transaction (`Promise.all` of reads on its entity manager) had pg queue them on the busy
 * client, which pg deprecates ("Calling client.query() when the client is already executing a
 * query") and drops in pg 9. Each waits here for the one before it to settle.
 */
class PoolClient extends Client {
  private readonly limits: DatabaseLimits;
  /** Set while a migration runs on this connection (`withoutLimits`). */
  unlimited = false;
  /** The last query started on this connection, settled or not. */
  private previous: Promise<unknown> = Promise.resolve();

  constructor(config?: string | PoolClientConfig) {
    const limits = (typeof config === 'object' && config.limits) || { statementTimeoutMs: 0, queryTimeoutMs: 0 };
    super(
      typeof config === 'object'
        ? {
            ...config,
            // pg sends a non-zero one as the session's `statement_timeout` in the startup message.
            statement_timeout: limits.statementTimeoutMs || undefined,
            keepAlive: true,
            keepAliveInitialDelayMillis: 10_000,
          }
        : config,
    );
    this.limits = limits;
    this.on('error', () => undefined);
  }

  /** The socket, to cut a connection that does not answer (pg keeps it as `connection.stream`). */
  private get socket(): Socket | undefined {
    return (this as unknown as { connection?: { stream?: Socket } }).connection?.stream;
  }

  withLimits<T>(send: () => Promise<T>): Promise<T> {
    const { statementTimeoutMs, queryTimeoutMs } = this.limits;
    const sentAt = performance.now();
    const query = send();
    let timer: NodeJS.Timeout | undefined;
    let unanswered = false;
    if (queryTimeoutMs > 0 && !this.unlimited) {
      timer = setTimeout(() => {
        unanswered = true;
        this.socket?.destroy();
      }, queryTimeoutMs);
    }
    return query.then(
      (result) => {
        clearTimeout(timer);
        return result;
      },
      (error: unknown) => {
        clearTimeout(timer);
        if (unanswered) {
          throw new Error(
            `Query read timeout: no answer from the database within ${queryTimeoutMs} ms (DATABASE_QUERY_TIMEOUT_MS); the connection was dropped`,
            { cause: error },
          );
        }
        if (!this.unlimited && cancelledAtStatementTimeout(error, performance.now() - sentAt, statementTimeoutMs)) {
          Object.defineProperty(error, STATEMENT_TIMEOUT_MARK, { value: statementTimeoutMs });
          (error as Error).message =
            `canceling statement due to statement timeout: it ran longer than ${statementTimeoutMs} ms (DATABASE_STATEMENT_TIMEOUT_MS)`;
        }
        throw error;
      },
    );
  }

  /** Runs a promise query after the one before it on this connection, within the limits. */
  inTurn(query: () => Promise<unknown>): Promise<unknown> {
    const turn = this.previous.then(() => this.withLimits(query));
    this.previous = turn.catch(() => undefined);
    return turn;
  }
}

// Every promise query of a pool connection (TypeORM passes text and parameters and awaits the
// promise) waits its turn and runs within the limits; callback and submittable (stream) queries
// are pg's own.
const pgQuery = Client.prototype.query as (this: Client, ...args: unknown[]) => unknown;
(PoolClient.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function (
  this: PoolClient,
  ...args: unknown[]
) {
  const submittable = typeof (args[0] as { submit?: unknown } | null)?.submit === 'function';
  if (submittable || args.some((arg) => typeof arg === 'function')) return pgQuery.apply(this, args);
  return this.inTurn(() => pgQuery.apply(this, args) as Promise<unknown>);
};

/**
 * Runs `work` on the query runner's connection without the pool's limits: migrations (an index
 * built concurrently, a constraint validated on a large table) may rightly run for long.
 */
async function withoutLimits<T>(queryRunner: QueryRunner, work: () => Promise<T>): Promise<T> {
  const client = (await queryRunner.connect()) as unknown;
  if (!(client instanceof PoolClient)) return work();
  client.unlimited = true;
  try {
    await queryRunner.query('SET statement_timeout = 0');
    return await work();
  } finally {
    // In a failed migration's transaction the RESET fails too, and the rollback undoes the SET.
    await queryRunner.query('RESET statement_timeout').catch(() => undefined);
    client.unlimited = false;
  }
}

/**
 * Runs `work` in a transaction of its own on a pool connection without the pool's limits, as a
 * migration runs: for a step at the service's start that may rightly run for minutes (the
 * programme's benefit roll-up rebuilt from years of declarations), which the statement or query
 * timeout would cancel, failing every start.
 */
export async function transactionWithoutLimits<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  const queryRunner = dataSource.createQueryRunner();
  try {
    return await withoutLimits(queryRunner, async () => {
      await queryRunner.startTransaction();
      try {
        const result = await work(queryRunner.manager);
        await queryRunner.commitTransaction();
        return result;
      } catch (error) {
        await queryRunner.rollbackTransaction().catch(() => undefined);
        throw error;
      }
    });
  } finally {
    await queryRunner.release();
  }
}

type Migration = new () => MigrationInterface;

/** The migration class, its `up` and `down` run without the pool's limits (same name, same `transaction`). */
function unlimitedMigration(migration: Migration): Migration {
  const unlimited = class extends migration {
    override up(queryRunner: QueryRunner): Promise<unknown> {
      return withoutLimits(queryRunner, () => super.up(queryRunner));
    }
    override down(queryRunner: QueryRunner): Promise<unknown> {
      return withoutLimits(queryRunner, () => super.down(queryRunner));
    }
  };
  // TypeORM names a migration without a `name` by its class (and reads its timestamp from it).
  Object.defineProperty(unlimited, 'name', { value: migration.name });
  return unlimited;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
function unlimitedMigrations(migrations: MixedList<Function | string>): MixedList<Function | string> {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  const wrap = (migration: Function | string) =>
    typeof migration === 'function' ? unlimitedMigration(migration as Migration) : migration;
  return Array.isArray(migrations)
    ? migrations.map(wrap)
    : Object.fromEntries(Object.entries(migrations).map(([key, migration]) => [key, wrap(migration)]));
}

/**
 * The one way services build their TypeORM options: PostgreSQL, the service's own database,
 * migrations run at start (without the statement limits), never `synchronize` (schema changes
 * are reviewed migrations), the pool sized and limited by the environment (`databaseLimitsFrom`).
 */
export function dataSourceOptionsFor(options: ServiceDataSourceOptions): DataSourceOptions {
  const url = options.url ?? databaseUrlFor(options.service);
  registerDatabaseEndpoint(url);
  const { poolSize, ...limits } = databaseLimitsFrom(options.env ?? process.env);
  return {
    type: 'postgres',
    url,
    entities: options.entities,
    migrations: unlimitedMigrations(options.migrations),
    migrationsRun: true,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error', 'migration'],
    applicationName: `aeo-${options.service}`,
    extra: { max: options.poolSize ?? poolSize, connectionTimeoutMillis: 5000, Client: PoolClient, limits },
  };
}

/** Opens a DataSource outside Nest (scripts, relay processes, tests) and runs pending migrations. */
export async function openDataSource(options: ServiceDataSourceOptions): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptionsFor(options));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
