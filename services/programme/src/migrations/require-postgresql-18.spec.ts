import type { QueryRunner } from 'typeorm';
import { RequirePostgresql181764300001460 } from './1764300001460-require-postgresql-18';

/** A query runner whose server reports `version` as server_version_num. */
const serverAt = (version: number) =>
  ({ query: (sql: string) => Promise.resolve(sql.includes('server_version_num') ? [{ version }] : []) }) as QueryRunner;

describe('the PostgreSQL 18 requirement (migration 1460)', () => {
  const migration = new RequirePostgresql181764300001460();

  it('stops the service on PostgreSQL 16 with the reason and the version found', async () => {
    await expect(migration.up(serverAt(160004))).rejects.toThrow(
      'the programme service needs PostgreSQL 18 or later (RETURNING old/new in its folds); this server is 16.4',
    );
  });

  it('passes on PostgreSQL 18 and later', async () => {
    await expect(migration.up(serverAt(180004))).resolves.toBeUndefined();
    await expect(migration.up(serverAt(190000))).resolves.toBeUndefined();
  });
});
