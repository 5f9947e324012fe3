import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The work queue (`GET /v1/application-queue`) adds up, for every submitted application, how long
 * its answered information requests stopped the acceptance clock: an application's requests are
 * found by an index, not by reading the whole table.
 */
export class WorkQueue1764300000180 implements MigrationInterface {
  name = 'WorkQueue1764300000180';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX information_requests_application_idx ON information_requests (application_id, responded_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX information_requests_application_idx`);
  }
}
