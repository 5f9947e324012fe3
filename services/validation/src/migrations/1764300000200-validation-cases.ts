import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateValidationCases1764300000200 implements MigrationInterface {
  name = 'CreateValidationCases1764300000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One validation case per application; it keeps the region of the application for scoping.
    await queryRunner.query(`
      CREATE TABLE validation_cases (
        id uuid PRIMARY KEY,
        application_id uuid NOT NULL UNIQUE,
        operator_id uuid NOT NULL,
        region text NOT NULL,
        status text NOT NULL,
        assigned_validator text,
        opened_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX validation_cases_region_status_idx ON validation_cases (region, status)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE validation_cases');
  }
}
