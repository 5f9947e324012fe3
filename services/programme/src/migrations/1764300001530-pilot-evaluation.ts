import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A pilot's evaluation (issue 17, item 9):
 * - `pilot_questionnaires`: questionnaires of a pilot for one audience (internal: customs staff;
 *   external: the pilot companies), drafted, opened with a closing time and closed by the policy unit;
 * - `pilot_questions`: their questions (scale 1–5, yes/no, free text) worded in mn and en;
 * - `pilot_questionnaire_responses` / `pilot_questionnaire_answers`: one response per respondent
 *   (a staff member's token subject, or a company's taxpayer id) with an answer per question;
 * - `pilot_lessons`: lessons learnt recorded by the policy unit, append-only.
 */
export class PilotEvaluation1764300001530 implements MigrationInterface {
  name = 'PilotEvaluation1764300001530';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE pilot_questionnaires (
        id uuid PRIMARY KEY,
        pilot_id uuid NOT NULL REFERENCES pilots (id),
        audience text NOT NULL CHECK (audience IN ('internal', 'external')),
        title_mn text NOT NULL,
        title_en text NOT NULL,
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
        closes_at timestamptz,
        opened_by text,
        opened_at timestamptz,
        closed_by text,
        closed_at timestamptz,
        close_reason text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (status = 'draft' OR (closes_at IS NOT NULL AND opened_at IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX pilot_questionnaires_pilot ON pilot_questionnaires (pilot_id, created_at)`);
    await queryRunner.query(`
      CREATE TABLE pilot_questions (
        questionnaire_id uuid NOT NULL REFERENCES pilot_questionnaires (id),
        question_id text NOT NULL,
        position integer NOT NULL,
        kind text NOT NULL CHECK (kind IN ('scale', 'yes-no', 'text')),
        text_mn text NOT NULL,
        text_en text NOT NULL,
        required boolean NOT NULL,
        PRIMARY KEY (questionnaire_id, question_id),
        UNIQUE (questionnaire_id, position)
      )`);
    await queryRunner.query(`
      CREATE TABLE pilot_questionnaire_responses (
        id uuid PRIMARY KEY,
        questionnaire_id uuid NOT NULL REFERENCES pilot_questionnaires (id),
        respondent text NOT NULL,
        answered_by text NOT NULL,
        answered_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (questionnaire_id, respondent)
      )`);
    await queryRunner.query(`
      CREATE TABLE pilot_questionnaire_answers (
        response_id uuid NOT NULL REFERENCES pilot_questionnaire_responses (id),
        questionnaire_id uuid NOT NULL,
        question_id text NOT NULL,
        scale smallint CHECK (scale BETWEEN 1 AND 5),
        yes_no boolean,
        free_text text,
        PRIMARY KEY (response_id, question_id),
        FOREIGN KEY (questionnaire_id, question_id) REFERENCES pilot_questions (questionnaire_id, question_id),
        CHECK (num_nonnulls(scale, yes_no, free_text) = 1)
      )`);
    await queryRunner.query(`
      CREATE TABLE pilot_lessons (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        pilot_id uuid NOT NULL REFERENCES pilots (id),
        category text NOT NULL,
        lesson text NOT NULL,
        recommendation text NOT NULL,
        question_refs jsonb NOT NULL DEFAULT '[]',
        milestone_ids uuid[] NOT NULL DEFAULT '{}',
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX pilot_lessons_pilot ON pilot_lessons (pilot_id, seq)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'pilot_lessons',
      'pilot_questionnaire_answers',
      'pilot_questionnaire_responses',
      'pilot_questions',
      'pilot_questionnaires',
    ])
      await queryRunner.query(`DROP TABLE ${table}`);
  }
}
