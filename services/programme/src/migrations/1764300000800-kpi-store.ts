import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The KPI store, folded from the events the programme service consumes (never from another
 * service's tables):
 * - `programme_event_facts`: one row per folded event (its id is the inbox's), with the business
 *   time it states and its scope; the drill-down source behind every figure.
 * - `certification_processes`: one row per application, each column set by the one event type that
 *   states it (earliest/latest where an event may come twice), so the fold is commutative: events
 *   of the application, certification and validation topics may arrive in any order.
 * - `certification_grants`: the grants, keyed by authorisation number. The grant event names no
 *   application, so `certification_outcomes` attaches each grant to its application when queried
 *   (same operator and status type, decided after the submission, the application not ended
 *   otherwise): whichever of the two arrives first, the outcome is the same.
 */
export class KpiStore1764300000800 implements MigrationInterface {
  name = 'KpiStore1764300000800';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE programme_event_facts (
        event_id text PRIMARY KEY,
        type text NOT NULL,
        topic text NOT NULL,
        subject text NOT NULL,
        occurred_at timestamptz NOT NULL,
        region text NOT NULL,
        status_type text NOT NULL,
        operator_id uuid NOT NULL,
        application_id uuid,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX programme_event_facts_application ON programme_event_facts (application_id)`);
    await queryRunner.query(`CREATE INDEX programme_event_facts_occurred ON programme_event_facts (occurred_at)`);
    await queryRunner.query(`
      CREATE TABLE certification_processes (
        application_id uuid PRIMARY KEY,
        operator_id uuid NOT NULL,
        region text NOT NULL,
        status_type text NOT NULL,
        submitted_at timestamptz,
        accepted_at timestamptz,
        deemed_acceptance boolean,
        rejected_at timestamptz,
        decision_deadline timestamptz,
        extended_deadline timestamptz,
        extensions_used boolean NOT NULL DEFAULT false,
        report_submitted_at timestamptz,
        hearing_opened_at timestamptz,
        hearing_responded_at timestamptz,
        refused_at timestamptz,
        withdrawn_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX certification_processes_operator ON certification_processes (operator_id, status_type)`,
    );
    await queryRunner.query(`
      CREATE TABLE certification_grants (
        authorisation_number text PRIMARY KEY,
        event_id text NOT NULL,
        operator_id uuid NOT NULL,
        region text NOT NULL,
        status_type text NOT NULL,
        decided_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX certification_grants_operator ON certification_grants (operator_id, status_type, decided_at)`,
    );
    await queryRunner.query(`
      CREATE VIEW certification_outcomes AS
      SELECT p.*, g.authorisation_number, g.event_id AS grant_event_id,
        CASE WHEN p.refused_at IS NOT NULL THEN 'refused' WHEN g.decided_at IS NOT NULL THEN 'granted' END AS decision,
        COALESCE(p.refused_at, g.decided_at) AS decided_at,
        COALESCE(p.extended_deadline, p.decision_deadline) AS legal_deadline
      FROM certification_processes p
      LEFT JOIN LATERAL (
        SELECT g.authorisation_number, g.event_id, g.decided_at
        FROM certification_grants g
        WHERE g.operator_id = p.operator_id AND g.status_type = p.status_type AND g.decided_at >= p.submitted_at
          AND p.refused_at IS NULL AND p.rejected_at IS NULL AND p.withdrawn_at IS NULL
        ORDER BY g.decided_at
        LIMIT 1
      ) g ON true`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW certification_outcomes`);
    await queryRunner.query(`DROP TABLE certification_grants`);
    await queryRunner.query(`DROP TABLE certification_processes`);
    await queryRunner.query(`DROP TABLE programme_event_facts`);
  }
}
