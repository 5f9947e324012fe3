import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { testEnv } from './env';
import { waitFor } from './wait-for';

export interface RunningProcess {
  readonly name: string;
  readonly port: number;
  readonly url: string;
  logs(): string;
  /** Graceful stop (SIGTERM) or a crash (SIGKILL). */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Node's arguments that run one of the repo's TypeScript files (tools/register.js: SWC and the tsconfig paths). */
export const tsScriptArgs = (entry: string): string[] => [
  '-r',
  join(testEnv.repoRoot, 'tools/register.js'),
  join(testEnv.repoRoot, entry),
];

/** A free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Runs a service or the worker as a real OS process (as in production) and waits until its
 * /health/live answers.
 */
export async function startProcess(options: {
  name: string;
  entry: string;
  env: Record<string, string>;
  portVariable?: string;
  readyTimeoutMs?: number;
}): Promise<RunningProcess> {
  const port = await freePort();
  let output = '';
  // CHILD_NODE_ARGS adds Node flags to every started service, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile a benchmark's service.
  const nodeArgs = (process.env['CHILD_NODE_ARGS'] ?? '').split(' ').filter(Boolean);
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, ...tsScriptArgs(options.entry)], {
    cwd: testEnv.repoRoot,
    env: {
      ...process.env,
      LOG_LEVEL: process.env['TEST_SERVICE_LOG_LEVEL'] ?? 'warn',
      [options.portVariable ?? 'PORT']: String(port),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const append = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-200_000);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(
      `${options.name} to answer /health/live`,
      async () => {
        if (child.exitCode !== null)
          throw new Error(`${options.name} exited with ${child.exitCode}:\n${output.slice(-3000)}`);
        const response = await fetch(`${url}/health/live`).catch(() => undefined);
        return response?.ok;
      },
      options.readyTimeoutMs ?? 60_000,
      250,
    );
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${(error as Error).message}\n--- ${options.name} output ---\n${output.slice(-3000)}`);
  }
  return {
    name: options.name,
    port,
    url,
    logs: () => output,
    stop: async (signal: NodeJS.Signals = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
