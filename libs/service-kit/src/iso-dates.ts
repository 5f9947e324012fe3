/** A record as the API shows it: each Date an ISO 8601 instant, everything else as it is. */
export type WithIsoDates<T> = {
  [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K];
};

/** The answer for a stored record (the response schemas name the same fields, dates as ISO instants). */
export function withIsoDates<T extends object>(record: T): WithIsoDates<T> {
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value]),
  ) as WithIsoDates<T>;
}
