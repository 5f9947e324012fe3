import { MigrationInterface, QueryRunner } from 'typeorm';

/** Claim tokens for deliveries (only the current holder settles one) and an operator's own contact officer. */
export class ClaimsAndContactOfficers1764300000520 implements MigrationInterface {
  name = 'ClaimsAndContactOfficers1764300000520';

  async up(queryRunner: QueryRunner): Promise<void> {
    // IF NOT EXISTS: development databases that ran an unreleased version of migration 510 have both already.
    await queryRunner.query(`ALTER TABLE notifications ADD COLUMN IF NOT EXISTS claim_token uuid`);
    // The one contact officer assigned to an operator; without one, the region's contact officers hear.
    await queryRunner.query(`
      CREATE TABLE IF NOT EXISTS operator_contact_officers (
        taxpayer_id text PRIMARY KEY,
        officer_sub text NOT NULL REFERENCES staff_contacts (sub),
        assigned_by text NOT NULL,
        assigned_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE operator_contact_officers');
    await queryRunner.query('ALTER TABLE notifications DROP COLUMN claim_token');
  }
}
