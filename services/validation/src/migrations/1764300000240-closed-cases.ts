import { MigrationInterface, QueryRunner } from 'typeorm';

/** A case whose process ended before its report (withdrawal, interrupted revalidation) is closed, with the reason. */
export class ClosedCases1764300000240 implements MigrationInterface {
  name = 'ClosedCases1764300000240';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE validation_cases ADD COLUMN closed_at timestamptz, ADD COLUMN closed_reason text, ADD COLUMN closed_by text`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE validation_cases DROP COLUMN closed_at, DROP COLUMN closed_reason, DROP COLUMN closed_by`,
    );
  }
}
