import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A service's copy of the companies' users, folded from the applications service's
 * aeo.operator.user-linked.v1 / user-removed.v1 (`foldOperatorMembers`): an operator user acts for
 * the company its token names only while linked to it there (a trader's own sign-up names any
 * taxpayer id). A removal keeps its row (removed_at), so an older link replayed after it changes nothing.
 * Programme and risk-management run it; validation and notifications made the same table with
 * migrations of their own before it was shared.
 */
export class OperatorMembers1764390000400 implements MigrationInterface {
  name = 'OperatorMembers1764390000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE operator_members (
        operator_id uuid NOT NULL,
        sub text NOT NULL,
        taxpayer_id text NOT NULL,
        role text NOT NULL CHECK (role IN ('administrator', 'member')),
        changed_at timestamptz NOT NULL,
        removed_at timestamptz,
        PRIMARY KEY (operator_id, sub)
      )`);
    await queryRunner.query(`CREATE INDEX operator_members_sub_idx ON operator_members (sub, taxpayer_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE operator_members');
  }
}
