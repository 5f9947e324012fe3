import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The pilot benefits test's reads of `declaration_benefit_facts` (issue 17), at about a million
 * declarations a year (bench/pilot-benefits-test.bench.ts):
 * - `declaration_benefit_facts_trader` (trader, lodgement): a company's or a comparable trader's
 *   declarations in a window (WindowFigures);
 * - `declaration_benefit_facts_region_decided` (region, lodgement, trader) of the decided
 *   declarations: the traders' volumes in a region and window (ComparableTraders), from the index
 *   alone;
 * - `declaration_benefit_facts_aeo_traders` (trader) of the declarations decided under an AEO
 *   standing: whether a trader ever was (ComparableTraders' exclusion), one probe a trader.
 * The last two name columns a channel decision sets, so a decision's update of a lodged
 * declaration is no longer HOT: an entry in each index per decision, a few thousand a day.
 * Built concurrently: the fold keeps writing meanwhile.
 */
export class BenefitsTestIndexes1764300001580 implements MigrationInterface {
  name = 'BenefitsTestIndexes1764300001580';
  /** CREATE INDEX CONCURRENTLY cannot run in a transaction. */
  transaction = false;

  async up(queryRunner: QueryRunner): Promise<void> {
    // A concurrent build that failed half-way leaves an invalid index behind: start clean.
    for (const [name, definition] of INDEXES) {
      await queryRunner.query(`DROP INDEX CONCURRENTLY IF EXISTS ${name}`);
      await queryRunner.query(`CREATE INDEX CONCURRENTLY ${name} ON declaration_benefit_facts ${definition}`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name] of [...INDEXES].reverse()) await queryRunner.query(`DROP INDEX CONCURRENTLY IF EXISTS ${name}`);
  }
}

const INDEXES = [
  ['declaration_benefit_facts_trader', '(trader_taxpayer_id, lodged_at)'],
  [
    'declaration_benefit_facts_region_decided',
    '(region, lodged_at, trader_taxpayer_id) WHERE decision_event_id IS NOT NULL',
  ],
  ['declaration_benefit_facts_aeo_traders', '(trader_taxpayer_id) WHERE aeo_status_type IS NOT NULL'],
] as const;
