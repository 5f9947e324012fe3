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

describe('runNowAndEvery with a first delay (the evaluator waits for the KPI consumers to catch up)', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs nothing before the first delay, then at its end and every interval from there', async () => {
    const started: number[] = [];
    const start = Date.now();
    const schedule = runNowAndEvery(
      60_000,
      async () => {
        started.push(Date.now() - start);
      },
      300_000,
    );
    await jest.advanceTimersByTimeAsync(299_999);
    expect(started).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    expect(started).toEqual([300_000]);
    await jest.advanceTimersByTimeAsync(60_000);
    expect(started).toEqual([300_000, 360_000]);
    await schedule.stop();
  });

  it('runs nothing at all when stopped during the first delay', async () => {
    const started: number[] = [];
    const schedule = runNowAndEvery(60_000, async () => void started.push(Date.now()), 300_000);
    await jest.advanceTimersByTimeAsync(100_000);
    await schedule.stop();
    await jest.advanceTimersByTimeAsync(600_000);
    expect(started).toEqual([]);
  });
});
