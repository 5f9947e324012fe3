import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The quarterly programme reports: one row per report (its quarter, how it was asked for, the
 * content it was rendered from) and its renderings (HTML and PDF per language, the bytes kept).
 * The quarterly schedule makes at most one report per quarter (the partial unique index is the
 * durable "already generated" guard, whichever instance runs it); on-demand reports are each kept.
 */
export class ProgrammeReports1764300001300 implements MigrationInterface {
  name = 'ProgrammeReports1764300001300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE programme_reports (
        id uuid PRIMARY KEY,
        quarter text NOT NULL CHECK (quarter ~ '^\\d{4}-Q[1-4]$'),
        trigger text NOT NULL CHECK (trigger IN ('schedule', 'on-demand')),
        languages text[] NOT NULL CHECK (cardinality(languages) > 0 AND languages <@ ARRAY['mn', 'en']),
        content jsonb NOT NULL,
        issued_by text NOT NULL,
        issued_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX programme_reports_scheduled_quarter ON programme_reports (quarter) WHERE trigger = 'schedule'`,
    );
    await queryRunner.query(`CREATE INDEX programme_reports_issued ON programme_reports (issued_at DESC, id)`);
    await queryRunner.query(`
      CREATE TABLE programme_report_renderings (
        report_id uuid NOT NULL REFERENCES programme_reports (id),
        language text NOT NULL CHECK (language IN ('mn', 'en')),
        format text NOT NULL CHECK (format IN ('html', 'pdf')),
        bytes bytea NOT NULL,
        sha256 text NOT NULL,
        PRIMARY KEY (report_id, language, format)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE programme_report_renderings`);
    await queryRunner.query(`DROP TABLE programme_reports`);
  }
}
