import { tracingChannel } from 'node:diagnostics_channel';
import { writeSync } from 'node:fs';
import { testEnv } from '@aeo/testing';
import { TransactionalProcessor } from '../transactional/transactional-processor';
import { defineTestEvent } from './test-fixtures';
import { echoHandler } from './transactional-echo';

/**
 * A `TransactionalProcessor` in a process of its own, for the kill -9 test: it echoes
 * `TEST_INPUT`'s probe events to `TEST_OUTPUT` as transactional id `TEST_TX_ID`. With `CRASH_AT=n`,
 * at its n-th commit (every record sent, every offset added, the commit not yet asked), it says
 * `about to commit` and blocks its thread until it is killed, or for `PAUSE_MS` (then commits: a
 * zombie). `TX_TIMEOUT_MS`: its transaction timeout.
 */
const crashAt = Number(process.env['CRASH_AT'] ?? 0);
const pauseMs = Number(process.env['PAUSE_MS'] ?? 120_000);
let commits = 0;
tracingChannel('plt:kafka:producer:transactions').subscribe({
  start(context) {
    if ((context as { operation?: string }).operation !== 'commit' || crashAt === 0) return;
    commits += 1;
    if (commits !== crashAt) return;
    writeSync(1, 'about to commit\n');
    // The thread stops here (no heartbeat either): until killed, or for PAUSE_MS, after which the
    // commit goes on, as a zombie's would.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, pauseMs);
    writeSync(1, 'committing\n');
  },
  end() {},
  asyncStart() {},
  asyncEnd() {},
  error() {},
});

const input = process.env['TEST_INPUT']!;
const processor = new TransactionalProcessor(
  {
    name: process.env['TEST_GROUP']!,
    topics: [input],
    brokers: testEnv.kafkaBrokers,
    transactionalId: process.env['TEST_TX_ID']!,
    maxEventsPerTransaction: 40,
    fromBeginning: true,
    transactionTimeoutMs: Number(process.env['TX_TIMEOUT_MS'] ?? 10_000),
  },
  echoHandler(defineTestEvent(input), process.env['TEST_OUTPUT']!),
);
processor.start().then(
  () => writeSync(1, 'started\n'),
  (error: unknown) => {
    writeSync(2, `transactional-crash-child: could not start: ${String(error)}\n`);
    process.exit(1);
  },
);
const stop = () => void processor.stop().finally(() => process.exit(0));
process.on('SIGTERM', stop);
