import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { LANGUAGES, intParam, language, trimmedVisibleMultilineText, uuid } from '@aeo/contracts';
import { PILOT_LIMITS } from '@aeo/workflows';

export const FINAL_REPORT_FORMATS = ['pdf', 'html'] as const;
export type FinalReportFormat = (typeof FINAL_REPORT_FORMATS)[number];
export const FINAL_REPORT_TRIGGERS = ['workflow', 'on-demand'] as const;

export const pilotParamsSchema = z.strictObject({ pilotId: uuid });
export class FinalReportPilotParams extends createZodDto(pilotParamsSchema) {}

export const finalReportListQuerySchema = z.strictObject({
  limit: intParam({ min: 1, max: 100 }).default(20),
});
export class FinalReportListQueryDto extends createZodDto(finalReportListQuerySchema) {}

/** Which rendering: a report (the approved one, else the latest, by default), its language and format. */
export const finalReportRenderingQuerySchema = z.strictObject({
  reportId: uuid.optional(),
  language: language.default('mn'),
  format: z.enum(FINAL_REPORT_FORMATS).default('pdf'),
});
export type FinalReportRenderingQuery = z.output<typeof finalReportRenderingQuerySchema>;
export class FinalReportRenderingQueryDto extends createZodDto(finalReportRenderingQuerySchema) {}

/** The policy unit's request to make the report again, with its own recommendations (kept from the latest report when left out; null clears them). */
export const regenerateSchema = z.strictObject({
  recommendations: trimmedVisibleMultilineText.min(1).max(8000).nullable().optional(),
  languages: z
    .array(language)
    .min(1)
    .max(LANGUAGES.length)
    .default([...LANGUAGES])
    .refine((languages) => new Set(languages).size === languages.length, 'must not name a language twice'),
});
export type Regenerate = z.output<typeof regenerateSchema>;
export class RegenerateDto extends createZodDto(regenerateSchema) {}

/** An executive's approval of the pilot's latest report. */
export const approvalSchema = z.strictObject({
  note: trimmedVisibleMultilineText.min(1).max(PILOT_LIMITS.note).optional(),
});
export type Approval = z.output<typeof approvalSchema>;
export class ApprovalDto extends createZodDto(approvalSchema) {}
