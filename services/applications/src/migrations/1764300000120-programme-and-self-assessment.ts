import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Programme versions (reference data: status types, criteria catalogue, time limits), drafts,
 * self-assessment answers per question and evidence documents. An application keeps the
 * programme version it was filed under.
 */
export class ProgrammeAndSelfAssessment1764300000120 implements MigrationInterface {
  name = 'ProgrammeAndSelfAssessment1764300000120';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE programme_versions (
        version integer PRIMARY KEY,
        document jsonb NOT NULL,
        note text,
        published_by text NOT NULL,
        published_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `ALTER TABLE applications ADD COLUMN programme_version integer REFERENCES programme_versions (version)`,
    );
    // A draft has not been submitted yet: no submission date nor acceptance deadline.
    await queryRunner.query(
      `ALTER TABLE applications ALTER COLUMN submitted_at DROP NOT NULL, ALTER COLUMN acceptance_deadline DROP NOT NULL`,
    );
    await queryRunner.query(`DROP INDEX applications_one_open_idx`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX applications_one_open_idx ON applications (operator_id, status_type) WHERE status IN ('draft', 'submitted', 'accepted', 'hearing')`,
    );
    await queryRunner.query(`
      CREATE TABLE application_answers (
        application_id uuid NOT NULL REFERENCES applications (id),
        question_id text NOT NULL,
        value text NOT NULL,
        comment text,
        answered_by text NOT NULL,
        answered_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (application_id, question_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE application_documents (
        id uuid PRIMARY KEY,
        application_id uuid NOT NULL REFERENCES applications (id),
        question_id text NOT NULL,
        file_name text NOT NULL,
        content_type text NOT NULL,
        size_bytes integer NOT NULL,
        sha256 text NOT NULL,
        content bytea NOT NULL,
        uploaded_by text NOT NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX application_documents_application_idx ON application_documents (application_id, question_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE application_documents`);
    await queryRunner.query(`DROP TABLE application_answers`);
    await queryRunner.query(`DROP INDEX applications_one_open_idx`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX applications_one_open_idx ON applications (operator_id, status_type) WHERE status IN ('submitted', 'accepted', 'hearing')`,
    );
    await queryRunner.query(`DELETE FROM applications WHERE status = 'draft'`);
    await queryRunner.query(
      `ALTER TABLE applications ALTER COLUMN submitted_at SET NOT NULL, ALTER COLUMN acceptance_deadline SET NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE applications DROP COLUMN programme_version`);
    await queryRunner.query(`DROP TABLE programme_versions`);
  }
}
