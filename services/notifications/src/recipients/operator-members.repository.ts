import { runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import { findOperatorMembership, removeOperatorMember, saveOperatorMember } from './operator-members.queries';

/** A company's user as the applications service's aeo.operator.user-* events tell notifications. */
export interface OperatorMembership {
  operatorId: string;
  taxpayerId: string;
  role: 'administrator' | 'member';
}

interface MemberChange extends OperatorMembership {
  sub: string;
  /** When it was linked or removed (the event's linkedAt or removedAt): an older change never overrides a newer one. */
  at: string;
}

export async function saveMember(runner: SqlRunner, change: MemberChange): Promise<void> {
  await runSql(saveOperatorMember, { ...change, changedAt: change.at }, runner);
}

export async function removeMember(runner: SqlRunner, change: MemberChange): Promise<void> {
  await runSql(removeOperatorMember, { ...change, removedAt: change.at }, runner);
}

/** The company `taxpayerId` (an operator user's token names it) the user `sub` belongs to now, and in which role. */
export async function findMembership(
  runner: SqlRunner,
  sub: string,
  taxpayerId: string,
): Promise<OperatorMembership | undefined> {
  return runSqlOne(findOperatorMembership, { sub, taxpayerId }, runner, (row) => ({
    operatorId: row.operator_id,
    taxpayerId: row.taxpayer_id,
    role: row.role === 'administrator' ? 'administrator' : 'member',
  }));
}
