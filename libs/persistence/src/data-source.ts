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

/**
 * The one way services build their TypeORM options: PostgreSQL, the service's own database,
 * migrations run at start, never `synchronize` (schema changes are reviewed migrations).
 */
export function dataSourceOptionsFor(options: ServiceDataSourceOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url: options.url ?? databaseUrlFor(options.service),
    entities: options.entities,
    migrations: options.migrations,
    migrationsRun: true,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error', 'migration'],
    applicationName: `aeo-${options.service}`,
    extra: { max: options.poolSize ?? 10, connectionTimeoutMillis: 5000 },
  };
}

/** Opens a DataSource outside Nest (scripts, relay processes, tests) and runs pending migrations. */
export async function openDataSource(options: ServiceDataSourceOptions): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptionsFor(options));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
