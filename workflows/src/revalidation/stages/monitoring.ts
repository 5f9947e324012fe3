import { register } from '../../shared/activities';
import { ACTIONS_BY_STAGE } from '../revalidation.contract';
import { DAY_MS, RevalidationRun, Transition } from '../run';
import { revalidationCycle } from './cycle';
import { interruption } from './interruption';

/**
 * Monitoring, until the due date or an early trigger: reminders ahead of the due date, then a
 * revalidation cycle; a suspension, an intended revocation or a surrender meanwhile.
 */
export async function monitoring(run: RevalidationRun): Promise<Transition> {
  const { state, policy, input } = run;
  run.enter('monitoring', `cycle ${state.cycle}: revalidation due ${state.nextDueAt}`);
  const points = [...new Set(policy.reminderDaysBefore)]
    .sort((a, b) => b - a)
    .map((daysAhead) => ({ daysAhead, at: run.nextDueMs - daysAhead * DAY_MS }));
  // A run that starts past a reminder point sends only the latest one it missed.
  let next = points.findIndex((p) => p.at > Date.now());
  if (next === -1) next = points.length;
  if (next > 0 && Date.now() < run.nextDueMs) next -= 1;
  for (;;) {
    if (state.pendingTriggers.length > 0) return revalidationCycle(run, state.pendingTriggers.splice(0));
    if (Date.now() >= run.nextDueMs) {
      return revalidationCycle(run, [
        {
          triggerId: `scheduled-${input.authorisationNumber}-${state.cycle}`,
          source: 'scheduled',
          reason: `periodic revalidation due ${state.nextDueAt}`,
          requestedBy: 'system:revalidation-schedule',
          siteVisit: false,
        },
      ]);
    }
    if (next < points.length && Date.now() >= points[next].at) {
      const daysAhead = points[next].daysAhead;
      if (
        await run.step('revalidation reminder', () =>
          register.recordRevalidationDue({ ...run.ref, revalidationDue: state.nextDueAt, daysAhead }),
        )
      )
        run.note(`reminder sent: revalidation due in ${daysAhead} days`);
      next++;
      continue;
    }
    const wakeAt = next < points.length ? Math.min(points[next].at, run.nextDueMs) : run.nextDueMs;
    const ticket = await run.nextAction(ACTIONS_BY_STAGE.monitoring, wakeAt, () => state.pendingTriggers.length > 0);
    if (!ticket) continue;
    const outcome = await interruption(run, ticket, false);
    if (outcome) return outcome;
    if (!ticket.failed) run.enter('monitoring', `back to monitoring; revalidation due ${state.nextDueAt}`);
  }
}
