import { RevalidationRun, Ticket, Transition } from '../run';
import { revocation } from './revocation';
import { surrender } from './surrender';
import { suspension } from './suspension';

/**
 * Suspension, an intended revocation or a surrender, from any stage that allows it; undefined
 * when a revocation was dropped or the action failed (the caller stays at its stage).
 * `afterApplied` runs once the action is recorded.
 */
export async function interruption(
  run: RevalidationRun,
  ticket: Ticket,
  fromCycle: boolean,
  afterApplied?: () => Promise<void>,
): Promise<Transition | undefined> {
  const action = ticket.action;
  if (action.action === 'suspend' || action.action === 'request-suspension')
    return suspension(run, ticket, fromCycle, afterApplied);
  if (action.action === 'intend-revocation') return revocation(run, ticket);
  if (action.action === 'surrender') return surrender(run, ticket, afterApplied);
  run.refuse(ticket, `"${action.action}" is not possible at stage ${run.state.stage}`);
  return undefined;
}
