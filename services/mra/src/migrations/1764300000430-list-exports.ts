import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Our AEO list for MRA partners: the mra service's own projection of the AEO register (holders
 * from application events, authorisations from certification events), the signed export versions
 * per arrangement and our export signing key (generated outside production only).
 */
export class ListExports1764300000430 implements MigrationInterface {
  name = 'ListExports1764300000430';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE mra_register_holders (
        operator_id uuid PRIMARY KEY,
        taxpayer_id text NOT NULL,
        name text NOT NULL,
        address jsonb,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE mra_register_authorisations (
        authorisation_number text PRIMARY KEY,
        operator_id uuid NOT NULL,
        taxpayer_id text NOT NULL,
        status_type text NOT NULL,
        consent_to_mra_sharing boolean NOT NULL,
        status text NOT NULL CHECK (status IN ('active', 'suspended', 'revoked', 'surrendered')),
        effective_from timestamptz,
        revalidation_due timestamptz,
        suspended_from timestamptz,
        ended_on timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX mra_register_authorisations_operator ON mra_register_authorisations (operator_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE mra_list_exports (
        id uuid PRIMARY KEY,
        arrangement_id uuid NOT NULL,
        version int NOT NULL CHECK (version > 0),
        document jsonb NOT NULL,
        jws text NOT NULL,
        entries_sha256 text NOT NULL,
        entry_count int NOT NULL,
        added int NOT NULL,
        changed int NOT NULL,
        removed int NOT NULL,
        withheld int NOT NULL,
        key_id text NOT NULL,
        exported_by text NOT NULL,
        exported_at timestamptz NOT NULL,
        UNIQUE (arrangement_id, version)
      )`);
    await queryRunner.query(`
      CREATE TABLE mra_export_signing_keys (
        kid text PRIMARY KEY,
        private_pkcs8 text NOT NULL,
        public_jwk jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE mra_export_signing_keys`);
    await queryRunner.query(`DROP TABLE mra_list_exports`);
    await queryRunner.query(`DROP TABLE mra_register_authorisations`);
    await queryRunner.query(`DROP TABLE mra_register_holders`);
  }
}
