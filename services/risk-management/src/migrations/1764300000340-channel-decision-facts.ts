import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the channel statistics group decisions by: the AEO status type in force for the
 * declaration (null: none), the declaration's region, customs office and lodgement time.
 * Decisions made before this migration keep nulls and are reported as "not recorded".
 * Safe on a large, busy table: the columns are metadata-only changes and the check constraint is
 * validated without blocking writes; the index comes in the next migration, built concurrently.
 */
export class ChannelDecisionFacts1764300000340 implements MigrationInterface {
  name = 'ChannelDecisionFacts1764300000340';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`SET LOCAL lock_timeout = '10s'`);
    await queryRunner.query(`
      ALTER TABLE channel_decisions
        ADD COLUMN aeo_status_type text,
        ADD COLUMN region text,
        ADD COLUMN customs_office text,
        ADD COLUMN lodged_at timestamptz`);
    await queryRunner.query(
      `ALTER TABLE channel_decisions ADD CONSTRAINT channel_decisions_aeo_status_type_check CHECK (aeo_status_type IN ('AEOC', 'AEOS', 'AEOF')) NOT VALID`,
    );
    await queryRunner.query(
      `ALTER TABLE channel_decisions VALIDATE CONSTRAINT channel_decisions_aeo_status_type_check`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE channel_decisions DROP CONSTRAINT channel_decisions_aeo_status_type_check`);
    await queryRunner.query(
      `ALTER TABLE channel_decisions DROP COLUMN aeo_status_type, DROP COLUMN region, DROP COLUMN customs_office, DROP COLUMN lodged_at`,
    );
  }
}

/** The statistics' period indexes, built without blocking the busiest consumer's writes. */
export class ChannelDecisionLodgedIndex1764300000341 implements MigrationInterface {
  name = 'ChannelDecisionLodgedIndex1764300000341';
  /** CREATE INDEX CONCURRENTLY cannot run in a transaction. */
  transaction = false;

  async up(queryRunner: QueryRunner): Promise<void> {
    // A concurrent build that failed half-way leaves an invalid index behind: start clean.
    await queryRunner.query(`DROP INDEX CONCURRENTLY IF EXISTS channel_decisions_lodged_idx`);
    await queryRunner.query(`CREATE INDEX CONCURRENTLY channel_decisions_lodged_idx ON channel_decisions (lodged_at)`);
    // The decisions made before migration 340, counted apart by their decision time (a small index).
    await queryRunner.query(`DROP INDEX CONCURRENTLY IF EXISTS channel_decisions_unrecorded_idx`);
    await queryRunner.query(
      `CREATE INDEX CONCURRENTLY channel_decisions_unrecorded_idx ON channel_decisions (decided_at) WHERE lodged_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX CONCURRENTLY IF EXISTS channel_decisions_unrecorded_idx`);
    await queryRunner.query(`DROP INDEX CONCURRENTLY IF EXISTS channel_decisions_lodged_idx`);
  }
}
