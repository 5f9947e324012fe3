import { condition } from '@temporalio/workflow';
import { DAY_MS } from '../../revalidation/run';
import { type ArrangementRun, arrangements } from '../run';

interface Reminder {
  daysBefore: number;
  atMs: number;
  /** `<reviewDueAt>/<daysBefore>`: sent once per review date and distance. */
  key: string;
}

/**
 * The next review reminder of an operational arrangement, or undefined (not operational, no
 * review date, all sent). Of reminders whose time passed unsent (during a suspension, or a
 * shorter period than the reminders), only the latest is sent: no burst of stale reminders.
 */
export function nextReminder(run: ArrangementRun): Reminder | undefined {
  const { phase, reviewDueAt, policy } = run.state;
  if (phase !== 'operational' || !reviewDueAt) return undefined;
  const dueMs = Date.parse(reviewDueAt);
  const pending = policy.reminderDaysBefore
    .map((daysBefore) => ({ daysBefore, atMs: dueMs - daysBefore * DAY_MS, key: `${reviewDueAt}/${daysBefore}` }))
    .filter((reminder) => !run.remindersSent.has(reminder.key))
    .sort((a, b) => a.atMs - b.atMs);
  const passed = pending.filter((reminder) => reminder.atMs <= Date.now());
  for (const stale of passed.slice(0, -1)) run.remindersSent.add(stale.key);
  return passed.at(-1) ?? pending[0];
}

/**
 * The arrangement's own clock: sleeps until the next review reminder while it is operational,
 * re-arming whenever a step changes the phase or the review date (a suspension stops the
 * reminders, a resumption restarts them). Returns when the arrangement is terminated, or when
 * the run should continue as new (a review completed, a large history) and no step is in progress.
 */
export async function watchReviews(run: ArrangementRun): Promise<void> {
  const stop = () => run.terminated !== undefined || ((run.renew || run.historyLarge()) && !run.busy);
  for (;;) {
    if (stop()) return;
    run.changed = false;
    const next = nextReminder(run);
    const wake = () => stop() || run.changed;
    if (!next) {
      await condition(wake);
      continue;
    }
    if (await condition(wake, Math.max(0, next.atMs - Date.now()))) continue;
    // A step in progress (a suspension, say) decides first whether the reminder still applies.
    if (run.busy) {
      await condition(() => !run.busy);
      continue;
    }
    const reviewDueAt = run.state.reviewDueAt!;
    await arrangements.recordArrangementReviewDue({
      arrangementId: run.input.arrangementId,
      reviewDueAt,
      daysBefore: next.daysBefore,
    });
    run.remindersSent.add(next.key);
    run.note(`review due ${reviewDueAt.slice(0, 10)}: reminder ${next.daysBefore} days ahead`);
  }
}
