import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The companies of each pilot as notifications learn them from the pilot topic: taking part from
 * their acceptance until their withdrawal, with their contact officer in the pilot and the
 * operator's own contact officer the pilot's replaced (restored when the company is withdrawn).
 */
export class PilotCompanies1764300000530 implements MigrationInterface {
  name = 'PilotCompanies1764300000530';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE pilot_companies (
        pilot_id uuid NOT NULL,
        taxpayer_id text NOT NULL,
        region text NOT NULL,
        -- The contact officer the pilot assigned and the notifications took as the operator's own.
        pilot_officer_sub text,
        -- Whether the operator had its own contact officer before the pilot's (taken at the pilot's first assignment).
        had_previous boolean NOT NULL DEFAULT false,
        previous_officer_sub text,
        previous_assigned_by text,
        previous_assigned_at timestamptz,
        withdrawn_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (pilot_id, taxpayer_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE pilot_companies');
  }
}
