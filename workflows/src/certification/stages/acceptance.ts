import { condition, log, patched } from '@temporalio/workflow';
import { applications } from '../../shared/activities';
import { attempt } from '../../shared/failures';
import type { CertificationResult } from '../certification.contract';
import { CertificationRun, DAY_MS, HOUR_MS } from '../run';

/** Marks the workflows that stay at acceptance while a deemed acceptance cannot be recorded (before, they went on and every later step failed). */
export const DEEMED_ACCEPTANCE_HELD_PATCH = 'deemed-acceptance-held-until-recorded';

/**
 * 1. Acceptance: customs accepts or rejects within the acceptance period (stopped while requested
 * information is awaited), or the application is deemed accepted (EU UCC); the decision period
 * starts at acceptance. Until a decision is recorded: one whose record fails for good is noted
 * and the next awaited. Ends `accepted` (risk assessment next), `rejected` or `withdrawn`.
 */
export async function acceptance(run: CertificationRun): Promise<CertificationResult> {
  const { state, limits, input } = run;
  run.enter('acceptance', `submitted; acceptance due by ${state.acceptanceDeadline}`);
  let decidedInTime = false;
  let deemed: boolean;
  for (;;) {
    decidedInTime = false;
    for (;;) {
      const seen = run.requestChanges;
      const settled = () => run.acceptance !== undefined || run.withdrawal !== undefined || run.requestChanges !== seen;
      // While information is awaited the clock stands still: only a decision, a withdrawal or the reply ends the wait.
      const ended = run.openRequest
        ? await condition(settled).then(() => true)
        : await condition(settled, Math.max(0, run.acceptanceDeadlineMs - Date.now()));
      if (run.acceptance !== undefined || run.withdrawal !== undefined) {
        decidedInTime = true;
        break;
      }
      if (!ended) break;
    }
    if (run.withdrawal) return run.withdrawn(run.withdrawal);
    const decision = run.acceptance;
    if (decidedInTime && decision?.decision === 'reject') {
      const { decidedBy, reason } = decision;
      if (
        !(await run.step(
          'rejection',
          () => applications.recordRejection({ applicationId: input.applicationId, decidedBy, reason }),
          decidedBy,
          'signal',
        ))
      ) {
        run.acceptance = undefined;
        continue;
      }
      run.enter('rejected', `rejected by ${decidedBy}: ${reason}`);
      return { outcome: 'rejected', deemed: false };
    }
    deemed = !decidedInTime;
    run.decisionDeadlineMs = Date.now() + limits.decisionDays * DAY_MS;
    const decisionDeadline = new Date(run.decisionDeadlineMs).toISOString();
    state.decisionDeadline = decisionDeadline;
    const decidedBy = deemed ? 'system:deemed-acceptance' : decision!.decidedBy;
    // A customs acceptance that cannot be recorded is awaited again; a deemed one is retried (histories before it went on unrecorded).
    const hold = deemed && patched(DEEMED_ACCEPTANCE_HELD_PATCH);
    const recorded = await run.step(
      'acceptance',
      () => applications.recordAcceptance({ applicationId: input.applicationId, deemed, decidedBy, decisionDeadline }),
      decidedBy,
      !deemed ? 'signal' : hold ? 'retried' : 'step',
    );
    if (!recorded && !deemed) {
      run.acceptance = undefined;
      state.decisionDeadline = undefined;
      continue;
    }
    if (!recorded && hold) {
      const held = await holdDeemedAcceptance(run);
      if (held === 'withdrawn') return run.withdrawn(run.withdrawal!);
      deemed = held === 'deemed';
    }
    break;
  }
  run.enter(
    'risk-assessment',
    deemed
      ? 'deemed accepted: customs did not decide within the acceptance period'
      : `accepted by ${run.acceptance!.decidedBy}`,
  );
  return { outcome: 'accepted', deemed, decisionDeadline: state.decisionDeadline };
}

/**
 * A deemed acceptance that could not be recorded leaves the application `submitted`, so every
 * later step would fail: the workflow stays at acceptance and records it again after an hour,
 * then at intervals doubling up to a day (operations were alerted once), until it is recorded,
 * customs accepts meanwhile (recorded as its acceptance) or the application is withdrawn. A
 * rejection is ignored: the application was accepted when the period ended.
 */
async function holdDeemedAcceptance(run: CertificationRun): Promise<'deemed' | 'accepted' | 'withdrawn'> {
  const { state, limits, input } = run;
  run.deemedHeld = true;
  state.decisionDeadline = undefined;
  for (let wait = HOUR_MS; ; wait = Math.min(2 * wait, DAY_MS)) {
    await condition(() => run.acceptance !== undefined || run.withdrawal !== undefined, wait);
    if (run.withdrawal) return 'withdrawn';
    const rejection = run.acceptance;
    if (rejection?.decision === 'reject') {
      run.note(
        `rejection by ${rejection.decidedBy} ignored: the application was deemed accepted when the acceptance period ended`,
      );
      run.acceptance = undefined;
    }
    const by = run.acceptance?.decidedBy;
    const deadlineMs = Date.now() + limits.decisionDays * DAY_MS;
    const decisionDeadline = new Date(deadlineMs).toISOString();
    const record = () =>
      applications.recordAcceptance({
        applicationId: input.applicationId,
        deemed: by === undefined,
        decidedBy: by ?? 'system:deemed-acceptance',
        decisionDeadline,
      });
    // A customs acceptance that cannot be recorded is refused like any; the deemed one's retries are only logged.
    const done = by
      ? await run.step('acceptance', record, by, 'signal')
      : await attempt(record, async (failure) =>
          log.warn('the deemed acceptance still cannot be recorded', { detail: failure.message }),
        );
    if (done) {
      run.deemedHeld = false;
      run.decisionDeadlineMs = deadlineMs;
      state.decisionDeadline = decisionDeadline;
      return by ? 'accepted' : 'deemed';
    }
    run.acceptance = undefined;
  }
}
