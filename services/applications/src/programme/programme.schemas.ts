import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import { intParam, safeText, STATUS_TYPES, textMatching } from '@aeo/contracts';

const text = z.strictObject({ en: safeText.trim().min(1).max(2000), mn: safeText.trim().min(1).max(2000) });
const id = textMatching(/^[a-z0-9][a-z0-9.-]{0,39}$/, 'lower-case letters, digits, dots and dashes');

export const criterionQuestionSchema = z.strictObject({
  id,
  text,
  /** `yes-no` answers may carry a comment; `text` answers are free text. */
  answer: z.enum(['yes-no', 'text']),
  /** The answer needs supporting evidence (a document attached to this question). */
  evidenceRequired: z.boolean().default(false),
  /** Optional guidance shown with the question: what the answer covers and which evidence fits. */
  help: text.optional(),
});

export const criterionSectionSchema = z.strictObject({
  id,
  title: text,
  questions: z.array(criterionQuestionSchema).min(1).max(100),
});

export const timeLimitsSchema = z.strictObject({
  acceptanceDays: z.number().int().min(1).max(365),
  decisionDays: z.number().int().min(1).max(730),
  maxExtensionDays: z.number().int().min(0).max(365),
  hearingDays: z.number().int().min(1).max(365),
  effectDays: z.number().int().min(0).max(90),
  validationDays: z.number().int().min(1).max(365),
  reminderDays: z.number().int().min(1).max(90),
  informationRequestMaxDays: z.number().int().min(1).max(90),
  revalidationYears: z.number().int().min(1).max(4),
  reapplicationBarYears: z.number().int().min(0).max(10),
});

/**
 * A version of the programme's reference data: the status types and the criteria sections each
 * needs, the criteria catalogue (sections and questions of the self-assessment) and the time
 * limits. An application keeps the version it was filed under.
 */
export const programmeDocumentSchema = z
  .strictObject({
    statusTypes: z
      .array(
        z.strictObject({
          code: z.enum(STATUS_TYPES),
          name: text,
          sections: z.array(id).min(1),
          /** Optional: what the status covers and which criteria it is examined against (versions before had none). */
          description: text.optional(),
          /** Optional: what the holder gains (simplifications, fewer controls, recognition under MRAs). */
          benefits: z.array(text).max(20).optional(),
        }),
      )
      .min(1),
    sections: z.array(criterionSectionSchema).min(1).max(50),
    timeLimits: timeLimitsSchema,
  })
  .superRefine((doc, ctx) => {
    const sections = new Set(doc.sections.map((s) => s.id));
    const questions = new Set<string>();
    doc.sections.forEach((section, i) =>
      section.questions.forEach((question, j) => {
        if (questions.has(question.id))
          ctx.addIssue({
            code: 'custom',
            path: ['sections', i, 'questions', j, 'id'],
            message: `question id ${question.id} is used twice`,
          });
        questions.add(question.id);
      }),
    );
    doc.statusTypes.forEach((type, i) =>
      type.sections.forEach((section, j) => {
        if (!sections.has(section))
          ctx.addIssue({
            code: 'custom',
            path: ['statusTypes', i, 'sections', j],
            message: `unknown section ${section}`,
          });
      }),
    );
  });
export type ProgrammeDocument = z.output<typeof programmeDocumentSchema>;
export type CriterionQuestion = z.output<typeof criterionQuestionSchema>;

export class PublishProgrammeDto extends createZodDto(programmeDocumentSchema) {}

/** Versions are PostgreSQL integers: a larger number is a 400 naming `version`, not a database error. */
export const programmeVersionParamsSchema = z.strictObject({ version: intParam({ min: 1 }) });
export class ProgrammeVersionParams extends createZodDto(programmeVersionParamsSchema) {}
