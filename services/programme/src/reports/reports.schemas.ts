import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import { LANGUAGES, intParam, language, reportQuarter, uuid } from '@aeo/contracts';

/** Which quarter to report on, and in which languages (both by default). */
export const newReportSchema = z.strictObject({
  quarter: reportQuarter,
  languages: z
    .array(language)
    .min(1)
    .max(LANGUAGES.length)
    .default([...LANGUAGES])
    .refine((languages) => new Set(languages).size === languages.length, 'must not name a language twice'),
});
export type NewReport = z.output<typeof newReportSchema>;
export class NewReportDto extends createZodDto(newReportSchema) {}

export const reportListQuerySchema = z.strictObject({
  /** Only the reports on this quarter. */
  quarter: reportQuarter.optional(),
  limit: intParam({ min: 1, max: 200 }).default(50),
});
export type ReportListQuery = z.output<typeof reportListQuerySchema>;
export class ReportListQueryDto extends createZodDto(reportListQuerySchema) {}

export const reportIdParamsSchema = z.strictObject({ reportId: uuid });
export class ReportIdParams extends createZodDto(reportIdParamsSchema) {}

export const REPORT_FORMATS = ['pdf', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const renderingParamsSchema = z.strictObject({ reportId: uuid, format: z.enum(REPORT_FORMATS) });
export class RenderingParams extends createZodDto(renderingParamsSchema) {}

export const renderingQuerySchema = z.strictObject({
  /** The language of the rendering; the report's first language when left out. */
  lang: language.optional(),
});
export class RenderingQueryDto extends createZodDto(renderingQuerySchema) {}
