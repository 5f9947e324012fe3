import { defineSignal } from '@temporalio/workflow';
import { z } from 'zod';
import { safeText } from '@aeo/contracts/common';

export const VALIDATION_RECOMMENDATIONS = ['grant', 'grant-with-conditions', 'refuse'] as const;

/** The validation service submits the validator's report (validation report submitted). */
export const validationReportSchema = z.strictObject({
  caseId: z.uuid(),
  recommendation: z.enum(VALIDATION_RECOMMENDATIONS),
  conditions: z.array(safeText.min(1).max(500)).max(20).default([]),
  summary: safeText.min(1).max(4000),
  submittedBy: safeText.min(1),
});
export type ValidationReport = z.output<typeof validationReportSchema>;
export type ValidationReportInput = z.input<typeof validationReportSchema>;

export const validationReportSignal = defineSignal<[ValidationReportInput]>('validationReport');
