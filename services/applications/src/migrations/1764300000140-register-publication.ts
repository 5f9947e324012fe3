import { MigrationInterface, QueryRunner } from 'typeorm';

/** What the holder of an authorisation agreed to publish in the public AEO register (nothing until it says so). */
export class RegisterPublication1764300000140 implements MigrationInterface {
  name = 'RegisterPublication1764300000140';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE authorisations ADD COLUMN published_fields text[], ADD COLUMN publication_changed_at timestamptz, ADD COLUMN publication_changed_by text`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE authorisations DROP COLUMN published_fields, DROP COLUMN publication_changed_at, DROP COLUMN publication_changed_by`,
    );
  }
}
