import { MigrationInterface, QueryRunner } from 'typeorm';

/** A surrendered authorisation is its own status in the projection (no benefits, but not a revocation). */
export class AeoStatusSurrendered1764300000330 implements MigrationInterface {
  name = 'AeoStatusSurrendered1764300000330';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE aeo_status DROP CONSTRAINT IF EXISTS aeo_status_status_check`);
    await queryRunner.query(
      `ALTER TABLE aeo_status ADD CONSTRAINT aeo_status_status_check CHECK (status IN ('granted', 'suspended', 'revoked', 'surrendered'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE aeo_status DROP CONSTRAINT aeo_status_status_check`);
    await queryRunner.query(
      `ALTER TABLE aeo_status ADD CONSTRAINT aeo_status_status_check CHECK (status IN ('granted', 'suspended', 'revoked'))`,
    );
  }
}
