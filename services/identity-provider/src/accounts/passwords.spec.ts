import { hashPassword, scryptRuns, verifyPassword } from './passwords';

describe('passwords', () => {
  it('verifies at most two passwords at once (parallel posts cannot take every libuv thread)', async () => {
    const stored = await hashPassword('right');
    const checks = Array.from({ length: 10 }, (_, i) => verifyPassword(i % 2 ? 'right' : 'wrong', stored));
    await new Promise((resolve) => setImmediate(resolve));
    expect(scryptRuns.activeCount).toBe(2);
    expect(scryptRuns.pendingCount).toBe(8);
    expect(await Promise.all(checks)).toEqual(Array.from({ length: 10 }, (_, i) => i % 2 === 1));
    expect(scryptRuns.activeCount).toBe(0);
  });
});
