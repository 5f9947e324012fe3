import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import {
  SCORECARD_STATUSES,
  trimmedVisibleMultilineText,
  scorecardEvidenceSchema,
  scorecardStandardId,
} from '@aeo/contracts';
import { findKpi } from '../kpis/kpi-definitions';

export const standardIdParamsSchema = z.strictObject({ id: scorecardStandardId });
export class StandardIdParams extends createZodDto(standardIdParamsSchema) {}

const NO_EVIDENCE = { documents: [], links: [], kpiIds: [] };

export const newAssessmentSchema = z
  .strictObject({
    status: z.enum(SCORECARD_STATUSES),
    /** What was found, in the assessor's words. */
    note: trimmedVisibleMultilineText.min(1).max(4000),
    evidence: scorecardEvidenceSchema.default(NO_EVIDENCE),
  })
  .superRefine((assessment, ctx) => {
    assessment.evidence.kpiIds.forEach((kpiId, i, kpiIds) => {
      if (!findKpi(kpiId))
        ctx.addIssue({
          code: 'custom',
          path: ['evidence', 'kpiIds', i],
          message: `${kpiId} is not a KPI of the catalogue (GET /v1/kpis lists them)`,
        });
      else if (kpiIds.indexOf(kpiId) < i)
        ctx.addIssue({
          code: 'custom',
          path: ['evidence', 'kpiIds', i],
          message: `${kpiId} is listed already (at ${kpiIds.indexOf(kpiId)}); cite each KPI once`,
        });
    });
    const { documents, links, kpiIds } = assessment.evidence;
    if (assessment.status === 'met' && documents.length + links.length + kpiIds.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['evidence'],
        message: 'a standard assessed as met needs at least one document, link or KPI reference',
      });
  });
export type NewAssessment = z.output<typeof newAssessmentSchema>;
export class NewAssessmentDto extends createZodDto(newAssessmentSchema) {}
