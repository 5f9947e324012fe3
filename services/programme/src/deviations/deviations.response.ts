import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { DEVIATION_OUTCOMES } from '@aeo/contracts';
import { pageSchemaOf, responseInstant } from '@aeo/service-kit';
import { DEVIATION_PHASES } from '@aeo/workflows';
import { thresholdVersionSchema, withHistory } from '../thresholds/thresholds.response';

const actionSchema = z.object({
  actionId: z.string(),
  description: z.string(),
  owner: z.string(),
  dueDate: z.string().describe('Calendar date (YYYY-MM-DD); the action is overdue from the day after (UTC)'),
  status: z.enum(['open', 'done', 'superseded']),
  doneAt: z.string().optional(),
  doneBy: z.string().optional(),
});

export const deviationRecordSchema = z.object({
  sequence: z.number().int().describe('The step’s number in the case (1: the opening)'),
  step: z
    .string()
    .describe(
      'open, record-analysis, record-plan, start-implementation, report-action-done, assess-period, escalate, replan, close, dismiss',
    ),
  from: z.string(),
  to: z.string(),
  summary: z.string(),
  details: z.unknown().describe('The step’s content (root cause, actions, evidence, period value, decision, ...)'),
  by: z.string().describe('Token subject, or system for the workflow’s own steps'),
  at: responseInstant,
});

export const deviationCaseSchema = z.object({
  caseId: z
    .string()
    .describe('programme-deviation-<kpiId>-<scope>[-<statusType>]-<period>: one case per KPI, scope and period'),
  kpiId: z.string(),
  scope: z.string().describe('national, or a region’s code'),
  statusType: z.string().nullable(),
  period: z.string().describe('The period whose value crossed the threshold (2026-11, 2026-W48, 2026-Q4)'),
  value: z.number().describe('The value that opened the case'),
  threshold: thresholdVersionSchema
    .pick({ version: true, bound: true, limit: true, periodsToVerify: true })
    .describe('The threshold version the case opened under (it keeps it)'),
  phase: z.enum(DEVIATION_PHASES),
  rootCause: z.string().nullable(),
  owner: z.string().nullable().describe('Who owns the deviation’s resolution'),
  actions: z.array(actionSchema),
  outcome: z
    .enum(DEVIATION_OUTCOMES)
    .nullable()
    .describe(
      'recovered, executive-decision, or dismissed (closed by the policy unit as opened by mistake); null while open',
    ),
  latestValue: z
    .number()
    .nullable()
    .describe('The latest later period’s value assessed, or the case’s period measured again'),
  crossings: z
    .number()
    .int()
    .describe('How many evaluations found the case’s KPI, scope and period across the threshold'),
  openedAt: responseInstant,
  updatedAt: responseInstant,
  closedAt: responseInstant.nullable(),
});
export class DeviationCaseDto extends createZodDto(deviationCaseSchema) {}
export class DeviationCasePageDto extends createZodDto(pageSchemaOf(deviationCaseSchema)) {}

export const deviationCaseWithHistorySchema = withHistory(
  deviationCaseSchema,
  deviationRecordSchema,
  'Every step recorded, oldest first',
);
export class DeviationCaseWithHistoryDto extends createZodDto(deviationCaseWithHistorySchema) {}
