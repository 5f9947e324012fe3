import { condition, log, patched, workflowInfo } from '@temporalio/workflow';
import { PILOT_FINAL_REPORT_PATCH } from './programme-pilot-final-report.contract';
import { PILOT_SYSTEM_ACTOR } from './programme-pilot.contract';
import { followUpApproval, nextApprovalWake } from './final-report-follow-up';
import type { PilotRun } from './run';
import { dayAfter, dayStart, daysLeft, dueMilestoneStep, nextMilestoneTime } from './timeline';

const SYSTEM = { by: PILOT_SYSTEM_ACTOR, byRoles: [] as string[] };

/**
 * Follows the pilot until it closes or is cancelled: waits for the start date, then, while it
 * runs, reminds, marks late and escalates its milestones as their dates come, and ends it after
 * its end date (an extension moves it) and has its final report made; then it waits for the
 * report's approval, reminding and then escalating while it waits (final-report-follow-up.ts). Returns
 * `continue-as-new` when the history has grown long (the run's state goes to the next run).
 */
export async function followPilot(run: PilotRun): Promise<'finished' | 'continue-as-new'> {
  for (;;) {
    await condition(() => !run.busy);
    run.busy = true;
    try {
      await catchUp(run, Date.now());
    } finally {
      run.busy = false;
    }
    if (run.finished) return 'finished';
    const info = workflowInfo();
    if (info.continueAsNewSuggested || info.historyLength > run.input.historyLimit) return 'continue-as-new';
    run.changed = false;
    const wake = nextWake(run, Date.now());
    const woken = () => run.changed || run.finished;
    if (wake === undefined) await condition(woken);
    else await condition(woken, Math.max(wake - Date.now(), 1));
  }
}

/** Takes every step whose time has come. */
async function catchUp(run: PilotRun, now: number): Promise<void> {
  const { state } = run;
  if (state.stage === 'scheduled' && now >= dayStart(state.startsOn)) {
    await run.record({ step: 'start', ...SYSTEM });
    run.enter('running');
  }
  if (state.stage === 'awaiting-final-report') await followUpApproval(run, now);
  if (state.stage !== 'running') return;
  const timing = { reminderDays: state.reminderDays, graceDays: state.escalationGraceDays };
  for (const milestone of state.milestones) {
    for (let due = dueMilestoneStep(milestone, now, timing); due; due = dueMilestoneStep(milestone, now, timing)) {
      const { milestoneId } = milestone;
      try {
        if (due === 'remind')
          await run.record({ step: 'milestone-due-soon', milestoneId, daysLeft: daysLeft(milestone, now), ...SYSTEM });
        else if (due === 'late') await run.record({ step: 'milestone-late', milestoneId, ...SYSTEM });
        else await run.record({ step: 'milestone-escalated', milestoneId, graceDays: timing.graceDays, ...SYSTEM });
      } catch (error) {
        // A step the service refuses for good is not tried again: the milestone moves on.
        log.error('pilot milestone step not recorded', { milestoneId, due, error: String(error) });
      }
      milestone.reminded = true;
      if (due === 'late') milestone.status = 'late';
      if (due === 'escalate') milestone.status = 'escalated';
    }
  }
  if (now >= dayAfter(state.endsOn)) {
    await run.record({ step: 'end', ...SYSTEM });
    run.enter('awaiting-final-report');
    // The final report is made here (the approval waits for it: the run is busy meanwhile).
    if (patched(PILOT_FINAL_REPORT_PATCH)) await run.produceFinalReport();
  }
}

/** When the main loop must look again: the start, the next milestone step, or the end. */
function nextWake(run: PilotRun, now: number): number | undefined {
  const { state } = run;
  if (state.stage === 'scheduled') return dayStart(state.startsOn);
  if (state.stage === 'awaiting-final-report') return nextApprovalWake(run);
  if (state.stage !== 'running') return undefined;
  const timing = { reminderDays: state.reminderDays, graceDays: state.escalationGraceDays };
  const times = state.milestones
    .map((milestone) => nextMilestoneTime(milestone, now, timing))
    .filter((time): time is number => time !== undefined);
  return Math.min(dayAfter(state.endsOn), ...times);
}
