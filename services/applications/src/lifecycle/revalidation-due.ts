/**
 * A revalidation date as answered: null once the authorisation has ended. A revoked or
 * surrendered authorisation (the register's status, and the final stage of its workflow, of the
 * same name) has no revalidation due; the register keeps the last date it had, and the
 * authorisations queue answers null for it too.
 */
export function dueUnlessEnded(statusOrStage: string, due: string): string | null {
  return statusOrStage === 'revoked' || statusOrStage === 'surrendered' ? null : due;
}
