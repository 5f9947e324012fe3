import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMutualRecognitionArrangements1764300000400 implements MigrationInterface {
  name = 'CreateMutualRecognitionArrangements1764300000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    // phase: the stage of the arrangement (negotiation, joint validation, signed, implemented, ...).
    await queryRunner.query(`
      CREATE TABLE mutual_recognition_arrangements (
        id uuid PRIMARY KEY,
        partner_country char(2) NOT NULL CHECK (partner_country ~ '^[A-Z]{2}$'),
        partner_administration text NOT NULL,
        phase text NOT NULL,
        signed_on date,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX mutual_recognition_arrangements_partner_idx ON mutual_recognition_arrangements (partner_country)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE mutual_recognition_arrangements');
  }
}
