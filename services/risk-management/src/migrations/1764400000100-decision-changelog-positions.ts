import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How far the write-behind of the transactional channel decider has stored each partition of the
 * decision changelog (`aeo.risk.decision-changelog.v1`), written in the transaction of the rows
 * it stored: its records below `next_offset` are in the database, each once. `sequence_up_to` is
 * the last decider transaction whose records are all stored, which tells a decider which of its
 * decisions it need no longer keep in memory. The topic is part of the key: tests run on topics
 * of their own.
 */
export class DecisionChangelogPositions1764400000100 implements MigrationInterface {
  name = 'DecisionChangelogPositions1764400000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE decision_changelog_positions (
        topic text NOT NULL,
        partition int NOT NULL CHECK (partition >= 0),
        next_offset bigint NOT NULL CHECK (next_offset >= 0),
        sequence_up_to bigint,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (topic, partition)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE decision_changelog_positions`);
  }
}
