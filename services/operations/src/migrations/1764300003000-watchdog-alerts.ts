import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The revalidation watchdog's alerts (`aeo.revalidation.watchdog-alert.v1`) as the operations
 * service keeps them: one row per event (its id is the key, so a redelivered event is stored once),
 * what the watchdog found, and who acknowledged it, when and with what note.
 */
export class WatchdogAlerts1764300003000 implements MigrationInterface {
  name = 'WatchdogAlerts1764300003000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE watchdog_alerts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id text NOT NULL UNIQUE,
        authorisation_number text NOT NULL,
        operator_id uuid NOT NULL,
        taxpayer_id text NOT NULL,
        region text NOT NULL,
        status_type text NOT NULL,
        problem text NOT NULL,
        detail text NOT NULL,
        raised_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        acknowledged_at timestamptz,
        acknowledged_by text,
        acknowledgement_note text,
        CHECK ((acknowledged_at IS NULL) = (acknowledged_by IS NULL)),
        CHECK ((acknowledged_at IS NULL) = (acknowledgement_note IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX watchdog_alerts_raised_idx ON watchdog_alerts (raised_at DESC, id)`);
    await queryRunner.query(
      `CREATE INDEX watchdog_alerts_open_idx ON watchdog_alerts (raised_at DESC, id) WHERE acknowledged_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE watchdog_alerts');
  }
}
