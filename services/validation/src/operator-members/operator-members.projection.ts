import { ForbiddenException, Injectable } from '@nestjs/common';
import { TOPIC_NAMES } from '@aeo/contracts';
import { type AuthenticatedUser, ROLES, companyOf } from '@aeo/auth';
import { ConsumerRegistry, findOperatorMembership, foldOperatorMembers } from '@aeo/messaging';
import type { SqlRunner } from '@aeo/persistence';

/**
 * The companies' users as the applications service announces them: who acts for which company.
 * The latest change wins (a replayed older one changes nothing), so a redelivery is harmless.
 */
@Injectable()
export class OperatorMembersProjection {
  constructor(consumers: ConsumerRegistry) {
    consumers.register('validation.operator-members', [TOPIC_NAMES.applicationEvents], foldOperatorMembers);
  }
}

/**
 * The company an operator user reads the validation cases of: its token's, while the applications
 * service has it linked to that company. A trader's own sign-up may name any taxpayer id, and a
 * removed user's token still names its former company: both are refused (403), as applications
 * refuses them. Undefined for customs staff (nobody's members).
 */
export async function linkedCompanyOf(runner: SqlRunner, user: AuthenticatedUser): Promise<string | undefined> {
  if (!user.roles.includes(ROLES.operatorUser)) return undefined;
  const taxpayerId = companyOf(user);
  if (taxpayerId === undefined)
    throw new ForbiddenException('Your token names no company (taxpayerId): the identity provider links you to one');
  const linked = await findOperatorMembership(runner, user.sub, taxpayerId);
  if (!linked)
    throw new ForbiddenException(
      `You (${user.sub}) are not a user of the company ${taxpayerId}; an administrator of the company links its users`,
    );
  return taxpayerId;
}
