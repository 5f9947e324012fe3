import { ApplicationFailure, log, patched } from '@temporalio/workflow';
import {
  PILOT_FINAL_REPORT_APPROVAL_PATCH,
  PILOT_FINAL_REPORT_APPROVAL_TIMING,
  PILOT_FINAL_REPORT_FOLLOW_UP_RETRY,
  PILOT_FINAL_REPORT_FOLLOW_UP_RETRY_PATCH,
  type PilotFinalReportApprovalStep,
} from './programme-pilot-final-report.contract';
import type { PilotRun } from './run';
import { DAY_MS } from './timeline';

const STEPS = ['reminder', 'escalation'] as const;

/** The follow-ups refused for good and to be tried again, with when (workflow time). */
type Retries = ReadonlyMap<PilotFinalReportApprovalStep, { retryAt: number }>;

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

/** When each follow-up not taken yet falls due: its time, or its retry's when it was refused. */
function dueTimes(awaitingSince: number, taken: ReadonlySet<PilotFinalReportApprovalStep>, retries: Retries) {
  const times = approvalFollowUpTimes(awaitingSince);
  return STEPS.filter((step) => !taken.has(step)).map((step) => ({
    step,
    at: Math.max(times[step], retries.get(step)?.retryAt ?? 0),
  }));
}

/** The follow-ups due at `now` not taken yet, in order (a late wake takes both). */
export function dueApprovalFollowUps(
  awaitingSince: number,
  taken: ReadonlySet<PilotFinalReportApprovalStep>,
  now: number,
  retries: Retries = new Map(),
): PilotFinalReportApprovalStep[] {
  return dueTimes(awaitingSince, taken, retries)
    .filter(({ at }) => now >= at)
    .map(({ step }) => step);
}

/** When the next follow-up (or retry of one) falls due, if one is left. */
export function nextApprovalFollowUp(
  awaitingSince: number,
  taken: ReadonlySet<PilotFinalReportApprovalStep>,
  retries: Retries = new Map(),
): number | undefined {
  const left = dueTimes(awaitingSince, taken, retries);
  return left.length > 0 ? Math.min(...left.map(({ at }) => at)) : undefined;
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
 * step asked again by a later run records nothing). A step it refuses for good is tried again a
 * day later, three times in all, each refusal audited and alerted to operations by the service
 * (before the patch `PILOT_FINAL_REPORT_FOLLOW_UP_RETRY_PATCH` it was logged and never tried again).
 */
export async function followUpApproval(run: PilotRun, now: number): Promise<void> {
  const since = awaitingSince(run);
  if (since === undefined) return;
  for (const step of dueApprovalFollowUps(since, run.approvalFollowUps, now, run.approvalFollowUpRetries)) {
    try {
      await run.followUpApproval(step, Math.floor((now - since) / DAY_MS));
    } catch (error) {
      log.error('pilot final report approval follow-up not recorded', { step, error: String(error) });
      // Only a refusal for good comes here (recordOrRefuse); anything else is retried by the activity's policy.
      if (error instanceof ApplicationFailure && patched(PILOT_FINAL_REPORT_FOLLOW_UP_RETRY_PATCH)) {
        await retryLater(run, step, error);
        continue;
      }
    }
    run.approvalFollowUps.add(step);
    run.approvalFollowUpRetries.delete(step);
  }
}

/**
 * A follow-up refused for good: tried again `intervalDays` later unless this was the last attempt
 * (then given up: taken); the service audits the refusal and alerts operations (an alert it cannot
 * record is only logged: it never stops the pilot).
 */
async function retryLater(run: PilotRun, step: PilotFinalReportApprovalStep, refusal: ApplicationFailure) {
  const attempt = (run.approvalFollowUpRetries.get(step)?.attempts ?? 0) + 1;
  const { attempts, intervalDays } = PILOT_FINAL_REPORT_FOLLOW_UP_RETRY;
  const retryAt = Date.now() + intervalDays * DAY_MS;
  if (attempt < attempts) run.approvalFollowUpRetries.set(step, { attempts: attempt, retryAt });
  else {
    run.approvalFollowUps.add(step);
    run.approvalFollowUpRetries.delete(step);
  }
  try {
    await run.reportFollowUpRefusal({
      step,
      attempt,
      attempts,
      ...(attempt < attempts ? { retryAt: new Date(retryAt).toISOString() } : {}),
      failureType: refusal.type ?? 'Error',
      detail: refusal.message,
    });
  } catch (error) {
    log.error('pilot final report approval follow-up refusal not recorded', { step, attempt, error: String(error) });
  }
}

/** When the main loop must look again for the approval's follow-up (or its retry), if it must. */
export function nextApprovalWake(run: PilotRun): number | undefined {
  const since = awaitingSince(run);
  return since === undefined
    ? undefined
    : nextApprovalFollowUp(since, run.approvalFollowUps, run.approvalFollowUpRetries);
}
