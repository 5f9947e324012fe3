import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A pilot's final report (issue 17, item 10):
 * - `pilot_final_reports`: every report made for a pilot (the workflow's at the pilot's end, at most
 *   one; then any regenerated on demand), numbered per pilot, with its language-neutral content, the
 *   policy unit's free-text recommendations and, once an executive approved it, who and when (one
 *   approved report per pilot).
 * - `pilot_final_report_renderings`: its HTML and PDF per language, as issued.
 */
export class PilotFinalReports1764300001550 implements MigrationInterface {
  name = 'PilotFinalReports1764300001550';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE pilot_final_reports (
        id uuid PRIMARY KEY,
        pilot_id uuid NOT NULL REFERENCES pilots (id),
        sequence int NOT NULL CHECK (sequence >= 1),
        trigger text NOT NULL CHECK (trigger IN ('workflow', 'on-demand')),
        languages text[] NOT NULL,
        content jsonb NOT NULL,
        recommendations text,
        generated_by text NOT NULL,
        generated_at timestamptz NOT NULL,
        approved_by text,
        approved_at timestamptz,
        approval_note text,
        UNIQUE (pilot_id, sequence),
        CHECK ((approved_by IS NULL) = (approved_at IS NULL))
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX pilot_final_reports_workflow ON pilot_final_reports (pilot_id) WHERE trigger = 'workflow'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX pilot_final_reports_approved ON pilot_final_reports (pilot_id) WHERE approved_at IS NOT NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE pilot_final_report_renderings (
        report_id uuid NOT NULL REFERENCES pilot_final_reports (id),
        language text NOT NULL,
        format text NOT NULL CHECK (format IN ('html', 'pdf')),
        bytes bytea NOT NULL,
        sha256 text NOT NULL,
        PRIMARY KEY (report_id, language, format)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE pilot_final_report_renderings`);
    await queryRunner.query(`DROP TABLE pilot_final_reports`);
  }
}
