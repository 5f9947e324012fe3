import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The companies' users as the applications service announces them (aeo.operator.user-linked.v1,
 * user-removed.v1): an operator user reads its company's validation cases only while linked to it,
 * whatever its token's taxpayer id says (a trader's own sign-up names any taxpayer id).
 */
export class OperatorMembers1764300000260 implements MigrationInterface {
  name = 'OperatorMembers1764300000260';

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
