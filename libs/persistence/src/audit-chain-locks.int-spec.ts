import type { EntityManager } from 'typeorm';
import { verifyAuditChain } from './audit-chain';
import { recordAudit, type AuditEntry } from './audit-trail';
import {
  AUDIT_CHAIN_MIGRATIONS,
  auditChainEntries,
  takeAdvisoryLock,
  tamperWithAuditLog,
  tryToChainByHand,
  unchainedEntryIds,
} from './testing/audit-chain-fixtures';
import { useTestDataSource } from './testing/test-data-source';

const decision = (entityId: string): AuditEntry => ({
  actor: { sub: 'officer-1', roles: ['policy-unit'] },
  action: 'pilot.participant-selected',
  entityType: 'pilot',
  entityId,
  after: { selected: true },
});

/** A point one transaction waits for until another has passed it. */
function gate(): { open: () => void; passed: Promise<void> } {
  let open = (): void => undefined;
  const passed = new Promise<void>((resolve) => (open = resolve));
  return { open, passed };
}

/** A rejected transaction's message (a deadlock shows as PostgreSQL's 40P01 "deadlock detected"). */
const failures = (results: PromiseSettledResult<unknown>[]) =>
  results.flatMap((result) => (result.status === 'rejected' ? [String(result.reason)] : []));

describe('audit chain and the other locks of a transaction (real PostgreSQL)', () => {
  const database = useTestDataSource('audit-chain-locks', AUDIT_CHAIN_MIGRATIONS);
  const transaction = (work: (manager: EntityManager) => Promise<void>) => database.dataSource.transaction(work);
  const entityIds = async () => (await auditChainEntries(database.dataSource)).map((entry) => entry.entity_id);

  beforeEach(async () => {
    expect((await verifyAuditChain(database.dataSource)).ok).toBe(true);
  });

  it('lets a transaction that audits and then locks meet one that locks and then audits, without a deadlock', async () => {
    // The reviewer's sequence: selection audits then appends to pilot P's outbox (advisory lock on P);
    // an activity appends to P's outbox then audits. Both commit, in the order the lock allows.
    const pilot = 4242;
    const selectionAudited = gate();
    const activityLocked = gate();
    const selection = transaction(async (manager) => {
      await recordAudit(manager, decision('P-selected'));
      selectionAudited.open();
      await activityLocked.passed;
      await takeAdvisoryLock(manager, pilot);
    });
    const activity = transaction(async (manager) => {
      await selectionAudited.passed;
      await takeAdvisoryLock(manager, pilot);
      activityLocked.open();
      await recordAudit(manager, decision('P-activity'));
    });
    expect(failures(await Promise.allSettled([selection, activity]))).toEqual([]);
    expect((await entityIds()).slice(-2)).toEqual(['P-activity', 'P-selected']);
    expect((await verifyAuditChain(database.dataSource)).ok).toBe(true);
  });

  it('chains the entries of one transaction at commit, in the order it wrote them, beside another transaction', async () => {
    const firstWritten = gate();
    const otherCommitted = gate();
    const several = transaction(async (manager) => {
      await recordAudit(manager, decision('several-1'));
      await recordAudit(manager, decision('several-2'));
      expect(await unchainedEntryIds(manager)).toHaveLength(2);
      firstWritten.open();
      await otherCommitted.passed;
      await recordAudit(manager, decision('several-3'));
    });
    await firstWritten.passed;
    await transaction((manager) => recordAudit(manager, decision('other')));
    otherCommitted.open();
    await several;
    const entries = (await auditChainEntries(database.dataSource)).slice(-4);
    expect(entries.map((entry) => entry.entity_id)).toEqual(['other', 'several-1', 'several-2', 'several-3']);
    const ids = entries.slice(1).map((entry) => BigInt(entry.id));
    expect([...ids].sort((a, b) => (a < b ? -1 : 1))).toEqual(ids);
    expect((await verifyAuditChain(database.dataSource)).ok).toBe(true);
  });

  it('leaves no gap for entries rolled back, with their transaction or their savepoint', async () => {
    const before = await auditChainEntries(database.dataSource);
    await expect(
      transaction(async (manager) => {
        await recordAudit(manager, decision('rolled-back'));
        throw new Error('the decision fails after its audit entry');
      }),
    ).rejects.toThrow('the decision fails');
    await transaction(async (manager) => {
      await manager.query('SAVEPOINT attempt');
      await recordAudit(manager, decision('savepoint-rolled-back'));
      await manager.query('ROLLBACK TO SAVEPOINT attempt');
      await recordAudit(manager, decision('kept'));
    });
    const after = await auditChainEntries(database.dataSource);
    expect(after.slice(before.length).map((entry) => [entry.chain_seq, entry.entity_id])).toEqual([
      [String(before.length + 1), 'kept'],
    ]);
    expect(await verifyAuditChain(database.dataSource)).toMatchObject({ ok: true, headSeq: String(before.length + 1) });
  });

  it('refuses to chain, edit or delete an entry by hand before its commit', async () => {
    await expect(
      transaction(async (manager) => {
        await recordAudit(manager, decision('by-hand'));
        const [id] = await unchainedEntryIds(manager);
        await tryToChainByHand(manager, id);
      }),
    ).rejects.toThrow(/append-only/);
    await expect(
      transaction(async (manager) => {
        await recordAudit(manager, decision('by-hand'));
        await manager.query(`UPDATE audit_log SET reason = 'changed' WHERE chain_seq IS NULL`);
      }),
    ).rejects.toThrow(/append-only/);
    await expect(
      transaction(async (manager) => {
        await recordAudit(manager, decision('by-hand'));
        await manager.query('DELETE FROM audit_log WHERE chain_seq IS NULL');
      }),
    ).rejects.toThrow(/append-only/);
    expect(await entityIds()).not.toContain('by-hand');
  });

  it('names a committed entry that was never chained (written with the triggers off)', async () => {
    await tamperWithAuditLog(database.dataSource, [
      `INSERT INTO audit_log (actor_sub, actor_roles, action, entity_type, entity_id) VALUES ('x', '{}', 'a', 'pilot', 'unchained')`,
    ]);
    const [{ id }] = (await database.dataSource.query(`SELECT id FROM audit_log WHERE entity_id = 'unchained'`)) as {
      id: string;
    }[];
    expect(await verifyAuditChain(database.dataSource)).toMatchObject({
      ok: false,
      broken: { id, problem: 'entry unchained' },
    });
    await tamperWithAuditLog(database.dataSource, [`DELETE FROM audit_log WHERE entity_id = 'unchained'`]);
  });
});
