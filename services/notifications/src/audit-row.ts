import type { EntityManager } from 'typeorm';
import { type AuditEntry, recordAudit } from '@aeo/persistence';

/** `updatedBy` → `updated_by`. */
const column = (key: string) => key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/**
 * A notifications record as its table stores it (snake_case columns): the shape this service's
 * audit entries (`before`/`after`) have always had, so one action never has two shapes in the
 * append-only audit log.
 */
export function auditRow<T extends object>(record: T): Record<string, unknown>;
export function auditRow(record: null | undefined): undefined;
export function auditRow<T extends object>(record: T | null | undefined): Record<string, unknown> | undefined;
export function auditRow<T extends object>(record: T | null | undefined): Record<string, unknown> | undefined {
  if (!record) return undefined;
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [column(key), value]));
}

/** Records who changed a stored record and why, with the record before and after as its table stores it (auditRow). */
export function recordRowChange(
  manager: EntityManager,
  entry: Omit<AuditEntry, 'before' | 'after'> & { before?: object | null; after?: object | null },
): Promise<void> {
  return recordAudit(manager, { ...entry, before: auditRow(entry.before), after: auditRow(entry.after) });
}
