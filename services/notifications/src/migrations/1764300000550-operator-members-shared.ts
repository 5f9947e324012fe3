import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications' `operator_members` (made by CompanyWebhooks1764300000540) is now folded and read by
 * `@aeo/messaging`'s shared `foldOperatorMembers` / `findOperatorMembership`, whose table
 * (`OperatorMembers1764390000400`) is the same but for its index: a user's links are looked up by
 * sub and the company's taxpayer id together. The rows are kept.
 */
export class OperatorMembersShared1764300000550 implements MigrationInterface {
  name = 'OperatorMembersShared1764300000550';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX operator_members_sub_idx');
    await queryRunner.query('CREATE INDEX operator_members_sub_idx ON operator_members (sub, taxpayer_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX operator_members_sub_idx');
    await queryRunner.query('CREATE INDEX operator_members_sub_idx ON operator_members (sub)');
  }
}
