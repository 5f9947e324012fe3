import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

/** One item of the desk-review checklist with the finding recorded so far. */
export const checklistItemSchema = z.object({
  questionId: z.string(),
  sectionId: z.string(),
  text: z.object({ en: z.string(), mn: z.string() }),
  finding: z.string().nullable().describe('compliant, minor, major or critical; null until recorded'),
  notes: z.string().nullable(),
  evidence: z.array(z.string()),
  recordedBy: z.string().nullable(),
  recordedAt: z.iso.datetime().nullable(),
});
export class ChecklistItemDto extends createZodDto(checklistItemSchema) {}

const place = z.string().nullable().describe('Where the visit is held; null: the operator’s registered premises');

export const siteVisitSchema = z.object({
  visitId: z.uuid(),
  scheduledFor: z.iso.datetime(),
  place,
  validator: z.string().nullable().describe('`sub` of the validator; null for an operator user (customs’ own)'),
  completedAt: z.iso.datetime().nullable(),
  notes: z
    .string()
    .nullable()
    .describe('The validator’s notes of the visit; null until completed, and always for an operator user'),
});
export class SiteVisitDto extends createZodDto(siteVisitSchema) {}

export const correctiveActionSchema = z.object({
  actionId: z.uuid(),
  questionId: z.string(),
  description: z.string(),
  dueBy: z.iso.datetime(),
  requestedBy: z
    .string()
    .nullable()
    .describe('`sub` of the validator who asked; null for an operator user (customs’ own)'),
  response: z.string().nullable(),
  respondedAt: z.iso.datetime().nullable(),
});
export class CorrectiveActionDto extends createZodDto(correctiveActionSchema) {}

export const findingRecordedSchema = z.object({ caseId: z.uuid(), questionId: z.string(), finding: z.string() });
export class FindingRecordedDto extends createZodDto(findingRecordedSchema) {}

export const visitScheduledSchema = z.object({
  visitId: z.uuid(),
  caseId: z.uuid(),
  scheduledFor: z.iso.datetime(),
  place,
  validator: z.string(),
});
export class VisitScheduledDto extends createZodDto(visitScheduledSchema) {}

export const visitCompletedSchema = z.object({ visitId: z.uuid(), caseId: z.uuid(), completed: z.boolean() });
export class VisitCompletedDto extends createZodDto(visitCompletedSchema) {}

export const correctiveActionRequestedSchema = z.object({
  actionId: z.uuid(),
  caseId: z.uuid(),
  questionId: z.string(),
  description: z.string(),
  dueBy: z.iso.datetime(),
});
export class CorrectiveActionRequestedDto extends createZodDto(correctiveActionRequestedSchema) {}

export const correctiveActionAnsweredSchema = z.object({
  actionId: z.uuid(),
  caseId: z.uuid(),
  responded: z.boolean(),
});
export class CorrectiveActionAnsweredDto extends createZodDto(correctiveActionAnsweredSchema) {}
