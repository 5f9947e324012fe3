import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import { intParam, regionCode, textMatching } from '@aeo/contracts';
import { pageQueryShape } from '@aeo/service-kit';
import {
  DEVIATION_PHASES,
  actionDoneStepSchema,
  analysisStepSchema,
  calendarDateSchema,
  closeStepSchema,
  dismissStepSchema,
  improvementActionsSchema,
  latestDueDate,
  DEVIATION_STEP_LIMITS,
  kpiIdSchema,
  planStepSchema,
  replanStepSchema,
  startImplementationStepSchema,
  wellFormed,
} from '@aeo/workflows';
import { DEVIATION_CASE_SORTS } from './deviations.repository';

export const caseIdSchema = textMatching(
  /^programme-deviation-[A-Za-z0-9._-]{3,200}$/,
  'must be a deviation case id such as programme-deviation-certification-time-median-national-2026-11',
);
export const caseIdParamsSchema = z.strictObject({ caseId: caseIdSchema });
export class CaseIdParams extends createZodDto(caseIdParamsSchema) {}

export const actionParamsSchema = z.strictObject({
  caseId: caseIdSchema,
  actionId: actionDoneStepSchema.shape.actionId,
});
export class ActionParams extends createZodDto(actionParamsSchema) {}

export const DEVIATION_STATUSES = ['open', ...DEVIATION_PHASES] as const;

export const deviationsQuerySchema = z.strictObject({
  /** A phase, or `open` for every phase but closed. */
  status: z.enum(DEVIATION_STATUSES).optional(),
  kpiId: kpiIdSchema.optional(),
  /** Only this region's cases; a regional office's default (and only allowed) scope is its own region. */
  region: regionCode.optional(),
  limit: intParam({ min: 1, max: 500 }).default(100),
});
export type DeviationsQuery = z.output<typeof deviationsQuerySchema>;
export class DeviationsQueryDto extends createZodDto(deviationsQuerySchema) {}

/** The paged list's query: the plain list's filters, a page and a sort instead of `limit`. */
export const deviationCasesQuerySchema = deviationsQuerySchema.omit({ limit: true }).extend(
  pageQueryShape(DEVIATION_CASE_SORTS, {
    sort: 'openedAt',
    order: 'desc',
    sortDescription: 'openedAt (the default: newest first with order desc), updatedAt or period',
  }),
);
export type DeviationCasesQuery = z.output<typeof deviationCasesQuerySchema>;
export class DeviationCasesQueryDto extends createZodDto(deviationCasesQuerySchema) {}

// Each step's body: the workflow's step without its name and the person (the API sets those from the route and token).
const person = { step: true, by: true, byRoles: true } as const;

export class AnalysisDto extends createZodDto(analysisStepSchema.omit(person)) {}
/** Today's date (UTC), the day the workflow's own check counts from. */
const todayUtc = () => new Date().toISOString().slice(0, 10);
/**
 * A due date as the API takes it: a day of the calendar, not before today and at most
 * `DEVIATION_STEP_LIMITS.dueYearsAhead` years ahead (else 400 naming `actions.N.dueDate`).
 */
const dueFromToday = calendarDateSchema
  .refine((date) => date >= todayUtc(), {
    error: () => `must not be in the past (today is ${todayUtc()}, UTC)`,
    when: wellFormed,
  })
  .refine((date) => date <= latestDueDate(todayUtc()), {
    error: () =>
      `must be at most ${DEVIATION_STEP_LIMITS.dueYearsAhead} years ahead (${latestDueDate(todayUtc())} at the latest)`,
    when: wellFormed,
  });
const plannedActions = { actions: improvementActionsSchema(dueFromToday) };

export class PlanDto extends createZodDto(planStepSchema.omit(person).extend(plannedActions)) {}
export class StartImplementationDto extends createZodDto(startImplementationStepSchema.omit(person)) {}
export class ActionDoneDto extends createZodDto(actionDoneStepSchema.omit({ ...person, actionId: true })) {}
export class ReplanDto extends createZodDto(replanStepSchema.omit(person).extend(plannedActions)) {}
export class CloseDto extends createZodDto(closeStepSchema.omit(person)) {}
export class DismissDto extends createZodDto(dismissStepSchema.omit(person)) {}
