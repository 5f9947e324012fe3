import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A published export signing key can be withdrawn (a compromise): it leaves the JWKS, is never
 * published again, and an instance configured with it refuses to start. The row stays, so that a
 * restart with the withdrawn key cannot put it back.
 */
export class ExportKeyWithdrawal1764300000461 implements MigrationInterface {
  name = 'ExportKeyWithdrawal1764300000461';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE mra_export_public_keys
         ADD COLUMN withdrawn_at timestamptz,
         ADD COLUMN withdrawn_by text,
         ADD COLUMN withdrawal_reason text,
         ADD CONSTRAINT mra_export_public_keys_withdrawal
           CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL) AND (withdrawn_at IS NULL) = (withdrawal_reason IS NULL))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE mra_export_public_keys
         DROP CONSTRAINT mra_export_public_keys_withdrawal,
         DROP COLUMN withdrawal_reason,
         DROP COLUMN withdrawn_by,
         DROP COLUMN withdrawn_at`,
    );
  }
}
