import { addMonths, iso } from '../../revalidation/run';
import type { MraPhase } from '@aeo/contracts/mra';
import type { ArrangementStep, ArrangementStepRecord } from '../mra-arrangement.contract';
import type { ArrangementRun } from '../run';

/** Records `step` through the mra service, then changes the workflow's state: nothing changes when the record fails. */
export async function applyStep(run: ArrangementRun, step: ArrangementStep): Promise<void> {
  const { state } = run;
  const { by, byRoles } = step;
  const phase = state.phase;
  switch (step.step) {
    case 'advance': {
      const reviewDueAt =
        step.to === 'operational' ? iso(addMonths(Date.now(), state.policy.intervalMonths)) : undefined;
      await run.record({
        step: step.step,
        by,
        byRoles,
        to: step.to,
        details: { note: step.note },
        summary: `${phase} → ${step.to}`,
        reason: step.note,
        terms: state.terms,
        reviewDueAt: reviewDueAt ?? state.reviewDueAt,
      });
      if (reviewDueAt) state.reviewDueAt = reviewDueAt;
      return run.enter(step.to, `${by}: ${phase} → ${step.to}${step.note ? ` (${step.note})` : ''}`);
    }
    case 'record-comparison': {
      const gaps = step.entries.filter((entry) => entry.assessment === 'gap');
      const summary = `programme comparison: ${step.entries.length} criteria mapped, ${gaps.length} gaps`;
      await run.record({ step: step.step, by, byRoles, to: phase, details: { entries: step.entries }, summary });
      state.progress.comparisonEntries = step.entries.length;
      state.progress.gaps = gaps.length;
      return run.note(`${by}: ${summary}`);
    }
    case 'record-visit': {
      const { date, site, operator, ourObservations, partnerObservations } = step;
      const summary = `joint validation visit on ${date} at ${site}${operator ? ` (${operator})` : ''}`;
      const details = { date, site, operator, ourObservations, partnerObservations };
      await run.record({ step: step.step, by, byRoles, to: phase, details, summary });
      state.progress.visits += 1;
      return run.note(`${by}: ${summary}`);
    }
    case 'record-negotiation-round': {
      const round = state.progress.negotiationRounds + 1;
      const summary = `negotiation round ${round} on ${step.date}`;
      await run.record({
        step: step.step,
        by,
        byRoles,
        to: phase,
        details: { round, date: step.date, notes: step.notes },
        summary,
      });
      state.progress.negotiationRounds = round;
      return run.note(`${by}: ${summary}`);
    }
    case 'sign': {
      const summary = `signed on ${step.signedOn}`;
      await run.record({
        step: step.step,
        by,
        byRoles,
        to: 'signed',
        details: { text: step.text, signedOn: step.signedOn },
        summary,
        terms: step.terms,
        signedOn: step.signedOn,
      });
      state.terms = step.terms;
      return run.enter('signed', `${by}: ${summary}`);
    }
    case 'record-exchange-test': {
      const summary = `data-exchange test on ${step.date}: ${step.outcome}`;
      const details = { date: step.date, outcome: step.outcome, notes: step.notes };
      await run.record({ step: step.step, by, byRoles, to: phase, details, summary });
      state.progress.lastExchangeTest = step.outcome;
      return run.note(`${by}: ${summary}`);
    }
    case 'complete-review': {
      const policy = { ...state.policy, intervalMonths: step.intervalMonths ?? state.policy.intervalMonths };
      const reviewDueAt = iso(addMonths(Date.now(), policy.intervalMonths));
      const summary = `periodic review completed; next review due ${reviewDueAt.slice(0, 10)}`;
      await run.record({
        step: step.step,
        by,
        byRoles,
        to: phase,
        details: {
          findings: step.findings,
          previousReviewDueAt: state.reviewDueAt,
          intervalMonths: policy.intervalMonths,
        },
        summary,
        reviewDueAt,
        policy,
      });
      state.policy = policy;
      state.reviewDueAt = reviewDueAt;
      state.progress.reviewsCompleted += 1;
      run.changed = true;
      // The next review period runs as a new run, so no history grows without bound.
      run.renew = true;
      return run.note(`${by}: ${summary}`);
    }
    case 'set-review-policy': {
      const policy = {
        intervalMonths: step.intervalMonths,
        reminderDaysBefore: step.reminderDaysBefore ?? state.policy.reminderDaysBefore,
      };
      const summary = `review period ${policy.intervalMonths} months (from the next review on), reminders ${policy.reminderDaysBefore.join(', ')} days ahead`;
      await run.record({ step: step.step, by, byRoles, to: phase, details: policy, summary, policy });
      state.policy = policy;
      run.changed = true;
      return run.note(`${by}: ${summary}`);
    }
    case 'suspend':
      await changePhaseFor(run, step, 'suspended', `suspended (was ${phase})`, { suspendedFrom: phase });
      state.suspendedFrom = phase;
      return;
    case 'resume': {
      // Suspension is only possible from signed on, so it always names the phase to return to.
      const back = state.suspendedFrom ?? 'signed';
      await changePhaseFor(run, step, back, `resumed (back to ${back})`, { suspendedFrom: null });
      state.suspendedFrom = undefined;
      return;
    }
    case 'terminate':
      await changePhaseFor(run, step, 'terminated', `terminated (was ${phase})`, {
        reviewDueAt: null,
        suspendedFrom: null,
      });
      state.suspendedFrom = undefined;
      state.reviewDueAt = undefined;
      run.terminated = { by, reason: step.reason };
      return;
  }
}

/** Suspension, resumption and termination: a phase change for a reason, with the signed terms carried on. */
async function changePhaseFor(
  run: ArrangementRun,
  step: Extract<ArrangementStep, { reason: string }>,
  to: MraPhase,
  summary: string,
  changes: Pick<ArrangementStepRecord, 'reviewDueAt' | 'suspendedFrom'>,
): Promise<void> {
  const { by, byRoles, reason } = step;
  await run.record({
    step: step.step,
    by,
    byRoles,
    to,
    details: { reason },
    summary,
    reason,
    terms: run.state.terms,
    ...changes,
  });
  run.enter(to, `${by}: ${summary} (${reason})`);
}
