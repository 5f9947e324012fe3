import type { DataSource, EntityManager, MigrationInterface } from 'typeorm';
import { findAuditChainPage } from '../audit-chain.queries';
import { openDataSource } from '../data-source';
import { AuditChain1764390000200, AuditChainAtCommit1764390000300, CreateAuditLog1764300000050 } from '../migrations';
import { runSql, type SqlRunner } from '../typed-sql';
import { insertAuditEntryAt, type IInsertAuditEntryAtParams } from './audit-chain-fixtures.queries';

// What the audit chain tests write, read and tamper with.

/** The audit log with its chain, as every service database has it. */
export const AUDIT_CHAIN_MIGRATIONS = [
  CreateAuditLog1764300000050,
  AuditChain1764390000200,
  AuditChainAtCommit1764390000300,
];

/** Every entry as the verifier reads it, in chain order. */
export const auditChainEntries = (runner: SqlRunner) =>
  runSql(findAuditChainPage, { afterSeq: '0', limit: '1000000' }, runner);

/** An entry with a chosen time and values `recordAudit` would never write (jsonb given as its text). */
export const insertRawAuditEntry = (runner: SqlRunner, entry: IInsertAuditEntryAtParams) =>
  runSql(insertAuditEntryAt, entry, runner);

/**
 * Runs statements with the audit tables' own triggers off, as the tables' owner or a superuser
 * could (`ALTER TABLE ... DISABLE TRIGGER` is transactional: they are on again at commit).
 */
export const tamperWithAuditLog = (dataSource: DataSource, statements: string[]) =>
  dataSource.transaction(async (manager) => {
    await manager.query('ALTER TABLE audit_log DISABLE TRIGGER USER');
    await manager.query('ALTER TABLE audit_chain_head DISABLE TRIGGER USER');
    for (const statement of statements) await manager.query(statement);
    await manager.query('ALTER TABLE audit_log ENABLE TRIGGER USER');
    await manager.query('ALTER TABLE audit_chain_head ENABLE TRIGGER USER');
  });

export const tryToTruncateAuditLog = (dataSource: DataSource) => dataSource.query('TRUNCATE audit_log');
export const tryToMoveChainHead = (dataSource: DataSource) =>
  dataSource.query('UPDATE audit_chain_head SET chain_seq = chain_seq + 1');
export const tryToDeleteChainHead = (dataSource: DataSource) => dataSource.query('DELETE FROM audit_chain_head');

/** Runs migrations on an existing database (those already run there are skipped). */
export async function runMigrations(url: string, migrations: (new () => MigrationInterface)[]): Promise<void> {
  const dataSource = await openDataSource({ service: 'migrations-test', url, entities: [], migrations });
  await dataSource.destroy();
}

/** A transaction-scoped advisory lock, as the outbox writer takes one per aggregate. */
export const takeAdvisoryLock = (manager: EntityManager, key: number) =>
  manager.query('SELECT pg_advisory_xact_lock($1::bigint)', [key]);

/** An UPDATE of the chain columns of an entry not chained yet, by hand: what only the chain trigger may do. */
export const tryToChainByHand = (manager: EntityManager, id: string) =>
  manager.query(
    `UPDATE audit_log AS entry SET chain_seq = head.chain_seq + 1, prev_hash = head.hash, hash = repeat('f', 64)
       FROM audit_chain_head AS head WHERE entry.id = $1`,
    [id],
  );

/** The ids of the entries this transaction inserted, as it sees them (chain columns still NULL). */
export const unchainedEntryIds = async (manager: EntityManager): Promise<string[]> =>
  ((await manager.query('SELECT id FROM audit_log WHERE chain_seq IS NULL ORDER BY id')) as { id: string }[]).map(
    (row) => row.id,
  );
