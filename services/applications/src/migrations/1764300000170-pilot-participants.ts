import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The pilot companies (issue 17, item 6), from the programme service's
 * `aeo.programme.pilot.participant-accepted.v1`: a company's certification is tagged with its pilot
 * (search attribute `AeoPilotId`). One row per pilot and company; the operator id is the one the
 * programme knew of (null while the company was not registered), matched by taxpayer id otherwise.
 */
export class PilotParticipants1764300000170 implements MigrationInterface {
  name = 'PilotParticipants1764300000170';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE pilot_participants (
        pilot_id uuid NOT NULL,
        taxpayer_id text NOT NULL,
        operator_id uuid,
        region text NOT NULL,
        accepted_at timestamptz NOT NULL,
        event_id text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (pilot_id, taxpayer_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX pilot_participants_taxpayer ON pilot_participants (taxpayer_id, accepted_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX pilot_participants_operator ON pilot_participants (operator_id, accepted_at) WHERE operator_id IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE pilot_participants`);
  }
}
