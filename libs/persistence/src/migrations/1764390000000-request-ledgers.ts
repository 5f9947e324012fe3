import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The request ledgers' tables (what they are for: request-ledger.ts). */
export class CreateRequestLedgers1764390000000 implements MigrationInterface {
  name = 'CreateRequestLedgers1764390000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE idempotency_keys (
        principal text NOT NULL,
        key text NOT NULL,
        request_hash text NOT NULL,
        method text NOT NULL,
        path text NOT NULL,
        claim uuid NOT NULL,
        claimed_at timestamptz NOT NULL DEFAULT now(),
        committed_at timestamptz,
        resource text,
        response_status integer,
        response_body jsonb,
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (principal, key)
      )`);
    await queryRunner.query(`CREATE INDEX idempotency_keys_expiry_idx ON idempotency_keys (expires_at)`);
    await queryRunner.query(`
      CREATE TABLE human_steps (
        subject_type text NOT NULL,
        subject_id text NOT NULL,
        step text NOT NULL,
        request_hash text NOT NULL,
        request jsonb NOT NULL,
        summary text NOT NULL,
        actor text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now(),
        answer jsonb,
        PRIMARY KEY (subject_type, subject_id, step)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE human_steps');
    await queryRunner.query('DROP TABLE idempotency_keys');
  }
}
