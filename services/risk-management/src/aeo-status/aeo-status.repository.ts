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
  status_effective_from: Date | null;
  consent_to_mra_sharing: boolean;
}

const COLUMNS = 'taxpayer_id, operator_id, authorisation_number, status_type, status, suspended_scope, effective_from, status_effective_from, consent_to_mra_sharing';

function toRecord(row: AeoStatusRow): AeoStatusRecord {
  return {
    taxpayerId: row.taxpayer_id,
    operatorId: row.operator_id,
    authorisationNumber: row.authorisation_number,
    statusType: row.status_type,
    status: row.status,
    suspendedScope: row.suspended_scope,
    effectiveFrom: new Date(row.effective_from),
    statusEffectiveFrom: new Date(row.status_effective_from ?? row.effective_from),
    consentToMraSharing: row.consent_to_mra_sharing,
  };
}

/** One primary-key read; raw SQL because this is the platform's hottest query. */
export async function findAeoStatus(manager: EntityManager, taxpayerId: string): Promise<AeoStatusRecord | null> {
  const rows: AeoStatusRow[] = await manager.query(`SELECT ${COLUMNS} FROM aeo_status WHERE taxpayer_id = $1`, [taxpayerId]);
  return rows[0] ? toRecord(rows[0]) : null;
}

/** The register rows of many taxpayers in one read (a batch of declarations); absent ones are missing. */
export async function findAeoStatuses(manager: EntityManager, taxpayerIds: readonly string[]): Promise<Map<string, AeoStatusRecord>> {
  const rows: AeoStatusRow[] = await manager.query(`SELECT ${COLUMNS} FROM aeo_status WHERE taxpayer_id = ANY($1::text[])`, [taxpayerIds]);
  return new Map(rows.map((row) => [row.taxpayer_id, toRecord(row)]));
}

/** Every row of the register projection (the in-memory replica of the look-up loads it). */
export async function findAllAeoStatuses(manager: Pick<EntityManager, 'query'>): Promise<AeoStatusRecord[]> {
  const rows: AeoStatusRow[] = await manager.query(`SELECT ${COLUMNS} FROM aeo_status`);
  return rows.map(toRecord);
}

export interface AeoStatusChange {
  taxpayerId: string;
  operatorId: string;
  authorisationNumber: string;
  statusType: AeoStatusRecord['statusType'];
  status: AeoStatusRecord['status'];
  suspendedScope: AeoStatusRecord['suspendedScope'];
  /** The authorisation's own effective date, from the event's payload; null when the event does not carry it (the stored one stays). */
  effectiveFrom: string | null;
  /** When this change takes effect, from the event's payload (for a grant, its effective date). */
  statusEffectiveFrom: string;
  consentToMraSharing: boolean;
  /** The event's time: orders the changes, never a date of the register. */
  eventAt: string;
}

/**
 * Applies a register change unless a newer event was applied already; true when applied. A change
 * that does not carry the authorisation's effective date keeps the one stored for the same
 * authorisation; with none stored (its grant was never seen), its own date is the best known.
 */
export async function applyAeoStatusChange(manager: EntityManager, change: AeoStatusChange): Promise<boolean> {
  const applied: unknown[] = await manager.query(
    `INSERT INTO aeo_status (taxpayer_id, operator_id, authorisation_number, status_type, status, suspended_scope, effective_from, status_effective_from, consent_to_mra_sharing, updated_at, last_event_at)
     VALUES ($1, $2, $3, $4, $5, $6, COALESCE($7::timestamptz, $8::timestamptz), $8::timestamptz, $9, now(), $10)
     ON CONFLICT (taxpayer_id) DO UPDATE SET
       operator_id = EXCLUDED.operator_id, authorisation_number = EXCLUDED.authorisation_number, status_type = EXCLUDED.status_type,
       status = EXCLUDED.status, suspended_scope = EXCLUDED.suspended_scope,
       effective_from = CASE WHEN $7::timestamptz IS NULL AND aeo_status.authorisation_number = EXCLUDED.authorisation_number THEN aeo_status.effective_from ELSE EXCLUDED.effective_from END,
       status_effective_from = EXCLUDED.status_effective_from,
       consent_to_mra_sharing = EXCLUDED.consent_to_mra_sharing, updated_at = now(), last_event_at = EXCLUDED.last_event_at
     WHERE aeo_status.last_event_at <= EXCLUDED.last_event_at
     RETURNING taxpayer_id`,
    [
      change.taxpayerId,
      change.operatorId,
      change.authorisationNumber,
      change.statusType,
      change.status,
      change.suspendedScope,
      change.effectiveFrom,
      change.statusEffectiveFrom,
      change.consentToMraSharing,
      change.eventAt,
    ],
  );
  return applied.length === 1;
}
