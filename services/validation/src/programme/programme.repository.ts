import { runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import type { ProgrammePublished } from '@aeo/contracts';
import { findProgrammeVersion as findVersion, insertProgrammeVersion as insertVersion } from './programme.queries';

/** A programme version as published by the applications service. */
export interface ProgrammeCopy {
  version: number;
  document: (typeof ProgrammePublished)['schema']['_output']['document'];
}

/** Keeps a copy of a published programme version; a version already kept stays as it is. */
export async function insertProgrammeVersion(runner: SqlRunner, copy: ProgrammeCopy): Promise<void> {
  await runSql(insertVersion, { version: copy.version, document: JSON.stringify(copy.document) }, runner);
}

/** The given version, or the newest kept when none is given; undefined when not received (yet). */
export async function findProgrammeVersion(
  runner: SqlRunner,
  version: number | null,
): Promise<ProgrammeCopy | undefined> {
  const row = await runSqlOne(findVersion, { version }, runner);
  // The document was checked against the contract's schema when its event was consumed.
  return row ? { version: row.version, document: row.document as ProgrammeCopy['document'] } : undefined;
}
