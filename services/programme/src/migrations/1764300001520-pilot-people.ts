import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The people of a pilot (issue 17, items 4 and 5):
 * - `pilot_contact_officers`: every assignment of a pilot company's contact officer, never
 *   updated (a reassignment is the next `sequence`; the latest is the officer in charge), with who
 *   assigned, when and why; the company's region and operator id as the selection's participant
 *   list gave them.
 * - `pilot_training_sessions`: topic (a required topic counts towards a company's training),
 *   time, place or link, audience (company staff or customs staff) and capacity.
 * - `pilot_training_registrations`: a company's staff member (by name and role) or a customs staff
 *   member on a session, with the attendance recorded after it.
 * - `pilot_training_materials`: a session's materials (a link or a document reference).
 * - `pilot_training_completions`: when a company attended every required topic (once).
 */
export class PilotPeople1764300001520 implements MigrationInterface {
  name = 'PilotPeople1764300001520';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE pilot_contact_officers (
        pilot_id uuid NOT NULL REFERENCES pilots (id),
        taxpayer_id text NOT NULL,
        sequence int NOT NULL CHECK (sequence >= 1),
        operator_id uuid,
        company_name text,
        region text NOT NULL,
        officer_sub text NOT NULL,
        officer_name text,
        assigned_by text NOT NULL,
        assigned_at timestamptz NOT NULL DEFAULT now(),
        reason text NOT NULL,
        PRIMARY KEY (pilot_id, taxpayer_id, sequence)
      )`);
    await queryRunner.query(`CREATE INDEX pilot_contact_officers_officer ON pilot_contact_officers (officer_sub)`);
    await queryRunner.query(`
      CREATE TABLE pilot_training_sessions (
        id uuid PRIMARY KEY,
        pilot_id uuid NOT NULL REFERENCES pilots (id),
        topic text NOT NULL,
        required boolean NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        place text,
        link text,
        audience text NOT NULL CHECK (audience IN ('company-staff', 'customs-staff')),
        capacity int NOT NULL CHECK (capacity BETWEEN 1 AND 1000),
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        attendance_recorded_at timestamptz,
        CHECK (ends_at > starts_at),
        CHECK (place IS NOT NULL OR link IS NOT NULL)
      )`);
    await queryRunner.query(
      `CREATE INDEX pilot_training_sessions_pilot ON pilot_training_sessions (pilot_id, starts_at)`,
    );
    await queryRunner.query(`
      CREATE TABLE pilot_training_registrations (
        id uuid PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES pilot_training_sessions (id),
        taxpayer_id text,
        region text,
        staff_sub text,
        person_name text NOT NULL,
        person_role text NOT NULL,
        registered_by text NOT NULL,
        registered_at timestamptz NOT NULL DEFAULT now(),
        attended boolean,
        attendance_by text,
        attendance_at timestamptz,
        CHECK ((taxpayer_id IS NULL) <> (staff_sub IS NULL)),
        CHECK ((taxpayer_id IS NULL) = (region IS NULL))
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX pilot_training_registrations_person
         ON pilot_training_registrations (session_id, COALESCE(taxpayer_id, ''), COALESCE(staff_sub, ''), lower(person_name))`,
    );
    await queryRunner.query(
      `CREATE INDEX pilot_training_registrations_company ON pilot_training_registrations (taxpayer_id) WHERE taxpayer_id IS NOT NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE pilot_training_materials (
        id uuid PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES pilot_training_sessions (id),
        title text NOT NULL,
        link text,
        document_ref text,
        added_by text NOT NULL,
        added_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((link IS NULL) <> (document_ref IS NULL))
      )`);
    await queryRunner.query(`
      CREATE TABLE pilot_training_completions (
        pilot_id uuid NOT NULL REFERENCES pilots (id),
        taxpayer_id text NOT NULL,
        topics text[] NOT NULL,
        completed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (pilot_id, taxpayer_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE pilot_training_completions`);
    await queryRunner.query(`DROP TABLE pilot_training_materials`);
    await queryRunner.query(`DROP TABLE pilot_training_registrations`);
    await queryRunner.query(`DROP TABLE pilot_training_sessions`);
    await queryRunner.query(`DROP TABLE pilot_contact_officers`);
  }
}
