import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partners' AEO lists: the partner administration's signing keys per arrangement, every imported
 * version (with its rows as imported), and the current state per arrangement
 * (`partner_list_entries`, read by the matching feature through `normalised_id`).
 */
export class PartnerLists1764300000420 implements MigrationInterface {
  name = 'PartnerLists1764300000420';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE mra_partner_keys (
        arrangement_id uuid NOT NULL REFERENCES mutual_recognition_arrangements (id),
        kid text NOT NULL CHECK (length(kid) BETWEEN 1 AND 200),
        alg text NOT NULL CHECK (alg IN ('EdDSA', 'ES256', 'RS256')),
        jwk jsonb NOT NULL,
        registered_by text NOT NULL,
        registered_at timestamptz NOT NULL DEFAULT now(),
        retired_by text,
        retired_at timestamptz,
        PRIMARY KEY (arrangement_id, kid)
      )`);
    await queryRunner.query(`
      CREATE TABLE mra_partner_list_versions (
        arrangement_id uuid NOT NULL REFERENCES mutual_recognition_arrangements (id),
        version int NOT NULL CHECK (version > 0),
        format text NOT NULL CHECK (format IN ('json', 'csv')),
        body_sha256 text NOT NULL,
        row_count int NOT NULL,
        generated_at timestamptz,
        signature_kid text NOT NULL,
        count_new int NOT NULL,
        count_changed int NOT NULL,
        count_suspended int NOT NULL,
        count_removed int NOT NULL,
        count_unchanged int NOT NULL,
        imported_by text NOT NULL,
        imported_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (arrangement_id, version)
      )`);
    await queryRunner.query(`
      CREATE TABLE mra_partner_list_rows (
        arrangement_id uuid NOT NULL,
        version int NOT NULL,
        line int NOT NULL,
        aeo_id text NOT NULL,
        normalised_id text NOT NULL,
        name text NOT NULL,
        address jsonb NOT NULL,
        status_type text NOT NULL,
        partner_status_type text NOT NULL,
        status text NOT NULL CHECK (status IN ('active', 'suspended')),
        valid_from date NOT NULL,
        valid_until date,
        suspended_on date,
        revoked_on date,
        PRIMARY KEY (arrangement_id, version, aeo_id),
        FOREIGN KEY (arrangement_id, version) REFERENCES mra_partner_list_versions (arrangement_id, version)
      )`);
    await queryRunner.query(`
      CREATE TABLE mra_partner_list_changes (
        arrangement_id uuid NOT NULL,
        version int NOT NULL,
        aeo_id text NOT NULL,
        change text NOT NULL CHECK (change IN ('new', 'changed', 'suspended', 'removed')),
        PRIMARY KEY (arrangement_id, version, aeo_id),
        FOREIGN KEY (arrangement_id, version) REFERENCES mra_partner_list_versions (arrangement_id, version)
      )`);
    await queryRunner.query(`
      CREATE TABLE partner_list_entries (
        arrangement_id uuid NOT NULL REFERENCES mutual_recognition_arrangements (id),
        aeo_id text NOT NULL,
        normalised_id text NOT NULL,
        name text NOT NULL,
        address jsonb NOT NULL DEFAULT '{}',
        status_type text NOT NULL CHECK (status_type IN ('AEOC', 'AEOS', 'AEOF')),
        partner_status_type text NOT NULL,
        status text NOT NULL CHECK (status IN ('active', 'suspended', 'removed')),
        valid_from date NOT NULL,
        valid_until date,
        suspended_on date,
        revoked_on date,
        last_changed_version int NOT NULL,
        PRIMARY KEY (arrangement_id, aeo_id)
      )`);
    await queryRunner.query(`CREATE INDEX partner_list_entries_normalised_idx ON partner_list_entries (normalised_id)`);
    await queryRunner.query(
      `CREATE INDEX partner_list_entries_status_idx ON partner_list_entries (arrangement_id, status, aeo_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE partner_list_entries');
    await queryRunner.query('DROP TABLE mra_partner_list_changes');
    await queryRunner.query('DROP TABLE mra_partner_list_rows');
    await queryRunner.query('DROP TABLE mra_partner_list_versions');
    await queryRunner.query('DROP TABLE mra_partner_keys');
  }
}
