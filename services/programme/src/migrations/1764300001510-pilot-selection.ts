import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pilot selection and invitations (issue 17):
 * - `pilot_selection_terms`: what a pilot's candidates are invited with (the draft programme in
 *   Mongolian and English), how long they have to answer, and whether replacements are chosen by
 *   the policy unit (`confirm`) or at once (`automatic`).
 * - `pilot_shortlists` and `pilot_shortlist_candidates`: each shortlist taken from the risk
 *   engine's ranking, with the weights, window and exclusions used (never updated).
 * - `pilot_participants`: one row per company chosen for a pilot, its stage as its invitation
 *   left it; `pilot_participant_records`: every step on it, numbered (comments included).
 */
export class PilotSelection1764300001510 implements MigrationInterface {
  name = 'PilotSelection1764300001510';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE pilot_selection_terms (
        pilot_id uuid PRIMARY KEY REFERENCES pilots (id),
        draft_programme jsonb NOT NULL,
        answer_days int NOT NULL CHECK (answer_days BETWEEN 1 AND 90),
        replacement text NOT NULL CHECK (replacement IN ('confirm', 'automatic')),
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE pilot_shortlists (
        id uuid PRIMARY KEY,
        pilot_id uuid NOT NULL REFERENCES pilots (id),
        sequence int NOT NULL CHECK (sequence >= 1),
        workflow_id text NOT NULL,
        request jsonb NOT NULL,
        excluded jsonb NOT NULL,
        traders_considered int NOT NULL,
        taken_by text NOT NULL,
        taken_at timestamptz NOT NULL,
        UNIQUE (pilot_id, sequence)
      )`);
    await queryRunner.query(`
      CREATE TABLE pilot_shortlist_candidates (
        shortlist_id uuid NOT NULL REFERENCES pilot_shortlists (id),
        rank int NOT NULL CHECK (rank >= 1),
        taxpayer_id text NOT NULL,
        score float8 NOT NULL,
        shares jsonb NOT NULL,
        totals jsonb NOT NULL,
        aeo_status text,
        reasons jsonb NOT NULL,
        PRIMARY KEY (shortlist_id, rank),
        UNIQUE (shortlist_id, taxpayer_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE pilot_participants (
        pilot_id uuid NOT NULL REFERENCES pilots (id),
        taxpayer_id text NOT NULL,
        stage text NOT NULL
          CHECK (stage IN ('chosen', 'invited', 'accepted', 'declined', 'expired', 'replaced', 'withdrawn')),
        region text NOT NULL,
        operator_id uuid,
        shortlist_id uuid NOT NULL REFERENCES pilot_shortlists (id),
        rank int NOT NULL,
        chosen_reason text NOT NULL,
        chosen_by text NOT NULL,
        chosen_at timestamptz NOT NULL,
        replacing text,
        replaced_by text,
        answer_due_at timestamptz,
        answered_at timestamptz,
        answered_by text,
        reason text,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (pilot_id, taxpayer_id)
      )`);
    await queryRunner.query(`CREATE INDEX pilot_participants_stage ON pilot_participants (pilot_id, stage)`);
    await queryRunner.query(`
      CREATE TABLE pilot_participant_records (
        pilot_id uuid NOT NULL,
        taxpayer_id text NOT NULL,
        sequence int NOT NULL,
        step text NOT NULL,
        from_stage text NOT NULL,
        to_stage text NOT NULL,
        details jsonb NOT NULL,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (pilot_id, taxpayer_id, sequence),
        FOREIGN KEY (pilot_id, taxpayer_id) REFERENCES pilot_participants (pilot_id, taxpayer_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE pilot_participant_records`);
    await queryRunner.query(`DROP TABLE pilot_participants`);
    await queryRunner.query(`DROP TABLE pilot_shortlist_candidates`);
    await queryRunner.query(`DROP TABLE pilot_shortlists`);
    await queryRunner.query(`DROP TABLE pilot_selection_terms`);
  }
}
