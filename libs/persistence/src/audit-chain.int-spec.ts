import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runWithCorrelationId } from '@aeo/observability';
import { auditEntryHash, verifyAuditChain, type AuditChainReport } from './audit-chain';
import { recordAudit, type AuditEntry } from './audit-trail';
import { CreateAuditLog1764300000050 } from './migrations';
import { useTestDataSource } from './testing/test-data-source';
import {
  AUDIT_CHAIN_MIGRATIONS,
  auditChainEntries,
  insertRawAuditEntry,
  runMigrations,
  tamperWithAuditLog,
  tryToDeleteChainHead,
  tryToMoveChainHead,
  tryToTruncateAuditLog,
} from './testing/audit-chain-fixtures';

const REPO_ROOT = join(__dirname, '..', '..', '..');
// Some cases run the command (a Node process each) on a machine shared with other tests.
jest.setTimeout(60_000);
const run = promisify(execFile);

const decision = (entityId: string, extra: Partial<AuditEntry> = {}): AuditEntry => ({
  actor: { sub: 'exec-1', roles: ['executive'] },
  action: 'authorisation.granted',
  entityType: 'application',
  entityId,
  before: { status: 'accepted' },
  after: { status: 'granted' },
  reason: 'criteria met',
  ...extra,
});

const brokenAt = (report: AuditChainReport) => (report.ok ? undefined : report.broken);

/** Runs `npm run audit:verify -- <url>` as a person would: its exit code and what it printed. */
async function verifyCommand(url: string, options: string[] = []): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['-r', './tools/register.js', 'libs/persistence/src/cli/verify-audit-chain.ts', url, ...options],
      { cwd: REPO_ROOT },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe('audit chain (real PostgreSQL)', () => {
  describe('a chained audit log', () => {
    const database = useTestDataSource('audit-chain', AUDIT_CHAIN_MIGRATIONS);

    it('chains entries written at once from several connections into one unbroken chain', async () => {
      const writers = Array.from({ length: 6 }, (_, writer) =>
        (async () => {
          for (let n = 0; n < 5; n += 1)
            await database.dataSource.transaction((manager) => recordAudit(manager, decision(`w${writer}-${n}`)));
        })(),
      );
      await Promise.all(writers);
      const entries = await auditChainEntries(database.dataSource);
      expect(entries.map((entry) => entry.chain_seq)).toEqual(entries.map((_, index) => String(index + 1)));
      expect(await verifyAuditChain(database.dataSource)).toEqual({
        ok: true,
        count: 30,
        headSeq: '30',
        headHash: entries[29].hash,
      });
    });

    it('hashes awkward values the same way in PostgreSQL and in TypeScript', async () => {
      await insertRawAuditEntry(database.dataSource, {
        at: '2026-11-30 23:59:59.123456+08',
        actorSub: 'оператор "Батаа" \\ 😀',
        actorRoles: [],
        before: '{"b": [1, 2.50, {"z": null, "a": "\\u0001\\n"}], "a": "Улаанбаатар \\"quoted\\""}',
        after: null,
        reason: null,
        correlationId: null,
      });
      await insertRawAuditEntry(database.dataSource, {
        at: '1969-12-31 23:59:59.5+00',
        actorSub: 'ops',
        actorRoles: ['a "quoted" role', 'back\\slash', 'tab\there', 'ᠮᠣᠩᠭᠣᠯ'],
        before: '[]',
        after: '{"": {}, "deep": {"deeper": {"deepest": [true, false, null, "\\u2028"]}}}',
        reason: '',
        correlationId: 'c-1',
      });
      const entries = await auditChainEntries(database.dataSource);
      const awkward = entries.slice(-2);
      expect(awkward.map((entry) => entry.at_utc)).toEqual([
        '2026-11-30T15:59:59.123456',
        '1969-12-31T23:59:59.500000',
      ]);
      for (const entry of awkward) expect(auditEntryHash(entry)).toBe(entry.hash);
      expect((await verifyAuditChain(database.dataSource)).ok).toBe(true);
    });

    it('takes the correlation id from the current context when the caller gives none', async () => {
      await runWithCorrelationId('req-audit-42', () =>
        database.dataSource.transaction(async (manager) => {
          await recordAudit(manager, decision('in-context'));
          await recordAudit(manager, decision('own-id', { correlationId: 'given-by-caller' }));
        }),
      );
      await database.dataSource.transaction((manager) => recordAudit(manager, decision('outside')));
      const byEntity = new Map(
        (await auditChainEntries(database.dataSource)).map((entry) => [entry.entity_id, entry.correlation_id]),
      );
      expect(byEntity.get('in-context')).toBe('req-audit-42');
      expect(byEntity.get('own-id')).toBe('given-by-caller');
      expect(byEntity.get('outside')).toBeNull();
    });

    it('keeps the log append-only and the head advanced only by inserts', async () => {
      await expect(tryToTruncateAuditLog(database.dataSource)).rejects.toThrow(/append-only/);
      await expect(tryToMoveChainHead(database.dataSource)).rejects.toThrow(/advanced only by inserts/);
      await expect(tryToDeleteChainHead(database.dataSource)).rejects.toThrow(/advanced only by inserts/);
      expect((await verifyAuditChain(database.dataSource)).ok).toBe(true);
    });
  });

  describe('tampering, as a superuser could', () => {
    const database = useTestDataSource('audit-chain-tamper', AUDIT_CHAIN_MIGRATIONS);
    const seqOf = async (entityId: string) =>
      (await auditChainEntries(database.dataSource)).find((entry) => entry.entity_id === entityId);
    /** The verifier and the command both name the same first broken link. */
    const expectBrokenAt = async (expected: { chainSeq?: string; id?: string; problem: string }) => {
      expect(brokenAt(await verifyAuditChain(database.dataSource))).toMatchObject(expected);
      const command = await verifyCommand(database.url);
      expect(command.code).toBe(1);
      const entry = expected.id ? ` (entry ${expected.id})` : '';
      expect(command.output).toContain(`BROKEN at chain_seq ${expected.chainSeq}${entry}: ${expected.problem}`);
    };

    beforeEach(async () => {
      // A fresh chain of 6 for each case: the previous case's tampering is undone by starting over.
      await tamperWithAuditLog(database.dataSource, ['DELETE FROM audit_log', 'DELETE FROM audit_chain_head']);
      await tamperWithAuditLog(database.dataSource, [
        `INSERT INTO audit_chain_head (chain_seq, hash) VALUES (0, repeat('0', 64))`,
      ]);
      for (let n = 1; n <= 6; n += 1)
        await database.dataSource.transaction((manager) => recordAudit(manager, decision(`e${n}`)));
      expect((await verifyAuditChain(database.dataSource)).ok).toBe(true);
    });

    it('names an edited entry', async () => {
      const edited = await seqOf('e3');
      await tamperWithAuditLog(database.dataSource, [
        `UPDATE audit_log SET after = '{"status": "refused"}' WHERE entity_id = 'e3'`,
      ]);
      await expectBrokenAt({ chainSeq: edited?.chain_seq, id: edited?.id, problem: 'content edited' });
    });

    it('names a deleted entry, in the middle and at the end', async () => {
      const deleted = await seqOf('e4');
      await tamperWithAuditLog(database.dataSource, [`DELETE FROM audit_log WHERE entity_id = 'e4'`]);
      const next = await seqOf('e5');
      await expectBrokenAt({ chainSeq: deleted?.chain_seq, id: next?.id, problem: 'entry missing' });
      await tamperWithAuditLog(database.dataSource, [`DELETE FROM audit_log WHERE chain_seq >= 4`]);
      await expectBrokenAt({ chainSeq: '4', problem: 'entry missing' });
    });

    it('names deleted entries whose followers were renumbered to close the gap', async () => {
      const follower = await seqOf('e4');
      await tamperWithAuditLog(database.dataSource, [
        `DELETE FROM audit_log WHERE entity_id IN ('e2', 'e3')`,
        `UPDATE audit_log SET chain_seq = -chain_seq WHERE chain_seq > 3`,
        `UPDATE audit_log SET chain_seq = -chain_seq - 2 WHERE chain_seq < 0`,
        `UPDATE audit_chain_head SET chain_seq = 4`,
      ]);
      await expectBrokenAt({ chainSeq: '2', id: follower?.id, problem: 'entry missing' });
    });

    it('names two entries swapped', async () => {
      const [second, third] = [await seqOf('e2'), await seqOf('e3')];
      await tamperWithAuditLog(database.dataSource, [
        `UPDATE audit_log SET chain_seq = -1 WHERE entity_id = 'e2'`,
        `UPDATE audit_log SET chain_seq = 2 WHERE entity_id = 'e3'`,
        `UPDATE audit_log SET chain_seq = 3 WHERE entity_id = 'e2'`,
      ]);
      await expectBrokenAt({ chainSeq: second?.chain_seq, id: third?.id, problem: 'out of order' });
    });

    it('names a chain rewritten with its hashes recomputed, given a head written down before', async () => {
      const recorded = (await auditChainEntries(database.dataSource)).at(-1);
      await tamperWithAuditLog(database.dataSource, [
        `UPDATE audit_log SET after = '{"status": "refused"}' WHERE entity_id = 'e3'`,
        `DO $$
         DECLARE entry audit_log; previous text := (SELECT hash FROM audit_log WHERE chain_seq = 2);
         BEGIN
           FOR entry IN SELECT * FROM audit_log WHERE chain_seq >= 3 ORDER BY chain_seq LOOP
             entry.prev_hash := previous;
             previous := audit_log_entry_hash(entry);
             UPDATE audit_log SET prev_hash = entry.prev_hash, hash = previous WHERE id = entry.id;
           END LOOP;
           UPDATE audit_chain_head SET hash = previous;
         END $$`,
      ]);
      expect((await verifyAuditChain(database.dataSource)).ok).toBe(true);
      const anchors = [{ chainSeq: '6', hash: recorded?.hash ?? '' }];
      expect(brokenAt(await verifyAuditChain(database.dataSource, { anchors }))).toMatchObject({
        chainSeq: '6',
        id: recorded?.id,
        problem: 'rewritten',
      });
      const command = await verifyCommand(database.url, ['--expect', `6:${recorded?.hash}`]);
      expect(command.code).toBe(1);
      expect(command.output).toContain(`BROKEN at chain_seq 6 (entry ${recorded?.id}): rewritten`);
    });

    it('prints OK with the count and the head hash for an intact chain', async () => {
      const head = (await auditChainEntries(database.dataSource)).at(-1);
      const command = await verifyCommand(database.url);
      expect(command).toEqual({
        code: 0,
        output: expect.stringContaining(`OK, 6 entries, head 6 ${head?.hash}`),
      });
    });
  });

  describe('the backfill', () => {
    const database = useTestDataSource('audit-chain-backfill', [CreateAuditLog1764300000050]);

    it('chains the entries written before the chain existed, in id order', async () => {
      for (const entityId of ['old-1', 'old-2', 'old-3'])
        await database.dataSource.transaction((manager) => recordAudit(manager, decision(entityId)));
      await runMigrations(database.url, AUDIT_CHAIN_MIGRATIONS);
      await database.dataSource.transaction((manager) => recordAudit(manager, decision('new-1')));
      const entries = await auditChainEntries(database.dataSource);
      expect(entries.map((entry) => [entry.chain_seq, entry.entity_id])).toEqual([
        ['1', 'old-1'],
        ['2', 'old-2'],
        ['3', 'old-3'],
        ['4', 'new-1'],
      ]);
      expect(await verifyAuditChain(database.dataSource)).toMatchObject({ ok: true, count: 4, headSeq: '4' });
      const [{ chained }] = (await database.dataSource.query(
        `SELECT bool_and(hash = audit_log_entry_hash(audit_log)) AS chained FROM audit_log`,
      )) as { chained: boolean }[];
      expect(chained).toBe(true);
    });
  });
});
