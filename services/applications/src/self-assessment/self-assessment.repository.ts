import { camelRow, runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import type { DocumentMetadata } from './self-assessment.response';
import {
  deleteDocument,
  findDocumentContent,
  insertDocument,
  listAnswers,
  listAnsweredQuestions,
  listDocuments,
  listEvidencedQuestions,
  saveAnswers,
} from './self-assessment.queries';

export interface Answer {
  questionId: string;
  value: string;
  comment: string | null;
  answeredBy: string;
  answeredAt: string;
}

/** Saves the answers (a repeated question gets its new value, comment and author). */
export async function saveApplicationAnswers(
  runner: SqlRunner,
  applicationId: string,
  answers: { questionId: string; value: string; comment?: string }[],
  answeredBy: string,
): Promise<void> {
  await runSql(
    saveAnswers,
    {
      applicationId,
      answeredBy,
      questionIds: answers.map((a) => a.questionId),
      values: answers.map((a) => a.value),
      // A text[] may hold NULL elements (no comment); pgtyped types array elements as non-null.
      comments: answers.map((a) => a.comment ?? null) as string[],
    },
    runner,
  );
}

/** By question id. */
export async function listApplicationAnswers(runner: SqlRunner, applicationId: string): Promise<Answer[]> {
  const rows = await runSql(listAnswers, { applicationId }, runner);
  return rows.map((row) => ({ ...camelRow(row), answeredAt: row.answered_at.toISOString() }));
}

/** The questions answered, and those with at least one evidence document. */
export async function answeredAndEvidencedQuestions(
  runner: SqlRunner,
  applicationId: string,
): Promise<{ answered: Set<string>; evidenced: Set<string> }> {
  const answered = await runSql(listAnsweredQuestions, { applicationId }, runner);
  const evidenced = await runSql(listEvidencedQuestions, { applicationId }, runner);
  return {
    answered: new Set(answered.map((r) => r.question_id)),
    evidenced: new Set(evidenced.map((r) => r.question_id)),
  };
}

export async function insertApplicationDocument(
  runner: SqlRunner,
  document: Omit<DocumentMetadata, 'uploadedAt'> & { applicationId: string; content: Buffer },
): Promise<void> {
  await runSql(insertDocument, document, runner);
}

/** Oldest first. */
export async function listApplicationDocuments(runner: SqlRunner, applicationId: string): Promise<DocumentMetadata[]> {
  const rows = await runSql(listDocuments, { applicationId }, runner);
  return rows.map((row) => ({ ...camelRow(row), uploadedAt: row.uploaded_at.toISOString() }));
}

export async function findApplicationDocumentContent(
  runner: SqlRunner,
  applicationId: string,
  id: string,
): Promise<{ fileName: string; contentType: string; sha256: string; content: Buffer } | undefined> {
  return runSqlOne(findDocumentContent, { applicationId, id }, runner, camelRow);
}

/** Removes a document of the application; what it was, or undefined when there was none. */
export async function deleteApplicationDocument(
  runner: SqlRunner,
  applicationId: string,
  id: string,
): Promise<{ questionId: string; fileName: string; sha256: string } | undefined> {
  return runSqlOne(deleteDocument, { applicationId, id }, runner, camelRow);
}
