import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CHAIN_AT_INSERT } from './1764390000200-audit-chain';

/**
 * Chains each audit entry when its transaction commits instead of when it is inserted, so that the
 * chain's head lock is the last lock a transaction takes and cannot close a deadlock cycle.
 *
 * AuditChain1764390000200 advanced `audit_chain_head` in a BEFORE INSERT trigger and held its row
 * lock until commit: a transaction that audits and then takes another lock (the outbox writer's
 * per-aggregate advisory lock, a row lock) deadlocked with one that takes that lock and then audits.
 * Now:
 * - An entry is inserted with `chain_seq`, `prev_hash` and `hash` NULL (a BEFORE INSERT trigger
 *   clears whatever the INSERT gave).
 * - The constraint trigger `audit_log_chain`, AFTER INSERT, DEFERRABLE INITIALLY DEFERRED, runs at
 *   commit, after the transaction's own work: it advances the head (row lock until the commit ends,
 *   so concurrent commits cannot fork the chain or leave a gap) and sets the entry's three chain
 *   columns, computed as before (same canonical form and hash). The entries of one transaction are
 *   chained in the order they were inserted (the order of the deferred trigger queue); an entry
 *   rolled back (transaction or savepoint) never reaches the chain, so it leaves no gap.
 * - `audit_log` still refuses every UPDATE and DELETE but the chain trigger's own: only from inside
 *   a trigger, the three chain columns from NULL to the values the head has just been advanced to,
 *   the hash that of the entry, every other column unchanged.
 * - The chain columns are no longer NOT NULL (a NOT NULL or CHECK constraint cannot wait for
 *   commit); they are set together or not at all. A committed entry without them was written with
 *   the triggers off: `audit:verify` reports it (`entry unchained`).
 * `SET CONSTRAINTS audit_log_chain IMMEDIATE` would chain at that statement again (the old lock
 * order): no code does.
 */
export class AuditChainAtCommit1764390000300 implements MigrationInterface {
  name = 'AuditChainAtCommit1764390000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER audit_log_chain ON audit_log');
    await queryRunner.query('DROP FUNCTION audit_log_chain');
    await queryRunner.query(`
      ALTER TABLE audit_log
        ALTER COLUMN chain_seq DROP NOT NULL,
        ALTER COLUMN prev_hash DROP NOT NULL,
        ALTER COLUMN hash DROP NOT NULL,
        ADD CONSTRAINT audit_log_chained_whole
          CHECK ((chain_seq IS NULL) = (prev_hash IS NULL) AND (chain_seq IS NULL) = (hash IS NULL))`);
    // The verifier looks for committed entries left unchained; normally none, so the index stays tiny.
    await queryRunner.query('CREATE INDEX audit_log_unchained_idx ON audit_log (id) WHERE chain_seq IS NULL');

    await queryRunner.query(`
      CREATE FUNCTION audit_log_unchained() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.chain_seq := NULL;
        NEW.prev_hash := NULL;
        NEW.hash := NULL;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_log_unchained BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_unchained()`,
    );

    await queryRunner.query(`
      CREATE FUNCTION audit_log_chain_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        head audit_chain_head;
        entry audit_log := NEW;
      BEGIN
        -- Returns the new chain_seq and, not yet changed, the previous entry's hash.
        UPDATE audit_chain_head SET chain_seq = chain_seq + 1 RETURNING * INTO STRICT head;
        entry.chain_seq := head.chain_seq;
        entry.prev_hash := head.hash;
        entry.hash := audit_log_entry_hash(entry);
        UPDATE audit_chain_head SET hash = entry.hash;
        UPDATE audit_log SET chain_seq = entry.chain_seq, prev_hash = entry.prev_hash, hash = entry.hash
         WHERE id = entry.id AND chain_seq IS NULL;
        IF NOT FOUND THEN
          RAISE EXCEPTION 'audit entry % is not there to be chained', entry.id;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE CONSTRAINT TRIGGER audit_log_chain AFTER INSERT ON audit_log
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_log_chain_at_commit()`);

    await queryRunner.query(`
      CREATE FUNCTION audit_log_append_only_but_chaining() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Depth 1 is a statement on the table itself; the chain trigger's UPDATE runs at depth 2.
        IF TG_OP = 'UPDATE' AND pg_trigger_depth() > 1
           AND OLD.chain_seq IS NULL AND OLD.prev_hash IS NULL AND OLD.hash IS NULL
           AND to_jsonb(NEW) - ARRAY['chain_seq', 'prev_hash', 'hash'] = to_jsonb(OLD) - ARRAY['chain_seq', 'prev_hash', 'hash']
           AND NEW.hash = audit_log_entry_hash(NEW)
           AND EXISTS (SELECT FROM audit_chain_head WHERE chain_seq = NEW.chain_seq AND hash = NEW.hash) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_log is append-only';
      END $$`);
    await queryRunner.query('DROP TRIGGER audit_log_append_only ON audit_log');
    await queryRunner.query(
      `CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only_but_chaining()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER audit_log_append_only ON audit_log');
    await queryRunner.query(
      `CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only()`,
    );
    await queryRunner.query('DROP FUNCTION audit_log_append_only_but_chaining');
    await queryRunner.query('DROP TRIGGER audit_log_chain ON audit_log');
    await queryRunner.query('DROP FUNCTION audit_log_chain_at_commit');
    await queryRunner.query('DROP TRIGGER audit_log_unchained ON audit_log');
    await queryRunner.query('DROP FUNCTION audit_log_unchained');
    await queryRunner.query('DROP INDEX audit_log_unchained_idx');
    // Entries left unchained (written with the triggers off) would refuse NOT NULL: down fails then.
    await queryRunner.query(`
      ALTER TABLE audit_log
        DROP CONSTRAINT audit_log_chained_whole,
        ALTER COLUMN chain_seq SET NOT NULL,
        ALTER COLUMN prev_hash SET NOT NULL,
        ALTER COLUMN hash SET NOT NULL`);
    for (const statement of CHAIN_AT_INSERT) await queryRunner.query(statement);
  }
}
