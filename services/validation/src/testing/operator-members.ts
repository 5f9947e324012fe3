import { randomUUID } from 'node:crypto';
import type { SqlRunner } from '@aeo/persistence';

/**
 * Links operator users to their companies in validation's copy of the companies' users, as
 * aeo.operator.user-linked.v1 would (operator-members.int-spec shows the events doing it): an
 * operator user reads its company's cases only while linked.
 */
export async function linkOperatorUsers(
  runner: SqlRunner,
  ...users: readonly { sub: string; taxpayerId: string }[]
): Promise<void> {
  for (const { sub, taxpayerId } of users)
    await runner.query(
      `INSERT INTO operator_members (operator_id, sub, taxpayer_id, role, changed_at) VALUES ($1, $2, $3, 'member', now())`,
      [randomUUID(), sub, taxpayerId],
    );
}
