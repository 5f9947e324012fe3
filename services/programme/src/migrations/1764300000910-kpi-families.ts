import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The process relations of the revalidation, validation and notification KPI families, folded
 * commutatively like `certification_processes` (each column set by the one event type that states
 * it, so events may arrive in any order and twice):
 * - `revalidation_cycles`: one row per authorisation and cycle: when it fell due (the grant for
 *   cycle 1, the previous cycle's completion after that, `due_event_id` naming that event), when
 *   it started and was completed; `authorisation_ends` the first revocation or surrender, after
 *   which a cycle no longer falls due. `revalidation_outcomes` joins them, `process_id` being
 *   `<authorisation number>#<cycle>`.
 * - `validation_cases`: one row per validation case (opened, report due, validator, report,
 *   closure); `validation_case_outcomes` adds its `process_id`.
 * - `programme_event_occurrences`: every fact as its own process, for the KPIs that count events
 *   (suspensions, revocations, reminders, notification failures, dead letters).
 */
export class KpiFamilies1764300000910 implements MigrationInterface {
  name = 'KpiFamilies1764300000910';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE revalidation_cycles (
        authorisation_number text NOT NULL,
        cycle integer NOT NULL,
        operator_id uuid NOT NULL,
        region text NOT NULL,
        status_type text NOT NULL,
        due_at timestamptz,
        due_event_id text,
        started_at timestamptz,
        trigger_source text,
        completed_at timestamptz,
        outcome text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (authorisation_number, cycle)
      )`);
    await queryRunner.query(`CREATE INDEX revalidation_cycles_due ON revalidation_cycles (due_at)`);
    await queryRunner.query(`
      CREATE TABLE authorisation_ends (
        authorisation_number text PRIMARY KEY,
        ended_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE VIEW revalidation_outcomes AS
      SELECT c.*, e.ended_at, c.authorisation_number || '#' || c.cycle AS process_id
      FROM revalidation_cycles c
      LEFT JOIN authorisation_ends e ON e.authorisation_number = c.authorisation_number`);
    await queryRunner.query(`
      CREATE TABLE validation_cases (
        case_id uuid PRIMARY KEY,
        application_id uuid NOT NULL,
        operator_id uuid NOT NULL,
        region text NOT NULL,
        status_type text NOT NULL,
        purpose text,
        opened_at timestamptz,
        report_due timestamptz,
        assigned_validator text,
        report_submitted_at timestamptz,
        closed_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX validation_cases_opened ON validation_cases (opened_at)`);
    await queryRunner.query(`
      CREATE VIEW validation_case_outcomes AS
      SELECT v.*, v.case_id::text AS process_id FROM validation_cases v`);
    await queryRunner.query(`
      CREATE VIEW programme_event_occurrences AS
      SELECT event_id AS process_id, event_id, type, category, occurred_at, region, status_type
      FROM programme_event_facts`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW programme_event_occurrences`);
    await queryRunner.query(`DROP VIEW validation_case_outcomes`);
    await queryRunner.query(`DROP TABLE validation_cases`);
    await queryRunner.query(`DROP VIEW revalidation_outcomes`);
    await queryRunner.query(`DROP TABLE authorisation_ends`);
    await queryRunner.query(`DROP TABLE revalidation_cycles`);
  }
}
