/**
 * The register's statuses that end an authorisation, and the final stages of its workflow of the
 * same name: a revoked or surrendered authorisation has no revalidation due (nor a pending step in
 * the authorisations queue). The one definition of "ended": the queue's SQL takes it as a parameter.
 */
export const ENDED_STATUSES = ['revoked', 'surrendered'] as const;

export function hasEnded(statusOrStage: string): boolean {
  return (ENDED_STATUSES as readonly string[]).includes(statusOrStage);
}

/**
 * A revalidation date as answered: null once the authorisation has ended. The register keeps the
 * last date it had; the register entry, the lifecycle and the authorisations queue answer null.
 */
export function dueUnlessEnded(statusOrStage: string, due: string): string | null {
  return hasEnded(statusOrStage) ? null : due;
}
