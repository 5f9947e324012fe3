import { MigrationInterface, QueryRunner } from 'typeorm';

/** Where a site visit is held, as its notice names it (null: the operator's registered premises). */
export class VisitPlace1764300000250 implements MigrationInterface {
  name = 'VisitPlace1764300000250';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE site_visits ADD COLUMN place text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE site_visits DROP COLUMN place`);
  }
}
