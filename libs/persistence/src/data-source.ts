import { isIP } from 'node:net';
import { Client, ClientConfig } from 'pg';
import { DataSource, DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { databaseUrlFor } from '@aeo/config';

export interface ServiceDataSourceOptions {
  /** Service name; its database is `aeo_<service>` unless `url` is given. */
  service: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  /** Explicit connection URL (tests use a throw-away database). */
  url?: string;
  poolSize?: number;
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

/**
 * The pool's connections. pg-pool takes its 'error' listener off a connection when it hands it
 * out, and TypeORM puts its own on only a promise tick later. A server being stopped can send a
 * new connection's ReadyForQuery and its FATAL 57P01 in one read: the 'error' event between the
 * two had no listener and crashed the process (its clients saw `ECONNRESET`). This listener stays
 * for the connection's whole life; the error still fails the connection's query (`not queryable`,
 * a database error: 503) and the pool drops the connection.
 */
class PoolClient extends Client {
  constructor(config?: string | ClientConfig) {
    super(config);
    this.on('error', () => undefined);
  }
}

/**
 * The one way services build their TypeORM options: PostgreSQL, the service's own database,
 * migrations run at start, never `synchronize` (schema changes are reviewed migrations).
 */
export function dataSourceOptionsFor(options: ServiceDataSourceOptions): DataSourceOptions {
  const url = options.url ?? databaseUrlFor(options.service);
  registerDatabaseEndpoint(url);
  return {
    type: 'postgres',
    url,
    entities: options.entities,
    migrations: options.migrations,
    migrationsRun: true,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error', 'migration'],
    applicationName: `aeo-${options.service}`,
    extra: { max: options.poolSize ?? 10, connectionTimeoutMillis: 5000, Client: PoolClient },
  };
}

/** Opens a DataSource outside Nest (scripts, relay processes, tests) and runs pending migrations. */
export async function openDataSource(options: ServiceDataSourceOptions): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptionsFor(options));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
