import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { LANGUAGES, PROGRAMME_REPORT_TRIGGERS } from '@aeo/contracts';
import { responseInstant } from '@aeo/service-kit';
import { REPORT_FORMATS } from './reports.schemas';

export const reportRenderingSchema = z.object({
  language: z.enum(LANGUAGES),
  format: z.enum(REPORT_FORMATS),
  size: z.number().int().describe('Bytes'),
  sha256: z.string().describe('SHA-256 of the bytes (hex)'),
  href: z.string().describe('Where to fetch it: /v1/reports/{id}/{format}?lang={language}'),
});

export const reportSchema = z.object({
  id: z.uuid(),
  quarter: z.string().describe('2026-Q3'),
  trigger: z.enum(PROGRAMME_REPORT_TRIGGERS).describe('The quarterly schedule, or someone asking (POST)'),
  languages: z.array(z.enum(LANGUAGES)),
  issuedBy: z.string().describe('Token subject, or system:programme-report-schedule'),
  issuedAt: responseInstant,
  renderings: z.array(reportRenderingSchema).describe('HTML and PDF per language'),
});
export class ProgrammeReportDto extends createZodDto(reportSchema) {}
