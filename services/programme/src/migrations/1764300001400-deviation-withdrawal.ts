import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Withdrawing what was set by mistake (issue 16):
 * - `kpi_thresholds.withdrawn`: a version that withdraws the KPI's threshold (it keeps the
 *   previous version's figures for the record); while it is the latest, no case opens on the KPI.
 * - `deviation_cases.outcome` `dismissed`: a case the policy unit closed as opened by mistake.
 */
export class DeviationWithdrawal1764300001400 implements MigrationInterface {
  name = 'DeviationWithdrawal1764300001400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE kpi_thresholds ADD COLUMN withdrawn boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE deviation_cases DROP CONSTRAINT deviation_cases_outcome_check`);
    await queryRunner.query(
      `ALTER TABLE deviation_cases ADD CONSTRAINT deviation_cases_outcome_check
         CHECK (outcome IN ('recovered', 'executive-decision', 'dismissed'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE deviation_cases DROP CONSTRAINT deviation_cases_outcome_check`);
    await queryRunner.query(
      `ALTER TABLE deviation_cases ADD CONSTRAINT deviation_cases_outcome_check
         CHECK (outcome IN ('recovered', 'executive-decision'))`,
    );
    await queryRunner.query(`ALTER TABLE kpi_thresholds DROP COLUMN withdrawn`);
  }
}
