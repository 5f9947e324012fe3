import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { pageSchemaOf, responseInstant } from '@aeo/service-kit';
import { PILOT_MILESTONE_STATUSES, PILOT_STAGES, PILOT_STATUSES, PILOT_WORKSTREAMS } from '@aeo/workflows';

const date = z.string().describe('Calendar date (YYYY-MM-DD, UTC)');

export const pilotSchema = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  description: z.string(),
  status: z.enum(PILOT_STATUSES),
  startsOn: date,
  endsOn: date.describe('The current end date (moved by extensions); the pilot ends the day after (UTC)'),
  maxCompanies: z.number().int(),
  reminderDays: z.number().int().describe('Days before a milestone’s due date its owner is reminded'),
  escalationGraceDays: z.number().int().describe('Days after a milestone became late it goes to the executives'),
  launchedAt: responseInstant.nullable().describe('When the policy unit started its workflow'),
  launchedBy: z.string().nullable(),
  startedAt: responseInstant.nullable().describe('When the start date came and it began running'),
  endedAt: responseInstant.nullable(),
  cancelledAt: responseInstant.nullable(),
  cancelledBy: z.string().nullable(),
  cancelReason: z.string().nullable(),
  createdBy: z.string(),
  createdAt: responseInstant,
  updatedAt: responseInstant,
  version: z.number().int().describe('Sent back with PATCH: a pilot changed since answers 409'),
});
export class PilotDto extends createZodDto(pilotSchema) {}
export class PilotPageDto extends createZodDto(pageSchemaOf(pilotSchema)) {}

export const milestoneViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  workstream: z.enum(PILOT_WORKSTREAMS),
  dueOn: date,
  owner: z.string(),
  kpiCode: z.string().nullable(),
  kpiTarget: z.number().nullable(),
  status: z.enum(PILOT_MILESTONE_STATUSES),
  remindedAt: responseInstant.nullable(),
  lateAt: responseInstant.nullable(),
  escalatedAt: responseInstant.nullable(),
  doneAt: responseInstant.nullable(),
  doneBy: z.string().nullable(),
  evidence: z.array(z.object({ title: z.string(), reference: z.string() })).nullable(),
  doneNote: z.string().nullable(),
  createdAt: responseInstant,
});

export const pilotViewSchema = pilotSchema.extend({
  stage: z
    .enum(PILOT_STAGES)
    .nullable()
    .describe(
      'The workflow’s stage (null before the start request): scheduled, running, awaiting-final-report (the final report is made and approved later), closed, cancelled',
    ),
  objectives: z.array(
    z.object({ id: z.string(), position: z.number().int(), text: z.string(), kpiCode: z.string(), target: z.number() }),
  ),
  workstreams: z.array(
    z.object({ kind: z.enum(PILOT_WORKSTREAMS), description: z.string(), mraArrangementId: z.string().nullable() }),
  ),
  milestones: z.array(milestoneViewSchema),
  extensions: z.array(
    z.object({
      sequence: z.number().int(),
      previousEndsOn: date,
      newEndsOn: date,
      reason: z.string(),
      decidedBy: z.string(),
      decidedAt: responseInstant,
    }),
  ),
});
export class PilotViewDto extends createZodDto(pilotViewSchema) {}
