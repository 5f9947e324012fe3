/**
 * The named activity methods of a provider, bound to it, for a worker's `activities` (Temporal
 * calls them as plain functions). Return it as the activities' contract type, and the compiler
 * names any activity left out.
 */
export function boundActivities<T extends object, K extends keyof T>(provider: T, names: readonly K[]): Pick<T, K> {
  return Object.fromEntries(
    names.map((name) => [name, (provider[name] as (...args: unknown[]) => unknown).bind(provider)]),
  ) as Pick<T, K>;
}
