import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The mra register replica keeps a suspension's scope (the whole authorisation or only its security
 * part); rows suspended before it are taken as wholly suspended (what the export said so far). Every
 * public key that has signed our list exports is kept, so that exports signed before a key rotation
 * stay verifiable with the published keys (the development key stored so far is the first one).
 */
export class RegisterScopeAndExportKeys1764300000460 implements MigrationInterface {
  name = 'RegisterScopeAndExportKeys1764300000460';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE mra_register_authorisations
         ADD COLUMN suspended_scope text CHECK (suspended_scope IN ('whole', 'security'))`,
    );
    await queryRunner.query(
      `UPDATE mra_register_authorisations SET suspended_scope = 'whole' WHERE status = 'suspended'`,
    );
    await queryRunner.query(
      `ALTER TABLE mra_register_authorisations ADD CONSTRAINT mra_register_authorisations_suspended_scope
         CHECK ((status = 'suspended') = (suspended_scope IS NOT NULL))`,
    );
    await queryRunner.query(`
      CREATE TABLE mra_export_public_keys (
        kid text PRIMARY KEY,
        public_jwk jsonb NOT NULL,
        first_used_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `INSERT INTO mra_export_public_keys (kid, public_jwk, first_used_at)
       SELECT kid, public_jwk, created_at FROM mra_export_signing_keys`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE mra_export_public_keys`);
    await queryRunner.query(
      `ALTER TABLE mra_register_authorisations DROP CONSTRAINT mra_register_authorisations_suspended_scope`,
    );
    await queryRunner.query(`ALTER TABLE mra_register_authorisations DROP COLUMN suspended_scope`);
  }
}
