import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The arrangement's life as its workflow records it: title, signed terms, the periodic review
 * (period, reminders, next date), the phase a suspension returns to, and every step taken
 * (`mra_arrangement_records`: phase changes and the steps within a phase, each with its content).
 */
export class ArrangementLifecycle1764300000410 implements MigrationInterface {
  name = 'ArrangementLifecycle1764300000410';

  async up(queryRunner: QueryRunner): Promise<void> {
    // title stays nullable for rows written before it (the API names those after the partner).
    await queryRunner.query(`
      ALTER TABLE mutual_recognition_arrangements
        ADD COLUMN title text,
        ADD COLUMN terms jsonb,
        ADD COLUMN review_due_at timestamptz,
        ADD COLUMN review_interval_months int NOT NULL DEFAULT 36 CHECK (review_interval_months BETWEEN 6 AND 120),
        ADD COLUMN reminder_days_before int[] NOT NULL DEFAULT '{90,30}',
        ADD COLUMN suspended_from text,
        ADD COLUMN created_by text,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    await queryRunner.query(`
      CREATE TABLE mra_arrangement_records (
        seq bigserial PRIMARY KEY,
        arrangement_id uuid NOT NULL REFERENCES mutual_recognition_arrangements (id),
        -- The workflow activity that wrote it (or the creation): a retried activity writes nothing twice.
        record_key text NOT NULL UNIQUE,
        step text NOT NULL,
        from_phase text,
        to_phase text NOT NULL,
        summary text NOT NULL,
        details jsonb NOT NULL DEFAULT '{}',
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX mra_arrangement_records_arrangement_idx ON mra_arrangement_records (arrangement_id, seq)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE mra_arrangement_records');
    await queryRunner.query(`
      ALTER TABLE mutual_recognition_arrangements
        DROP COLUMN title, DROP COLUMN terms, DROP COLUMN review_due_at, DROP COLUMN review_interval_months,
        DROP COLUMN reminder_days_before, DROP COLUMN suspended_from, DROP COLUMN created_by, DROP COLUMN updated_at`);
  }
}
