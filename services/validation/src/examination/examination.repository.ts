import { z } from 'zod';
import { safeText } from '@aeo/contracts';
import { camelRow, runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import { FINDINGS } from './examination.schemas';
import {
  answerCorrectiveAction as answerAction,
  completeSiteVisit as completeVisit,
  findChecklistItem as findItem,
  insertChecklistItems as insertItems,
  insertCorrectiveAction as insertAction,
  insertSiteVisit as insertVisit,
  listChecklist as listItems,
  listCompletedSiteVisits as listCompletedVisits,
  listCorrectiveActions as listActions,
  listSiteVisits as listVisits,
  listUnansweredCorrectiveActions as listUnanswered,
  lockCorrectiveAction as lockAction,
  lockSiteVisit as lockVisit,
  recordFinding as recordOne,
} from './examination.queries';

// The finding column is narrowed (its CHECK constraint allows exactly these); evidence is a jsonb array of references.
const finding = z.enum(FINDINGS).nullable();
const evidence = z.array(safeText);

export type Finding = (typeof FINDINGS)[number];
export interface Bilingual {
  en: string;
  mn: string;
}

export interface ChecklistItem {
  questionId: string;
  sectionId: string;
  text: Bilingual;
  finding: Finding | null;
  notes: string | null;
  evidence: string[];
  recordedBy: string | null;
  recordedAt: Date | null;
}

/** Builds a case's checklist, one item per criterion question, in the order given. */
export async function insertChecklist(
  runner: SqlRunner,
  caseId: string,
  items: readonly { questionId: string; sectionId: string; text: Bilingual }[],
): Promise<void> {
  await runSql(
    insertItems,
    {
      caseId,
      questionIds: items.map((i) => i.questionId),
      sectionIds: items.map((i) => i.sectionId),
      textsEn: items.map((i) => i.text.en),
      textsMn: items.map((i) => i.text.mn),
    },
    runner,
  );
}

/** The case's checklist in its order, with the findings recorded so far. */
export async function listChecklist(runner: SqlRunner, caseId: string): Promise<ChecklistItem[]> {
  return (await runSql(listItems, { caseId }, runner)).map(({ text_en: en, text_mn: mn, ...row }) => ({
    ...camelRow(row),
    text: { en, mn },
    finding: finding.parse(row.finding),
    evidence: evidence.parse(row.evidence),
  }));
}

/** The criterion's text of a question on the case's checklist; null when it is not on it. */
export async function findChecklistCriterion(
  runner: SqlRunner,
  caseId: string,
  questionId: string,
): Promise<Bilingual | null> {
  const row = await runSqlOne(findItem, { caseId, questionId }, runner);
  return row ? { en: row.text_en, mn: row.text_mn } : null;
}

export async function recordFinding(
  runner: SqlRunner,
  recorded: {
    caseId: string;
    questionId: string;
    finding: Finding;
    notes: string;
    evidence: string[];
    recordedBy: string;
  },
): Promise<void> {
  await runSql(recordOne, { ...recorded, evidence: JSON.stringify(recorded.evidence) }, runner);
}

export interface SiteVisit {
  visitId: string;
  scheduledFor: Date;
  /** Null: the operator's registered premises. */
  place: string | null;
  validator: string;
  completedAt: Date | null;
  notes: string | null;
}

export async function insertSiteVisit(
  runner: SqlRunner,
  visit: {
    id: string;
    caseId: string;
    scheduledFor: Date;
    validator: string;
    scheduledBy: string;
    place: string | null;
  },
): Promise<void> {
  await runSql(insertVisit, visit, runner);
}

/** A visit of the case, locked until the transaction ends; `upcoming` by the database's clock (the one that stamps `completedAt`). */
export async function lockSiteVisit(
  runner: SqlRunner,
  caseId: string,
  visitId: string,
): Promise<{ scheduledFor: Date; place: string | null; completedAt: Date | null; upcoming: boolean } | null> {
  return (await runSqlOne(lockVisit, { id: visitId, caseId }, runner, camelRow)) ?? null;
}

/** Records the visit as held now (the database's clock). */
export async function completeSiteVisit(runner: SqlRunner, visitId: string, notes: string): Promise<void> {
  await runSql(completeVisit, { id: visitId, notes }, runner);
}

/** The case's visits by announced date. */
export async function listSiteVisits(runner: SqlRunner, caseId: string): Promise<SiteVisit[]> {
  return (await runSql(listVisits, { caseId }, runner)).map(({ id, ...row }) => ({ visitId: id, ...camelRow(row) }));
}

/** The case's completed visits by announced date. */
export async function listCompletedSiteVisits(
  runner: SqlRunner,
  caseId: string,
): Promise<{ visitId: string; scheduledFor: Date; place: string | null; completedAt: Date }[]> {
  return (await runSql(listCompletedVisits, { caseId }, runner)).map(({ id, ...row }) => ({
    visitId: id,
    ...camelRow(row),
  }));
}

export interface CorrectiveAction {
  actionId: string;
  questionId: string;
  description: string;
  dueBy: Date;
  requestedBy: string;
  response: string | null;
  respondedAt: Date | null;
}

export async function insertCorrectiveAction(
  runner: SqlRunner,
  action: { id: string; caseId: string; questionId: string; description: string; dueBy: Date; requestedBy: string },
): Promise<void> {
  await runSql(insertAction, action, runner);
}

/** A corrective action of the case, locked until the transaction ends, with the text of its criterion (null when no longer on the checklist). */
export async function lockCorrectiveAction(
  runner: SqlRunner,
  caseId: string,
  actionId: string,
): Promise<{
  questionId: string;
  dueBy: Date;
  requestedBy: string;
  respondedAt: Date | null;
  criterion: Bilingual | null;
} | null> {
  const row = await runSqlOne(lockAction, { id: actionId, caseId }, runner);
  if (!row) return null;
  const { text_en: en, text_mn: mn, ...action } = row;
  return { ...camelRow(action), criterion: en !== null && mn !== null ? { en, mn } : null };
}

export async function answerCorrectiveAction(
  runner: SqlRunner,
  actionId: string,
  answer: { response: string; respondedBy: string; respondedAt: Date },
): Promise<void> {
  await runSql(answerAction, { id: actionId, ...answer }, runner);
}

/** The case's corrective actions in the order they were requested. */
export async function listCorrectiveActions(runner: SqlRunner, caseId: string): Promise<CorrectiveAction[]> {
  return (await runSql(listActions, { caseId }, runner)).map(({ id, ...row }) => ({ actionId: id, ...camelRow(row) }));
}

/** The ids of the case's corrective actions not answered yet. */
export async function listUnansweredCorrectiveActionIds(runner: SqlRunner, caseId: string): Promise<string[]> {
  return (await runSql(listUnanswered, { caseId }, runner)).map((row) => row.id);
}
