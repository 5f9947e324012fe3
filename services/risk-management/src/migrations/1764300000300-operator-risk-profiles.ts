import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOperatorRiskProfiles1764300000300 implements MigrationInterface {
  name = 'CreateOperatorRiskProfiles1764300000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One profile per operator; AEO status and score stay empty until the operator is assessed.
    await queryRunner.query(`
      CREATE TABLE operator_risk_profiles (
        operator_id uuid PRIMARY KEY,
        taxpayer_id text NOT NULL UNIQUE,
        aeo_status text,
        status_type text,
        risk_score numeric,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE operator_risk_profiles');
  }
}
