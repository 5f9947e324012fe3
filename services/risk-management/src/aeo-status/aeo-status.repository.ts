import { z } from 'zod';
import { statusType } from '@aeo/contracts';
import { runSql, runSqlChanged, runSqlOne, type SqlRunner } from '@aeo/persistence';
import type { AeoStatusRecord } from './aeo-benefits';
import {
  applyAeoStatusChange as applyChange,
  findAeoStatus as findOne,
  findAllAeoStatuses as findAll,
  type IFindAeoStatusResult,
} from './aeo-status.queries';

// The register's text columns, narrowed (the table's CHECK constraints allow exactly these).
const registerStatus = z.enum(['granted', 'suspended', 'revoked', 'surrendered']);
const suspendedScope = z.enum(['whole', 'security']).nullable();

function toRecord(row: IFindAeoStatusResult): AeoStatusRecord {
  return {
    taxpayerId: row.taxpayer_id,
    operatorId: row.operator_id,
    authorisationNumber: row.authorisation_number,
    statusType: statusType.parse(row.status_type),
    status: registerStatus.parse(row.status),
    suspendedScope: suspendedScope.parse(row.suspended_scope),
    effectiveFrom: row.effective_from,
    statusEffectiveFrom: row.status_effective_from ?? row.effective_from,
    consentToMraSharing: row.consent_to_mra_sharing,
  };
}

/** One primary-key read (the platform's hottest query when the replica is not in sync). */
export async function findAeoStatus(runner: SqlRunner, taxpayerId: string): Promise<AeoStatusRecord | null> {
  const row = await runSqlOne(findOne, { taxpayerId }, runner);
  return row ? toRecord(row) : null;
}

/** A register row joined to other rows, its columns named `<prefix><column>`; null columns where it was absent. */
export type JoinedAeoStatusRow<P extends string> = {
  [K in keyof IFindAeoStatusResult as `${P}${K}`]: IFindAeoStatusResult[K] | null;
};

/**
 * The register row a joined row carries under `prefix` (its taxpayer id null: none, so null). Read
 * column by column: the channel decisions call it once a declaration, mostly for traders without
 * status (a profile of the transactional decider found the generic copy of every column 2% of its CPU).
 */
export function joinedAeoStatusRecord<P extends string>(row: JoinedAeoStatusRow<P>, prefix: P): AeoStatusRecord | null {
  const joined = row as unknown as Record<string, unknown>;
  const column = <K extends keyof IFindAeoStatusResult>(name: K) => joined[prefix + name] as IFindAeoStatusResult[K];
  const taxpayerId = column('taxpayer_id');
  if (taxpayerId === null || taxpayerId === undefined) return null;
  return toRecord({
    taxpayer_id: taxpayerId,
    operator_id: column('operator_id'),
    authorisation_number: column('authorisation_number'),
    status_type: column('status_type'),
    status: column('status'),
    suspended_scope: column('suspended_scope'),
    effective_from: column('effective_from'),
    status_effective_from: column('status_effective_from'),
    consent_to_mra_sharing: column('consent_to_mra_sharing'),
  });
}

/** Every row of the register projection (the in-memory replica of the look-up loads it). */
export async function findAllAeoStatuses(runner: SqlRunner): Promise<AeoStatusRecord[]> {
  return (await runSql(findAll, undefined, runner)).map(toRecord);
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
export async function applyAeoStatusChange(runner: SqlRunner, change: AeoStatusChange): Promise<boolean> {
  return runSqlChanged(applyChange, change, runner);
}
