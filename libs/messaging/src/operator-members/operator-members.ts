import { OperatorUserLinked, OperatorUserRemoved } from '@aeo/contracts';
import { ROLES } from '@aeo/contracts/roles';
import { runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import type { EventConsumer } from '../consumer/event-consumer';
import { findLinkedOperatorMember, removeOperatorMember, saveOperatorMember } from './operator-members.queries';

/**
 * Folds the applications service's aeo.operator.user-linked.v1 / user-removed.v1 into the service's
 * `operator_members` (`OperatorMembers1764390000400`). The service registers the consumer itself
 * (`consumers.register('<service>.operator-members', [TOPIC_NAMES.applicationEvents], foldOperatorMembers)`),
 * with the inbox and dead letters of every consumer. The latest change wins: a redelivered or
 * replayed older link does not undo a removal.
 */
export function foldOperatorMembers(consumer: EventConsumer): EventConsumer {
  return consumer
    .on(OperatorUserLinked, async ({ data }, manager) => {
      await runSql(saveOperatorMember, { ...data, at: data.linkedAt }, manager);
    })
    .on(OperatorUserRemoved, async ({ data }, manager) => {
      await runSql(removeOperatorMember, { ...data, at: data.removedAt }, manager);
    });
}

/** A user's link to a company as the service's copy has it now. */
export interface OperatorMembership {
  operatorId: string;
  role: 'administrator' | 'member';
}

/**
 * The link of user `sub` to the company `taxpayerId` (an operator user's token names it), undefined
 * when the copy has none: never linked, removed, or linked so recently that the event is not folded yet.
 */
export function findOperatorMembership(
  runner: SqlRunner,
  sub: string,
  taxpayerId: string,
): Promise<OperatorMembership | undefined> {
  return runSqlOne(findLinkedOperatorMember, { sub, taxpayerId }, runner, (row) => ({
    operatorId: row.operator_id,
    role: row.role === 'administrator' ? 'administrator' : 'member',
  }));
}

/**
 * True when `user` is an operator user that acts for the company `taxpayerId` now: its token names
 * that company and the service's copy has it linked. A token naming the company is not enough (a
 * trader's own sign-up takes any taxpayer id; a removed user keeps its token until it expires), and
 * a user linked a moment ago is not linked here until the event is folded.
 */
export async function operatorUserActsFor(
  runner: SqlRunner,
  user: { sub: string; roles: readonly string[]; taxpayerId?: string },
  taxpayerId: string,
): Promise<boolean> {
  if (!user.roles.includes(ROLES.operatorUser) || user.taxpayerId !== taxpayerId) return false;
  return (await findOperatorMembership(runner, user.sub, taxpayerId)) !== undefined;
}
