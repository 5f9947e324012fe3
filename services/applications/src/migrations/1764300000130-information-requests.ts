import { MigrationInterface, QueryRunner } from 'typeorm';

/** Requests for missing information during acceptance, with their deadline and the applicant's reply. */
export class InformationRequests1764300000130 implements MigrationInterface {
  name = 'InformationRequests1764300000130';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE information_requests (
        id uuid PRIMARY KEY,
        application_id uuid NOT NULL REFERENCES applications (id),
        questions text NOT NULL,
        requested_by text NOT NULL,
        requested_at timestamptz NOT NULL DEFAULT now(),
        due_by timestamptz NOT NULL,
        response text,
        responded_by text,
        responded_at timestamptz
      )`);
    // At most one open request per application.
    await queryRunner.query(
      `CREATE UNIQUE INDEX information_requests_one_open_idx ON information_requests (application_id) WHERE responded_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE information_requests`);
  }
}
