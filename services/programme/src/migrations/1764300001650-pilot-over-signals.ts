import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the open invitations sweep (pilots/invitations/open-invitations.ts) remembers between runs:
 * - `pilot_over_signals`: per candidate of a pilot over, how often its invitation workflow was sent
 *   `pilotOver` and when it may be sent again (an exponential back-off: a workflow that is running
 *   but not progressing, its worker down, is not signalled on every sweep);
 * - `pilot_invitation_sweeps`: when the sweep last took up each pilot, so that its limited list
 *   takes the least recently swept first and pilots that stay stuck do not starve the others.
 */
export class PilotOverSignals1764300001650 implements MigrationInterface {
  name = 'PilotOverSignals1764300001650';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE pilot_over_signals (
        pilot_id uuid NOT NULL,
        taxpayer_id text NOT NULL,
        signals int NOT NULL CHECK (signals >= 1),
        signalled_at timestamptz NOT NULL,
        next_at timestamptz NOT NULL,
        PRIMARY KEY (pilot_id, taxpayer_id),
        FOREIGN KEY (pilot_id, taxpayer_id) REFERENCES pilot_participants (pilot_id, taxpayer_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE pilot_invitation_sweeps (
        pilot_id uuid PRIMARY KEY REFERENCES pilots (id),
        swept_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE pilot_invitation_sweeps`);
    await queryRunner.query(`DROP TABLE pilot_over_signals`);
  }
}
