import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import { intParam, safeText, textMatching, trimmedVisibleMultilineText, trimmedVisibleText } from '@aeo/contracts';
import { userSub } from '@aeo/auth';
import { pageQueryShape } from '@aeo/service-kit';
import { PILOT_SORTS } from './pilots.repository';
import {
  PILOT_LIMITS,
  PILOT_MAX_FRAME_DAYS,
  PILOT_STATUSES,
  PILOT_WORKSTREAMS,
  calendarDateSchema,
  cancelStepSchema,
  daysBetween,
  extendStepSchema,
  kpiIdSchema,
  milestoneDoneStepSchema,
} from '@aeo/workflows';

const text = (max: number) => safeText.trim().min(1).max(max);
/** One-line text people read (titles, names): nothing hidden in it (free() is the same on several lines). */
const visible = (max: number) => trimmedVisibleText.min(1).max(max);
/** Free text on several lines (reasons, notes): line breaks kept, nothing hidden in it. */
const free = (max: number) => trimmedVisibleMultilineText.min(1).max(max);

export const pilotIdParamsSchema = z.strictObject({ id: z.uuid() });
export class PilotIdParams extends createZodDto(pilotIdParamsSchema) {}
export const milestoneParamsSchema = z.strictObject({ id: z.uuid(), milestoneId: z.uuid() });
export class MilestoneParams extends createZodDto(milestoneParamsSchema) {}

/** A KPI target: a finite number in the KPI's unit. */
const target = z.number().finite().min(-1e9).max(1e9);

export const objectiveSchema = z.strictObject({
  text: free(2000),
  /** A KPI of the programme's catalogue (`GET /v1/kpis`). */
  kpiCode: kpiIdSchema,
  target,
});
export const workstreamSchema = z.strictObject({
  kind: z.enum(PILOT_WORKSTREAMS),
  description: free(2000).optional(),
  /** For `mra-base-work`: the arrangement in the mra service, by its id (kept as text; never read from there). */
  mraArrangementId: text(100).optional(),
});
export const milestoneSchema = z
  .strictObject({
    title: visible(PILOT_LIMITS.title),
    workstream: z.enum(PILOT_WORKSTREAMS),
    dueOn: calendarDateSchema,
    /**
     * A user id (token subject) or an email address: either is printable ASCII without spaces (userSub), and the
     * owner reports the milestone done when it is their token's subject.
     */
    owner: userSub,
    kpiCode: kpiIdSchema.optional(),
    kpiTarget: target.optional(),
  })
  .refine((m) => (m.kpiCode === undefined) === (m.kpiTarget === undefined), {
    message: 'kpiCode and kpiTarget go together',
    path: ['kpiTarget'],
  });
export type NewMilestoneBody = z.output<typeof milestoneSchema>;

const days = z.number().int().min(0).max(PILOT_LIMITS.days);
const frame = {
  title: visible(PILOT_LIMITS.title),
  description: free(10_000).optional(),
  startsOn: calendarDateSchema,
  endsOn: calendarDateSchema,
  /** How many companies may take part at once (the selection's limit). */
  maxCompanies: z.number().int().min(1).max(1000),
  /** A milestone's owner is reminded this many days before its due date (default 7). */
  reminderDays: days.default(7),
  /** A late milestone goes to the executives this many days after its due date (default 14). */
  escalationGraceDays: days.default(14),
};
const endsAfterStart = <T extends { startsOn: string; endsOn: string }>(body: T) => body.endsOn >= body.startsOn;
const ENDS_AFTER_START = { message: 'must not be before startsOn', path: ['endsOn'] };
const withinMaxFrame = <T extends { startsOn: string; endsOn: string }>(body: T) =>
  daysBetween(body.startsOn, body.endsOn) <= PILOT_MAX_FRAME_DAYS;
const WITHIN_MAX_FRAME = {
  message: `must be at most ${PILOT_MAX_FRAME_DAYS} days (three years) after startsOn`,
  path: ['endsOn'],
};
const distinctKinds = (streams: { kind: string }[]) => new Set(streams.map((s) => s.kind)).size === streams.length;
const DISTINCT_KINDS = { message: 'each workstream kind at most once' };
const workstreams = z.array(workstreamSchema).max(PILOT_WORKSTREAMS.length).refine(distinctKinds, DISTINCT_KINDS);
const objectives = z.array(objectiveSchema).max(PILOT_LIMITS.objectives);

export const createPilotSchema = z
  .strictObject({
    /** A short unique code, e.g. `PILOT-2027`. */
    code: textMatching(/^[A-Z0-9][A-Z0-9-]{1,39}$/, 'must be a code of capitals, digits and dashes such as PILOT-2027'),
    ...frame,
    objectives: objectives.default([]),
    workstreams: workstreams.default([]),
    milestones: z.array(milestoneSchema).max(PILOT_LIMITS.milestones).default([]),
  })
  .refine(endsAfterStart, ENDS_AFTER_START)
  .refine(withinMaxFrame, WITHIN_MAX_FRAME);
export type CreatePilot = z.output<typeof createPilotSchema>;
export class CreatePilotDto extends createZodDto(createPilotSchema) {}

export const updatePilotSchema = z
  .strictObject({
    ...frame,
    /** The version read (`GET`): a pilot changed since answers 409. */
    version: z.number().int().min(1),
  })
  .refine(endsAfterStart, ENDS_AFTER_START)
  .refine(withinMaxFrame, WITHIN_MAX_FRAME);
export type UpdatePilot = z.output<typeof updatePilotSchema>;
export class UpdatePilotDto extends createZodDto(updatePilotSchema) {}

export const objectivesBodySchema = z.strictObject({ objectives });
export class ObjectivesDto extends createZodDto(objectivesBodySchema) {}
export const workstreamsBodySchema = z.strictObject({ workstreams });
export class WorkstreamsDto extends createZodDto(workstreamsBodySchema) {}
export class MilestoneDto extends createZodDto(milestoneSchema) {}

// Each step's body: the workflow's step without its name, the person and what the route names.
// Their free text is refused here when something is hidden in it; the workflow's own schema stays as it was, for
// the steps it took before.
export class MilestoneDoneDto extends createZodDto(
  milestoneDoneStepSchema
    .omit({ step: true, by: true, byRoles: true, milestoneId: true })
    .extend({ note: free(PILOT_LIMITS.note).optional() }),
) {}
export class ExtensionDto extends createZodDto(
  extendStepSchema.omit({ step: true, by: true, byRoles: true }).extend({ reason: free(PILOT_LIMITS.reason) }),
) {}
export class CancellationDto extends createZodDto(
  cancelStepSchema.omit({ step: true, by: true, byRoles: true }).extend({ reason: free(PILOT_LIMITS.reason) }),
) {}

export const pilotsQuerySchema = z.strictObject({
  status: z.enum(PILOT_STATUSES).optional(),
  limit: intParam({ min: 1, max: 500 }).default(100),
});
export type PilotsQuery = z.output<typeof pilotsQuerySchema>;
export class PilotsQueryDto extends createZodDto(pilotsQuerySchema) {}

/** The paged list's query: the plain list's status, a page and a sort instead of `limit`. */
export const pilotPageQuerySchema = pilotsQuerySchema.omit({ limit: true }).extend(
  pageQueryShape(PILOT_SORTS, {
    sort: 'startsOn',
    order: 'desc',
    sortDescription: 'startsOn (the default: the latest start first with order desc), code or createdAt',
  }),
);
export type PilotPageQuery = z.output<typeof pilotPageQuerySchema>;
export class PilotPageQueryDto extends createZodDto(pilotPageQuerySchema) {}
