import { MigrationInterface, QueryRunner } from 'typeorm';

export class OperatorsAndApplications1764300000100 implements MigrationInterface {
  name = 'OperatorsAndApplications1764300000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE operators (
        id uuid PRIMARY KEY,
        taxpayer_id text NOT NULL UNIQUE,
        name text NOT NULL,
        legal_form text NOT NULL,
        region text NOT NULL,
        customs_office text NOT NULL,
        supply_chain_roles text[] NOT NULL,
        address jsonb NOT NULL,
        contact jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX operators_region_idx ON operators (region)`);
    await queryRunner.query(`
      CREATE TABLE applications (
        id uuid PRIMARY KEY,
        operator_id uuid NOT NULL REFERENCES operators (id),
        region text NOT NULL,
        status_type text NOT NULL,
        status text NOT NULL,
        consent_to_mra_sharing boolean NOT NULL,
        submitted_at timestamptz NOT NULL,
        acceptance_deadline timestamptz NOT NULL,
        accepted_at timestamptz,
        decision_deadline timestamptz,
        decided_by text,
        status_reason text,
        created_by text NOT NULL,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX applications_region_status_idx ON applications (region, status)`);
    // At most one open application per operator and status type: a repeated submission is refused.
    await queryRunner.query(
      `CREATE UNIQUE INDEX applications_one_open_idx ON applications (operator_id, status_type) WHERE status IN ('submitted', 'accepted')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE applications');
    await queryRunner.query('DROP TABLE operators');
  }
}
