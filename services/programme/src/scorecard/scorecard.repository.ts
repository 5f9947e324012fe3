import type { ScorecardEvidence, ScorecardStatus } from '@aeo/contracts';
import { runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import * as sql from './scorecard.queries';

/** One assessment of a standard (a row of its history). */
export interface Assessment {
  id: string;
  principleId: string;
  standardId: string;
  status: ScorecardStatus;
  note: string;
  evidence: ScorecardEvidence;
  assessedBy: string;
  assessedAt: Date;
}

type AssessmentRow = sql.IStandardHistoryResult;

// The status and evidence were checked by the API's schema before they were written.
const assessmentOf = (row: AssessmentRow): Assessment => ({
  id: row.id,
  principleId: row.principle_id,
  standardId: row.standard_id,
  status: row.status as ScorecardStatus,
  note: row.note,
  evidence: row.evidence as unknown as ScorecardEvidence,
  assessedBy: row.assessed_by,
  assessedAt: row.assessed_at,
});

/** Serialises the assessments of one standard (the previous status an event states is then the real one). */
export const lockStandard = async (runner: SqlRunner, standardId: string): Promise<void> => {
  await runSql(sql.lockStandard, { standardId }, runner);
};

export async function insertAssessment(runner: SqlRunner, assessment: Omit<Assessment, 'assessedAt'>) {
  const row = await runSqlOne(
    sql.insertAssessment,
    { ...assessment, evidence: JSON.stringify(assessment.evidence) },
    runner,
  );
  return assessmentOf(row!);
}

/** The latest assessment of every standard assessed so far, by standard id. */
export async function latestAssessments(runner: SqlRunner): Promise<Map<string, Assessment>> {
  const rows = await runSql(sql.latestAssessments, undefined, runner);
  return new Map(rows.map((row) => [row.standard_id, assessmentOf(row)]));
}

/** A standard's assessments, newest first. */
export async function standardHistory(runner: SqlRunner, standardId: string): Promise<Assessment[]> {
  return (await runSql(sql.standardHistory, { standardId }, runner)).map(assessmentOf);
}

/** A programme version as its publication event announced it. */
export interface ProgrammePublication {
  eventId: string;
  version: number;
  publishedBy: string;
  publishedAt: Date;
  statusTypes: string[];
  sections: number;
  criteria: number;
}

export const insertProgrammePublication = async (runner: SqlRunner, publication: ProgrammePublication) => {
  await runSql(sql.insertProgrammePublication, publication, runner);
};

/** The newest published versions (each with its first publication), newest first. */
export async function publishedVersions(runner: SqlRunner, limit: number): Promise<ProgrammePublication[]> {
  const rows = await runSql(sql.publishedVersions, { limit: String(limit) }, runner);
  return rows.map((row) => ({
    eventId: row.event_id,
    version: row.version,
    publishedBy: row.published_by,
    publishedAt: row.published_at,
    statusTypes: row.status_types,
    sections: row.sections,
    criteria: row.criteria,
  }));
}

export const insertMraPhaseChange = async (runner: SqlRunner, change: sql.IInsertMraPhaseChangeParams) => {
  await runSql(sql.insertMraPhaseChange, change, runner);
};

/** A mutual recognition arrangement at its latest phase change (by the time the change states). */
export interface ArrangementPhase {
  arrangementId: string;
  partnerCountry: string;
  partnerAdministration: string;
  title: string;
  phase: string;
  since: Date;
  eventId: string;
}

export async function arrangementPhases(runner: SqlRunner): Promise<ArrangementPhase[]> {
  const rows = await runSql(sql.arrangementPhases, undefined, runner);
  return rows.map((row) => ({
    arrangementId: row.arrangement_id,
    partnerCountry: row.partner_country,
    partnerAdministration: row.partner_administration,
    title: row.title,
    phase: row.phase,
    since: row.since,
    eventId: row.event_id,
  }));
}

/** An AEO benefit the risk engine applied, as the benefit family's per-declaration facts show it. */
export interface GrantedBenefit {
  /** The risk engine's name of the benefit (`aeo-reduced-physical-inspection`). */
  benefit: string;
  /** Declarations lodged since the date asked for that it was applied to. */
  declarations: number;
  lastAppliedAt: Date | null;
}

/** The AEO benefits applied to declarations lodged since `since` (read from the benefit family's facts, this service's own table). */
export async function grantedBenefits(runner: SqlRunner, since: Date): Promise<GrantedBenefit[]> {
  const rows = await runSql(sql.grantedBenefits, { since }, runner);
  // Grouped by a value of the unnested array: never null.
  return rows.map((row) => ({
    benefit: row.benefit!,
    declarations: row.declarations ?? 0,
    lastAppliedAt: row.last_applied_at,
  }));
}
