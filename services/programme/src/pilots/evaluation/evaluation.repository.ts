import { z } from 'zod';
import { runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import { PILOT_LESSON_CATEGORIES, PILOT_QUESTION_KINDS, PILOT_QUESTIONNAIRE_AUDIENCES } from '@aeo/contracts';
import {
  closeQuestionnaire,
  countResponses,
  findMilestonesOfPilot,
  findPilotForEvaluation,
  findQuestionnaire,
  findQuestionsOfPilot,
  findResponse,
  insertAnswer,
  insertLesson,
  insertQuestion,
  insertQuestionnaire,
  insertResponse,
  type IListLessonsResult,
  type IListQuestionnairesResult,
  listAcceptedCompanies,
  listAnswers,
  listAnswersOfResponse,
  listLessons,
  listQuestionnaires,
  listQuestions,
  lockQuestionnaire,
  openQuestionnaire,
} from './evaluation.queries';
import {
  type Answer,
  type NewLesson,
  type NewQuestionnaire,
  type QuestionRef,
  questionRefSchema,
} from './evaluation.schemas';

export type Audience = (typeof PILOT_QUESTIONNAIRE_AUDIENCES)[number];
export type QuestionKind = (typeof PILOT_QUESTION_KINDS)[number];
export type LessonCategory = (typeof PILOT_LESSON_CATEGORIES)[number];
export interface Bilingual {
  mn: string;
  en: string;
}

export interface Question {
  questionId: string;
  position: number;
  kind: QuestionKind;
  text: Bilingual;
  required: boolean;
}

/** As stored: `open` stays `open` after its closing time (the service reads it as closed from then). */
export interface QuestionnaireRow {
  id: string;
  pilotId: string;
  audience: Audience;
  title: Bilingual;
  status: 'draft' | 'open' | 'closed';
  closesAt: Date | null;
  openedBy: string | null;
  openedAt: Date | null;
  closedBy: string | null;
  closedAt: Date | null;
  closeReason: string | null;
  createdBy: string;
  createdAt: Date;
  version: number;
}

export interface StoredAnswer {
  questionnaireId: string;
  questionId: string;
  scale: number | null;
  yesNo: boolean | null;
  freeText: string | null;
}

export interface Lesson {
  lessonId: string;
  pilotId: string;
  category: LessonCategory;
  lesson: string;
  recommendation: string;
  questionRefs: QuestionRef[];
  milestoneIds: string[];
  recordedBy: string;
  recordedAt: Date;
}

const toQuestionnaire = (row: IListQuestionnairesResult): QuestionnaireRow => ({
  id: row.id,
  pilotId: row.pilot_id,
  audience: z.enum(PILOT_QUESTIONNAIRE_AUDIENCES).parse(row.audience),
  title: { mn: row.title_mn, en: row.title_en },
  status: z.enum(['draft', 'open', 'closed']).parse(row.status),
  closesAt: row.closes_at,
  openedBy: row.opened_by,
  openedAt: row.opened_at,
  closedBy: row.closed_by,
  closedAt: row.closed_at,
  closeReason: row.close_reason,
  createdBy: row.created_by,
  createdAt: row.created_at,
  version: row.version,
});

const questionRefs = z.array(questionRefSchema);

const toLesson = (row: IListLessonsResult): Lesson => ({
  lessonId: row.id,
  pilotId: row.pilot_id,
  category: z.enum(PILOT_LESSON_CATEGORIES).parse(row.category),
  lesson: row.lesson,
  recommendation: row.recommendation,
  questionRefs: questionRefs.parse(row.question_refs),
  milestoneIds: row.milestone_ids,
  recordedBy: row.recorded_by,
  recordedAt: row.recorded_at,
});

export function findPilot(runner: SqlRunner, pilotId: string) {
  return runSqlOne(findPilotForEvaluation, { pilotId }, runner);
}

/** The questionnaire with its questions numbered Q1, Q2… in the order given. */
export async function insertQuestionnaireWithQuestions(
  runner: SqlRunner,
  questionnaire: NewQuestionnaire & { id: string; pilotId: string; createdBy: string },
): Promise<QuestionnaireRow> {
  const row = await runSqlOne(
    insertQuestionnaire,
    {
      id: questionnaire.id,
      pilotId: questionnaire.pilotId,
      audience: questionnaire.audience,
      titleMn: questionnaire.title.mn,
      titleEn: questionnaire.title.en,
      createdBy: questionnaire.createdBy,
    },
    runner,
    toQuestionnaire,
  );
  for (const [i, question] of questionnaire.questions.entries())
    await runSql(
      insertQuestion,
      {
        questionnaireId: questionnaire.id,
        questionId: `Q${i + 1}`,
        position: i + 1,
        kind: question.kind,
        textMn: question.text.mn,
        textEn: question.text.en,
        required: question.required,
      },
      runner,
    );
  return row!;
}

export async function questionnairesOf(runner: SqlRunner, pilotId: string): Promise<QuestionnaireRow[]> {
  return (await runSql(listQuestionnaires, { pilotId }, runner)).map(toQuestionnaire);
}

/** With `lock`, the row is locked until the transaction ends (steps on one questionnaire run one after the other). */
export function questionnaireOf(runner: SqlRunner, pilotId: string, questionnaireId: string, lock = false) {
  return runSqlOne(lock ? lockQuestionnaire : findQuestionnaire, { pilotId, questionnaireId }, runner, toQuestionnaire);
}

/** The questions of each questionnaire, by questionnaire id, in their order. */
export async function questionsOf(runner: SqlRunner, questionnaireIds: string[]): Promise<Map<string, Question[]>> {
  const byQuestionnaire = new Map<string, Question[]>(questionnaireIds.map((id) => [id, []]));
  for (const row of await runSql(listQuestions, { questionnaireIds }, runner))
    byQuestionnaire.get(row.questionnaire_id)?.push({
      questionId: row.question_id,
      position: row.position,
      kind: z.enum(PILOT_QUESTION_KINDS).parse(row.kind),
      text: { mn: row.text_mn, en: row.text_en },
      required: row.required,
    });
  return byQuestionnaire;
}

export function markOpened(runner: SqlRunner, questionnaireId: string, by: string, closesAt: Date) {
  return runSqlOne(openQuestionnaire, { questionnaireId, by, closesAt }, runner, toQuestionnaire);
}

export function markClosed(runner: SqlRunner, questionnaireId: string, by: string, reason: string | null) {
  return runSqlOne(closeQuestionnaire, { questionnaireId, by, reason }, runner, toQuestionnaire);
}

export async function responseCounts(runner: SqlRunner, questionnaireIds: string[]): Promise<Map<string, number>> {
  const rows = await runSql(countResponses, { questionnaireIds }, runner);
  return new Map(rows.map((row) => [row.questionnaire_id, row.responses ?? 0]));
}

export interface StoredResponse {
  responseId: string;
  respondent: string;
  answeredBy: string;
  answeredAt: Date;
  answers: Answer[];
}

const toAnswer = (row: {
  question_id: string;
  scale: number | null;
  yes_no: boolean | null;
  free_text: string | null;
}) =>
  ({
    questionId: row.question_id,
    ...(row.scale !== null ? { scale: row.scale } : {}),
    ...(row.yes_no !== null ? { yesNo: row.yes_no } : {}),
    ...(row.free_text !== null ? { text: row.free_text } : {}),
  }) as Answer;

/**
 * Records a respondent's response with its answers; undefined when the respondent has answered
 * the questionnaire already (one response each).
 */
export async function insertResponseWithAnswers(
  runner: SqlRunner,
  response: { id: string; questionnaireId: string; respondent: string; answeredBy: string; answers: Answer[] },
): Promise<StoredResponse | undefined> {
  const row = await runSqlOne(insertResponse, response, runner);
  if (!row) return undefined;
  for (const answer of response.answers)
    await runSql(
      insertAnswer,
      {
        responseId: row.id,
        questionnaireId: response.questionnaireId,
        questionId: answer.questionId,
        scale: answer.scale ?? null,
        yesNo: answer.yesNo ?? null,
        freeText: answer.text ?? null,
      },
      runner,
    );
  return {
    responseId: row.id,
    respondent: row.respondent,
    answeredBy: row.answered_by,
    answeredAt: row.answered_at,
    answers: response.answers,
  };
}

/** A respondent's response to a questionnaire, with its answers. */
export async function responseOf(
  runner: SqlRunner,
  questionnaireId: string,
  respondent: string,
): Promise<StoredResponse | undefined> {
  const row = await runSqlOne(findResponse, { questionnaireId, respondent }, runner);
  if (!row) return undefined;
  const answers = await runSql(listAnswersOfResponse, { responseId: row.id }, runner);
  return {
    responseId: row.id,
    respondent: row.respondent,
    answeredBy: row.answered_by,
    answeredAt: row.answered_at,
    answers: answers.map(toAnswer),
  };
}

/** Every answer to the questionnaires, oldest response first. */
export async function answersTo(runner: SqlRunner, questionnaireIds: string[]): Promise<StoredAnswer[]> {
  return (await runSql(listAnswers, { questionnaireIds }, runner)).map((row) => ({
    questionnaireId: row.questionnaire_id,
    questionId: row.question_id,
    scale: row.scale,
    yesNo: row.yes_no,
    freeText: row.free_text,
  }));
}

/** The question refs and milestone ids of the list that are not this pilot's. */
export async function unknownReferences(
  runner: SqlRunner,
  pilotId: string,
  refs: { questionRefs: QuestionRef[]; milestoneIds: string[] },
): Promise<{ questionRefs: number[]; milestoneIds: number[] }> {
  const questions = new Set(
    (await runSql(findQuestionsOfPilot, { pilotId }, runner)).map(
      (row) => `${row.questionnaire_id}/${row.question_id}`,
    ),
  );
  const milestones = new Set(
    refs.milestoneIds.length === 0
      ? []
      : (await runSql(findMilestonesOfPilot, { pilotId, milestoneIds: refs.milestoneIds }, runner)).map(
          (row) => row.id,
        ),
  );
  const missing = <T>(list: T[], known: (item: T) => boolean) => list.flatMap((item, i) => (known(item) ? [] : [i]));
  return {
    questionRefs: missing(refs.questionRefs, (ref) => questions.has(`${ref.questionnaireId}/${ref.questionId}`)),
    milestoneIds: missing(refs.milestoneIds, (id) => milestones.has(id)),
  };
}

export function insertLessonRow(
  runner: SqlRunner,
  lesson: NewLesson & { id: string; pilotId: string; recordedBy: string },
) {
  return runSqlOne(
    insertLesson,
    {
      id: lesson.id,
      pilotId: lesson.pilotId,
      category: lesson.category,
      lesson: lesson.lesson,
      recommendation: lesson.recommendation,
      questionRefs: JSON.stringify(lesson.questionRefs),
      milestoneIds: lesson.milestoneIds,
      recordedBy: lesson.recordedBy,
    },
    runner,
    toLesson,
  );
}

export async function lessonsOf(runner: SqlRunner, pilotId: string): Promise<Lesson[]> {
  return (await runSql(listLessons, { pilotId }, runner)).map(toLesson);
}

/** A pilot company: an accepted participant of the pilot's selection. */
export interface PilotCompany {
  taxpayerId: string;
  operatorId: string | null;
  region: string;
}

/** The pilot's accepted companies (the selection's participants), by taxpayer id. */
export async function pilotCompaniesOf(runner: SqlRunner, pilotId: string): Promise<PilotCompany[]> {
  return (await runSql(listAcceptedCompanies, { pilotId }, runner)).map((row) => ({
    taxpayerId: row.taxpayer_id,
    operatorId: row.operator_id,
    region: row.region,
  }));
}
