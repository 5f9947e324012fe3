import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The deviation procedure (issue 16):
 * - `kpi_thresholds`: every version of each KPI's threshold (never updated: a change is a new
 *   version with who, when and why); the evaluation uses the latest.
 * - `kpi_evaluations`: the latest value the evaluator acted on per KPI, scope and period, so a
 *   tick that finds the same value does nothing again.
 * - `deviation_cases`: one row per case (its workflow id), as its workflow's steps left it.
 * - `deviation_records`: every step of a case, numbered by the workflow (a retried activity
 *   finds its number taken and records nothing).
 */
export class DeviationProcedure1764300001100 implements MigrationInterface {
  name = 'DeviationProcedure1764300001100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE kpi_thresholds (
        kpi_id text NOT NULL,
        version int NOT NULL CHECK (version >= 1),
        bound text NOT NULL CHECK (bound IN ('upper', 'lower')),
        "limit" float8 NOT NULL,
        periods_to_verify int NOT NULL CHECK (periods_to_verify BETWEEN 1 AND 24),
        period text NOT NULL CHECK (period IN ('week', 'month', 'quarter')),
        changed_by text NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now(),
        reason text NOT NULL,
        PRIMARY KEY (kpi_id, version)
      )`);
    await queryRunner.query(`
      CREATE TABLE kpi_evaluations (
        kpi_id text NOT NULL,
        scope text NOT NULL,
        status_type text NOT NULL DEFAULT '',
        period text NOT NULL,
        value float8 NOT NULL,
        threshold_version int NOT NULL,
        evaluated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (kpi_id, scope, status_type, period)
      )`);
    await queryRunner.query(`
      CREATE TABLE deviation_cases (
        case_id text PRIMARY KEY,
        kpi_id text NOT NULL,
        scope text NOT NULL,
        status_type text,
        period text NOT NULL,
        value float8 NOT NULL,
        threshold jsonb NOT NULL,
        phase text NOT NULL CHECK (phase IN ('opened', 'analysis', 'improvement-plan', 'implementation', 'verification', 'escalated', 'closed')),
        root_cause text,
        owner text,
        actions jsonb NOT NULL DEFAULT '[]',
        outcome text CHECK (outcome IN ('recovered', 'executive-decision')),
        latest_value float8,
        crossings int NOT NULL DEFAULT 1,
        opened_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        closed_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX deviation_cases_phase ON deviation_cases (phase, kpi_id)`);
    await queryRunner.query(`CREATE INDEX deviation_cases_scope ON deviation_cases (scope, kpi_id)`);
    await queryRunner.query(`
      CREATE TABLE deviation_records (
        case_id text NOT NULL REFERENCES deviation_cases (case_id),
        sequence int NOT NULL,
        step text NOT NULL,
        from_phase text NOT NULL,
        to_phase text NOT NULL,
        summary text NOT NULL,
        details jsonb NOT NULL,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (case_id, sequence)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE deviation_records`);
    await queryRunner.query(`DROP TABLE deviation_cases`);
    await queryRunner.query(`DROP TABLE kpi_evaluations`);
    await queryRunner.query(`DROP TABLE kpi_thresholds`);
  }
}
