/** A repeated task that can be stopped. */
export interface Schedule {
  /** No more runs; resolves once the run in progress (if any) has ended. */
  stop(): Promise<void>;
}

/**
 * Runs `task` after `firstDelayMs` (0: at once), then every `intervalMs`; a tick that finds the
 * previous run still going is skipped (runs never overlap). `task` handles its own errors.
 */
export function runNowAndEvery(intervalMs: number, task: () => Promise<unknown>, firstDelayMs = 0): Schedule {
  let running: Promise<unknown> | undefined;
  let stopped = false;
  let timer: ReturnType<typeof setInterval> | undefined;
  const tick = () => {
    if (running || stopped) return;
    running = task().finally(() => (running = undefined));
  };
  const begin = () => {
    timer = setInterval(tick, intervalMs);
    tick();
  };
  const first = firstDelayMs > 0 ? setTimeout(begin, firstDelayMs) : undefined;
  if (!first) begin();
  return {
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
