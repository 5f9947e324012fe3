import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import {
  PILOT_LESSON_CATEGORIES,
  PILOT_QUESTION_KINDS,
  PILOT_QUESTIONNAIRE_AUDIENCES,
  isoDateTime,
  textMatching,
  trimmedVisibleMultilineText,
  trimmedVisibleText,
  uuid,
} from '@aeo/contracts';

/** One-line text people read (titles, names): nothing hidden in it, unlike free text. */
const visible = (max: number) => trimmedVisibleText.min(1).max(max);
/** Free text on several lines (reasons, notes): line breaks kept, nothing hidden in it. */
const free = (max: number) => trimmedVisibleMultilineText.min(1).max(max);

/** Questions are numbered Q1, Q2… in the order given. */
export const questionIdSchema = textMatching(/^Q\d{1,3}$/, 'must be a question id such as Q1');

export const pilotParamsSchema = z.strictObject({ pilotId: uuid });
export class PilotParams extends createZodDto(pilotParamsSchema) {}

export const questionnaireParamsSchema = z.strictObject({ pilotId: uuid, questionnaireId: uuid });
export class QuestionnaireParams extends createZodDto(questionnaireParamsSchema) {}

export const bilingualSchema = z.strictObject({ mn: visible(300), en: visible(300) });

export const newQuestionSchema = z.strictObject({
  kind: z.enum(PILOT_QUESTION_KINDS),
  /** The question in Mongolian and English; each respondent reads it in their language. */
  text: bilingualSchema,
  /** A required question must be answered; an optional one may be left out. */
  required: z.boolean().default(true),
});

export const newQuestionnaireSchema = z.strictObject({
  audience: z.enum(PILOT_QUESTIONNAIRE_AUDIENCES),
  title: bilingualSchema,
  questions: z.array(newQuestionSchema).min(1).max(100),
});
export type NewQuestionnaire = z.output<typeof newQuestionnaireSchema>;
export class NewQuestionnaireDto extends createZodDto(newQuestionnaireSchema) {}

export const questionnaireOpeningSchema = z.strictObject({
  /** When answers stop being taken: in the future, at most 60 days after the pilot's end (`EVALUATION_GRACE_DAYS`). */
  closesAt: isoDateTime,
});
export type QuestionnaireOpening = z.output<typeof questionnaireOpeningSchema>;
export class QuestionnaireOpeningDto extends createZodDto(questionnaireOpeningSchema) {}

export const questionnaireClosingSchema = z.strictObject({ reason: free(2000).optional() });
export type QuestionnaireClosing = z.output<typeof questionnaireClosingSchema>;
export class QuestionnaireClosingDto extends createZodDto(questionnaireClosingSchema) {}

/** One answer: exactly one of `scale` (1–5), `yesNo` or `text`, as the question's kind asks. */
export const answerSchema = z
  .strictObject({
    questionId: questionIdSchema,
    scale: z.number().int().min(1).max(5).optional(),
    yesNo: z.boolean().optional(),
    text: free(4000).optional(),
  })
  .refine((answer) => [answer.scale, answer.yesNo, answer.text].filter((v) => v !== undefined).length === 1, {
    message: 'give exactly one of scale, yesNo or text',
  });
export type Answer = z.output<typeof answerSchema>;

export const newResponseSchema = z
  .strictObject({ answers: z.array(answerSchema).min(1).max(100) })
  .superRefine((response, ctx) => {
    response.answers.forEach((answer, i, answers) => {
      if (answers.findIndex((other) => other.questionId === answer.questionId) < i)
        ctx.addIssue({
          code: 'custom',
          path: ['answers', i, 'questionId'],
          message: `${answer.questionId} is answered twice`,
        });
    });
  });
export type NewResponse = z.output<typeof newResponseSchema>;
export class NewResponseDto extends createZodDto(newResponseSchema) {}

export const questionRefSchema = z.strictObject({ questionnaireId: uuid, questionId: questionIdSchema });
export type QuestionRef = z.output<typeof questionRefSchema>;

export const newLessonSchema = z.strictObject({
  category: z.enum(PILOT_LESSON_CATEGORIES),
  /** What was learnt. */
  lesson: free(5000),
  /** What full operation should do about it. */
  recommendation: free(5000),
  /** The questions of this pilot's questionnaires the lesson rests on. */
  questionRefs: z.array(questionRefSchema).max(50).default([]),
  /** The milestones of this pilot the lesson rests on. */
  milestoneIds: z.array(uuid).max(50).default([]),
});
export type NewLesson = z.output<typeof newLessonSchema>;
export class NewLessonDto extends createZodDto(newLessonSchema) {}
