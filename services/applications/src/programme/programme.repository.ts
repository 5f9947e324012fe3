import { camelRow, runSql, runSqlChanged, runSqlOne, type SqlRunner } from '@aeo/persistence';
import { type ProgrammeDocument, programmeDocumentSchema } from './programme.schemas';
import {
  findCurrentProgrammeVersion,
  findProgrammeVersion,
  insertInitialProgramme,
  insertProgrammeVersion,
  lockProgrammeVersions,
  nextProgrammeVersion,
} from './programme.queries';

export interface ProgrammeVersion {
  version: number;
  document: ProgrammeDocument;
  note: string | null;
  publishedBy: string;
  publishedAt: string;
}

/** Stores version 1 unless there is one; true when this call stored it. */
export async function insertInitialProgrammeVersion(runner: SqlRunner, document: ProgrammeDocument): Promise<boolean> {
  return runSqlChanged(insertInitialProgramme, { document: JSON.stringify(document) }, runner);
}

/** The newest version number (null before the first start stored version 1). */
export async function findCurrentProgrammeVersionNumber(runner: SqlRunner): Promise<number | null> {
  return (await runSqlOne(findCurrentProgrammeVersion, undefined, runner))?.version ?? null;
}

export async function findProgrammeVersionByNumber(
  runner: SqlRunner,
  version: number,
): Promise<ProgrammeVersion | undefined> {
  return runSqlOne(findProgrammeVersion, { version }, runner, (row) => ({
    ...camelRow(row),
    document: programmeDocumentSchema.parse(row.document),
    publishedAt: row.published_at.toISOString(),
  }));
}

/**
 * Stores the next version in the runner's transaction and answers its number; versions are
 * numbered one after the other, so the table is locked against concurrent publications.
 */
export async function insertNextProgrammeVersion(
  runner: SqlRunner,
  version: { document: ProgrammeDocument; note: string | null; publishedBy: string },
): Promise<number> {
  await runSql(lockProgrammeVersions, undefined, runner);
  const [{ next }] = await runSql(nextProgrammeVersion, undefined, runner);
  await runSql(
    insertProgrammeVersion,
    { version: next, document: JSON.stringify(version.document), note: version.note, publishedBy: version.publishedBy },
    runner,
  );
  return next;
}
