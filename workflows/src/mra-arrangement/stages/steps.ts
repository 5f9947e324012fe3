import { addMonths } from '../../revalidation/run';
import type { ArrangementStep } from '../mra-arrangement.contract';
import { type ArrangementRun, iso } from '../run';

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
    case 'suspend': {
      await run.record({
        step: step.step,
        by,
        byRoles,
        to: 'suspended',
        details: { reason: step.reason },
        summary: `suspended (was ${phase})`,
        reason: step.reason,
        terms: state.terms,
        suspendedFrom: phase,
      });
      state.suspendedFrom = phase;
      return run.enter('suspended', `${by}: suspended from ${phase} (${step.reason})`);
    }
    case 'resume': {
      const back = state.suspendedFrom ?? 'signed';
      await run.record({
        step: step.step,
        by,
        byRoles,
        to: back,
        details: { reason: step.reason },
        summary: `resumed (back to ${back})`,
        reason: step.reason,
        terms: state.terms,
        reviewDueAt: state.reviewDueAt,
        suspendedFrom: null,
      });
      state.suspendedFrom = undefined;
      return run.enter(back, `${by}: resumed to ${back} (${step.reason})`);
    }
    case 'terminate': {
      await run.record({
        step: step.step,
        by,
        byRoles,
        to: 'terminated',
        details: { reason: step.reason },
        summary: `terminated (was ${phase})`,
        reason: step.reason,
        terms: state.terms,
        reviewDueAt: null,
        suspendedFrom: null,
      });
      state.suspendedFrom = undefined;
      state.reviewDueAt = undefined;
      run.terminated = { by, reason: step.reason };
      return run.enter('terminated', `${by}: terminated (${step.reason})`);
    }
  }
}
