import type { Audience, Question, QuestionKind, StoredAnswer } from './evaluation.repository';

/** One question's results: how many answered it, and what they answered as its kind allows. */
export interface QuestionResult {
  questionId: string;
  kind: QuestionKind;
  text: Question['text'];
  answered: number;
  /** Scale questions: the mean mark (null with no answer) and how many gave each mark 1–5. */
  scale?: { mean: number | null; distribution: Record<'1' | '2' | '3' | '4' | '5', number> };
  /** Yes/no questions: the counts and the share of yes (null with no answer). */
  yesNo?: { yes: number; no: number; yesShare: number | null };
  /** Free-text questions: every text, oldest response first. */
  texts?: string[];
}

/** Rounded to 3 decimals: enough to compare marks and shares, stable to read. */
const rounded = (value: number) => Math.round(value * 1000) / 1000;
const meanOf = (values: number[]) =>
  values.length === 0 ? null : rounded(values.reduce((sum, value) => sum + value, 0) / values.length);

/** The results of each question, from its answers (every answer of one questionnaire). */
export function questionResults(questions: Question[], answers: StoredAnswer[]): QuestionResult[] {
  return questions.map((question) => {
    const mine = answers.filter((answer) => answer.questionId === question.questionId);
    const base = { questionId: question.questionId, kind: question.kind, text: question.text, answered: mine.length };
    if (question.kind === 'scale') {
      const marks = mine.flatMap((answer) => (answer.scale === null ? [] : [answer.scale]));
      const count = (mark: number) => marks.filter((value) => value === mark).length;
      return {
        ...base,
        scale: {
          mean: meanOf(marks),
          distribution: { '1': count(1), '2': count(2), '3': count(3), '4': count(4), '5': count(5) },
        },
      };
    }
    if (question.kind === 'yes-no') {
      const yes = mine.filter((answer) => answer.yesNo === true).length;
      const no = mine.filter((answer) => answer.yesNo === false).length;
      return { ...base, yesNo: { yes, no, yesShare: yes + no === 0 ? null : rounded(yes / (yes + no)) } };
    }
    return { ...base, texts: mine.flatMap((answer) => (answer.freeText === null ? [] : [answer.freeText])) };
  });
}

/** One audience's results over its questionnaires of a pilot. */
export interface AudienceSummary {
  audience: Audience;
  questionnaires: number;
  responses: number;
  /** The mean of every scale answer of the audience (null with none). */
  scaleMean: number | null;
  /** The share of yes among every yes/no answer of the audience (null with none). */
  yesShare: number | null;
  freeTexts: number;
}

export function audienceSummary(
  audience: Audience,
  questionnaires: Array<{ responses: number; questions: QuestionResult[] }>,
): AudienceSummary {
  const questions = questionnaires.flatMap((questionnaire) => questionnaire.questions);
  const marks = questions.flatMap((question) =>
    question.scale
      ? Object.entries(question.scale.distribution).flatMap(([mark, n]) => Array<number>(n).fill(Number(mark)))
      : [],
  );
  const yes = questions.reduce((sum, question) => sum + (question.yesNo?.yes ?? 0), 0);
  const no = questions.reduce((sum, question) => sum + (question.yesNo?.no ?? 0), 0);
  return {
    audience,
    questionnaires: questionnaires.length,
    responses: questionnaires.reduce((sum, questionnaire) => sum + questionnaire.responses, 0),
    scaleMean: meanOf(marks),
    yesShare: yes + no === 0 ? null : rounded(yes / (yes + no)),
    freeTexts: questions.reduce((sum, question) => sum + (question.texts?.length ?? 0), 0),
  };
}

/**
 * What is wrong with a response to these questions, as `answers.<i>.<field>: message` issues: an
 * unknown question, a value of the wrong kind, a required question left out.
 */
export function responseIssues(
  questions: Question[],
  answers: Array<{ questionId: string; scale?: number; yesNo?: boolean; text?: string }>,
): string[] {
  const issues: string[] = [];
  const fieldOf: Record<QuestionKind, 'scale' | 'yesNo' | 'text'> = { scale: 'scale', 'yes-no': 'yesNo', text: 'text' };
  answers.forEach((answer, i) => {
    const question = questions.find((candidate) => candidate.questionId === answer.questionId);
    if (!question) {
      issues.push(`answers.${i}.questionId: ${answer.questionId} is not a question of this questionnaire`);
      return;
    }
    const field = fieldOf[question.kind];
    if (answer[field] === undefined)
      issues.push(
        `answers.${i}.${field}: ${question.questionId} is a ${question.kind} question: answer it with ${field}`,
      );
  });
  for (const question of questions)
    if (question.required && !answers.some((answer) => answer.questionId === question.questionId))
      issues.push(`answers: ${question.questionId} is required`);
  return issues;
}
