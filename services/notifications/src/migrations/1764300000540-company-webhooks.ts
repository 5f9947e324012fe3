import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Company webhook subscriptions (issue 20): a subscription's scope, the company (operator id and
 * its taxpayer id) whose events alone it receives, null for the customs-wide ones of operations and
 * backend platforms; and the companies' users as notifications learn them from the applications
 * service's aeo.operator.user-linked/user-removed events (who may manage a company's subscriptions).
 */
export class CompanyWebhooks1764300000540 implements MigrationInterface {
  name = 'CompanyWebhooks1764300000540';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE webhook_subscriptions
        ADD COLUMN operator_id uuid,
        ADD COLUMN taxpayer_id text,
        ADD CONSTRAINT webhook_subscriptions_company_check CHECK ((operator_id IS NULL) = (taxpayer_id IS NULL))`);
    await queryRunner.query(
      `CREATE INDEX webhook_subscriptions_operator_idx ON webhook_subscriptions (operator_id) WHERE operator_id IS NOT NULL`,
    );
    // A removal keeps its row (removed_at): an older link replayed after it changes nothing.
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
    await queryRunner.query(`CREATE INDEX operator_members_sub_idx ON operator_members (sub)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE operator_members');
    await queryRunner.query('DROP INDEX webhook_subscriptions_operator_idx');
    await queryRunner.query(`
      ALTER TABLE webhook_subscriptions
        DROP CONSTRAINT webhook_subscriptions_company_check, DROP COLUMN taxpayer_id, DROP COLUMN operator_id`);
  }
}
