import { runNowAndEvery } from './run-now-and-every';

describe('runNowAndEvery (the deviation evaluator’s schedule)', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs at once, then every interval, never two runs at a time; stop waits for the run in progress', async () => {
    const runs: { started: number; finish: () => void }[] = [];
    const schedule = runNowAndEvery(60_000, () => {
      return new Promise<void>((resolve) => runs.push({ started: Date.now(), finish: resolve }));
    });
    const start = Date.now();
    // The first run began before any interval passed.
    expect(runs.map((run) => run.started - start)).toEqual([0]);
    // Still running at the next tick: skipped.
    await jest.advanceTimersByTimeAsync(60_000);
    expect(runs).toHaveLength(1);
    runs[0]!.finish();
    await jest.advanceTimersByTimeAsync(60_000);
    expect(runs.map((run) => run.started - start)).toEqual([0, 120_000]);

    let stopped = false;
    const stopping = schedule.stop().then(() => (stopped = true));
    await jest.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    runs[1]!.finish();
    await stopping;
    await jest.advanceTimersByTimeAsync(180_000);
    expect(runs).toHaveLength(2);
  });
});
