import type { EntityManager } from 'typeorm';

/** An authorisation as the lifecycle code reads it (table `authorisations`). */
export interface AuthorisationRow {
  authorisation_number: string;
  application_id: string;
  operator_id: string;
  taxpayer_id: string;
  region: string;
  status_type: 'AEOC' | 'AEOS' | 'AEOF';
  status: 'granted' | 'suspended' | 'revoked' | 'surrendered';
  suspended_scope: 'whole' | 'security' | null;
  conditions: string[];
  revalidation_due: Date;
  revalidation_cycle: number;
  consent_to_mra_sharing: boolean;
  programme_version: number | null;
  /** The authorisation's own effective date, from the grant. */
  effective_from: Date;
}

const SELECT = `SELECT a.authorisation_number, a.application_id, a.operator_id, a.taxpayer_id, a.region, a.status_type, a.status, a.suspended_scope, a.conditions,
  a.revalidation_due, a.revalidation_cycle, a.consent_to_mra_sharing, ap.programme_version, a.effective_from
  FROM authorisations a JOIN applications ap ON ap.id = a.application_id`;

export async function findAuthorisation(manager: EntityManager, authorisationNumber: string): Promise<AuthorisationRow | undefined> {
  const [row]: AuthorisationRow[] = await manager.query(`${SELECT} WHERE a.authorisation_number = $1`, [authorisationNumber]);
  return row;
}

/** The row, locked for the rest of the transaction. */
export async function lockAuthorisation(manager: EntityManager, authorisationNumber: string): Promise<AuthorisationRow | undefined> {
  const [row]: AuthorisationRow[] = await manager.query(`${SELECT} WHERE a.authorisation_number = $1 FOR UPDATE OF a`, [authorisationNumber]);
  return row;
}

/** The authorisation in force (granted or suspended) of a company, if any. */
export async function findInForceByTaxpayer(manager: EntityManager, taxpayerId: string): Promise<AuthorisationRow | undefined> {
  const [row]: AuthorisationRow[] = await manager.query(`${SELECT} WHERE a.taxpayer_id = $1 AND a.status IN ('granted', 'suspended') ORDER BY a.decided_at DESC LIMIT 1`, [taxpayerId]);
  return row;
}

/** What every event about an authorisation carries. */
export const eventRef = (row: AuthorisationRow) => ({
  authorisationNumber: row.authorisation_number,
  operatorId: row.operator_id,
  taxpayerId: row.taxpayer_id,
  region: row.region,
  statusType: row.status_type,
  consentToMraSharing: row.consent_to_mra_sharing,
});

/** What every register change after the grant carries besides `eventRef`: the authorisation's own effective date. */
export const changeRef = (row: AuthorisationRow) => ({ ...eventRef(row), authorisationEffectiveFrom: new Date(row.effective_from).toISOString() });
