import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The register's states over time, so that a declaration is decided on the register in force at
 * its lodgement time, not on its latest state: every state the projection writes to `aeo_status`
 * is appended here by a trigger (one row per applied change, with the date it takes effect,
 * `status_effective_from`). The state in force at a moment is the row with the latest
 * `status_effective_from` not after it. Existing rows are carried over; one whose current status
 * took effect after its grant also gets its grant as an earlier state (what came between is not
 * known: it counts as granted). aeo-status-history.migration.int-spec runs it beside an open write.
 */
export class AeoStatusHistory1764300000370 implements MigrationInterface {
  name = 'AeoStatusHistory1764300000370';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The running projection keeps writing aeo_status while this migrates (the chart's migration Job runs
    // before the rollout): no write may commit between the copy below and the trigger's creation, or its state
    // is never in the history. This lock (which the migration's transaction holds to its end) waits for the
    // writes in progress and holds back new ones; reads go on.
    await queryRunner.query(`LOCK TABLE aeo_status IN SHARE ROW EXCLUSIVE MODE`);
    await queryRunner.query(`
      CREATE TABLE aeo_status_history (
        id bigserial PRIMARY KEY,
        taxpayer_id text NOT NULL,
        operator_id uuid NOT NULL,
        authorisation_number text NOT NULL,
        status_type text NOT NULL,
        status text NOT NULL,
        suspended_scope text,
        effective_from timestamptz NOT NULL,
        status_effective_from timestamptz NOT NULL,
        consent_to_mra_sharing boolean NOT NULL,
        last_event_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX aeo_status_history_in_force ON aeo_status_history (taxpayer_id, status_effective_from DESC, id DESC)`,
    );
    await queryRunner.query(`
      INSERT INTO aeo_status_history (taxpayer_id, operator_id, authorisation_number, status_type, status, suspended_scope, effective_from, status_effective_from, consent_to_mra_sharing, last_event_at)
      SELECT taxpayer_id, operator_id, authorisation_number, status_type, 'granted', NULL, effective_from, effective_from, consent_to_mra_sharing, last_event_at
        FROM aeo_status WHERE status_effective_from > effective_from
      UNION ALL
      SELECT taxpayer_id, operator_id, authorisation_number, status_type, status, suspended_scope, effective_from, COALESCE(status_effective_from, effective_from), consent_to_mra_sharing, last_event_at
        FROM aeo_status`);
    await queryRunner.query(`
      CREATE FUNCTION aeo_status_history_append() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO aeo_status_history (taxpayer_id, operator_id, authorisation_number, status_type, status, suspended_scope, effective_from, status_effective_from, consent_to_mra_sharing, last_event_at)
        VALUES (NEW.taxpayer_id, NEW.operator_id, NEW.authorisation_number, NEW.status_type, NEW.status, NEW.suspended_scope, NEW.effective_from, COALESCE(NEW.status_effective_from, NEW.effective_from), NEW.consent_to_mra_sharing, NEW.last_event_at);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER aeo_status_history_append AFTER INSERT OR UPDATE ON aeo_status
        FOR EACH ROW EXECUTE FUNCTION aeo_status_history_append()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER aeo_status_history_append ON aeo_status`);
    await queryRunner.query(`DROP FUNCTION aeo_status_history_append()`);
    await queryRunner.query(`DROP TABLE aeo_status_history`);
  }
}
