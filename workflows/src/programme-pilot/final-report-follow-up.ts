import { log, patched } from '@temporalio/workflow';
import {
  PILOT_FINAL_REPORT_APPROVAL_PATCH,
  PILOT_FINAL_REPORT_APPROVAL_TIMING,
  type PilotFinalReportApprovalStep,
} from './programme-pilot-final-report.contract';
import type { ProgrammePilotState } from './programme-pilot.contract';
import type { PilotRun } from './run';
import { DAY_MS, dayAfter } from './timeline';

/** When each follow-up of the awaited approval falls due: days after the pilot ended (the end of its end date, UTC). */
export function approvalFollowUpTimes(
  state: Pick<ProgrammePilotState, 'endsOn'>,
  timing: { reminderDays: number; escalationDays: number } = PILOT_FINAL_REPORT_APPROVAL_TIMING,
): Record<PilotFinalReportApprovalStep, number> {
  const ended = dayAfter(state.endsOn);
  return { reminder: ended + timing.reminderDays * DAY_MS, escalation: ended + timing.escalationDays * DAY_MS };
}

/** The follow-ups due at `now` not taken yet, in order (a late wake takes both). */
export function dueApprovalFollowUps(
  state: Pick<ProgrammePilotState, 'endsOn'>,
  taken: ReadonlySet<PilotFinalReportApprovalStep>,
  now: number,
): PilotFinalReportApprovalStep[] {
  const times = approvalFollowUpTimes(state);
  return (['reminder', 'escalation'] as const).filter((step) => !taken.has(step) && now >= times[step]);
}

/** When the next follow-up falls due, if one is left. */
export function nextApprovalFollowUp(
  state: Pick<ProgrammePilotState, 'endsOn'>,
  taken: ReadonlySet<PilotFinalReportApprovalStep>,
): number | undefined {
  const times = approvalFollowUpTimes(state);
  const left = (['reminder', 'escalation'] as const).filter((step) => !taken.has(step));
  return left.length > 0 ? Math.min(...left.map((step) => times[step])) : undefined;
}

/** Whether this run follows the approval up (a pilot awaiting it, under the patch). */
const following = (run: PilotRun): boolean =>
  run.state.stage === 'awaiting-final-report' && patched(PILOT_FINAL_REPORT_APPROVAL_PATCH);

/**
 * While the pilot awaits its final report's approval: the reminder and then the escalation, each
 * when its time has come, through the programme service (once per pilot and step there, so a
 * step taken again after a continue-as-new records nothing). A step it refuses for good is logged
 * and not tried again.
 */
export async function followUpApproval(run: PilotRun, now: number): Promise<void> {
  if (!following(run)) return;
  for (const step of dueApprovalFollowUps(run.state, run.approvalFollowUps, now)) {
    try {
      await run.followUpApproval(step, Math.floor((now - dayAfter(run.state.endsOn)) / DAY_MS));
    } catch (error) {
      log.error('pilot final report approval follow-up not recorded', { step, error: String(error) });
    }
    run.approvalFollowUps.add(step);
  }
}

/** When the main loop must look again for the approval's follow-up, if it must. */
export function nextApprovalWake(run: PilotRun): number | undefined {
  return following(run) ? nextApprovalFollowUp(run.state, run.approvalFollowUps) : undefined;
}
