import { performance } from 'node:perf_hooks';
import { checkAbort, sleep } from './bench-kit';

/** Percentiles of a list of durations in milliseconds (nearest rank), with the count and the largest. */
export interface Percentiles {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function percentiles(values: readonly number[]): Percentiles | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  return { n: sorted.length, p50: rank(0.5), p95: rank(0.95), p99: rank(0.99), max: sorted[sorted.length - 1] };
}

/**
 * Calls `send(count)` with the items due, every `tickMs`, so that `total` items go out at `perSecond`
 * on average over `total / perSecond` seconds. `send` is not awaited: a slow acknowledgement must not
 * hold the next items back (that would lower the load exactly when the system under test is slow).
 * A late tick (a loaded machine) sends what fell due meanwhile. Returns the seconds it took.
 */
export async function sendAtSteadyRate(
  perSecond: number,
  total: number,
  send: (count: number) => void,
  tickMs = 5,
): Promise<number> {
  const start = performance.now();
  let sent = 0;
  while (sent < total) {
    checkAbort();
    const due = Math.min(total, Math.floor(((performance.now() - start) * perSecond) / 1000) + 1);
    if (due > sent) {
      send(due - sent);
      sent = due;
    }
    await sleep(tickMs);
  }
  return (performance.now() - start) / 1000;
}
