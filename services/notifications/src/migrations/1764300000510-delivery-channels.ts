import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Email and webhook channels: a delivery queue with retries and dead letters, the attempts of
 * each delivery, webhook subscriptions, the staff contact directory, validator assignments,
 * per-user read state of in-app messages and per-recipient rate-limit counters.
 */
export class DeliveryChannels1764300000510 implements MigrationInterface {
  name = 'DeliveryChannels1764300000510';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE notifications SET status = 'sent' WHERE status = 'delivered'`);
    await queryRunner.query(`
      ALTER TABLE notifications
        ADD COLUMN audience text,
        ADD COLUMN target text,
        ADD COLUMN subscription_id uuid,
        ADD COLUMN next_attempt_at timestamptz,
        ADD COLUMN locked_until timestamptz,
        ADD COLUMN dead_letter_after integer NOT NULL DEFAULT 1,
        ADD COLUMN failed_at timestamptz,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
        DROP COLUMN read_at,
        ADD CONSTRAINT notifications_status_check CHECK (status IN ('queued', 'sent', 'failed')),
        ADD CONSTRAINT notifications_channel_check CHECK (channel IN ('in-app', 'email', 'webhook'))`);
    await queryRunner.query(
      `CREATE INDEX notifications_due_idx ON notifications (next_attempt_at) WHERE status = 'queued'`,
    );
    await queryRunner.query(`CREATE INDEX notifications_status_idx ON notifications (status, created_at DESC)`);
    await queryRunner.query(
      `CREATE INDEX notifications_subscription_idx ON notifications (subscription_id, status) WHERE subscription_id IS NOT NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE delivery_attempts (
        id bigserial PRIMARY KEY,
        notification_id uuid NOT NULL REFERENCES notifications (id),
        attempt integer NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('sent', 'failed', 'rate-limited')),
        error text,
        response_status integer,
        duration_ms integer NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX delivery_attempts_notification_idx ON delivery_attempts (notification_id, id)`,
    );
    await queryRunner.query(`
      CREATE TABLE inbox_reads (
        notification_id uuid NOT NULL REFERENCES notifications (id),
        reader text NOT NULL,
        read_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (notification_id, reader)
      )`);
    await queryRunner.query(`
      CREATE TABLE webhook_subscriptions (
        id uuid PRIMARY KEY,
        platform text NOT NULL,
        url text NOT NULL,
        event_types text[] NOT NULL,
        secret text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE staff_contacts (
        sub text PRIMARY KEY,
        name text NOT NULL,
        email text,
        language text NOT NULL CHECK (language IN ('mn', 'en')),
        roles text[] NOT NULL,
        region text,
        active boolean NOT NULL DEFAULT true,
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX staff_contacts_roles_idx ON staff_contacts USING gin (roles) WHERE active`);
    await queryRunner.query(`
      CREATE TABLE case_validators (
        case_id uuid PRIMARY KEY,
        validator_sub text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`ALTER TABLE operator_recipients ADD COLUMN operator_name text`);
    await queryRunner.query(`CREATE INDEX operator_recipients_taxpayer_idx ON operator_recipients (taxpayer_id)`);
    // The table rate-limiter-flexible's RateLimiterPostgres expects (created here, not at run time).
    await queryRunner.query(`
      CREATE TABLE recipient_rate_limits (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE recipient_rate_limits');
    await queryRunner.query('DROP INDEX operator_recipients_taxpayer_idx');
    await queryRunner.query('ALTER TABLE operator_recipients DROP COLUMN operator_name');
    await queryRunner.query('DROP TABLE case_validators');
    await queryRunner.query('DROP TABLE staff_contacts');
    await queryRunner.query('DROP TABLE webhook_subscriptions');
    await queryRunner.query('DROP TABLE inbox_reads');
    await queryRunner.query('DROP TABLE delivery_attempts');
    await queryRunner.query(`
      ALTER TABLE notifications
        DROP CONSTRAINT notifications_status_check, DROP CONSTRAINT notifications_channel_check,
        DROP COLUMN audience, DROP COLUMN target, DROP COLUMN subscription_id, DROP COLUMN next_attempt_at,
        DROP COLUMN locked_until, DROP COLUMN dead_letter_after, DROP COLUMN failed_at, DROP COLUMN updated_at,
        ADD COLUMN read_at timestamptz`);
    await queryRunner.query(`UPDATE notifications SET status = 'delivered' WHERE status = 'sent'`);
  }
}
