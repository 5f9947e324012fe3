import { ForbiddenException, NotFoundException } from '@nestjs/common';
import { AuthenticatedUser, ROLES, companyOf } from '@aeo/auth';
import type { SqlRunner } from '@aeo/persistence';
import { findMembership, findOperatorWithTaxpayerId } from './operators.repository';

/** What a step needs of the operator user beyond a link to the company. */
export interface MembershipNeeded {
  /** The steps that commit the company (submission, withdrawal, publication, consent, its users and data). */
  administrator?: boolean;
  /** The step, for the refusal: "submit its applications". */
  action?: string;
}

/**
 * An operator user acts for a company only while linked to it (`operator_users`), whatever its
 * token's taxpayer id says: any link reads and writes, an administrator's commits the company.
 * Customs staff are nobody's members (their region is `assertScope`'s). Call it after
 * `assertScope`: another company's records are refused there first, so that the refusals here
 * only ever concern the caller's own company.
 */
export async function assertCompanyMember(
  runner: SqlRunner,
  user: AuthenticatedUser,
  operatorId: string,
  needed: MembershipNeeded = {},
): Promise<void> {
  if (!user.roles.includes(ROLES.operatorUser)) return;
  const membership = await findMembership(runner, operatorId, user.sub);
  if (!membership) throw new NotFoundException(`Operator ${operatorId} not found`);
  if (!membership.role)
    throw new ForbiddenException(
      `You (${user.sub}) are not a member of ${membership.operatorName}; an administrator of the company links its users (POST /v1/operators/${operatorId}/users)`,
    );
  if (needed.administrator && membership.role !== 'administrator')
    throw new ForbiddenException(
      `Only an administrator of ${membership.operatorName} may ${needed.action ?? 'do this'}; you are a member`,
    );
}

/**
 * Before an operator user's list of its company's records: a member of the registered company,
 * or anyone of a company not registered yet (whose lists are empty; the registration comes next).
 */
export async function assertMemberOfOwnCompany(runner: SqlRunner, user: AuthenticatedUser): Promise<void> {
  const taxpayerId = companyOf(user);
  if (taxpayerId === undefined) return;
  const operator = await findOperatorWithTaxpayerId(runner, taxpayerId);
  if (operator) await assertCompanyMember(runner, user, operator.id);
}
