import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invitations of people to an operator's company: the code's SHA-256 only (the code itself travels
 * sealed to notifications), single use (accepted once), revocable, expiring.
 */
export class OperatorInvitations1764300000190 implements MigrationInterface {
  name = 'OperatorInvitations1764300000190';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE operator_invitations (
        id uuid PRIMARY KEY,
        operator_id uuid NOT NULL REFERENCES operators (id),
        code_hash text NOT NULL UNIQUE,
        email text NOT NULL,
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('administrator', 'member')),
        language text NOT NULL CHECK (language IN ('mn', 'en')),
        invited_by text NOT NULL,
        invited_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_sub text,
        revoked_at timestamptz,
        revoked_by text,
        CHECK (accepted_at IS NULL OR revoked_at IS NULL),
        CHECK ((accepted_at IS NULL) = (accepted_sub IS NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX operator_invitations_operator_idx ON operator_invitations (operator_id, invited_at DESC)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE operator_invitations`);
  }
}
