import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit table refuses UPDATE and DELETE at the database level, whoever asks. */
export class CreateAuditLog1764300000050 implements MigrationInterface {
  name = 'CreateAuditLog1764300000050';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_sub text NOT NULL,
        actor_roles text[] NOT NULL,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        before jsonb,
        after jsonb,
        reason text,
        correlation_id text
      )`);
    await queryRunner.query(`CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id, at)`);
    await queryRunner.query(`
      CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE audit_log');
    await queryRunner.query('DROP FUNCTION audit_log_is_append_only');
  }
}
