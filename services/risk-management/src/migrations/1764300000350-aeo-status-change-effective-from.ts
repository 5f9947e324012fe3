import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The projection keeps two dates: `effective_from`, the authorisation's own (from the grant), and
 * `status_effective_from`, when its current status (a suspension, reinstatement, revocation or
 * surrender) takes effect; null means the grant's date. Until now one column held the latest
 * change's date: rows changed after their grant keep that date as their best known value until
 * their next event carries the grant's.
 */
export class AeoStatusChangeEffectiveFrom1764300000350 implements MigrationInterface {
  name = 'AeoStatusChangeEffectiveFrom1764300000350';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE aeo_status ADD COLUMN status_effective_from timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE aeo_status SET effective_from = status_effective_from WHERE status_effective_from IS NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE aeo_status DROP COLUMN status_effective_from`);
  }
}
