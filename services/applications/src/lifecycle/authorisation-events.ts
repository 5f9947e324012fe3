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

/** The envelope of an event about an authorisation: its subject, keyed by the operator, data after `eventRef`. */
export const authorisationEvent = <D extends object>(row: LifecycleAuthorisation, data: D) => ({
  subject: row.authorisationNumber,
  aggregateId: row.operatorId,
  data: { ...eventRef(row), ...data },
});

/** The envelope of a register change after the grant: as `authorisationEvent`, data after `changeRef`. */
export const authorisationChangeEvent = <D extends object>(row: LifecycleAuthorisation, data: D) => ({
  subject: row.authorisationNumber,
  aggregateId: row.operatorId,
  data: { ...changeRef(row), ...data },
});
