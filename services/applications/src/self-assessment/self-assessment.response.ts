import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

/** What still stands between a draft and its submission. */
export const completenessSchema = z.object({
  complete: z.boolean(),
  missingAnswers: z.array(z.string()).describe('Questions of the status type not answered yet'),
  missingEvidence: z.array(z.string()).describe('Questions that require evidence and have no document yet'),
});
export type Completeness = z.infer<typeof completenessSchema>;
export class CompletenessDto extends createZodDto(completenessSchema) {}

export const savedAnswersSchema = z.object({
  answers: z.number().int().describe('Answers saved by this request'),
  completeness: completenessSchema,
});
export class SavedAnswersDto extends createZodDto(savedAnswersSchema) {}

export const answersSchema = z.object({
  programmeVersion: z.number().int().nullable(),
  answers: z.array(
    z.object({
      questionId: z.string(),
      value: z.string(),
      comment: z.string().nullable(),
      answeredBy: z.string(),
      answeredAt: z.iso.datetime(),
    }),
  ),
  completeness: completenessSchema,
});
export class AnswersDto extends createZodDto(answersSchema) {}

/** An evidence document's metadata (the content is downloaded separately). */
export const documentMetadataSchema = z.object({
  id: z.uuid(),
  questionId: z.string(),
  fileName: z.string(),
  contentType: z.string().describe('application/pdf, image/png or image/jpeg, recognised from the content'),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.string(),
  uploadedAt: z.iso.datetime(),
});
export type DocumentMetadata = z.infer<typeof documentMetadataSchema>;
export class DocumentMetadataDto extends createZodDto(documentMetadataSchema) {}
