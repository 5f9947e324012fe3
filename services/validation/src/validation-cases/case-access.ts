import { ForbiddenException } from '@nestjs/common';
import { type AuthenticatedUser, ROLES, companyOf, regionOf } from '@aeo/auth';
import type { SqlRunner } from '@aeo/persistence';
import { foundOr404 } from '@aeo/service-kit';
import { linkedCompanyOf } from '../operator-members/operator-members.projection';
import { findValidator } from '../validators/validators.repository';
import type { ValidationCase } from './validation-case';
import { findValidationCase } from './validation-cases.repository';

/**
 * Who reads a case: customs staff of its region (national roles: any region, 403 for another
 * region), and the operator users of its company. Another company's case is answered as one that
 * does not exist (404, the same message): an operator user learns nothing of other companies' cases.
 */
export async function caseInScope(runner: SqlRunner, user: AuthenticatedUser, caseId: string): Promise<ValidationCase> {
  // An operator user's token without a company sees no case (a case without a taxpayer id neither).
  const operator = user.roles.includes(ROLES.operatorUser);
  // An operator user acts for its token's company only while linked to it (403 otherwise).
  const company = operator && companyOf(user) !== undefined ? await linkedCompanyOf(runner, user) : companyOf(user);
  const found = await foundOr404(
    findValidationCase(runner, caseId).then((row) => (operator && row?.taxpayerId !== company ? undefined : row)),
    `Validation case ${caseId}`,
  );
  const region = regionOf(user);
  if (region && region !== found.region)
    throw new ForbiddenException(`Region ${found.region} is outside your scope (${region})`);
  return found;
}

/**
 * The writes on a validation case (findings, visits, corrective action requests, the report) are
 * taken by its assigned validator only, who must be registered and active (GET /v1/validators).
 * Any other caller gets 403 saying why; the regional office reassigns a case
 * (POST /v1/validation-cases/{caseId}/assignment).
 */
export async function assertAssignedValidator(
  runner: SqlRunner,
  user: AuthenticatedUser,
  found: ValidationCase,
): Promise<void> {
  if (found.assignedValidator !== user.sub) {
    const assigned = found.assignedValidator ? `assigned to ${found.assignedValidator}` : 'not assigned to a validator';
    throw new ForbiddenException(
      `Validation case ${found.id} is ${assigned}; only its assigned validator may act on it (the regional office reassigns a case)`,
    );
  }
  const registered = await findValidator(runner, user.sub);
  if (!registered)
    throw new ForbiddenException(
      `Validator ${user.sub} is not registered (POST /v1/validators); the regional office reassigns case ${found.id}`,
    );
  if (!registered.active)
    throw new ForbiddenException(`Validator ${user.sub} is inactive; the regional office reassigns case ${found.id}`);
}
