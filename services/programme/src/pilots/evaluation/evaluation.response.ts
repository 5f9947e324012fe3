import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { PILOT_LESSON_CATEGORIES, PILOT_QUESTION_KINDS, PILOT_QUESTIONNAIRE_AUDIENCES } from '@aeo/contracts';
import type { AuthenticatedUser } from '@aeo/auth';
import { responseInstant } from '@aeo/service-kit';
import { companyViewOf, readsAsCompany } from '../company-view';
import type { QuestionnaireView } from './evaluation.service';

const bilingual = z.object({ mn: z.string(), en: z.string() });
const audience = z
  .enum(PILOT_QUESTIONNAIRE_AUDIENCES)
  .describe(
    'internal: customs staff, each as themselves; external: the pilot companies, each once through any of its users',
  );
const status = z
  .enum(['draft', 'open', 'closed'])
  .describe('closed once the policy unit closed it or its closing time passed');

const notShown = 'not shown to operator users (null for them)';

export const questionSchema = z.object({
  questionId: z.string().describe('Q1, Q2… in the questionnaire’s order'),
  position: z.number().int(),
  kind: z.enum(PILOT_QUESTION_KINDS).describe('scale: a mark 1–5; yes-no; text: a free text'),
  text: bilingual,
  required: z.boolean(),
});

export const questionnaireSchema = z.object({
  id: z.uuid(),
  pilotId: z.uuid(),
  audience,
  title: bilingual,
  status,
  closesAt: responseInstant.nullable().describe('When answers stop being taken (set when opened)'),
  openedBy: z.string().nullable().describe(`Who opened it; ${notShown}`),
  openedAt: responseInstant.nullable(),
  closedBy: z.string().nullable().describe(`Who closed it before its closing time; ${notShown}`),
  closedAt: responseInstant.nullable().describe('When the policy unit closed it before its closing time'),
  closeReason: z.string().nullable(),
  createdBy: z.string().nullable().describe(`The policy unit member who drafted it; ${notShown}`),
  createdAt: responseInstant,
  version: z.number().int(),
  questions: z.array(questionSchema),
  responses: z.number().int().describe('Respondents who answered'),
});
export class QuestionnaireDto extends createZodDto(questionnaireSchema) {}

/** What a pilot company's users read of a questionnaire: all but the customs staff who drafted, opened or closed it. */
const QUESTIONNAIRE_SHOWN = [
  'id',
  'pilotId',
  'audience',
  'title',
  'status',
  'closesAt',
  'openedAt',
  'closedAt',
  'closeReason',
  'createdAt',
  'version',
  'questions',
  'responses',
] as const;

/** A questionnaire as the caller may read it: without createdBy, openedBy and closedBy (null) for an operator user. */
export function questionnaireAsSeenBy(user: AuthenticatedUser, questionnaire: QuestionnaireView) {
  return readsAsCompany(user)
    ? companyViewOf(questionnaire, QUESTIONNAIRE_SHOWN, ['createdBy', 'openedBy', 'closedBy'])
    : questionnaire;
}

const answerSchema = z.object({
  questionId: z.string(),
  scale: z.number().int().min(1).max(5).optional(),
  yesNo: z.boolean().optional(),
  text: z.string().optional(),
});

export const responseSchema = z.object({
  questionnaireId: z.uuid(),
  responseId: z.uuid(),
  respondent: z
    .string()
    .describe('The staff member’s token subject (internal), or the company’s taxpayer id (external)'),
  answeredBy: z.string().describe('The user who sent the answers'),
  answeredAt: responseInstant,
  answers: z.array(answerSchema),
});
export class QuestionnaireResponseDto extends createZodDto(responseSchema) {}

export const questionResultSchema = z.object({
  questionId: z.string(),
  kind: z.enum(PILOT_QUESTION_KINDS),
  text: bilingual,
  answered: z.number().int().describe('Respondents who answered this question'),
  scale: z
    .object({
      mean: z.number().nullable().describe('Mean mark, 3 decimals; null with no answer'),
      distribution: z.object({ 1: z.number(), 2: z.number(), 3: z.number(), 4: z.number(), 5: z.number() }),
    })
    .optional(),
  yesNo: z
    .object({ yes: z.number(), no: z.number(), yesShare: z.number().nullable().describe('null with no answer') })
    .optional(),
  texts: z.array(z.string()).optional().describe('Every free text, oldest response first'),
});

export const questionnaireResultsSchema = z.object({
  questionnaireId: z.uuid(),
  audience,
  title: bilingual,
  status,
  closesAt: responseInstant.nullable(),
  responses: z.number().int(),
  questions: z.array(questionResultSchema),
});
export class QuestionnaireResultsDto extends createZodDto(questionnaireResultsSchema) {}

export const lessonSchema = z.object({
  lessonId: z.uuid(),
  pilotId: z.uuid(),
  category: z.enum(PILOT_LESSON_CATEGORIES),
  lesson: z.string(),
  recommendation: z.string().describe('For full operation'),
  questionRefs: z.array(z.object({ questionnaireId: z.uuid(), questionId: z.string() })),
  milestoneIds: z.array(z.uuid()),
  recordedBy: z.string(),
  recordedAt: responseInstant,
});
export class LessonDto extends createZodDto(lessonSchema) {}

export const evaluationSchema = z.object({
  pilotId: z.uuid(),
  audiences: z
    .array(
      z.object({
        audience,
        questionnaires: z.number().int(),
        responses: z.number().int(),
        scaleMean: z.number().nullable().describe('Mean of every scale answer of the audience'),
        yesShare: z.number().nullable().describe('Share of yes among every yes/no answer of the audience'),
        freeTexts: z.number().int(),
        results: z.array(questionnaireResultsSchema),
      }),
    )
    .describe('internal, then external'),
  lessons: z.array(lessonSchema).describe('In the order recorded'),
});
export class EvaluationDto extends createZodDto(evaluationSchema) {}
