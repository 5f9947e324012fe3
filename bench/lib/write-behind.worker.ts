import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { testKafka } from '@aeo/testing';
import { startWriteBehind } from './transactional-ceiling';

/**
 * The ceiling's write-behind on a thread of its own (`startWriteBehindThread`), as it would run in
 * a process of its own beside the decider: reports its rows written every 20 ms and stops when told.
 */
const { topic, label, concurrency } = workerData as { topic: string; label: string; concurrency: number };

async function main(): Promise<void> {
  const behind = await startWriteBehind(testKafka('aeo-bench-write-behind'), topic, label, concurrency);
  const report = () =>
    parentPort!.postMessage({
      written: behind.written(),
      // On the clock both threads share (each thread's performance.now() has its own origin).
      lastWriteAt: behind.lastWriteAt() ? performance.timeOrigin + behind.lastWriteAt() : 0,
    });
  const timer = setInterval(report, 20);
  parentPort!.postMessage({ ready: true });
  parentPort!.on('message', (message: { stop?: boolean }) => {
    if (!message.stop) return;
    clearInterval(timer);
    report();
    void behind.stop().then(() => parentPort!.postMessage({ stopped: true }));
  });
}

main().catch((error: unknown) => {
  parentPort!.postMessage({ failed: String(error) });
});
