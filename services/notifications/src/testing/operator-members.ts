import { randomUUID } from 'node:crypto';
import type { SqlRunner } from '@aeo/persistence';
import { saveMember } from '../recipients/operator-members.repository';

/**
 * Links operator users to their companies in notifications' copy of the companies' users, as
 * aeo.operator.user-linked.v1 would (company-webhooks.int-spec shows the events doing it): an
 * operator user reads its company's inbox only while linked.
 */
export async function linkOperatorUsers(
  runner: SqlRunner,
  ...users: readonly { sub: string; taxpayerId: string; operatorId?: string }[]
): Promise<void> {
  for (const user of users)
    await saveMember(runner, {
      operatorId: user.operatorId ?? randomUUID(),
      taxpayerId: user.taxpayerId,
      sub: user.sub,
      role: 'member',
      at: new Date().toISOString(),
    });
}
