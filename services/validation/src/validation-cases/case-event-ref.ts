import type { ValidationCase } from './validation-case';

/** The case as its events name it: the application and operator, and for a revalidation the authorisation and cycle. */
export function caseEventRef(found: ValidationCase) {
  return {
    caseId: found.id,
    applicationId: found.applicationId,
    operatorId: found.operatorId,
    taxpayerId: found.taxpayerId ?? 'unknown',
    region: found.region,
    statusType: found.statusType ?? 'AEOF',
    ...(found.purpose === 'revalidation'
      ? {
          purpose: found.purpose,
          authorisationNumber: found.authorisationNumber ?? undefined,
          cycle: found.cycle ?? undefined,
        }
      : {}),
  };
}
