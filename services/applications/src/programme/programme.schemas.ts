import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import { intParam, safeText, STATUS_TYPES, textMatching, trimmedVisibleText } from '@aeo/contracts';

const id = textMatching(/^[a-z0-9][a-z0-9.-]{0,39}$/, 'lower-case letters, digits, dots and dashes');

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
 * A version of the programme's reference data from the texts of its catalogue: as published (each
 * text on one line with nothing hidden, a 400 naming the field) or as kept and read back.
 */
function programmeDocumentSchemaOf(line: z.ZodString) {
  const text = z.strictObject({ en: line.min(1).max(2000), mn: line.min(1).max(2000) });
  const question = z.strictObject({
    id,
    text,
    /** `yes-no` answers may carry a comment; `text` answers are free text. */
    answer: z.enum(['yes-no', 'text']),
    /** The answer needs supporting evidence (a document attached to this question). */
    evidenceRequired: z.boolean().default(false),
    /** Optional guidance shown with the question: what the answer covers and which evidence fits. */
    help: text.optional(),
  });

  const section = z.strictObject({
    id,
    title: text,
    questions: z.array(question).min(1).max(100),
  });
  return z
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
      sections: z.array(section).min(1).max(50),
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
}

/**
 * A version of the programme's reference data: the status types and the criteria sections each
 * needs, the criteria catalogue (sections and questions of the self-assessment) and the time
 * limits. An application keeps the version it was filed under. Stored versions (and the events)
 * are read with safe text, so that a version kept before the visible-text rule still reads.
 */
export const programmeDocumentSchema = programmeDocumentSchemaOf(safeText.trim());
/** What POST /programme/versions accepts: the catalogue's texts visible, on one line. */
export const publishProgrammeBodySchema = programmeDocumentSchemaOf(trimmedVisibleText);
export type ProgrammeDocument = z.output<typeof programmeDocumentSchema>;
export type CriterionQuestion = ProgrammeDocument['sections'][number]['questions'][number];

export class PublishProgrammeDto extends createZodDto(publishProgrammeBodySchema) {}

/** Versions are PostgreSQL integers: a larger number is a 400 naming `version`, not a database error. */
export const programmeVersionParamsSchema = z.strictObject({ version: intParam({ min: 1 }) });
export class ProgrammeVersionParams extends createZodDto(programmeVersionParamsSchema) {}
