import type { EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '@aeo/auth';
import { currentCorrelationId } from '@aeo/observability';
import { recordAudit, runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import type { Invitation, InvitationStatus, StoredInvitation } from './invitation.response';
import {
  acceptInvitation,
  countRecentInvitations,
  findInvitation,
  findInvitationByCode,
  insertInvitation,
  listInvitations,
  lockInvitationByCode,
  revokeInvitation,
  revokeInvitationsBy,
  type IFindInvitationResult,
} from './invitations.queries';

const language = (value: string): Invitation['language'] => (value === 'mn' ? 'mn' : 'en');
const role = (value: string): Invitation['role'] => (value === 'administrator' ? 'administrator' : 'member');

/** An invitation's status at `now`: accepted and revoked are final, a pending one past its time has expired. */
export function invitationStatus(
  row: Pick<IFindInvitationResult, 'accepted_at' | 'revoked_at' | 'expires_at'>,
  now = new Date(),
): InvitationStatus {
  if (row.accepted_at) return 'accepted';
  if (row.revoked_at) return 'revoked';
  return row.expires_at.getTime() <= now.getTime() ? 'expired' : 'pending';
}

export function toInvitation(row: IFindInvitationResult): StoredInvitation {
  return {
    id: row.id,
    operatorId: row.operator_id,
    email: row.email,
    name: row.name,
    role: role(row.role),
    language: language(row.language),
    status: invitationStatus(row),
    invitedBy: row.invited_by,
    invitedAt: row.invited_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
    ...(row.accepted_at ? { acceptedAt: row.accepted_at.toISOString() } : {}),
    ...(row.accepted_sub ? { acceptedSub: row.accepted_sub } : {}),
    ...(row.revoked_at ? { revokedAt: row.revoked_at.toISOString() } : {}),
    ...(row.revoked_by ? { revokedBy: row.revoked_by } : {}),
  };
}

export interface NewInvitation {
  id: string;
  operatorId: string;
  codeHash: string;
  email: string;
  name: string;
  role: Invitation['role'];
  language: Invitation['language'];
  invitedBy: string;
  expiresAt: Date;
}

export async function insertNewInvitation(runner: SqlRunner, invitation: NewInvitation): Promise<StoredInvitation> {
  const [row] = await runSql(insertInvitation, invitation, runner);
  return toInvitation(row);
}

/** What the company's invitation limits count: its pending invitations, and those created in the last 24 hours. */
export async function countInvitationsOf(
  runner: SqlRunner,
  operatorId: string,
): Promise<{ pending: number; lastDay: number }> {
  const [row] = await runSql(countRecentInvitations, { operatorId }, runner);
  return { pending: row.pending, lastDay: row.last_day };
}

/** The company's invitations, the latest first (at most 500). */
export async function listInvitationsOf(runner: SqlRunner, operatorId: string): Promise<StoredInvitation[]> {
  return (await runSql(listInvitations, { operatorId }, runner)).map(toInvitation);
}

export function findInvitationOf(
  runner: SqlRunner,
  operatorId: string,
  id: string,
): Promise<StoredInvitation | undefined> {
  return runSqlOne(findInvitation, { operatorId, id }, runner, toInvitation);
}

/** Revokes a pending invitation; undefined when it is not pending (accepted, revoked, expired) or not the company's. */
export function revokePendingInvitation(
  runner: SqlRunner,
  operatorId: string,
  id: string,
  revokedBy: string,
): Promise<StoredInvitation | undefined> {
  return runSqlOne(revokeInvitation, { operatorId, id, revokedBy }, runner, toInvitation);
}

/** The invitation of a code's hash, with its company's name and taxpayer id. */
export function findInvitationWithCode(
  runner: SqlRunner,
  codeHash: string,
): Promise<(StoredInvitation & { operatorName: string; taxpayerId: string }) | undefined> {
  return runSqlOne(findInvitationByCode, { codeHash }, runner, (row) => ({
    ...toInvitation(row),
    operatorName: row.operator_name,
    taxpayerId: row.taxpayer_id,
  }));
}

/** The invitation of a code's hash, locked for the rest of the transaction (its redemption). */
export function lockInvitationWithCode(runner: SqlRunner, codeHash: string): Promise<StoredInvitation | undefined> {
  return runSqlOne(lockInvitationByCode, { codeHash }, runner, toInvitation);
}

/** Marks a pending invitation accepted by `sub`; false when it was not pending any more. */
export async function acceptPendingInvitation(runner: SqlRunner, id: string, sub: string): Promise<boolean> {
  return (await runSql(acceptInvitation, { id, sub }, runner)).length === 1;
}

/**
 * Revokes the pending invitations `invitedBy` issued for the company (removed from it, or no longer
 * its administrator: what they sent out must not let anyone in after them), each audited; their ids.
 */
export async function revokePendingInvitationsBy(
  manager: EntityManager,
  change: { operatorId: string; invitedBy: string; actor: AuthenticatedUser; reason: string },
): Promise<string[]> {
  const revoked = await runSql(
    revokeInvitationsBy,
    { operatorId: change.operatorId, invitedBy: change.invitedBy, revokedBy: change.actor.sub },
    manager,
  );
  for (const invitation of revoked)
    await auditRevocation(manager, change.actor, change.operatorId, invitation, change.reason);
  return revoked.map((invitation) => invitation.id);
}

/** The audit entry of a pending invitation revoked (`operator.invitation-revoked`). */
export async function auditRevocation(
  manager: EntityManager,
  actor: AuthenticatedUser,
  operatorId: string,
  invitation: { id: string; email: string; role: string },
  reason?: string,
): Promise<void> {
  await recordAudit(manager, {
    actor,
    action: 'operator.invitation-revoked',
    entityType: 'operator',
    entityId: operatorId,
    before: { invitationId: invitation.id, email: invitation.email, role: invitation.role, status: 'pending' },
    after: { invitationId: invitation.id, status: 'revoked' },
    ...(reason ? { reason } : {}),
    correlationId: currentCorrelationId(),
  });
}
