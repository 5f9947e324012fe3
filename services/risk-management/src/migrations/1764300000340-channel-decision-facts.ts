import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the channel statistics group decisions by: the AEO status type in force for the
 * declaration (null: none) and the declaration's region and customs office. Decisions made
 * before this migration keep nulls in all three and are reported as "not recorded".
 */
export class ChannelDecisionFacts1764300000340 implements MigrationInterface {
  name = 'ChannelDecisionFacts1764300000340';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE channel_decisions
        ADD COLUMN aeo_status_type text CHECK (aeo_status_type IN ('AEOC', 'AEOS', 'AEOF')),
        ADD COLUMN region text,
        ADD COLUMN customs_office text`);
    await queryRunner.query(`CREATE INDEX channel_decisions_decided_idx ON channel_decisions (decided_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX channel_decisions_decided_idx`);
    await queryRunner.query(`ALTER TABLE channel_decisions DROP COLUMN aeo_status_type, DROP COLUMN region, DROP COLUMN customs_office`);
  }
}
