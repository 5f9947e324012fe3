import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';
import { runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import type { PartnerListRow } from './partner-list-rows';
import * as sql from './partner-lists.queries';

export type PartnerKeyRow = sql.IListPartnerKeysResult;
export type ListVersionRow = sql.IListListVersionsResult;
export type ListChangeRow = sql.IPageListChangesResult;
export type EntryRow = sql.IPageEntriesResult;

export const findArrangementForList = (runner: SqlRunner, id: string) =>
  runSqlOne(sql.findArrangementForList, { id }, runner);

/** The arrangement's phase, share-locked until the transaction ends (a phase change waits for it). */
export const lockArrangementForList = (manager: EntityManager, id: string) =>
  runSqlOne(sql.lockArrangementForList, { id }, manager);

export const upsertPartnerKey = (runner: SqlRunner, params: sql.IUpsertPartnerKeyParams) =>
  runSqlOne(sql.upsertPartnerKey, params, runner);
export const listPartnerKeys = (runner: SqlRunner, arrangementId: string) =>
  runSql(sql.listPartnerKeys, { arrangementId }, runner);
export const findPartnerKey = (runner: SqlRunner, arrangementId: string, kid: string) =>
  runSqlOne(sql.findPartnerKey, { arrangementId, kid }, runner);
/** Serialises key registrations (a key's thumbprint is checked, then written, in one transaction). */
export const lockPartnerKeyRegistrations = (manager: EntityManager) =>
  runSql(sql.lockPartnerKeyRegistrations, undefined as never, manager);
/** The key registered with this RFC 7638 thumbprint (on any arrangement, active or retired), if any. */
export const findPartnerKeyByThumbprint = (runner: SqlRunner, thumbprint: string) =>
  runSqlOne(sql.findPartnerKeyByThumbprint, { thumbprint }, runner);
export const retirePartnerKey = (runner: SqlRunner, arrangementId: string, kid: string, retiredBy: string) =>
  runSqlOne(sql.retirePartnerKey, { arrangementId, kid, retiredBy }, runner);

/** Serialises the imports of one arrangement's list (until the transaction ends). */
export const lockListOfArrangement = (manager: EntityManager, arrangementId: string) =>
  runSql(sql.lockListOfArrangement, { arrangementId }, manager);
export const latestListVersion = (runner: SqlRunner, arrangementId: string) =>
  runSqlOne(sql.latestListVersion, { arrangementId }, runner);
export const findListVersion = (runner: SqlRunner, arrangementId: string, version: number) =>
  runSqlOne(sql.findListVersion, { arrangementId, version }, runner);
export const listListVersions = (runner: SqlRunner, arrangementId: string) =>
  runSql(sql.listListVersions, { arrangementId }, runner);
export const findListVersionByBody = (runner: SqlRunner, arrangementId: string, bodySha256: string) =>
  runSqlOne(sql.findListVersionByBody, { arrangementId, bodySha256 }, runner);
export const insertListVersion = (manager: EntityManager, params: sql.IInsertListVersionParams) =>
  runSql(sql.insertListVersion, params, manager);

/** A CSV field for COPY: quoted, quotes doubled. */
const quoted = (value: string): string => `"${value.includes('"') ? value.replaceAll('"', '""') : value}"`;
/** As quoted, and null as an unquoted empty field. */
const nullable = (value: string | null): string => (value === null ? '' : quoted(value));

/** The columns of a list row, as the entries and the staged rows both hold them. */
const ROW_COLUMNS =
  'aeo_id, normalised_id, name, address, status_type, partner_status_type, status, valid_from, valid_until, suspended_on, revoked_on';
/** A row's ROW_COLUMNS as a CSV line (one template per row: a list's 100,000 rows are formatted in the import's time). */
const rowFields = (row: PartnerListRow): string =>
  `${quoted(row.aeoId)},${quoted(row.normalisedId)},${quoted(row.name)},${quoted(JSON.stringify(row.address))},${row.statusType},${quoted(row.partnerStatusType)},${row.status},${row.validFrom},${nullable(row.validUntil)},${nullable(row.suspendedOn)},${nullable(row.revokedOn)}\n`;

/**
 * Where a version's rows are copied: a first list (no entries yet) straight into the entries with
 * a change `new` per row, a later one into the staged rows for the difference (emptied again
 * before the commit). Each line starts with the prefix (arrangement and version).
 */
const COPY_TARGETS = {
  entries: {
    columns: `arrangement_id, last_changed_version, ${ROW_COLUMNS}`,
    table: 'partner_list_entries',
    line: (prefix: string, row: PartnerListRow) => prefix + rowFields(row),
  },
  staged: {
    columns: `arrangement_id, version, line, ${ROW_COLUMNS}`,
    table: 'mra_partner_list_staged_rows',
    line: (prefix: string, row: PartnerListRow) => `${prefix}${row.line},${rowFields(row)}`,
  },
  /** A first list's changes: every row new. */
  newChanges: {
    columns: 'arrangement_id, version, aeo_id, change',
    table: 'mra_partner_list_changes',
    line: (prefix: string, row: PartnerListRow) => `${prefix}${quoted(row.aeoId)},new\n`,
  },
} as const;
type CopyTarget = (typeof COPY_TARGETS)[keyof typeof COPY_TARGETS];

function* copyLines(target: CopyTarget, arrangementId: string, version: number, rows: PartnerListRow[]) {
  const prefix = `${arrangementId},${version},`;
  let chunk = '';
  for (let i = 0; i < rows.length; i++) {
    chunk += target.line(prefix, rows[i]);
    if (i % 5000 === 4999) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** A version's rows, bulk-loaded with COPY on the transaction's own connection. */
async function copyRows(
  manager: EntityManager,
  target: CopyTarget,
  arrangementId: string,
  version: number,
  rows: PartnerListRow[],
): Promise<void> {
  const client = (manager.queryRunner as unknown as { databaseConnection: PoolClient }).databaseConnection;
  const copy = client.query(copyFrom(`COPY ${target.table} (${target.columns}) FROM STDIN (FORMAT csv)`));
  await pipeline(Readable.from(copyLines(target, arrangementId, version, rows)), copy);
}

export type ChangeCounts = { new: number; changed: number; suspended: number; removed: number };

/** Whether the arrangement has no entries yet: its list's next version is a first list, every row new. */
export const isFirstList = async (manager: EntityManager, arrangementId: string): Promise<boolean> =>
  !(await runSqlOne(sql.hasEntries, { arrangementId }, manager))?.present;

/**
 * A first list's rows copied into the entries directly, with a change `new` per row (no
 * difference to compute). The copies stream while the caller awaits: the event loop must turn
 * for them to go on.
 */
export async function copyFirstList(
  manager: EntityManager,
  arrangementId: string,
  version: number,
  rows: PartnerListRow[],
): Promise<ChangeCounts> {
  await copyRows(manager, COPY_TARGETS.entries, arrangementId, version, rows);
  await copyRows(manager, COPY_TARGETS.newChanges, arrangementId, version, rows);
  return { new: rows.length, changed: 0, suspended: 0, removed: 0 };
}

/**
 * A later version's rows (the arrangement has entries) applied to the current state: staged, and
 * the difference computed, recorded, counted and applied as set-based SQL.
 */
export async function diffAndApply(
  manager: EntityManager,
  arrangementId: string,
  version: number,
  rows: PartnerListRow[],
): Promise<ChangeCounts> {
  const key = { arrangementId, version };
  const counts: ChangeCounts = { new: 0, changed: 0, suspended: 0, removed: 0 };
  await copyRows(manager, COPY_TARGETS.staged, arrangementId, version, rows);
  await runSql(sql.planDiffWithoutNestedLoops, undefined, manager);
  await runSql(sql.insertListChanges, key, manager);
  for (const { change, count } of await runSql(sql.countListChanges, key, manager))
    counts[change as keyof ChangeCounts] = count ?? 0;
  await runSql(sql.applyListRows, key, manager);
  await runSql(sql.applyListRemovals, key, manager);
  await runSql(sql.deleteStagedRows, key, manager);
  // Paging the changes for the events reads a few rows at a time through the indexes again.
  await runSql(sql.planWithNestedLoops, undefined, manager);
  return counts;
}

/** The signed file a version was imported from (null for versions imported before it was kept). */
export const findListVersionFile = (runner: SqlRunner, arrangementId: string, version: number) =>
  runSqlOne(sql.findListVersionFile, { arrangementId, version }, runner);

/**
 * Statistics for the next import's plans, refreshed after the commit: ANALYZE inside the import's
 * transaction would hold its lock until the commit and serialise the imports of all arrangements.
 */
export const analyseListTables = (runner: SqlRunner) => runSql(sql.analyseListTables, undefined, runner);

export const setListVersionCounts = (manager: EntityManager, params: sql.ISetListVersionCountsParams) =>
  runSql(sql.setListVersionCounts, params, manager);

export const pageListChanges = (
  runner: SqlRunner,
  arrangementId: string,
  version: number,
  after: string,
  limit: number,
) => runSql(sql.pageListChanges, { arrangementId, version, after, limit: String(limit) }, runner);

export const pageEntries = (
  runner: SqlRunner,
  arrangementId: string,
  status: string | null,
  after: string,
  limit: number,
) => runSql(sql.pageEntries, { arrangementId, status, after, limit: String(limit) }, runner);
