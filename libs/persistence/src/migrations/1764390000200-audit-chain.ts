import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Chains every audit entry of this database to the one before it, so that an edited, deleted or
 * reordered entry shows (`npm run audit:verify -- <service>`).
 *
 * - `chain_seq` is the entry's position (1, 2, 3, ... with no gap), `prev_hash` the `hash` of the
 *   entry before it (64 zeros for the first), `hash` = lower-case hex SHA-256 of the entry's
 *   canonical form below.
 * - A BEFORE INSERT trigger sets all three, whatever the INSERT gave: every insert path is chained.
 *   It advances the one-row `audit_chain_head` with UPDATE ... RETURNING, whose row lock holds the
 *   next writer until this transaction ends (a rolled-back insert rolls the head back too), so
 *   concurrent inserts cannot fork the chain or leave a gap. (Since AuditChainAtCommit1764390000300
 *   a deferred trigger does this at commit instead: that lock taken early could close a deadlock.)
 * - Canonical form (`AUDIT_CHAIN_CANONICAL_FORM`, recomputed in TypeScript by
 *   `libs/persistence/src/audit-chain.ts`): the UTF-8 bytes of the concatenation of these fields,
 *   each written as `<octet length>:<text>`, or `-` when NULL:
 *     'aeo-audit-v1', chain_seq (decimal), prev_hash, id (decimal), at (integer microseconds since
 *     1970-01-01 UTC, decimal, negative before), actor_sub, actor_roles (`to_jsonb(actor_roles)::text`:
 *     a JSON array as jsonb prints it, `["a", "b"]`, `[]`), action, entity_type, entity_id,
 *     before (`jsonb::text`, PostgreSQL's normalised form), after (likewise), reason, correlation_id.
 * - The entries already there are chained in id order (backfill). The head table refuses DELETE,
 *   TRUNCATE and any UPDATE that is not the chain trigger's; audit_log now refuses TRUNCATE too.
 */
/** The chain trigger as this migration made it (AuditChainAtCommit1764390000300 replaced it; its down restores it). */
export const CHAIN_AT_INSERT = [
  `
      CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        head audit_chain_head;
      BEGIN
        -- Returns the new chain_seq and, not yet changed, the previous entry's hash.
        UPDATE audit_chain_head SET chain_seq = chain_seq + 1 RETURNING * INTO STRICT head;
        NEW.chain_seq := head.chain_seq;
        NEW.prev_hash := head.hash;
        NEW.hash := audit_log_entry_hash(NEW);
        UPDATE audit_chain_head SET hash = NEW.hash;
        RETURN NEW;
      END $$`,
  `CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain()`,
];

export class AuditChain1764390000200 implements MigrationInterface {
  name = 'AuditChain1764390000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE audit_log ADD COLUMN chain_seq bigint, ADD COLUMN prev_hash text, ADD COLUMN hash text`,
    );
    await queryRunner.query(`
      CREATE FUNCTION audit_chain_field(value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE WHEN value IS NULL THEN '-' ELSE octet_length(value)::text || ':' || value END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION audit_log_entry_hash(entry audit_log) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT encode(sha256(convert_to(
          audit_chain_field('aeo-audit-v1')
          || audit_chain_field(entry.chain_seq::text)
          || audit_chain_field(entry.prev_hash)
          || audit_chain_field(entry.id::text)
          || audit_chain_field((extract(epoch FROM entry.at) * 1000000)::bigint::text)
          || audit_chain_field(entry.actor_sub)
          || audit_chain_field(to_jsonb(entry.actor_roles)::text)
          || audit_chain_field(entry.action)
          || audit_chain_field(entry.entity_type)
          || audit_chain_field(entry.entity_id)
          || audit_chain_field(entry.before::text)
          || audit_chain_field(entry.after::text)
          || audit_chain_field(entry.reason)
          || audit_chain_field(entry.correlation_id),
          'UTF8')), 'hex')
      $$`);
    await queryRunner.query(`
      CREATE TABLE audit_chain_head (
        one_row boolean PRIMARY KEY DEFAULT true CHECK (one_row),
        chain_seq bigint NOT NULL,
        hash text NOT NULL
      )`);

    // Backfill: the entries already written, in id order. Each hash needs the one before, so they are
    // computed one by one into a temporary table (cheap rows, no WAL), then written with one UPDATE
    // rather than one UPDATE per entry. The append-only trigger is off for this transaction only
    // (ALTER TABLE holds its table lock until commit, so no entry is written meanwhile).
    await queryRunner.query(
      `CREATE TEMPORARY TABLE audit_chain_backfill (id bigint PRIMARY KEY, chain_seq bigint, prev_hash text, hash text)`,
    );
    await queryRunner.query(`
      DO $$
      DECLARE
        entry audit_log;
        seq bigint := 0;
        previous text := repeat('0', 64);
      BEGIN
        FOR entry IN SELECT * FROM audit_log ORDER BY id LOOP
          seq := seq + 1;
          entry.chain_seq := seq;
          entry.prev_hash := previous;
          previous := audit_log_entry_hash(entry);
          INSERT INTO audit_chain_backfill VALUES (entry.id, seq, entry.prev_hash, previous);
        END LOOP;
        INSERT INTO audit_chain_head (chain_seq, hash) VALUES (seq, previous);
      END $$`);
    await queryRunner.query(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`);
    await queryRunner.query(`
      UPDATE audit_log SET chain_seq = chained.chain_seq, prev_hash = chained.prev_hash, hash = chained.hash
        FROM audit_chain_backfill AS chained
       WHERE audit_log.id = chained.id`);
    await queryRunner.query(`DROP TABLE audit_chain_backfill`);
    await queryRunner.query(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`);
    await queryRunner.query(`
      ALTER TABLE audit_log
        ALTER COLUMN chain_seq SET NOT NULL,
        ALTER COLUMN prev_hash SET NOT NULL,
        ALTER COLUMN hash SET NOT NULL,
        ADD CONSTRAINT audit_log_chain_seq_key UNIQUE (chain_seq),
        ADD CONSTRAINT audit_log_hash_key UNIQUE (hash)`);

    for (const statement of CHAIN_AT_INSERT) await queryRunner.query(statement);
    await queryRunner.query(
      `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION audit_chain_head_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Depth 1 is a statement on the table itself; the chain trigger's UPDATE runs at depth 2.
        IF TG_OP = 'UPDATE' AND pg_trigger_depth() > 1 THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_chain_head is advanced only by inserts into audit_log';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_chain_head_guard BEFORE INSERT OR UPDATE OR DELETE ON audit_chain_head FOR EACH ROW EXECUTE FUNCTION audit_chain_head_guard()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_chain_head_no_truncate BEFORE TRUNCATE ON audit_chain_head FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_head_guard()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER audit_log_no_truncate ON audit_log');
    await queryRunner.query('DROP TRIGGER audit_log_chain ON audit_log');
    await queryRunner.query('DROP FUNCTION audit_log_chain');
    await queryRunner.query('DROP TABLE audit_chain_head');
    await queryRunner.query('DROP FUNCTION audit_chain_head_guard');
    await queryRunner.query('DROP FUNCTION audit_log_entry_hash');
    await queryRunner.query('DROP FUNCTION audit_chain_field');
    await queryRunner.query('ALTER TABLE audit_log DROP COLUMN chain_seq, DROP COLUMN prev_hash, DROP COLUMN hash');
  }
}
