import { currentCorrelationId, runWithCorrelationId, sanitizeCorrelationId } from './correlation';

describe('correlation id', () => {
  it('is visible to everything awaited inside the context', async () => {
    const seen = await runWithCorrelationId('req-42', async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return currentCorrelationId();
    });
    expect(seen).toBe('req-42');
    expect(currentCorrelationId()).toBeUndefined();
  });

  it('replaces a hostile or missing id with a fresh one', () => {
    expect(sanitizeCorrelationId('bad id\nwith newline')).toBeUndefined();
    const generated = runWithCorrelationId('x'.repeat(500), () => currentCorrelationId());
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
  });
});
