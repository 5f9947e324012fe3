import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  findAuditChainHead,
  findAuditChainPage,
  findAuditEntryByHash,
  findUnchainedAuditEntry,
  type IFindAuditChainPageResult,
} from './audit-chain.queries';
import { runSql, runSqlOne, type SqlRunner } from './typed-sql';

/**
 * The audit chain of one service's database, recomputed here independently of the database's own
 * triggers (migrations AuditChain1764390000200, AuditChainAtCommit1764390000300). Canonical form of an entry: the UTF-8 bytes of its
 * fields in this order, each written `<UTF-8 byte length>:<text>`, or `-` when NULL:
 *   'aeo-audit-v1', chain_seq (decimal), prev_hash, id (decimal), at (integer microseconds since
 *   1970-01-01T00:00:00Z, decimal), actor_sub, actor_roles (a JSON array as PostgreSQL's jsonb
 *   prints it: `["a", "b"]`, `[]`), action, entity_type, entity_id, before and after (jsonb as
 *   PostgreSQL prints it, read as text and never parsed), reason, correlation_id.
 * hash = lower-case hex SHA-256 of that; prev_hash of the first entry is AUDIT_CHAIN_GENESIS.
 */
export const AUDIT_CHAIN_GENESIS = '0'.repeat(64);

/** An audit entry as stored: the columns as text, `at` as `YYYY-MM-DDTHH:MI:SS.UUUUUU` in UTC. */
export type StoredAuditEntry = IFindAuditChainPageResult;

const field = (value: string | null): string => (value === null ? '-' : `${Buffer.byteLength(value, 'utf8')}:${value}`);

/** A JSON array of strings spaced as jsonb prints one (JSON.stringify escapes strings as jsonb does). */
const jsonbArrayText = (items: readonly (string | null)[]): string =>
  `[${items.map((item) => JSON.stringify(item)).join(', ')}]`;

/** `YYYY-MM-DDTHH:MI:SS.UUUUUU` (UTC) as integer microseconds since the epoch. */
export function epochMicroseconds(utc: string): bigint {
  const parts = /^(\d{4,})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\.(\d{6})$/.exec(utc);
  if (!parts) throw new Error(`unreadable audit timestamp "${utc}"`);
  const [year, month, day, hour, minute, second, micros] = parts.slice(1).map(Number);
  const moment = new Date(0);
  moment.setUTCFullYear(year, month - 1, day);
  moment.setUTCHours(hour, minute, second, 0);
  return BigInt(moment.getTime()) * 1000n + BigInt(micros);
}

/** The canonical form of an entry (see above), as hashed. */
export function auditEntryCanonicalForm(entry: StoredAuditEntry, chainSeq: string = entry.chain_seq): string {
  return [
    'aeo-audit-v1',
    chainSeq,
    entry.prev_hash,
    entry.id,
    epochMicroseconds(entry.at_utc).toString(),
    entry.actor_sub,
    jsonbArrayText(entry.actor_roles),
    entry.action,
    entry.entity_type,
    entry.entity_id,
    entry.before_text,
    entry.after_text,
    entry.reason,
    entry.correlation_id,
  ]
    .map(field)
    .join('');
}

/** The hash the entry must carry; `chainSeq` recomputes it as if it stood at another position. */
export const auditEntryHash = (entry: StoredAuditEntry, chainSeq?: string): string =>
  createHash('sha256').update(auditEntryCanonicalForm(entry, chainSeq), 'utf8').digest('hex');

export type AuditChainProblem =
  'content edited' | 'entry missing' | 'out of order' | 'link broken' | 'rewritten' | 'entry unchained';

/** A position and the hash it had when someone wrote it down outside the database (an earlier OK). */
export interface AuditChainAnchor {
  chainSeq: string;
  hash: string;
}

export interface VerifyAuditChainOptions {
  pageSize?: number;
  anchors?: readonly AuditChainAnchor[];
}

export interface AuditChainBreak {
  /** The position where the chain first fails (none for an entry that was never given one). */
  chainSeq?: string;
  /** The entry found there (none when entries are missing at the end). */
  id?: string;
  problem: AuditChainProblem;
  detail: string;
}

export type AuditChainReport =
  | { ok: true; count: number; headSeq: string; headHash: string }
  | { ok: false; checked: number; broken: AuditChainBreak };

const PAGE_SIZE = 1000;
/** How far back `originalPosition` follows prev_hash links through entries that are themselves moved. */
const MAX_MOVED_PREDECESSORS = 8;
/** How many deleted entries before a renumbered one `tamperedEntry` looks for. */
const MAX_RENUMBERED_SHIFT = 1000;

/**
 * Where an entry was chained, from the entry its prev_hash names: one place after that entry's own
 * (itself found the same way when it too has moved); `gone` when no entry has that hash any more.
 */
async function originalPosition(
  runner: SqlRunner,
  entry: StoredAuditEntry,
  depth = 0,
): Promise<bigint | 'gone' | undefined> {
  if (entry.prev_hash === AUDIT_CHAIN_GENESIS) return 1n;
  const predecessor = await runSqlOne(findAuditEntryByHash, { hash: entry.prev_hash }, runner);
  if (!predecessor) return 'gone';
  if (auditEntryHash(predecessor) === predecessor.hash) return BigInt(predecessor.chain_seq) + 1n;
  if (depth >= MAX_MOVED_PREDECESSORS) return undefined;
  const position = await originalPosition(runner, predecessor, depth + 1);
  return typeof position === 'bigint' && auditEntryHash(predecessor, position.toString()) === predecessor.hash
    ? position + 1n
    : undefined;
}

/** How many places an authentic entry moved down (its predecessors deleted, the rest renumbered), if it did. */
function renumberedBy(entry: StoredAuditEntry): bigint | undefined {
  for (let shift = 1n; shift <= BigInt(MAX_RENUMBERED_SHIFT); shift += 1n)
    if (auditEntryHash(entry, (BigInt(entry.chain_seq) + shift).toString()) === entry.hash) return shift;
  return undefined;
}

/** What is wrong with an entry whose stored hash is not the hash of what it holds at its position. */
async function tamperedEntry(runner: SqlRunner, entry: StoredAuditEntry): Promise<AuditChainBreak> {
  const at = { chainSeq: entry.chain_seq, id: entry.id };
  const position = await originalPosition(runner, entry);
  if (typeof position === 'bigint' && position !== BigInt(entry.chain_seq)) {
    if (auditEntryHash(entry, position.toString()) === entry.hash)
      return {
        ...at,
        problem: 'out of order',
        detail: `entry ${entry.id} was chained at position ${position} and now stands at ${entry.chain_seq}`,
      };
  }
  const shift = position === 'gone' ? renumberedBy(entry) : undefined;
  if (shift !== undefined)
    return {
      ...at,
      problem: 'entry missing',
      detail: `entry ${entry.id} was chained at position ${BigInt(entry.chain_seq) + shift}: ${shift} entr${shift === 1n ? 'y' : 'ies'} before it deleted and the later ones renumbered`,
    };
  return {
    ...at,
    problem: 'content edited',
    detail: `entry ${entry.id} no longer hashes to its stored hash ${entry.hash}`,
  };
}

/** The first break of one entry after `previous` (undefined: it continues the chain). */
async function breakAt(
  runner: SqlRunner,
  entry: StoredAuditEntry,
  expectedSeq: bigint,
  previousHash: string,
): Promise<AuditChainBreak | undefined> {
  const seq = BigInt(entry.chain_seq);
  if (seq !== expectedSeq)
    return {
      chainSeq: expectedSeq.toString(),
      id: entry.id,
      problem: 'entry missing',
      detail:
        seq === expectedSeq + 1n
          ? `no entry at position ${expectedSeq} (the next one, entry ${entry.id}, is at ${seq})`
          : `no entries at positions ${expectedSeq} to ${seq - 1n} (the next one, entry ${entry.id}, is at ${seq})`,
    };
  if (auditEntryHash(entry) !== entry.hash) return tamperedEntry(runner, entry);
  if (entry.prev_hash !== previousHash)
    return {
      chainSeq: entry.chain_seq,
      id: entry.id,
      problem: 'link broken',
      detail: `entry ${entry.id} follows an entry hashed ${entry.prev_hash}, but the entry before it is hashed ${previousHash} (that entry was rewritten or replaced)`,
    };
  return undefined;
}

/** An intact entry whose hash is not the one written down for its position: the chain was recomputed. */
function differentFromAnchor(entry: StoredAuditEntry, recorded: string | undefined): AuditChainBreak | undefined {
  if (recorded === undefined || recorded === entry.hash) return undefined;
  return {
    chainSeq: entry.chain_seq,
    id: entry.id,
    problem: 'rewritten',
    detail: `entry ${entry.id} is hashed ${entry.hash}, but ${recorded} was recorded for this position: the chain up to here was rewritten, hashes included`,
  };
}

/** Walks the chain in chain_seq order, a page at a time, and compares its end with the head. */
async function walkChain(
  runner: SqlRunner,
  pageSize: number,
  anchors: readonly AuditChainAnchor[],
): Promise<AuditChainReport> {
  const anchorAt = new Map(anchors.map((anchor) => [BigInt(anchor.chainSeq), anchor.hash]));
  const head = await runSqlOne(findAuditChainHead, undefined, runner);
  if (!head) throw new Error('audit_chain_head has no row: the audit chain migration has not run here');
  let expectedSeq = 1n;
  let previousHash = AUDIT_CHAIN_GENESIS;
  let checked = 0;
  for (;;) {
    const page = await runSql(
      findAuditChainPage,
      { afterSeq: (expectedSeq - 1n).toString(), limit: String(pageSize) },
      runner,
    );
    for (const entry of page) {
      const broken =
        (await breakAt(runner, entry, expectedSeq, previousHash)) ??
        differentFromAnchor(entry, anchorAt.get(expectedSeq));
      if (broken) return { ok: false, checked, broken };
      checked += 1;
      expectedSeq += 1n;
      previousHash = entry.hash;
    }
    if (page.length < pageSize) break;
  }
  const lastSeq = expectedSeq - 1n;
  // Entries are chained when their transaction commits; the snapshot sees committed entries only.
  const unchained = await runSqlOne(findUnchainedAuditEntry, undefined, runner);
  if (unchained)
    return {
      ok: false,
      checked,
      broken: {
        id: unchained.id,
        problem: 'entry unchained',
        detail: `entry ${unchained.id} (${unchained.at_utc}) was committed without a position in the chain: it was written with the audit triggers off`,
      },
    };
  const beyond = [...anchorAt.keys()].filter((seq) => seq > lastSeq).sort((a, b) => (a < b ? -1 : 1))[0];
  if (beyond !== undefined)
    return {
      ok: false,
      checked,
      broken: {
        chainSeq: beyond.toString(),
        problem: 'entry missing',
        detail: `the chain ends at position ${lastSeq}, before position ${beyond} recorded earlier`,
      },
    };
  const headSeq = BigInt(head.chain_seq);
  if (lastSeq < headSeq)
    return {
      ok: false,
      checked,
      broken: {
        chainSeq: expectedSeq.toString(),
        problem: 'entry missing',
        detail: `the chain ends at position ${lastSeq} but its head records ${headSeq} entries`,
      },
    };
  if (lastSeq > headSeq || head.hash !== previousHash)
    return {
      ok: false,
      checked,
      broken: {
        chainSeq: lastSeq.toString(),
        problem: 'link broken',
        detail: `the chain ends at position ${lastSeq} hashed ${previousHash}, but its head records position ${headSeq} hashed ${head.hash}`,
      },
    };
  return { ok: true, count: checked, headSeq: head.chain_seq, headHash: head.hash };
}

/**
 * Verifies a database's audit chain end to end: every hash recomputed here, every prev_hash link,
 * no gap in chain_seq, no committed entry left out of the chain, the end equal to `audit_chain_head`. Reads one snapshot (a repeatable-read,
 * read-only transaction) in pages of `pageSize` entries, so memory stays bounded; answers the first
 * broken link. `anchors`: hashes written down earlier, each must still be its position's.
 */
export function verifyAuditChain(
  dataSource: DataSource,
  { pageSize = PAGE_SIZE, anchors = [] }: VerifyAuditChainOptions = {},
): Promise<AuditChainReport> {
  return dataSource.transaction('REPEATABLE READ', async (manager) => {
    await manager.query('SET TRANSACTION READ ONLY');
    return walkChain(manager, pageSize, anchors);
  });
}

/** One line for people: OK with the count and head, or the first broken link. */
export function describeAuditChainReport(target: string, report: AuditChainReport): string {
  if (report.ok)
    return `audit chain of ${target}: OK, ${report.count} entries, head ${report.headSeq} ${report.headHash}`;
  const { chainSeq, id, problem, detail } = report.broken;
  const where = chainSeq === undefined ? `entry ${id}` : `chain_seq ${chainSeq}${id ? ` (entry ${id})` : ''}`;
  return `audit chain of ${target}: BROKEN at ${where}: ${problem}: ${detail}; ${report.checked} entries before it verified`;
}
