import { log, patched } from '@temporalio/workflow';
import {
  PILOT_FINAL_REPORT_APPROVAL_PATCH,
  PILOT_FINAL_REPORT_APPROVAL_TIMING,
  type PilotFinalReportApprovalStep,
} from './programme-pilot-final-report.contract';
import type { PilotRun } from './run';
import { DAY_MS } from './timeline';

const STEPS = ['reminder', 'escalation'] as const;

/** When each follow-up of the awaited approval falls due: days after the report began to await it. */
export function approvalFollowUpTimes(
  awaitingSince: number,
  timing: { reminderDays: number; escalationDays: number } = PILOT_FINAL_REPORT_APPROVAL_TIMING,
): Record<PilotFinalReportApprovalStep, number> {
  return {
    reminder: awaitingSince + timing.reminderDays * DAY_MS,
    escalation: awaitingSince + timing.escalationDays * DAY_MS,
  };
}

/** The follow-ups due at `now` not taken yet, in order (a late wake takes both). */
export function dueApprovalFollowUps(
  awaitingSince: number,
  taken: ReadonlySet<PilotFinalReportApprovalStep>,
  now: number,
): PilotFinalReportApprovalStep[] {
  const times = approvalFollowUpTimes(awaitingSince);
  return STEPS.filter((step) => !taken.has(step) && now >= times[step]);
}

/** When the next follow-up falls due, if one is left. */
export function nextApprovalFollowUp(
  awaitingSince: number,
  taken: ReadonlySet<PilotFinalReportApprovalStep>,
): number | undefined {
  const times = approvalFollowUpTimes(awaitingSince);
  const left = STEPS.filter((step) => !taken.has(step));
  return left.length > 0 ? Math.min(...left.map((step) => times[step])) : undefined;
}

/**
 * Since when this run's pilot awaits the approval, when it follows it up (a pilot awaiting it,
 * under the patch): the workflow time it first looked, right after the report was made at the
 * pilot's end (a later run of the workflow counts from its own start; the service takes each
 * follow-up once per pilot whichever run asks).
 */
function awaitingSince(run: PilotRun): number | undefined {
  if (run.state.stage !== 'awaiting-final-report' || !patched(PILOT_FINAL_REPORT_APPROVAL_PATCH)) return undefined;
  run.approvalAwaitedSince ??= Date.now();
  return run.approvalAwaitedSince;
}

/**
 * While the pilot awaits its final report's approval: the reminder and then the escalation, each
 * when its time has come, through the programme service (once per pilot and step there, so a
 * step asked again by a later run records nothing). A step it refuses for good is logged and not
 * tried again.
 */
export async function followUpApproval(run: PilotRun, now: number): Promise<void> {
  const since = awaitingSince(run);
  if (since === undefined) return;
  for (const step of dueApprovalFollowUps(since, run.approvalFollowUps, now)) {
    try {
      await run.followUpApproval(step, Math.floor((now - since) / DAY_MS));
    } catch (error) {
      log.error('pilot final report approval follow-up not recorded', { step, error: String(error) });
    }
    run.approvalFollowUps.add(step);
  }
}

/** When the main loop must look again for the approval's follow-up, if it must. */
export function nextApprovalWake(run: PilotRun): number | undefined {
  const since = awaitingSince(run);
  return since === undefined ? undefined : nextApprovalFollowUp(since, run.approvalFollowUps);
}
