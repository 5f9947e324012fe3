import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every change of the AEO register projection is announced on the `aeo_status_changed` channel
 * (payload: the taxpayer id) when its transaction commits, so that each instance's in-memory
 * replica of the register (the status look-up) follows within milliseconds.
 */
export class AeoStatusNotify1764300000320 implements MigrationInterface {
  name = 'AeoStatusNotify1764300000320';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION aeo_status_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('aeo_status_changed', CASE WHEN TG_OP = 'DELETE' THEN OLD.taxpayer_id ELSE NEW.taxpayer_id END);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER aeo_status_notify AFTER INSERT OR UPDATE OR DELETE ON aeo_status
        FOR EACH ROW EXECUTE FUNCTION aeo_status_notify()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER aeo_status_notify ON aeo_status`);
    await queryRunner.query(`DROP FUNCTION aeo_status_notify()`);
  }
}
