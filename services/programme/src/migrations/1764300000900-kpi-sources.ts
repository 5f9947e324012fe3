import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Migration 800's `certification_outcomes`, with `extra` columns last (CREATE OR REPLACE may only
 * add columns at the end).
 */
const outcomesView = (extra: string) => `
  CREATE OR REPLACE VIEW certification_outcomes AS
  SELECT p.*, g.authorisation_number, g.event_id AS grant_event_id,
    CASE WHEN p.refused_at IS NOT NULL THEN 'refused' WHEN g.decided_at IS NOT NULL THEN 'granted' END AS decision,
    COALESCE(p.refused_at, g.decided_at) AS decided_at,
    COALESCE(p.extended_deadline, p.decision_deadline) AS legal_deadline${extra}
  FROM certification_processes p
  LEFT JOIN LATERAL (
    SELECT g.authorisation_number, g.event_id, g.decided_at
    FROM certification_grants g
    WHERE g.operator_id = p.operator_id AND g.status_type = p.status_type AND g.decided_at >= p.submitted_at
      AND p.refused_at IS NULL AND p.rejected_at IS NULL AND p.withdrawn_at IS NULL
    ORDER BY g.decided_at
    LIMIT 1
  ) g ON true`;

/**
 * The KPI engine beyond certification: every family's process relation has a `process_id`, and
 * every fact may name the process it belongs to in its family (a revalidation cycle, a validation
 * case, the event itself), carry a detail the drill-down shows (grounds, a reason) and a category
 * a KPI may count by (a revocation's reason, a reminder's kind, a dead letter's topic). Facts
 * without an operator, region or status type (notification outcomes, dead letters) are allowed.
 */
export class KpiSources1764300000900 implements MigrationInterface {
  name = 'KpiSources1764300000900';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE programme_event_facts
        ADD COLUMN process_id text,
        ADD COLUMN detail text,
        ADD COLUMN category text,
        ALTER COLUMN region DROP NOT NULL,
        ALTER COLUMN status_type DROP NOT NULL,
        ALTER COLUMN operator_id DROP NOT NULL`);
    await queryRunner.query(`CREATE INDEX programme_event_facts_process ON programme_event_facts (process_id)`);
    await queryRunner.query(`CREATE INDEX programme_event_facts_type ON programme_event_facts (type, occurred_at)`);
    await queryRunner.query(outcomesView(', p.application_id AS process_id'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP VIEW certification_outcomes');
    await queryRunner.query(outcomesView(''));
    await queryRunner.query(`DROP INDEX programme_event_facts_type`);
    await queryRunner.query(`DROP INDEX programme_event_facts_process`);
    await queryRunner.query(
      `DELETE FROM programme_event_facts WHERE operator_id IS NULL OR region IS NULL OR status_type IS NULL`,
    );
    await queryRunner.query(`
      ALTER TABLE programme_event_facts
        DROP COLUMN process_id,
        DROP COLUMN detail,
        DROP COLUMN category,
        ALTER COLUMN region SET NOT NULL,
        ALTER COLUMN status_type SET NOT NULL,
        ALTER COLUMN operator_id SET NOT NULL`);
  }
}
