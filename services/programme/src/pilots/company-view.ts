import { type AuthenticatedUser, hasRole, ROLES } from '@aeo/auth';

/** A caller who reads a pilot as one of its companies' users: the company view, without customs' selection and staff ids. */
export const readsAsCompany = (user: AuthenticatedUser): boolean => hasRole(user, ROLES.operatorUser);

/**
 * The company view of a record: its `shown` fields copied by name, its `hidden` ones null. A field
 * named in neither stays with customs until it is named here (as the applications service's holder
 * view), so a column added later is not shown to the companies by default.
 */
export function companyViewOf<T extends object, S extends keyof T, H extends keyof T>(
  record: T,
  shown: readonly S[],
  hidden: readonly H[],
): Pick<T, S> & { [K in H]: null } {
  const view: Partial<Record<keyof T, unknown>> = {};
  for (const field of shown) view[field] = record[field];
  for (const field of hidden) view[field] = null;
  return view as Pick<T, S> & { [K in H]: null };
}
