import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The benefit roll-up's rule in one place (FoldLodgements and FoldDecisions call it; pgtyped has no
 * shared fragments): `declaration_benefit_rollup(changes, time_zone)` moves `declaration_benefit_daily`
 * by a set of declarations whose side was replaced (`declaration_benefit_change`: each one's columns
 * before and after). What each counted before (both sides in) is taken out, what it counts now
 * (both sides in) added, summed per day of lodgement in `time_zone`, region and AEO group; rows
 * whose sum is nothing are skipped, and rows are written in key order (after the facts the calling
 * statement wrote first), so concurrent batches never deadlock. The rule of contributionOf /
 * rollupChanges in benefit-fold.ts (benefit-upsert.int-spec checks both).
 */
export class BenefitRollupFunction1764300001610 implements MigrationInterface {
  name = 'BenefitRollupFunction1764300001610';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TYPE declaration_benefit_change AS (
        old_declaration_event_id text, old_lodged_at timestamptz, old_region text, old_customs_value numeric,
        old_decision_event_id text, old_channel text, old_aeo_status_type text,
        new_declaration_event_id text, new_lodged_at timestamptz, new_region text, new_customs_value numeric,
        new_decision_event_id text, new_channel text, new_aeo_status_type text
      )`);
    await queryRunner.query(`
      CREATE FUNCTION declaration_benefit_rollup(changes declaration_benefit_change[], time_zone text)
      RETURNS void LANGUAGE sql VOLATILE AS $$
        INSERT INTO declaration_benefit_daily AS d (day, region, aeo_group, declarations, customs_value, documentary,
          physical, benefited)
        SELECT day, region, aeo_group, sum(declarations), sum(customs_value), sum(documentary), sum(physical),
          sum(benefited)
        FROM (
          SELECT date_trunc('day', r.old_lodged_at, time_zone) AS day, r.old_region AS region,
            coalesce(r.old_aeo_status_type, 'none') AS aeo_group, -1 AS declarations,
            -r.old_customs_value AS customs_value, -(r.old_channel = 'yellow')::int AS documentary,
            -(r.old_channel = 'red')::int AS physical,
            -(r.old_aeo_status_type IS NOT NULL AND r.old_channel = 'green')::int AS benefited
          FROM unnest(changes) r WHERE r.old_declaration_event_id IS NOT NULL AND r.old_decision_event_id IS NOT NULL
          UNION ALL
          SELECT date_trunc('day', r.new_lodged_at, time_zone), r.new_region, coalesce(r.new_aeo_status_type, 'none'),
            1, r.new_customs_value, (r.new_channel = 'yellow')::int, (r.new_channel = 'red')::int,
            (r.new_aeo_status_type IS NOT NULL AND r.new_channel = 'green')::int
          FROM unnest(changes) r WHERE r.new_declaration_event_id IS NOT NULL AND r.new_decision_event_id IS NOT NULL
        ) moved
        GROUP BY day, region, aeo_group
        HAVING sum(declarations) <> 0 OR sum(customs_value) <> 0 OR sum(documentary) <> 0 OR sum(physical) <> 0
          OR sum(benefited) <> 0
        ORDER BY day, region, aeo_group
        ON CONFLICT (day, region, aeo_group) DO UPDATE SET
          declarations = d.declarations + EXCLUDED.declarations, customs_value = d.customs_value + EXCLUDED.customs_value,
          documentary = d.documentary + EXCLUDED.documentary, physical = d.physical + EXCLUDED.physical,
          benefited = d.benefited + EXCLUDED.benefited
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION declaration_benefit_rollup(declaration_benefit_change[], text)`);
    await queryRunner.query(`DROP TYPE declaration_benefit_change`);
  }
}
