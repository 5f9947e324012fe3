import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partner list versions carry their issue time (the JSON list's `generatedAt`, or the signature's
 * `iat` for CSV), so that an import must be newer than the latest version, and their bodies are
 * found by hash (an earlier version's exact bytes are refused). Versions imported before keep
 * their `generatedAt` as issue time.
 */
export class PartnerListIssueTimes1764300000450 implements MigrationInterface {
  name = 'PartnerListIssueTimes1764300000450';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE mra_partner_list_versions ADD COLUMN issued_at timestamptz`);
    await queryRunner.query(`UPDATE mra_partner_list_versions SET issued_at = generated_at`);
    await queryRunner.query(
      `CREATE INDEX mra_partner_list_versions_body_idx ON mra_partner_list_versions (arrangement_id, body_sha256)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX mra_partner_list_versions_body_idx`);
    await queryRunner.query(`ALTER TABLE mra_partner_list_versions DROP COLUMN issued_at`);
  }
}
