import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The programme's folds need PostgreSQL 18 or later: the benefit fold's upserts return each row's
 * values before and after (`RETURNING old.*, new.*`, new in 18), so one statement both keeps the
 * earliest side of a declaration and tells the roll-up what it replaced. On an older server every
 * benefit batch would fail and be dead-lettered; this migration stops the service at boot instead,
 * with the reason.
 */
export class RequirePostgresql181764300001460 implements MigrationInterface {
  name = 'RequirePostgresql181764300001460';

  async up(queryRunner: QueryRunner): Promise<void> {
    const [row] = (await queryRunner.query(`SELECT current_setting('server_version_num')::int AS version`)) as {
      version: number;
    }[];
    if (row.version < 180000) {
      throw new Error(
        `the programme service needs PostgreSQL 18 or later (RETURNING old/new in its folds); this server is ` +
          `${Math.floor(row.version / 10000)}.${row.version % 100}`,
      );
    }
  }

  async down(): Promise<void> {
    // Nothing was changed.
  }
}
