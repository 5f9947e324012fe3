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
