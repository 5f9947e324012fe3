/**
 * A bounded in-process cache with a time-to-live, for the hottest read paths. A Map keeps
 * insertion order, so the oldest entry is the first key: eviction is O(1). An invalidated key is
 * not re-cached for `holdMs`, so a read that raced with the invalidating transaction (and saw the
 * old row before the commit) cannot put the stale value back.
 */
export class TtlCache<K, V> {
  private readonly entries = new Map<K, { value: V; expiresAt: number }>();
  private readonly held = new Map<K, number>();

  constructor(
    private readonly options: { maxEntries: number; ttlMs: number; holdMs?: number },
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: K, value: V): void {
    if (this.options.ttlMs <= 0) return;
    const heldUntil = this.held.get(key);
    if (heldUntil !== undefined) {
      if (heldUntil > this.now()) return;
      this.held.delete(key);
    }
    this.entries.delete(key);
    if (this.entries.size >= this.options.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, { value, expiresAt: this.now() + this.options.ttlMs });
  }

  invalidate(key: K): void {
    this.entries.delete(key);
    const holdMs = this.options.holdMs ?? 0;
    if (holdMs <= 0) return;
    this.held.set(key, this.now() + holdMs);
    // Holds are short-lived; prune them so a burst of invalidations cannot grow without bound.
    if (this.held.size > this.options.maxEntries) {
      const now = this.now();
      for (const [heldKey, until] of this.held) if (until <= now) this.held.delete(heldKey);
    }
  }

  /** Loads through the cache; a miss runs `load` and caches its answer. */
  async getOrLoad(key: K, load: () => Promise<V>): Promise<V> {
    const cached = this.get(key);
    if (cached !== undefined) return cached;
    const value = await load();
    this.set(key, value);
    return value;
  }

  clear(): void {
    this.entries.clear();
    this.held.clear();
  }
}
