import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A dismissed deviation case no longer holds its KPI, scope and period (issue 16): a case the
 * policy unit dismissed as opened by mistake frees the key, so a crossing the evaluator acts on
 * after the dismissal (a changed value, or the value under a new threshold version) can open a
 * new case of it. Never two standing cases: at most one case per KPI, scope, status type and
 * period that is not dismissed (open, or closed as recovered or by the executive's decision).
 */
export class DeviationDismissalFreesKey1764300001630 implements MigrationInterface {
  name = 'DeviationDismissalFreesKey1764300001630';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE UNIQUE INDEX deviation_cases_one_standing ON deviation_cases (kpi_id, scope, (coalesce(status_type, '')), period)
         WHERE outcome IS DISTINCT FROM 'dismissed'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX deviation_cases_one_standing`);
  }
}
