/**
 * The defaults with a partial override (from a `*_JSON` setting) in their place: a nested object
 * is merged field by field (one level deep), so `{"aeo":{"selectionRateFactor":0.5}}` keeps the
 * other AEO fields; arrays and values are replaced. The caller parses the result with its schema.
 */
export function mergeOverrides<Defaults extends object>(
  defaults: Defaults,
  overrides: { [Key in keyof Defaults]?: unknown },
): unknown {
  const merged = { ...defaults } as Record<string, unknown>;
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    const base = merged[key];
    merged[key] = isPlainObject(base) && isPlainObject(value) ? { ...base, ...value } : value;
  }
  return merged;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
