import { audienceSummary, questionResults, responseIssues } from './evaluation-results';
import type { Question, StoredAnswer } from './evaluation.repository';

const text = (en: string) => ({ mn: `${en} (mn)`, en });
const QUESTIONS: Question[] = [
  { questionId: 'Q1', position: 1, kind: 'scale', text: text('How clear was the process?'), required: true },
  { questionId: 'Q2', position: 2, kind: 'yes-no', text: text('Would you take part again?'), required: true },
  { questionId: 'Q3', position: 3, kind: 'text', text: text('What should change?'), required: false },
];
const answer = (questionId: string, value: Partial<Pick<StoredAnswer, 'scale' | 'yesNo' | 'freeText'>>) => ({
  questionnaireId: 'q',
  questionId,
  scale: null,
  yesNo: null,
  freeText: null,
  ...value,
});

describe('pilot questionnaire results', () => {
  const answers: StoredAnswer[] = [
    answer('Q1', { scale: 5 }),
    answer('Q1', { scale: 4 }),
    answer('Q1', { scale: 4 }),
    answer('Q2', { yesNo: true }),
    answer('Q2', { yesNo: true }),
    answer('Q2', { yesNo: false }),
    answer('Q3', { freeText: 'Shorter forms' }),
  ];

  it('counts, averages and distributes the marks, counts yes and no, and lists the free texts', () => {
    expect(questionResults(QUESTIONS, answers)).toEqual([
      {
        questionId: 'Q1',
        kind: 'scale',
        text: QUESTIONS[0]!.text,
        answered: 3,
        scale: { mean: 4.333, distribution: { '1': 0, '2': 0, '3': 0, '4': 2, '5': 1 } },
      },
      {
        questionId: 'Q2',
        kind: 'yes-no',
        text: QUESTIONS[1]!.text,
        answered: 3,
        yesNo: { yes: 2, no: 1, yesShare: 0.667 },
      },
      { questionId: 'Q3', kind: 'text', text: QUESTIONS[2]!.text, answered: 1, texts: ['Shorter forms'] },
    ]);
  });

  it('has no mean or share without answers', () => {
    const [scale, yesNo, free] = questionResults(QUESTIONS, []);
    expect(scale!.scale).toEqual({ mean: null, distribution: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 } });
    expect(yesNo!.yesNo).toEqual({ yes: 0, no: 0, yesShare: null });
    expect(free!.texts).toEqual([]);
  });

  it('sums an audience over its questionnaires', () => {
    const first = { responses: 3, questions: questionResults(QUESTIONS, answers) };
    const second = { responses: 1, questions: questionResults(QUESTIONS, [answer('Q1', { scale: 1 })]) };
    expect(audienceSummary('external', [first, second])).toEqual({
      audience: 'external',
      questionnaires: 2,
      responses: 4,
      scaleMean: 3.5,
      yesShare: 0.667,
      freeTexts: 1,
    });
    expect(audienceSummary('internal', [])).toMatchObject({ responses: 0, scaleMean: null, yesShare: null });
  });

  it('names each answer that does not fit its question, and each required question left out', () => {
    expect(
      responseIssues(QUESTIONS, [
        { questionId: 'Q1', yesNo: true },
        { questionId: 'Q9', scale: 3 },
      ]),
    ).toEqual([
      'answers.0.scale: Q1 is a scale question: answer it with scale',
      'answers.1.questionId: Q9 is not a question of this questionnaire',
      'answers: Q2 is required',
    ]);
    expect(
      responseIssues(QUESTIONS, [
        { questionId: 'Q1', scale: 2 },
        { questionId: 'Q2', yesNo: false },
      ]),
    ).toEqual([]);
  });
});
