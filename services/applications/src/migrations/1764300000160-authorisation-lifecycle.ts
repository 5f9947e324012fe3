import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An authorisation's life after the grant: its revalidation cycle and suspended scope on the
 * register, what its workflow's activities recorded (each once), early revalidation requests,
 * changes the holder reported, and the self-assessment updates of each cycle.
 */
export class AuthorisationLifecycle1764300000160 implements MigrationInterface {
  name = 'AuthorisationLifecycle1764300000160';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE authorisations
        ADD COLUMN revalidation_cycle integer NOT NULL DEFAULT 1,
        ADD COLUMN suspended_scope text CHECK (suspended_scope IN ('whole', 'security')),
        ADD COLUMN ended_at timestamptz`);
    // A retried activity finds its key and changes nothing.
    await queryRunner.query(`
      CREATE TABLE authorisation_activity_records (
        record_key text PRIMARY KEY,
        authorisation_number text NOT NULL REFERENCES authorisations (authorisation_number),
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE revalidation_requests (
        request_id uuid PRIMARY KEY,
        authorisation_number text NOT NULL REFERENCES authorisations (authorisation_number),
        reason text NOT NULL,
        site_visit boolean NOT NULL,
        requested_by text NOT NULL,
        requested_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX revalidation_requests_authorisation_idx ON revalidation_requests (authorisation_number, requested_at)`,
    );
    await queryRunner.query(`
      CREATE TABLE reported_changes (
        id uuid PRIMARY KEY,
        authorisation_number text NOT NULL REFERENCES authorisations (authorisation_number),
        kind text NOT NULL,
        description text NOT NULL,
        effective_date date NOT NULL,
        site_visit boolean NOT NULL,
        reported_by text NOT NULL,
        reported_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX reported_changes_authorisation_idx ON reported_changes (authorisation_number, reported_at)`,
    );
    await queryRunner.query(`
      CREATE TABLE revalidation_self_assessments (
        authorisation_number text NOT NULL REFERENCES authorisations (authorisation_number),
        cycle integer NOT NULL,
        answers jsonb NOT NULL,
        submitted_by text NOT NULL,
        submitted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (authorisation_number, cycle)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE revalidation_self_assessments`);
    await queryRunner.query(`DROP TABLE reported_changes`);
    await queryRunner.query(`DROP TABLE revalidation_requests`);
    await queryRunner.query(`DROP TABLE authorisation_activity_records`);
    await queryRunner.query(
      `ALTER TABLE authorisations DROP COLUMN revalidation_cycle, DROP COLUMN suspended_scope, DROP COLUMN ended_at`,
    );
  }
}
