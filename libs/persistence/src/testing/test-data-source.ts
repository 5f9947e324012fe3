import type { DataSource, MigrationInterface } from 'typeorm';
import { createTestDatabase, TestDatabase } from '@aeo/testing';
import { openDataSource } from '../data-source';
import { CreateRequestLedgers1764390000000, HumanStepsPending1764390000100 } from '../migrations';

type Migration = new () => MigrationInterface;

/** The migrations of the request ledgers (idempotency keys, human steps). */
export const REQUEST_LEDGER_MIGRATIONS: Migration[] = [
  CreateRequestLedgers1764390000000,
  HumanStepsPending1764390000100,
];

/**
 * A throw-away database with the given migrations run, open for the tests of the calling `describe`
 * block and dropped after them. Read `.dataSource` (and `.url`) inside the tests (it is opened in `beforeAll`).
 */
export function useTestDataSource(
  label: string,
  migrations: Migration[] = REQUEST_LEDGER_MIGRATIONS,
): { readonly dataSource: DataSource; readonly url: string } {
  let database: TestDatabase | undefined;
  let dataSource: DataSource | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(label);
    dataSource = await openDataSource({ service: `${label}-test`, url: database.url, entities: [], migrations });
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });
  return {
    get dataSource(): DataSource {
      if (!dataSource) throw new Error(`the test data source ${label} is open only inside the tests`);
      return dataSource;
    },
    get url(): string {
      if (!database) throw new Error(`the test database ${label} exists only inside the tests`);
      return database.url;
    },
  };
}
