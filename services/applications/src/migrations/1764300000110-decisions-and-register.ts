import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The decision stage of applications (hearing, reasons) and the AEO register: authorisations
 * with their numbering and an append-only history of every change.
 */
export class DecisionsAndRegister1764300000110 implements MigrationInterface {
  name = 'DecisionsAndRegister1764300000110';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE applications
        ADD COLUMN decision_reasons jsonb,
        ADD COLUMN decided_at timestamptz,
        ADD COLUMN hearing_grounds jsonb,
        ADD COLUMN hearing_respond_by timestamptz,
        ADD COLUMN hearing_response text,
        ADD COLUMN hearing_responded_by text,
        ADD COLUMN hearing_responded_at timestamptz`);
    // An application under decision or hearing is still open: a second one for the same type is refused.
    await queryRunner.query(`DROP INDEX applications_one_open_idx`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX applications_one_open_idx ON applications (operator_id, status_type) WHERE status IN ('submitted', 'accepted', 'hearing')`,
    );

    // Deadline notices published once per application, kind and deadline (a retried activity publishes nothing twice).
    await queryRunner.query(`
      CREATE TABLE application_deadline_notices (
        application_id uuid NOT NULL REFERENCES applications (id),
        kind text NOT NULL CHECK (kind IN ('due', 'overdue', 'extended')),
        decision_deadline timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (application_id, kind, decision_deadline)
      )`);
    await queryRunner.query(`CREATE SEQUENCE authorisation_number_seq`);
    await queryRunner.query(`
      CREATE TABLE authorisations (
        authorisation_number text PRIMARY KEY,
        application_id uuid NOT NULL UNIQUE REFERENCES applications (id),
        operator_id uuid NOT NULL REFERENCES operators (id),
        taxpayer_id text NOT NULL,
        region text NOT NULL,
        status_type text NOT NULL CHECK (status_type IN ('AEOC', 'AEOS', 'AEOF')),
        status text NOT NULL CHECK (status IN ('granted', 'suspended', 'revoked', 'surrendered')),
        conditions jsonb NOT NULL DEFAULT '[]'::jsonb,
        decided_by text NOT NULL,
        decided_at timestamptz NOT NULL,
        effective_from timestamptz NOT NULL,
        revalidation_due timestamptz NOT NULL,
        consent_to_mra_sharing boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX authorisations_operator_idx ON authorisations (operator_id)`);
    await queryRunner.query(`CREATE INDEX authorisations_region_status_idx ON authorisations (region, status)`);
    await queryRunner.query(`
      CREATE TABLE authorisation_history (
        id bigserial PRIMARY KEY,
        authorisation_number text NOT NULL REFERENCES authorisations (authorisation_number),
        change text NOT NULL,
        status text NOT NULL,
        changed_by text NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now(),
        details jsonb NOT NULL DEFAULT '{}'::jsonb
      )`);
    await queryRunner.query(
      `CREATE INDEX authorisation_history_number_idx ON authorisation_history (authorisation_number, id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE authorisation_history`);
    await queryRunner.query(`DROP TABLE authorisations`);
    await queryRunner.query(`DROP SEQUENCE authorisation_number_seq`);
    await queryRunner.query(`DROP TABLE application_deadline_notices`);
    await queryRunner.query(`DROP INDEX applications_one_open_idx`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX applications_one_open_idx ON applications (operator_id, status_type) WHERE status IN ('submitted', 'accepted')`,
    );
    await queryRunner.query(`
      ALTER TABLE applications
        DROP COLUMN decision_reasons, DROP COLUMN decided_at, DROP COLUMN hearing_grounds, DROP COLUMN hearing_respond_by,
        DROP COLUMN hearing_response, DROP COLUMN hearing_responded_by, DROP COLUMN hearing_responded_at`);
  }
}
