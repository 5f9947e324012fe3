import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The design-principles scorecard and the evidence of the WTO TFA 7.7 checks:
 * - `scorecard_assessments`: every assessment of a standard by the policy unit, append-only (the
 *   current state is a standard's latest row; the rows before it are its history).
 * - `scorecard_programme_publications`: each programme version the applications service announced
 *   (`aeo.programme.published.v1`), with the size of its criteria catalogue: criteria published.
 * - `scorecard_mra_phase_changes`: each phase change of a mutual recognition arrangement; an
 *   arrangement's phase is its latest change by the time the change states, so the order of arrival
 *   does not matter: MRAs offered.
 */
export class Scorecard1764300001200 implements MigrationInterface {
  name = 'Scorecard1764300001200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE scorecard_assessments (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        principle_id text NOT NULL,
        standard_id text NOT NULL,
        status text NOT NULL CHECK (status IN ('met', 'ongoing', 'partial')),
        note text NOT NULL,
        evidence jsonb NOT NULL,
        assessed_by text NOT NULL,
        assessed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX scorecard_assessments_standard ON scorecard_assessments (standard_id, seq)`);
    await queryRunner.query(`
      CREATE FUNCTION scorecard_assessments_are_kept() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'scorecard_assessments keeps its history: add an assessment instead';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER scorecard_assessments_append_only BEFORE UPDATE OR DELETE ON scorecard_assessments FOR EACH ROW EXECUTE FUNCTION scorecard_assessments_are_kept()`,
    );
    await queryRunner.query(`
      CREATE TABLE scorecard_programme_publications (
        event_id text PRIMARY KEY,
        version integer NOT NULL,
        published_by text NOT NULL,
        published_at timestamptz NOT NULL,
        status_types text[] NOT NULL,
        sections integer NOT NULL,
        criteria integer NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX scorecard_programme_publications_version ON scorecard_programme_publications (version, published_at)`,
    );
    await queryRunner.query(`
      CREATE TABLE scorecard_mra_phase_changes (
        event_id text PRIMARY KEY,
        arrangement_id uuid NOT NULL,
        partner_country text NOT NULL,
        partner_administration text NOT NULL,
        title text NOT NULL,
        from_phase text,
        to_phase text NOT NULL,
        at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX scorecard_mra_phase_changes_arrangement ON scorecard_mra_phase_changes (arrangement_id, at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE scorecard_mra_phase_changes');
    await queryRunner.query('DROP TABLE scorecard_programme_publications');
    await queryRunner.query('DROP TABLE scorecard_assessments');
    await queryRunner.query('DROP FUNCTION scorecard_assessments_are_kept');
  }
}
