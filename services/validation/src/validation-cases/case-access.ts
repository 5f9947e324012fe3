import { ForbiddenException } from '@nestjs/common';
import { type AuthenticatedUser, companyOf, regionOf } from '@aeo/auth';
import type { SqlRunner } from '@aeo/persistence';
import { foundOr404 } from '@aeo/service-kit';
import { findValidator } from '../validators/validators.repository';
import type { ValidationCase } from './validation-case';
import { findValidationCase } from './validation-cases.repository';

/** Who reads a case: customs staff of its region (national roles: any region), and the operator users of its company. 404 or 403 otherwise. */
export async function caseInScope(runner: SqlRunner, user: AuthenticatedUser, caseId: string): Promise<ValidationCase> {
  const found = await foundOr404(findValidationCase(runner, caseId), `Validation case ${caseId}`);
  const company = companyOf(user);
  if (company !== undefined && company !== found.taxpayerId)
    throw new ForbiddenException('Operator users may only see the validation of their own company');
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
