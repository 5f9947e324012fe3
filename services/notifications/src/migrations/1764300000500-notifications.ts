import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1764300000500 implements MigrationInterface {
  name = 'Notifications1764300000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY,
        source_event_id text NOT NULL,
        source_event_type text NOT NULL,
        channel text NOT NULL,
        recipient text NOT NULL,
        taxpayer_id text,
        region text,
        language text NOT NULL,
        template text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        status text NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        read_at timestamptz,
        UNIQUE (source_event_id, channel, recipient)
      )`);
    await queryRunner.query(`CREATE INDEX notifications_recipient_idx ON notifications (recipient, created_at DESC)`);
    await queryRunner.query(`CREATE INDEX notifications_taxpayer_idx ON notifications (taxpayer_id, created_at DESC)`);
    // Who to tell about an operator, projected from application events.
    await queryRunner.query(`
      CREATE TABLE operator_recipients (
        operator_id uuid PRIMARY KEY,
        taxpayer_id text NOT NULL,
        email text NOT NULL,
        language text NOT NULL,
        region text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE operator_recipients');
    await queryRunner.query('DROP TABLE notifications');
  }
}
