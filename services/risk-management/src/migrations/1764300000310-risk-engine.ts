import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The risk engine's tables: AEO register projection, declaration and compliance history, score
 * history, channel decisions and risk alerts. Risk profiles become keyed by taxpayer, because a
 * trader declares goods long before (or without ever) applying as an operator.
 */
export class CreateRiskEngine1764300000310 implements MigrationInterface {
  name = 'CreateRiskEngine1764300000310';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE aeo_status (
        taxpayer_id text PRIMARY KEY,
        operator_id uuid NOT NULL,
        authorisation_number text NOT NULL,
        status_type text NOT NULL,
        status text NOT NULL CHECK (status IN ('granted', 'suspended', 'revoked')),
        suspended_scope text CHECK (suspended_scope IN ('whole', 'security')),
        effective_from timestamptz NOT NULL,
        consent_to_mra_sharing boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        last_event_at timestamptz NOT NULL
      )`);

    await queryRunner.query(`ALTER TABLE operator_risk_profiles DROP CONSTRAINT operator_risk_profiles_pkey`);
    await queryRunner.query(`ALTER TABLE operator_risk_profiles ALTER COLUMN operator_id DROP NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE operator_risk_profiles ADD CONSTRAINT operator_risk_profiles_pkey PRIMARY KEY (taxpayer_id)`,
    );
    await queryRunner.query(
      `ALTER TABLE operator_risk_profiles DROP CONSTRAINT operator_risk_profiles_taxpayer_id_key`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX operator_risk_profiles_operator_idx ON operator_risk_profiles (operator_id) WHERE operator_id IS NOT NULL`,
    );
    await queryRunner.query(`
      ALTER TABLE operator_risk_profiles
        ADD COLUMN risk_factors jsonb,
        ADD COLUMN model_version text,
        ADD COLUMN scored_at timestamptz,
        ADD COLUMN declarations_total bigint NOT NULL DEFAULT 0,
        ADD COLUMN first_declaration_at timestamptz,
        ADD COLUMN last_declaration_at timestamptz`);

    await queryRunner.query(`
      CREATE TABLE declaration_daily (
        taxpayer_id text NOT NULL,
        day date NOT NULL,
        declarations integer NOT NULL,
        customs_value numeric NOT NULL,
        duties numeric NOT NULL,
        PRIMARY KEY (taxpayer_id, day)
      )`);
    await queryRunner.query(`
      CREATE TABLE compliance_history (
        compliance_event_id text PRIMARY KEY,
        taxpayer_id text NOT NULL,
        kind text NOT NULL,
        severity text NOT NULL,
        occurred_at timestamptz NOT NULL,
        recorded_by text NOT NULL,
        description text NOT NULL,
        declaration_id text,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX compliance_history_taxpayer_idx ON compliance_history (taxpayer_id, occurred_at DESC)`,
    );
    await queryRunner.query(`
      CREATE TABLE risk_score_history (
        id bigserial PRIMARY KEY,
        taxpayer_id text NOT NULL,
        score numeric NOT NULL,
        previous_score numeric,
        factors jsonb NOT NULL,
        model_version text NOT NULL,
        trigger text NOT NULL,
        source_event_id text,
        computed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX risk_score_history_taxpayer_idx ON risk_score_history (taxpayer_id, id DESC)`,
    );
    await queryRunner.query(`
      CREATE TABLE channel_decisions (
        decision_id uuid PRIMARY KEY,
        declaration_id text NOT NULL UNIQUE,
        trader_taxpayer_id text NOT NULL,
        channel text NOT NULL CHECK (channel IN ('green', 'yellow', 'red')),
        risk_score numeric NOT NULL,
        fired_rules jsonb NOT NULL,
        benefits_applied jsonb NOT NULL,
        random_selection jsonb NOT NULL,
        priority boolean NOT NULL,
        prior_notice boolean NOT NULL,
        model_version text NOT NULL,
        source_event_id text NOT NULL,
        decided_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX channel_decisions_trader_idx ON channel_decisions (trader_taxpayer_id, decided_at DESC)`,
    );
    await queryRunner.query(`
      CREATE TABLE risk_alerts (
        alert_id uuid PRIMARY KEY,
        taxpayer_id text NOT NULL,
        operator_id uuid,
        severity text NOT NULL,
        recommendation text NOT NULL,
        reason text NOT NULL,
        source_event_id text NOT NULL UNIQUE,
        raised_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX risk_alerts_taxpayer_idx ON risk_alerts (taxpayer_id, raised_at DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'risk_alerts',
      'channel_decisions',
      'risk_score_history',
      'compliance_history',
      'declaration_daily',
      'aeo_status',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    await queryRunner.query(`
      ALTER TABLE operator_risk_profiles
        DROP COLUMN risk_factors, DROP COLUMN model_version, DROP COLUMN scored_at,
        DROP COLUMN declarations_total, DROP COLUMN first_declaration_at, DROP COLUMN last_declaration_at`);
    await queryRunner.query(`DROP INDEX operator_risk_profiles_operator_idx`);
    await queryRunner.query(`ALTER TABLE operator_risk_profiles DROP CONSTRAINT operator_risk_profiles_pkey`);
    await queryRunner.query(
      `ALTER TABLE operator_risk_profiles ADD CONSTRAINT operator_risk_profiles_taxpayer_id_key UNIQUE (taxpayer_id)`,
    );
    await queryRunner.query(`DELETE FROM operator_risk_profiles WHERE operator_id IS NULL`);
    await queryRunner.query(`ALTER TABLE operator_risk_profiles ALTER COLUMN operator_id SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE operator_risk_profiles ADD CONSTRAINT operator_risk_profiles_pkey PRIMARY KEY (operator_id)`,
    );
  }
}
