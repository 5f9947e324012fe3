import type { LifecycleAuthorisation } from './lifecycle.repository';

/** What every event about an authorisation carries. */
export const eventRef = (row: LifecycleAuthorisation) => ({
  authorisationNumber: row.authorisationNumber,
  operatorId: row.operatorId,
  taxpayerId: row.taxpayerId,
  region: row.region,
  statusType: row.statusType,
  consentToMraSharing: row.consentToMraSharing,
});

/** What every register change after the grant carries besides `eventRef`: the authorisation's own effective date. */
export const changeRef = (row: LifecycleAuthorisation) => ({
  ...eventRef(row),
  authorisationEffectiveFrom: row.effectiveFrom.toISOString(),
});
