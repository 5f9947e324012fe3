import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The platform's dead letters as the operations service keeps them: one row per record of a
 * `.dlq` topic (its topic, partition and offset are the key, so a redelivered record is stored
 * once), the record's bytes, what its `dlq_*` headers say, and what operations did with it.
 */
export class DeadLetters1764300002000 implements MigrationInterface {
  name = 'DeadLetters1764300002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE dead_letters (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dlq_topic text NOT NULL,
        dlq_partition integer NOT NULL,
        dlq_offset bigint NOT NULL,
        record_key bytea,
        payload bytea,
        headers jsonb NOT NULL DEFAULT '[]'::jsonb,
        reason text NOT NULL,
        original_topic text,
        original_partition integer,
        original_offset bigint,
        consumer text,
        dead_lettered_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        state text NOT NULL DEFAULT 'new' CHECK (state IN ('new', 'replayed', 'discarded')),
        settled_at timestamptz,
        settled_by text,
        settle_reason text,
        replay_outbox_id uuid,
        UNIQUE (dlq_topic, dlq_partition, dlq_offset),
        CHECK ((state = 'new') = (settled_at IS NULL)),
        CHECK ((state = 'replayed') = (replay_outbox_id IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX dead_letters_received_idx ON dead_letters (received_at DESC, id)`);
    await queryRunner.query(
      `CREATE INDEX dead_letters_original_topic_idx ON dead_letters (original_topic, received_at DESC)`,
    );
    await queryRunner.query(`CREATE INDEX dead_letters_state_idx ON dead_letters (state, received_at DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE dead_letters');
  }
}
