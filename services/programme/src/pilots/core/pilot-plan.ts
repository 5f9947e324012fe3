import { ConflictException } from '@nestjs/common';
import { requestHash } from '@aeo/persistence';
import { PILOT_LIMITS, type ProgrammePilotWorkflowInput, programmePilotInputSchema } from '@aeo/workflows';
import type { Pilot, PilotMilestoneRow } from './pilots.repository';
import type { NewMilestoneBody } from './pilots.schemas';

/** 409 when a planned pilot has as many milestones as its workflow follows (PILOT_LIMITS.milestones). */
export function roomForMilestone(code: string, milestones: number): void {
  if (milestones >= PILOT_LIMITS.milestones)
    throw new ConflictException(
      `milestones: pilot ${code} has ${milestones} milestones, the most its workflow follows is ${PILOT_LIMITS.milestones}`,
    );
}

/**
 * The pilot workflow's input from the stored pilot, checked with the workflow's own schema before
 * anything is committed or started: 409 naming what the workflow would refuse (e.g. `milestones`).
 */
export function workflowInputOf(
  pilot: Pick<Pilot, 'id' | 'code' | 'title' | 'startsOn' | 'endsOn' | 'reminderDays' | 'escalationGraceDays'>,
  milestones: Pick<PilotMilestoneRow, 'id' | 'title' | 'workstream' | 'dueOn' | 'owner'>[],
): ProgrammePilotWorkflowInput {
  const parsed = programmePilotInputSchema.safeParse({
    pilotId: pilot.id,
    code: pilot.code,
    title: pilot.title,
    startsOn: pilot.startsOn,
    endsOn: pilot.endsOn,
    reminderDays: pilot.reminderDays,
    escalationGraceDays: pilot.escalationGraceDays,
    milestones: milestones.map((m) => ({
      milestoneId: m.id,
      title: m.title,
      workstream: m.workstream,
      dueOn: m.dueOn,
      owner: m.owner,
    })),
  });
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'pilot'}: ${issue.message}`);
  throw new ConflictException(`Pilot ${pilot.code} cannot be started as it is: ${issues.join('; ')}`);
}

/** A milestone's content as stored, and its identity: two requests with the same content plan the same milestone. */
export const milestoneContentOf = (body: NewMilestoneBody) => ({
  title: body.title,
  workstream: body.workstream,
  dueOn: body.dueOn,
  owner: body.owner,
  kpiCode: body.kpiCode ?? null,
  kpiTarget: body.kpiTarget ?? null,
});

/** The human-step ledger's step name of a milestone planned through POST …/milestones. */
export const milestoneStepOf = (body: NewMilestoneBody): string =>
  `plan-milestone:${requestHash(milestoneContentOf(body))}`;

/**
 * The id of a milestone planned through POST …/milestones: derived from the pilot and the
 * milestone's content (a UUID-shaped digest), so a retried request names the same milestone.
 */
export function milestoneIdOf(pilotId: string, body: NewMilestoneBody): string {
  const hex = requestHash({ pilotId, ...milestoneContentOf(body) });
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
