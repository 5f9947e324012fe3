import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Revalidation cases: an authorisation is validated again in every revalidation cycle, so an
 * application may have several cases. Each case names its purpose and the workflow its report
 * goes to; `case_key` keeps the opening idempotent (one case per application for certification,
 * one per authorisation and cycle for revalidation).
 */
export class RevalidationCases1764300000230 implements MigrationInterface {
  name = 'RevalidationCases1764300000230';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE validation_cases
        ADD COLUMN purpose text NOT NULL DEFAULT 'certification' CHECK (purpose IN ('certification', 'revalidation')),
        ADD COLUMN workflow_id text,
        ADD COLUMN authorisation_number text,
        ADD COLUMN cycle integer,
        ADD COLUMN case_key text`);
    await queryRunner.query(
      `UPDATE validation_cases SET workflow_id = 'certification-' || application_id, case_key = 'certification:' || application_id`,
    );
    await queryRunner.query(
      `ALTER TABLE validation_cases ALTER COLUMN workflow_id SET NOT NULL, ALTER COLUMN case_key SET NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE validation_cases ADD CONSTRAINT validation_cases_case_key_key UNIQUE (case_key)`,
    );
    await queryRunner.query(`ALTER TABLE validation_cases DROP CONSTRAINT validation_cases_application_id_key`);
    await queryRunner.query(`CREATE INDEX validation_cases_application_idx ON validation_cases (application_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM validation_cases WHERE purpose = 'revalidation'`);
    await queryRunner.query(`DROP INDEX validation_cases_application_idx`);
    await queryRunner.query(
      `ALTER TABLE validation_cases ADD CONSTRAINT validation_cases_application_id_key UNIQUE (application_id)`,
    );
    await queryRunner.query(
      `ALTER TABLE validation_cases DROP COLUMN purpose, DROP COLUMN workflow_id, DROP COLUMN authorisation_number, DROP COLUMN cycle, DROP COLUMN case_key`,
    );
  }
}
