import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Foreign identifier look-ups by index: the review items of a country and normalised identifier
 * (newest first), which a declaration checks for a standing "not recognised" resolution before
 * queueing the identifier again.
 */
export class ForeignIdLookUps1764300000470 implements MigrationInterface {
  name = 'ForeignIdLookUps1764300000470';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX mra_foreign_id_reviews_identifier ON mra_foreign_id_reviews (country, normalised_id, first_seen_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX mra_foreign_id_reviews_identifier`);
  }
}
