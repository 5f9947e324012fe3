import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import { isoDateTime, trimmedVisibleMultilineText, trimmedVisibleText } from '@aeo/contracts';

/** How far ahead a visit may be scheduled: a visit further out could never be completed nor cancelled in time. */
export const MAX_VISIT_DAYS_AHEAD = 365;

export const FINDINGS = ['compliant', 'minor', 'major', 'critical'] as const;

export const recordFindingBodySchema = z.strictObject({
  finding: z.enum(FINDINGS),
  notes: trimmedVisibleMultilineText.min(5, 'say what was found (at least 5 characters)').max(4000),
  evidence: z
    .array(trimmedVisibleText.min(1).max(500))
    .max(20)
    .default([])
    .describe('References to the evidence examined (documents, records, photos)'),
});
export class RecordFindingDto extends createZodDto(recordFindingBodySchema) {}

export const checklistItemParamsSchema = z.strictObject({
  caseId: z.uuid(),
  questionId: trimmedVisibleText.min(1).max(40),
});
export class ChecklistItemParams extends createZodDto(checklistItemParamsSchema) {}

export const scheduleVisitBodySchema = z.strictObject({
  scheduledFor: isoDateTime.describe(
    `Start of the visit; at least the notice period ahead and at most ${MAX_VISIT_DAYS_AHEAD} days ahead`,
  ),
  place: trimmedVisibleText
    .min(2)
    .max(300)
    .optional()
    .describe(
      'Where the visit is held (a site or warehouse and its address); left out: the operator’s registered premises',
    ),
});
export class ScheduleVisitDto extends createZodDto(scheduleVisitBodySchema) {}

export const visitParamsSchema = z.strictObject({ caseId: z.uuid(), visitId: z.uuid() });
export class VisitParams extends createZodDto(visitParamsSchema) {}

export const completeVisitBodySchema = z.strictObject({ notes: trimmedVisibleMultilineText.min(5).max(4000) });
export class CompleteVisitDto extends createZodDto(completeVisitBodySchema) {}

export const requestCorrectiveActionBodySchema = z.strictObject({
  questionId: trimmedVisibleText.min(1).max(40),
  description: trimmedVisibleMultilineText.min(10, 'say what must be corrected (at least 10 characters)').max(4000),
  dueInDays: z.number().int().min(1).max(180),
});
export class RequestCorrectiveActionDto extends createZodDto(requestCorrectiveActionBodySchema) {}

export const correctiveActionParamsSchema = z.strictObject({ caseId: z.uuid(), actionId: z.uuid() });
export class CorrectiveActionParams extends createZodDto(correctiveActionParamsSchema) {}

export const correctiveActionResponseBodySchema = z.strictObject({
  response: trimmedVisibleMultilineText.min(5).max(10_000),
});
export class CorrectiveActionResponseDto extends createZodDto(correctiveActionResponseBodySchema) {}
