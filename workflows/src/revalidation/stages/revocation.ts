import { patched, sleep } from '@temporalio/workflow';
import { register } from '../../shared/activities';
import { ACTION_FAILURES_PATCH } from '../../shared/failures';
import { ACTIONS_BY_STAGE, RevalidationState } from '../revalidation.contract';
import { DAY_MS, RevalidationRun, Ticket, Transition, iso } from '../run';
import { surrender } from './surrender';

/**
 * An intended revocation, with the right to be heard: the holder's comments within the hearing
 * period, then customs revokes (effective on its date) or drops it (back to the stage it
 * interrupted: undefined); a surrender meanwhile. Undefined too when it could not be recorded.
 */
export async function revocation(run: RevalidationRun, ticket: Ticket): Promise<Transition | undefined> {
  const { state, policy, ref } = run;
  const action = ticket.action;
  if (action.action !== 'intend-revocation') throw new Error('unreachable');
  const respondByMs = Date.now() + policy.hearingDays * DAY_MS;
  if (
    !(await run.applies(ticket, () =>
      register.openRevocationHearing({
        ...ref,
        grounds: action.grounds,
        decidedBy: action.by,
        respondBy: iso(respondByMs),
      }),
    ))
  )
    return undefined;
  const revocationState: NonNullable<RevalidationState['revocation']> = {
    grounds: action.grounds,
    by: action.by,
    respondBy: iso(respondByMs),
  };
  state.revocation = revocationState;
  const resumeStage = state.stage;
  run.enter(
    'revocation-hearing',
    `revocation intended by ${action.by}; the holder may comment until ${revocationState.respondBy}`,
  );
  run.done(ticket);
  for (;;) {
    const next = await run.nextAction(ACTIONS_BY_STAGE['revocation-hearing'], respondByMs);
    if (next?.action.action === 'surrender') {
      const ended = await surrender(run, next);
      if (ended) return ended;
      continue;
    }
    if (next?.action.action === 'hearing-response') {
      const { by, response } = next.action;
      if (
        !(await run.applies(next, () =>
          register.noteRevocation({ ...ref, kind: 'hearing-response', by, text: response }),
        ))
      )
        continue;
      revocationState.response = { by, response };
      run.done(next);
    } else {
      revocationState.expired = true;
    }
    break;
  }
  run.enter(
    'revocation-decision',
    revocationState.response
      ? `the holder commented (${revocationState.response.by})`
      : 'the hearing period ended without comments',
  );
  for (;;) {
    const next = (await run.nextAction(ACTIONS_BY_STAGE['revocation-decision']))!;
    const decision = next.action;
    if (decision.action === 'surrender') {
      const ended = await surrender(run, next);
      if (ended) return ended;
      continue;
    }
    if (decision.action === 'drop-revocation') {
      if (
        !(await run.applies(next, () =>
          register.noteRevocation({ ...ref, kind: 'dropped', by: decision.by, text: decision.reasons.join('; ') }),
        ))
      )
        continue;
      state.revocation = undefined;
      state.stage = resumeStage;
      run.note(`revocation dropped by ${decision.by}: ${decision.reasons.join('; ')}`);
      run.done(next);
      return undefined;
    }
    if (decision.action !== 'revoke') throw new Error('unreachable');
    const effectiveMs = decision.effectiveFrom ? Math.max(Date.now(), Date.parse(decision.effectiveFrom)) : Date.now();
    const effectiveFrom = iso(effectiveMs);
    const record = () =>
      register.recordRevocation({
        ...ref,
        decidedBy: decision.by,
        grounds: [...revocationState.grounds, ...decision.reasons],
        effectiveFrom,
      });
    if (effectiveMs <= Date.now() && patched(ACTION_FAILURES_PATCH)) {
      // Effective at once: recorded before customs is answered, so a failure refuses the revocation.
      if (!(await run.applies(next, record))) continue;
      revocationState.effectiveFrom = effectiveFrom;
      run.enter('revoking', `revocation decided by ${decision.by}, effective ${effectiveFrom}`);
      run.done(next);
    } else {
      revocationState.effectiveFrom = effectiveFrom;
      run.enter('revoking', `revocation decided by ${decision.by}, effective ${effectiveFrom}`);
      run.done(next);
      if (effectiveMs > Date.now()) await sleep(effectiveMs - Date.now());
      if (!(await run.step('revocation on its effective date', record, decision.by))) {
        revocationState.effectiveFrom = undefined;
        run.enter('revocation-decision', 'the revocation could not be recorded; customs decides again');
        continue;
      }
    }
    run.enter('revoked', `revoked with effect from ${effectiveFrom}`);
    return { kind: 'end', result: { outcome: 'revoked', effectiveFrom, cycle: state.cycle } };
  }
}
