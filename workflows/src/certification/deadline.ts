import { condition, patched } from '@temporalio/workflow';
import { applications } from '../shared/activities';
import { CertificationRun, DAY_MS } from './run';

/** Marks the workflows whose decision-due and overdue notices go out once, even after a final decision that could not be recorded. */
export const DEADLINE_NOTICES_ONCE_PATCH = 'decision-deadline-notices-once';

/**
 * The decision deadline runs from acceptance, alongside every later stage: "decision due" goes
 * out ahead of it and "decision overdue" once it passed, each once per deadline (an extension
 * sets a new one), until a final decision is recorded or the application is withdrawn.
 */
export class DecisionDeadlineWatch {
  private closed = false;
  // The deadline each notice went out for; kept across a final decision that could not be recorded.
  private dueSentFor = -1;
  private overdueSentFor = -1;
  private watching = false;

  constructor(private readonly run: CertificationRun) {
    // Runs alongside the stages; it ends once closed.
    void this.watch();
  }

  close(): void {
    this.closed = true;
  }

  /** A final decision that could not be recorded: the deadline is watched again, its notices not sent twice. */
  reopen(): void {
    this.closed = false;
    if (patched(DEADLINE_NOTICES_ONCE_PATCH)) {
      // One watcher: one still sending a notice carries on.
      if (!this.watching) void this.watch();
      return;
    }
    // Histories recorded before: a new watcher that sent the notices again.
    this.dueSentFor = -1;
    this.overdueSentFor = -1;
    void this.watch();
  }

  private async watch(): Promise<void> {
    const { run } = this;
    const { limits, input } = run;
    this.watching = true;
    while (!this.closed) {
      const deadline = run.decisionDeadlineMs;
      const dueAt = deadline - limits.reminderDays * DAY_MS;
      const now = Date.now();
      const notice = (kind: 'due' | 'overdue') =>
        run.step(`decision ${kind} notice`, () =>
          applications.recordDecisionDeadline({
            applicationId: input.applicationId,
            kind,
            decisionDeadline: new Date(deadline).toISOString(),
          }),
        );
      if (now >= deadline && this.overdueSentFor !== deadline) {
        this.overdueSentFor = deadline;
        await notice('overdue');
        continue;
      }
      if (now >= dueAt && now < deadline && this.dueSentFor !== deadline) {
        this.dueSentFor = deadline;
        await notice('due');
        continue;
      }
      const next = now < dueAt ? dueAt : now < deadline ? deadline : undefined;
      const changed = () => this.closed || run.decisionDeadlineMs !== deadline;
      if (next === undefined) await condition(changed);
      else await condition(changed, next - now);
    }
    this.watching = false;
  }
}
