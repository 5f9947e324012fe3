import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The examination of a case: a copy of the programme versions (criteria catalogue), the
 * validators of each region (assignment by region and workload), the desk-review checklist with
 * a finding per criterion question, site visits with their notice, corrective action requests.
 */
export class Examination1764300000220 implements MigrationInterface {
  name = 'Examination1764300000220';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE programme_versions (version integer PRIMARY KEY, document jsonb NOT NULL, received_at timestamptz NOT NULL DEFAULT now())`,
    );
    await queryRunner.query(`
      CREATE TABLE validators (
        sub text PRIMARY KEY,
        name text NOT NULL,
        region text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        registered_by text NOT NULL,
        registered_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX validators_region_idx ON validators (region) WHERE active`);
    await queryRunner.query(`ALTER TABLE validation_cases ADD COLUMN programme_version integer`);
    await queryRunner.query(`
      CREATE TABLE checklist_items (
        case_id uuid NOT NULL REFERENCES validation_cases (id),
        question_id text NOT NULL,
        section_id text NOT NULL,
        position integer NOT NULL,
        text_en text NOT NULL,
        text_mn text NOT NULL,
        finding text CHECK (finding IN ('compliant', 'minor', 'major', 'critical')),
        notes text,
        evidence jsonb NOT NULL DEFAULT '[]'::jsonb,
        recorded_by text,
        recorded_at timestamptz,
        PRIMARY KEY (case_id, question_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE site_visits (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES validation_cases (id),
        scheduled_for timestamptz NOT NULL,
        validator text NOT NULL,
        scheduled_by text NOT NULL,
        scheduled_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        notes text
      )`);
    await queryRunner.query(`
      CREATE TABLE corrective_actions (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES validation_cases (id),
        question_id text NOT NULL,
        description text NOT NULL,
        due_by timestamptz NOT NULL,
        requested_by text NOT NULL,
        requested_at timestamptz NOT NULL DEFAULT now(),
        response text,
        responded_by text,
        responded_at timestamptz
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE corrective_actions`);
    await queryRunner.query(`DROP TABLE site_visits`);
    await queryRunner.query(`DROP TABLE checklist_items`);
    await queryRunner.query(`ALTER TABLE validation_cases DROP COLUMN programme_version`);
    await queryRunner.query(`DROP TABLE validators`);
    await queryRunner.query(`DROP TABLE programme_versions`);
  }
}
