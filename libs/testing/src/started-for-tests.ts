/**
 * What the tests of a describe block run against (a service under test, a harness), started before
 * them and closed after them. Call it in the block, then read it in the tests through the getter:
 *
 *   const service = startedForTests(startNotifications);
 *   it('…', async () => { await service().http.get('/v1/routes').expect(200); });
 */
export function startedForTests<T extends { close(): Promise<void> }>(start: () => Promise<T>): () => T {
  let started: T | undefined;
  beforeAll(async () => {
    started = await start();
  });
  afterAll(async () => {
    await started?.close();
  });
  return () => {
    if (!started) throw new Error('startedForTests: read before its beforeAll ran (outside a test?)');
    return started;
  };
}
