import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A version's rows and changes lose their foreign key to the version: PostgreSQL checks a foreign
 * key row by row (a trigger per inserted row), which cost a 100,000-row import 200,000 look-ups
 * of the one version row. Both tables are written only by the import, in the transaction that
 * inserts the version row first (and versions are never deleted), so the reference holds by
 * construction.
 */
export class PartnerListBulkTables1764300000451 implements MigrationInterface {
  name = 'PartnerListBulkTables1764300000451';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE mra_partner_list_rows DROP CONSTRAINT mra_partner_list_rows_arrangement_id_version_fkey`,
    );
    await queryRunner.query(
      `ALTER TABLE mra_partner_list_changes DROP CONSTRAINT mra_partner_list_changes_arrangement_id_version_fkey`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['mra_partner_list_rows', 'mra_partner_list_changes'])
      await queryRunner.query(
        `ALTER TABLE ${table} ADD CONSTRAINT ${table}_arrangement_id_version_fkey FOREIGN KEY (arrangement_id, version) REFERENCES mra_partner_list_versions (arrangement_id, version)`,
      );
  }
}
