import type { PilotMilestone } from './programme-pilot.contract';

/**
 * The pilot's calendar, in UTC: a pilot starts at the beginning of its start date and ends at the
 * end of its end date; a milestone's owner is reminded `reminderDays` before the beginning of its
 * due date, the milestone is late from the day after it, and escalated `graceDays` after that.
 */
export const DAY_MS = 86_400_000;

/** The beginning (00:00 UTC) of a calendar date. */
export const dayStart = (date: string): number => Date.parse(`${date}T00:00:00.000Z`);
/** The beginning of the day after `date`: when a date has passed. */
export const dayAfter = (date: string): number => dayStart(date) + DAY_MS;

export interface MilestoneTiming {
  reminderDays: number;
  graceDays: number;
}

export type MilestoneDue = 'remind' | 'late' | 'escalate';

export function milestoneTimes(milestone: Pick<PilotMilestone, 'dueOn'>, timing: MilestoneTiming) {
  const lateAt = dayAfter(milestone.dueOn);
  return {
    remindAt: dayStart(milestone.dueOn) - timing.reminderDays * DAY_MS,
    lateAt,
    escalateAt: lateAt + timing.graceDays * DAY_MS,
  };
}

/** The step a milestone is due for at `now`, if any (a done or escalated one has none left). */
export function dueMilestoneStep(
  milestone: PilotMilestone,
  now: number,
  timing: MilestoneTiming,
): MilestoneDue | undefined {
  if (milestone.status === 'done' || milestone.status === 'escalated') return undefined;
  const times = milestoneTimes(milestone, timing);
  if (milestone.status === 'late') return now >= times.escalateAt ? 'escalate' : undefined;
  if (now >= times.lateAt) return 'late';
  if (!milestone.reminded && now >= times.remindAt) return 'remind';
  return undefined;
}

/** When the milestone's next step falls due (after `now`), if it has one left. */
export function nextMilestoneTime(milestone: PilotMilestone, now: number, timing: MilestoneTiming): number | undefined {
  if (milestone.status === 'done' || milestone.status === 'escalated') return undefined;
  const times = milestoneTimes(milestone, timing);
  if (milestone.status === 'late') return times.escalateAt;
  if (!milestone.reminded && times.remindAt > now) return times.remindAt;
  return times.lateAt;
}

/** Whole days from the beginning of `now`'s day to the milestone's due date. */
export const daysLeft = (milestone: Pick<PilotMilestone, 'dueOn'>, now: number): number =>
  Math.max(0, Math.round((dayStart(milestone.dueOn) - Math.floor(now / DAY_MS) * DAY_MS) / DAY_MS));
