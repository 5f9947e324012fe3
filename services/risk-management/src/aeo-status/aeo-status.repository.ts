import type { EntityManager } from 'typeorm';
import type { AeoStatusRecord } from './aeo-benefits';

interface AeoStatusRow {
  taxpayer_id: string;
  operator_id: string;
  authorisation_number: string;
  status_type: AeoStatusRecord['statusType'];
  status: AeoStatusRecord['status'];
  suspended_scope: AeoStatusRecord['suspendedScope'];
  effective_from: Date;
  consent_to_mra_sharing: boolean;
}

/** One primary-key read; raw SQL because this is the platform's hottest query. */
export async function findAeoStatus(manager: EntityManager, taxpayerId: string): Promise<AeoStatusRecord | null> {
  const rows: AeoStatusRow[] = await manager.query(
    `SELECT taxpayer_id, operator_id, authorisation_number, status_type, status, suspended_scope, effective_from, consent_to_mra_sharing
       FROM aeo_status WHERE taxpayer_id = $1`,
    [taxpayerId],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    taxpayerId: row.taxpayer_id,
    operatorId: row.operator_id,
    authorisationNumber: row.authorisation_number,
    statusType: row.status_type,
    status: row.status,
    suspendedScope: row.suspended_scope,
    effectiveFrom: new Date(row.effective_from),
    consentToMraSharing: row.consent_to_mra_sharing,
  };
}

export interface AeoStatusChange {
  taxpayerId: string;
  operatorId: string;
  authorisationNumber: string;
  statusType: AeoStatusRecord['statusType'];
  status: AeoStatusRecord['status'];
  suspendedScope: AeoStatusRecord['suspendedScope'];
  effectiveFrom: string;
  consentToMraSharing: boolean;
  eventAt: string;
}

/** Applies a register change unless a newer event was applied already; true when applied. */
export async function applyAeoStatusChange(manager: EntityManager, change: AeoStatusChange): Promise<boolean> {
  const applied: unknown[] = await manager.query(
    `INSERT INTO aeo_status (taxpayer_id, operator_id, authorisation_number, status_type, status, suspended_scope, effective_from, consent_to_mra_sharing, updated_at, last_event_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now(), $9)
     ON CONFLICT (taxpayer_id) DO UPDATE SET
       operator_id = EXCLUDED.operator_id, authorisation_number = EXCLUDED.authorisation_number, status_type = EXCLUDED.status_type,
       status = EXCLUDED.status, suspended_scope = EXCLUDED.suspended_scope, effective_from = EXCLUDED.effective_from,
       consent_to_mra_sharing = EXCLUDED.consent_to_mra_sharing, updated_at = now(), last_event_at = EXCLUDED.last_event_at
     WHERE aeo_status.last_event_at <= EXCLUDED.last_event_at
     RETURNING taxpayer_id`,
    [change.taxpayerId, change.operatorId, change.authorisationNumber, change.statusType, change.status, change.suspendedScope, change.effectiveFrom, change.consentToMraSharing, change.eventAt],
  );
  return applied.length === 1;
}
