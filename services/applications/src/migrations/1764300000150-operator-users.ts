import { MigrationInterface, QueryRunner } from 'typeorm';

/** The people of an operator who use the platform: linked to their company, one of them at least an administrator. */
export class OperatorUsers1764300000150 implements MigrationInterface {
  name = 'OperatorUsers1764300000150';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE operator_users (
        operator_id uuid NOT NULL REFERENCES operators (id),
        sub text NOT NULL,
        name text NOT NULL,
        email text NOT NULL,
        language text NOT NULL CHECK (language IN ('mn', 'en')),
        role text NOT NULL CHECK (role IN ('administrator', 'member')),
        added_by text NOT NULL,
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (operator_id, sub)
      )`);
    // Companies registered before users were linked: their registering operator user becomes the administrator.
    await queryRunner.query(`
      INSERT INTO operator_users (operator_id, sub, name, email, language, role, added_by)
      SELECT DISTINCT ON (o.id) o.id, l.actor_sub, o.contact->>'name', o.contact->>'email', o.contact->>'language', 'administrator', 'migration'
        FROM operators o JOIN audit_log l ON l.entity_type = 'operator' AND l.entity_id = o.id::text AND l.action = 'operator.registered'
       WHERE 'operator-user' = ANY (l.actor_roles)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE operator_users`);
  }
}
