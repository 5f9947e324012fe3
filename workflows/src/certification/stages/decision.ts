import { condition } from '@temporalio/workflow';
import { applications } from '../../shared/activities';
import { adoptCorrelationId } from '../../shared/correlation';
import type { CertificationResult } from '../certification.contract';
import { CertificationRun, DAY_MS } from '../run';

/**
 * 4. The executive's decision (one update at a time): grant, refuse, or extend the decision
 * period once. 5. A refusal first opens the right to be heard: the operator may comment within
 * the hearing period; then the final decision (grant or refuse). 6. A grant enters the
 * authorisation in the register, effective after the effect period. A decision whose activity
 * fails for good is refused and the next one awaited. `deemed`: how the application was accepted.
 */
export async function decision(run: CertificationRun, deemed: boolean): Promise<CertificationResult> {
  const { state, limits, input } = run;
  const report = run.report!;
  run.enter('decision', `validation report by ${report.submittedBy}: ${report.recommendation}`);
  for (;;) {
    await condition(() => run.pending.length > 0 || run.withdrawal !== undefined);
    if (run.withdrawal && run.pending.length === 0) return run.withdrawn(run.withdrawal);
    const { decision, correlationId } = run.pending.shift()!;
    adoptCorrelationId(correlationId);
    /** Records the executive's decision through `record`; false when it failed for good (its update fails with the reason). */
    const recorded = (record: () => Promise<unknown>) =>
      run.step(`decision:${decision.decision}`, record, decision.decidedBy, 'decision');
    if (decision.decision === 'extend') {
      const previousDeadlineMs = run.decisionDeadlineMs;
      run.decisionDeadlineMs += decision.days * DAY_MS;
      const extended = new Date(run.decisionDeadlineMs).toISOString();
      state.decisionDeadline = extended;
      state.extendedByDays = decision.days;
      if (
        !(await recorded(() =>
          applications.recordDecisionDeadline({
            applicationId: input.applicationId,
            kind: 'extended',
            decisionDeadline: extended,
            decidedBy: decision.decidedBy,
            reasons: decision.reasons,
          }),
        ))
      ) {
        run.decisionDeadlineMs = previousDeadlineMs;
        state.decisionDeadline = new Date(previousDeadlineMs).toISOString();
        state.extendedByDays = undefined;
        continue;
      }
      run.note(`decision period extended by ${decision.days} days by ${decision.decidedBy}`);
      run.applied++;
      continue;
    }
    if (decision.decision === 'refuse' && state.stage === 'decision') {
      const respondByMs = Date.now() + limits.hearingDays * DAY_MS;
      const respondBy = new Date(respondByMs).toISOString();
      const hearing: NonNullable<typeof state.hearing> = { grounds: decision.reasons, respondBy };
      state.hearing = hearing;
      if (
        !(await recorded(() =>
          applications.openHearing({
            applicationId: input.applicationId,
            grounds: decision.reasons,
            decidedBy: decision.decidedBy,
            respondBy,
          }),
        ))
      ) {
        state.hearing = undefined;
        continue;
      }
      run.enter(
        'hearing',
        `refusal intended by ${decision.decidedBy}; the operator may comment until ${hearing.respondBy}`,
      );
      run.applied++;
      const answered = await condition(
        () => run.hearingResponse !== undefined || run.withdrawal !== undefined,
        Math.max(0, respondByMs - Date.now()),
      );
      if (run.withdrawal) return run.withdrawn(run.withdrawal);
      hearing.response = run.hearingResponse;
      hearing.expired = !answered;
      run.enter(
        'final-decision',
        answered
          ? `the operator commented (${run.hearingResponse!.respondedBy})`
          : 'the hearing period ended without comments',
      );
      continue;
    }
    run.deadline?.close();
    if (decision.decision === 'grant') {
      const decidedAt = new Date();
      const effectiveFrom = new Date(decidedAt.getTime() + limits.effectDays * DAY_MS).toISOString();
      let issued: { authorisationNumber: string } | undefined;
      const issue = async () => {
        issued = await applications.issueAuthorisation({
          applicationId: input.applicationId,
          decidedBy: decision.decidedBy,
          reasons: decision.reasons,
          conditions: decision.conditions,
          decidedAt: decidedAt.toISOString(),
          effectiveFrom,
        });
      };
      if (!(await recorded(issue))) {
        run.deadline?.reopen();
        continue;
      }
      const { authorisationNumber } = issued!;
      state.decision = {
        decision: 'grant',
        decidedBy: decision.decidedBy,
        reasons: decision.reasons,
        conditions: decision.conditions,
      };
      state.authorisation = { authorisationNumber, effectiveFrom };
      run.enter(
        'granted',
        `granted by ${decision.decidedBy}: authorisation ${authorisationNumber}, effective ${effectiveFrom}`,
      );
      run.applied++;
      return {
        outcome: 'granted',
        deemed,
        decisionDeadline: state.decisionDeadline,
        authorisationNumber,
        effectiveFrom,
      };
    }
    const hearing = { responded: state.hearing?.response !== undefined, response: state.hearing?.response?.response };
    if (
      !(await recorded(() =>
        applications.recordRefusal({
          applicationId: input.applicationId,
          decidedBy: decision.decidedBy,
          reasons: decision.reasons,
          hearing,
        }),
      ))
    ) {
      run.deadline?.reopen();
      continue;
    }
    state.decision = { decision: 'refuse', decidedBy: decision.decidedBy, reasons: decision.reasons };
    run.enter('refused', `refused by ${decision.decidedBy} after the hearing`);
    run.applied++;
    return { outcome: 'refused', deemed, decisionDeadline: state.decisionDeadline };
  }
}
