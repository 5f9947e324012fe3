import { MigrationInterface, QueryRunner } from 'typeorm';

/** What the certification workflow gives a case when it opens it, the report, and the reminders sent. */
export class ValidationWorkflow1764300000210 implements MigrationInterface {
  name = 'ValidationWorkflow1764300000210';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE validation_cases
        ADD COLUMN taxpayer_id text,
        ADD COLUMN status_type text,
        ADD COLUMN risk_score numeric,
        ADD COLUMN risk_recommendation text,
        ADD COLUMN site_visit_required boolean NOT NULL DEFAULT true,
        ADD COLUMN report_due timestamptz,
        ADD COLUMN recommendation text CHECK (recommendation IN ('grant', 'grant-with-conditions', 'refuse')),
        ADD COLUMN conditions jsonb,
        ADD COLUMN report_summary text,
        ADD COLUMN report_submitted_by text,
        ADD COLUMN report_submitted_at timestamptz`);
    await queryRunner.query(`
      CREATE TABLE validation_case_notices (
        case_id uuid NOT NULL REFERENCES validation_cases (id),
        kind text NOT NULL CHECK (kind IN ('reminder', 'overdue')),
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (case_id, kind)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE validation_case_notices`);
    await queryRunner.query(`
      ALTER TABLE validation_cases
        DROP COLUMN taxpayer_id, DROP COLUMN status_type, DROP COLUMN risk_score, DROP COLUMN risk_recommendation, DROP COLUMN site_visit_required,
        DROP COLUMN report_due, DROP COLUMN recommendation, DROP COLUMN conditions, DROP COLUMN report_summary, DROP COLUMN report_submitted_by, DROP COLUMN report_submitted_at`);
  }
}
