import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The benefit in numbers (issue 16), folded from the declaration and risk topics:
 * - `declaration_benefit_facts`: one row per declaration, its lodgement (from
 *   `aeo.declaration.lodged.v1`) and its channel decision (from `aeo.channel.decided.v1`), each
 *   side set by its own event whichever arrives first; the drill-down's source.
 * - `declaration_benefit_daily`: the roll-up the KPIs read (a year is a few thousand rows): per
 *   UTC day of lodgement, region and AEO group (the status type in force per the decision, or
 *   `none`), the decided declarations, their customs value and how many were controlled
 *   documentarily, physically, or were AEO declarations that received a benefit. A declaration
 *   counts once both sides are in; a change of either side moves its counts (increments, so
 *   concurrent batches add up).
 */
export class BenefitFacts1764300001000 implements MigrationInterface {
  name = 'BenefitFacts1764300001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE declaration_benefit_facts (
        declaration_id text PRIMARY KEY,
        declaration_event_id text,
        lodged_at timestamptz,
        region text,
        customs_office text,
        trader_taxpayer_id text,
        customs_value numeric,
        currency text,
        decision_event_id text,
        decision_id uuid,
        decided_at timestamptz,
        channel text CHECK (channel IN ('green', 'yellow', 'red')),
        aeo_status_type text CHECK (aeo_status_type IN ('AEOC', 'AEOS', 'AEOF')),
        benefits text[],
        priority boolean,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX declaration_benefit_facts_lodged ON declaration_benefit_facts (lodged_at, declaration_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE declaration_benefit_daily (
        day timestamptz NOT NULL,
        region text NOT NULL,
        aeo_group text NOT NULL CHECK (aeo_group IN ('AEOC', 'AEOS', 'AEOF', 'none')),
        declarations int NOT NULL,
        customs_value numeric NOT NULL,
        documentary int NOT NULL,
        physical int NOT NULL,
        benefited int NOT NULL,
        status_type text GENERATED ALWAYS AS (NULLIF(aeo_group, 'none')) STORED,
        aeo boolean GENERATED ALWAYS AS (aeo_group <> 'none') STORED,
        PRIMARY KEY (day, region, aeo_group)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE declaration_benefit_daily`);
    await queryRunner.query(`DROP TABLE declaration_benefit_facts`);
  }
}
