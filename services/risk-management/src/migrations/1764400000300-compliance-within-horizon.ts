import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One definition of a trader's compliance record as the score model reads it: the severities and
 * times of its compliance events after `now - horizon days`, in matching order (oldest first), empty
 * arrays when none. The database path's scoring (`FindTradersForScoring`) and the transactional
 * decider (`FindTraderFacts`) both read it through this function (one SELECT, STABLE: PostgreSQL
 * inlines it into the calling query).
 */
export class ComplianceWithinHorizon1764400000300 implements MigrationInterface {
  name = 'ComplianceWithinHorizon1764400000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION compliance_within_horizon(p_taxpayer_id text, p_now timestamptz, p_horizon_days int)
      RETURNS TABLE (severities text[], occurred_ats timestamptz[])
      LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(h.severity ORDER BY h.occurred_at, h.compliance_event_id), '{}'),
          coalesce(array_agg(h.occurred_at ORDER BY h.occurred_at, h.compliance_event_id), '{}')
        FROM compliance_history h
        WHERE h.taxpayer_id = p_taxpayer_id AND h.occurred_at > p_now - (p_horizon_days * interval '1 day')
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION compliance_within_horizon(text, timestamptz, int)`);
  }
}
