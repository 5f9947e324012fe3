import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The benefit roll-up is moved only in the time zone it is recorded in
 * (`declaration_benefit_rollup_zone`), not in the zone each instance is configured with: in a
 * rolling deploy that changes PROGRAMME_TIME_ZONE, an instance started with the new zone rebuilds
 * the roll-up and records the zone while an old one still folds batches; those batches would add
 * days of the old zone to it for good.
 *
 * `declaration_benefit_rollup(changes, time_zone)` (FoldLodgements and FoldDecisions call it) now
 * share-locks the recorded zone and refuses a batch of another zone: RAISE with SQLSTATE P0001
 * (raise_exception), deliberately neither a data exception (22xxx) nor an integrity violation
 * (23xxx), which the event consumer takes as permanent and dead-letters: the batch is rolled back
 * and retried until the instance is stopped or restarted with the recorded zone. The rule itself
 * is migration 1610's function, renamed `declaration_benefit_rollup_unchecked`.
 *
 * `declaration_benefit_rollup_in(zone)` (the rebuild at the service's start) locks the recorded
 * zone first and the roll-up after, the order a fold takes them in (the other order deadlocked a
 * fold that had its zone lock and waited for the roll-up), and records the new zone before it
 * rolls the declarations up again (through the checked function). A fold waiting meanwhile then
 * reads the new zone: a batch of it adds its moves on top, a batch of the old one is refused.
 */
export class BenefitRollupRecordedZone1764300001640 implements MigrationInterface {
  name = 'BenefitRollupRecordedZone1764300001640';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER FUNCTION declaration_benefit_rollup(declaration_benefit_change[], text) RENAME TO declaration_benefit_rollup_unchecked`,
    );
    await queryRunner.query(`
      CREATE FUNCTION declaration_benefit_rollup(changes declaration_benefit_change[], time_zone text)
      RETURNS void LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        recorded text;
      BEGIN
        SELECT z.time_zone INTO recorded FROM declaration_benefit_rollup_zone z FOR SHARE;
        IF recorded IS DISTINCT FROM declaration_benefit_rollup.time_zone THEN
          RAISE EXCEPTION USING ERRCODE = 'P0001',
            MESSAGE = format('the benefit roll-up''s days are of %s (recorded by the instance that rebuilt it) '
              'but this instance folds in %s (PROGRAMME_TIME_ZONE): the batch is refused and retried',
              recorded, declaration_benefit_rollup.time_zone),
            HINT = format('stop this instance or restart it with PROGRAMME_TIME_ZONE=%s', recorded);
        END IF;
        PERFORM declaration_benefit_rollup_unchecked(changes, declaration_benefit_rollup.time_zone);
      END
      $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION declaration_benefit_rollup_in(zone text) RETURNS boolean LANGUAGE plpgsql AS $$
      DECLARE
        month timestamptz;
      BEGIN
        IF (SELECT time_zone FROM declaration_benefit_rollup_zone FOR UPDATE) = zone THEN
          RETURN false;
        END IF;
        LOCK TABLE declaration_benefit_daily IN SHARE ROW EXCLUSIVE MODE;
        UPDATE declaration_benefit_rollup_zone SET time_zone = zone;
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
        RETURN true;
      END
      $$`);
  }

  /** The rebuild above works with migration 1610's function as well (it records the zone first): it is kept. */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION declaration_benefit_rollup(declaration_benefit_change[], text)`);
    await queryRunner.query(
      `ALTER FUNCTION declaration_benefit_rollup_unchecked(declaration_benefit_change[], text) RENAME TO declaration_benefit_rollup`,
    );
  }
}
