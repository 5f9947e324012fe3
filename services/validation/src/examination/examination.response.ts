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

export const siteVisitSchema = z.object({
  visitId: z.uuid(),
  scheduledFor: z.iso.datetime(),
  validator: z.string(),
  completedAt: z.iso.datetime().nullable(),
  notes: z.string().nullable(),
});
export class SiteVisitDto extends createZodDto(siteVisitSchema) {}

export const correctiveActionSchema = z.object({
  actionId: z.uuid(),
  questionId: z.string(),
  description: z.string(),
  dueBy: z.iso.datetime(),
  requestedBy: z.string(),
  response: z.string().nullable(),
  respondedAt: z.iso.datetime().nullable(),
});
export class CorrectiveActionDto extends createZodDto(correctiveActionSchema) {}
