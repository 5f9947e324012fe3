import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The time zone the benefit roll-up's days are of (PROGRAMME_TIME_ZONE), so that a change of it
 * rebuilds the roll-up instead of mixing days of two zones: `declaration_benefit_rollup_zone` (one
 * row; `UTC`, what the roll-up was made in before), and `declaration_benefit_rollup_in(zone)`, which
 * the service calls at start, before its consumers run: when the recorded zone is another, it
 * rebuilds `declaration_benefit_daily` from `declaration_benefit_facts` in the new zone (a month
 * of declarations at a time, through `declaration_benefit_rollup`) and records it, in the caller's
 * transaction. The roll-up is locked meanwhile (a fold waits, then adds its own moves on top).
 * True when it rebuilt.
 */
export class BenefitRollupTimeZone1764300001620 implements MigrationInterface {
  name = 'BenefitRollupTimeZone1764300001620';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE declaration_benefit_rollup_zone (
        single boolean PRIMARY KEY DEFAULT true CHECK (single),
        time_zone text NOT NULL
      )`);
    await queryRunner.query(`INSERT INTO declaration_benefit_rollup_zone (time_zone) VALUES ('UTC')`);
    await queryRunner.query(`
      CREATE FUNCTION declaration_benefit_rollup_in(zone text) RETURNS boolean LANGUAGE plpgsql AS $$
      DECLARE
        month timestamptz;
      BEGIN
        LOCK TABLE declaration_benefit_daily IN SHARE ROW EXCLUSIVE MODE;
        IF (SELECT time_zone FROM declaration_benefit_rollup_zone FOR UPDATE) = zone THEN
          RETURN false;
        END IF;
        DELETE FROM declaration_benefit_daily;
        FOR month IN
          SELECT DISTINCT date_trunc('month', lodged_at, 'UTC') FROM declaration_benefit_facts
          WHERE declaration_event_id IS NOT NULL AND decision_event_id IS NOT NULL ORDER BY 1
        LOOP
          PERFORM declaration_benefit_rollup(ARRAY(
            SELECT ROW(NULL, NULL, NULL, NULL, NULL, NULL, NULL, f.declaration_event_id, f.lodged_at, f.region,
              f.customs_value, f.decision_event_id, f.channel, f.aeo_status_type)::declaration_benefit_change
            FROM declaration_benefit_facts f
            WHERE f.lodged_at >= month AND f.lodged_at < month + interval '1 month'
              AND f.declaration_event_id IS NOT NULL AND f.decision_event_id IS NOT NULL), zone);
        END LOOP;
        UPDATE declaration_benefit_rollup_zone SET time_zone = zone;
        RETURN true;
      END
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION declaration_benefit_rollup_in(text)`);
    await queryRunner.query(`DROP TABLE declaration_benefit_rollup_zone`);
  }
}
