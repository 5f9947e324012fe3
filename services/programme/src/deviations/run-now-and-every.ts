/** A repeated task that can be stopped. */
export interface Schedule {
  /** No more runs; resolves once the run in progress (if any) has ended. */
  stop(): Promise<void>;
}

/**
 * Runs `task` at once, then every `intervalMs`; a tick that finds the previous run still going
 * is skipped (runs never overlap). `task` handles its own errors.
 */
export function runNowAndEvery(intervalMs: number, task: () => Promise<unknown>): Schedule {
  let running: Promise<unknown> | undefined;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = task().finally(() => (running = undefined));
  };
  const timer = setInterval(tick, intervalMs);
  tick();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
