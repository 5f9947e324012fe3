import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Replica of the foreign AEOs recognised under mutual recognition arrangements (from the mra
 * service's events): the arrangements (phase, terms), the partner lists' entries and the aliases
 * MRA officers resolved. Channel decisions read it to grant the benefits of an arrangement.
 */
export class MraRecognitions1764300000360 implements MigrationInterface {
  name = 'MraRecognitions1764300000360';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE mra_arrangements_replica (
        arrangement_id uuid PRIMARY KEY,
        partner_country char(2) NOT NULL,
        title text NOT NULL,
        phase text NOT NULL,
        terms jsonb,
        changed_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE mra_foreign_aeos_replica (
        arrangement_id uuid NOT NULL,
        partner_country char(2) NOT NULL,
        aeo_id text NOT NULL,
        normalised_id text NOT NULL,
        name text NOT NULL,
        status_type text NOT NULL,
        status text NOT NULL CHECK (status IN ('active', 'suspended', 'removed')),
        valid_from date NOT NULL,
        valid_until date,
        list_version int NOT NULL,
        PRIMARY KEY (arrangement_id, aeo_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX mra_foreign_aeos_replica_normalised ON mra_foreign_aeos_replica (partner_country, normalised_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE mra_foreign_id_aliases_replica (
        country char(2) NOT NULL,
        normalised_id text NOT NULL,
        arrangement_id uuid NOT NULL,
        aeo_id text NOT NULL,
        resolved_at timestamptz NOT NULL,
        PRIMARY KEY (country, normalised_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE mra_foreign_id_aliases_replica`);
    await queryRunner.query(`DROP TABLE mra_foreign_aeos_replica`);
    await queryRunner.query(`DROP TABLE mra_arrangements_replica`);
  }
}
