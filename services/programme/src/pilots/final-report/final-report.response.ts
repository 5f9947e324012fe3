import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { LANGUAGES } from '@aeo/contracts';
import { responseInstant } from '@aeo/service-kit';
import { FINAL_REPORT_FORMATS, FINAL_REPORT_TRIGGERS } from './final-report.schemas';

export const finalReportRenderingSchema = z.object({
  language: z.enum(LANGUAGES),
  format: z.enum(FINAL_REPORT_FORMATS),
  size: z.number().int().describe('Bytes'),
  sha256: z.string().describe('SHA-256 of the bytes (hex)'),
  href: z.string().describe('Where to fetch it: /v1/pilots/{pilotId}/final-report?reportId=&language=&format='),
});

export const finalReportSchema = z.object({
  id: z.uuid(),
  pilotId: z.uuid(),
  sequence: z.number().int().describe('1 for the workflow’s report at the pilot’s end, then each one made again'),
  trigger: z.enum(FINAL_REPORT_TRIGGERS).describe('The pilot workflow at the end, or the policy unit (POST)'),
  languages: z.array(z.enum(LANGUAGES)),
  recommendations: z.string().nullable().describe('The policy unit’s own recommendations for full operation'),
  generatedBy: z.string().describe('Token subject, or system:pilot-workflow'),
  generatedAt: responseInstant,
  approvedBy: z.string().nullable().describe('The executive who approved it (null: not approved)'),
  approvedAt: responseInstant.nullable(),
  approvalNote: z.string().nullable(),
  renderings: z.array(finalReportRenderingSchema).describe('HTML and PDF per language'),
});
export class PilotFinalReportDto extends createZodDto(finalReportSchema) {}
