import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A human step handed to a workflow is recorded in two short transactions around the call, never
 * across it: `state` is `pending` from the claim until the workflow answered (`done`), and a
 * pending claim older than its lease (`claimed_at`) may be taken over by the same request again.
 */
export class HumanStepsPending1764390000100 implements MigrationInterface {
  name = 'HumanStepsPending1764390000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE human_steps ADD COLUMN state text NOT NULL DEFAULT 'done' CHECK (state IN ('pending', 'done')), ADD COLUMN claimed_at timestamptz`,
    );
    await queryRunner.query(`CREATE INDEX human_steps_pending_idx ON human_steps (claimed_at) WHERE state = 'pending'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE human_steps DROP COLUMN claimed_at, DROP COLUMN state`);
  }
}
