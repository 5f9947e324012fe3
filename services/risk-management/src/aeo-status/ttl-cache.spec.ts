import { TtlCache } from './ttl-cache';

describe('TtlCache', () => {
  let now = 0;
  const clock = () => now;
  beforeEach(() => (now = 1_000));

  it('expires entries after the TTL and caches null answers', async () => {
    const cache = new TtlCache<string, string | null>({ maxEntries: 10, ttlMs: 5000 }, clock);
    const load = jest.fn(async () => null);
    expect(await cache.getOrLoad('a', load)).toBeNull();
    expect(await cache.getOrLoad('a', load)).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
    now += 5000;
    await cache.getOrLoad('a', load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('evicts the oldest entry beyond its bound', () => {
    const cache = new TtlCache<number, number>({ maxEntries: 3, ttlMs: 5000 }, clock);
    for (let i = 0; i < 5; i++) cache.set(i, i);
    expect(cache.size).toBe(3);
    expect(cache.get(0)).toBeUndefined();
    expect(cache.get(4)).toBe(4);
  });

  it('does not re-cache an invalidated key during the hold period', () => {
    const cache = new TtlCache<string, string>({ maxEntries: 10, ttlMs: 5000, holdMs: 1000 }, clock);
    cache.set('a', 'old');
    cache.invalidate('a');
    expect(cache.get('a')).toBeUndefined();
    cache.set('a', 'stale read');
    expect(cache.get('a')).toBeUndefined();
    now += 1000;
    cache.set('a', 'new');
    expect(cache.get('a')).toBe('new');
  });
});
