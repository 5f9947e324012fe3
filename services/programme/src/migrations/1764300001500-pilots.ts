import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The pilot programme's core (issue 17):
 * - `pilots`: one row per pilot with its time frame (`ends_on` is the current end, moved by
 *   executives' extensions), status and the milestone timing it was planned with; the other pilot
 *   tables reference it.
 * - `pilot_objectives`: what the pilot is to show, each with a KPI of the programme's catalogue and
 *   its target.
 * - `pilot_workstreams`: the tracked workstreams (companies, training, MRA base work with an
 *   optional arrangement id of the mra service, IT readiness, evaluation).
 * - `pilot_milestones`: due date, owner, optional KPI target, status as the pilot's workflow left
 *   it (open, done with evidence, late, escalated).
 * - `pilot_extensions`: every extension of the end date (never updated), with the executive's reason.
 */
export class Pilots1764300001500 implements MigrationInterface {
  name = 'Pilots1764300001500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE pilots (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'planned'
          CHECK (status IN ('planned', 'running', 'ended', 'reported', 'closed', 'cancelled')),
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        max_companies int NOT NULL CHECK (max_companies >= 1),
        reminder_days int NOT NULL DEFAULT 7 CHECK (reminder_days BETWEEN 0 AND 365),
        escalation_grace_days int NOT NULL DEFAULT 14 CHECK (escalation_grace_days BETWEEN 0 AND 365),
        launched_at timestamptz,
        launched_by text,
        started_at timestamptz,
        ended_at timestamptz,
        cancelled_at timestamptz,
        cancelled_by text,
        cancel_reason text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CHECK (ends_on >= starts_on)
      )`);
    await queryRunner.query(`CREATE INDEX pilots_status ON pilots (status, starts_on)`);
    await queryRunner.query(`
      CREATE TABLE pilot_objectives (
        id uuid PRIMARY KEY,
        pilot_id uuid NOT NULL REFERENCES pilots (id),
        position int NOT NULL,
        text text NOT NULL,
        kpi_code text NOT NULL,
        target float8 NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (pilot_id, position)
      )`);
    await queryRunner.query(`
      CREATE TABLE pilot_workstreams (
        pilot_id uuid NOT NULL REFERENCES pilots (id),
        kind text NOT NULL CHECK (kind IN ('companies', 'training', 'mra-base-work', 'it-readiness', 'evaluation')),
        description text NOT NULL DEFAULT '',
        mra_arrangement_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (pilot_id, kind)
      )`);
    await queryRunner.query(`
      CREATE TABLE pilot_milestones (
        id uuid PRIMARY KEY,
        pilot_id uuid NOT NULL REFERENCES pilots (id),
        title text NOT NULL,
        workstream text NOT NULL CHECK (workstream IN ('companies', 'training', 'mra-base-work', 'it-readiness', 'evaluation')),
        due_on date NOT NULL,
        owner text NOT NULL,
        kpi_code text,
        kpi_target float8,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'late', 'escalated')),
        reminded_at timestamptz,
        late_at timestamptz,
        escalated_at timestamptz,
        done_at timestamptz,
        done_by text,
        evidence jsonb,
        done_note text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((kpi_code IS NULL) = (kpi_target IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX pilot_milestones_pilot ON pilot_milestones (pilot_id, due_on)`);
    await queryRunner.query(`CREATE INDEX pilot_milestones_owner ON pilot_milestones (owner, status)`);
    await queryRunner.query(`
      CREATE TABLE pilot_extensions (
        pilot_id uuid NOT NULL REFERENCES pilots (id),
        sequence int NOT NULL,
        previous_ends_on date NOT NULL,
        new_ends_on date NOT NULL CHECK (new_ends_on > previous_ends_on),
        reason text NOT NULL,
        decided_by text NOT NULL,
        decided_at timestamptz NOT NULL,
        PRIMARY KEY (pilot_id, sequence)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE pilot_extensions`);
    await queryRunner.query(`DROP TABLE pilot_milestones`);
    await queryRunner.query(`DROP TABLE pilot_workstreams`);
    await queryRunner.query(`DROP TABLE pilot_objectives`);
    await queryRunner.query(`DROP TABLE pilots`);
  }
}
