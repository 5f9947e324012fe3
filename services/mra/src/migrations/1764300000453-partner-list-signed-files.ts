import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each version of a partner's list is kept as the signed original itself: the file's bytes and its
 * detached signature as received (`mra_partner_list_versions.body`, `.signature`), the better
 * evidence, re-read by parsing it if a version's rows are ever needed again. The import no longer
 * copies every row of every version into `mra_partner_list_rows` (the largest write after the
 * entries): a first list goes to the entries directly, a later one is staged for the difference in
 * `mra_partner_list_staged_rows`, an UNLOGGED table (no WAL) that the import empties again before its
 * commit, so no other session ever sees a staged row.
 *
 * Versions imported before this migration have no file (its bytes were not kept): their rows stay
 * in `mra_partner_list_rows`, which is read-only from now on (no backfill is possible, nor needed).
 * The body is stored uncompressed (STORAGE EXTERNAL): compressing 13 MB inside the import's
 * transaction costs more than writing it.
 */
export class PartnerListSignedFiles1764300000453 implements MigrationInterface {
  name = 'PartnerListSignedFiles1764300000453';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE mra_partner_list_versions ADD COLUMN body bytea, ADD COLUMN signature text`);
    await queryRunner.query(`ALTER TABLE mra_partner_list_versions ALTER COLUMN body SET STORAGE EXTERNAL`);
    await queryRunner.query(
      `ALTER TABLE mra_partner_list_versions ADD CONSTRAINT mra_partner_list_versions_file_check
         CHECK ((body IS NULL) = (signature IS NULL))`,
    );
    await queryRunner.query(
      `CREATE UNLOGGED TABLE mra_partner_list_staged_rows (LIKE mra_partner_list_rows INCLUDING DEFAULTS INCLUDING CONSTRAINTS)`,
    );
    await queryRunner.query(
      `COMMENT ON TABLE mra_partner_list_rows IS 'Read-only: the rows of partner list versions imported before migration 453; later versions keep their signed file (mra_partner_list_versions.body, signature)'`,
    );
    await queryRunner.query(
      `COMMENT ON TABLE mra_partner_list_staged_rows IS 'A list import''s rows while it computes the difference; emptied before the import commits'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE mra_partner_list_staged_rows`);
    await queryRunner.query(`COMMENT ON TABLE mra_partner_list_rows IS NULL`);
    await queryRunner.query(
      `ALTER TABLE mra_partner_list_versions DROP CONSTRAINT mra_partner_list_versions_file_check, DROP COLUMN body, DROP COLUMN signature`,
    );
  }
}
