/**
 * Supervision of the local platform's processes by pm2, as an orchestrator would do it in
 * production: a process that exits or is killed is started again after a delay that grows
 * exponentially (pm2's `exp_backoff_restart_delay`: the first delay, then ×1.5 up to 15 s, back
 * to the first once the process has stayed up 30 s); every exit and restart is logged with its
 * time, exit code or signal and the next delay. `deploy/local/platform.sh` drives it
 * (`npm start`, `npm stop`, `npm run status`); the pm2 daemon keeps its state in `.local/pm2`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { StartOptions } from 'pm2';

export interface PlatformProcess {
  name: string;
  /** Its HTTP port (health, metrics; the API of a service). */
  port: number;
  /** The variable that carries the port. */
  portVariable: 'PORT' | 'WORKER_HTTP_PORT';
  /** TypeScript entry, run through SWC like every script of the repository. */
  entry: string;
}

/** What `npm start` runs, in start order. */
export const PLATFORM_PROCESSES: readonly PlatformProcess[] = [
  { name: 'dev-sinks', port: 3007, portVariable: 'PORT', entry: 'deploy/local/dev-sinks.ts' },
  { name: 'applications', port: 3001, portVariable: 'PORT', entry: 'services/applications/src/main.ts' },
  { name: 'validation', port: 3002, portVariable: 'PORT', entry: 'services/validation/src/main.ts' },
  { name: 'risk-management', port: 3003, portVariable: 'PORT', entry: 'services/risk-management/src/main.ts' },
  { name: 'mra', port: 3004, portVariable: 'PORT', entry: 'services/mra/src/main.ts' },
  { name: 'notifications', port: 3005, portVariable: 'PORT', entry: 'services/notifications/src/main.ts' },
  { name: 'programme', port: 3008, portVariable: 'PORT', entry: 'services/programme/src/main.ts' },
  { name: 'operations', port: 3009, portVariable: 'PORT', entry: 'services/operations/src/main.ts' },
  { name: 'worker', port: 3006, portVariable: 'WORKER_HTTP_PORT', entry: 'workflows/worker/src/main.ts' },
  // The customs console: its built single-page app and the services' APIs behind one origin.
  { name: 'console', port: 3000, portVariable: 'PORT', entry: 'services/console/server/main.ts' },
  // The trader portal: its built single-page app and the APIs a trader uses behind one origin.
  { name: 'portal', port: 3011, portVariable: 'PORT', entry: 'services/portal/server/main.ts' },
];

/** The process that copies pm2's exit and restart lines into the logs. */
export const SUPERVISOR_LOG_RELAY = 'supervisor';

export const RESTART_POLICY = {
  /** First restart delay; pm2 multiplies it by 1.5 at each further restart, up to 15 s. */
  firstDelayMs: 500,
  /** The stop signal (SIGTERM: the services drain and close; PM2_KILL_SIGNAL), SIGKILL after this. */
  stopTimeoutMs: 15_000,
  /**
   * pm2 gives up on a process that exits within `min_uptime` more than `max_restarts` times
   * in a row; with these a crashing process is restarted for good (the backoff keeps it cheap).
   */
  minUptimeMs: 1_000,
  maxRestarts: 1_000_000,
} as const;

export interface SupervisionPaths {
  /** Repository root: the working directory of every process. */
  root: string;
  /** `<name>.log` per process and `supervisor.log`. */
  logDir: string;
}

type AppConfig = StartOptions & { name: string };

/** One supervised process: `node -r ./tools/register.js <entry>`, its output in `<logDir>/<name>.log`. */
export function supervisedApp(
  name: string,
  entry: string,
  env: Record<string, string>,
  paths: SupervisionPaths,
): AppConfig {
  const log = join(paths.logDir, `${name}.log`);
  return {
    name,
    // The node binary itself (no pm2 wrapper around the script): the process runs exactly as by hand.
    script: process.execPath,
    args: ['-r', './tools/register.js', entry],
    interpreter: 'none',
    cwd: paths.root,
    env,
    autorestart: true,
    exp_backoff_restart_delay: RESTART_POLICY.firstDelayMs,
    min_uptime: RESTART_POLICY.minUptimeMs,
    max_restarts: RESTART_POLICY.maxRestarts,
    kill_timeout: RESTART_POLICY.stopTimeoutMs,
    output: log,
    error: log,
    merge_logs: true,
  };
}

/** The relay of pm2's own lines (see supervision-log-relay.ts), supervised like the rest. */
export function supervisorLogRelayApp(paths: SupervisionPaths): AppConfig {
  return supervisedApp(
    SUPERVISOR_LOG_RELAY,
    'deploy/local/supervision-log-relay.ts',
    { SUPERVISION_LOG_DIR: paths.logDir },
    paths,
  );
}

/** The pm2 ecosystem of the local platform (deploy/local/ecosystem.config.js). */
export function platformEcosystem(
  paths: SupervisionPaths,
  processes: readonly PlatformProcess[] = PLATFORM_PROCESSES,
): { apps: AppConfig[] } {
  mkdirSync(paths.logDir, { recursive: true });
  return {
    apps: [
      supervisorLogRelayApp(paths),
      ...processes.map((p) => supervisedApp(p.name, p.entry, { [p.portVariable]: String(p.port) }, paths)),
    ],
  };
}

/**
 * Rewrites one line of the pm2 daemon's log about a process for that process's own log, or
 * answers undefined for other lines. pm2 writes `App [name:id] exited with code [c] via signal
 * [s]` (code 0 after a signal; SIGINT stands for "no signal") and `App [name:id] will restart
 * in <n>ms`.
 */
export function describeSupervisorLine(line: string): { name: string; text: string } | undefined {
  const match = /^App \[(.+):(\d+)\] (.*)$/.exec(line.trim());
  if (!match) return undefined;
  const [, name, , event] = match;
  const exited = /^exited with code \[(.*)\] via signal \[(.*)\]$/.exec(event);
  if (exited) {
    const [, code, signal] = exited;
    return { name, text: signal && signal !== 'SIGINT' ? `killed by ${signal}` : `exited with code ${code}` };
  }
  const restart = /^will restart in (\d+)ms$/.exec(event);
  if (restart) return { name, text: `restarting in ${restart[1]} ms (exponential backoff)` };
  return { name, text: event };
}

/** What `pm2 jlist` says of one process (the fields used here). */
export interface Pm2ProcessDescription {
  name: string;
  pid: number;
  pm2_env: { status: string; pm_uptime: number; restart_time: number; unstable_restarts?: number };
}

export interface ProcessState {
  name: string;
  state: string;
  pid: number | null;
  uptimeMs: number | null;
  restarts: number;
}

export function processStates(list: readonly Pm2ProcessDescription[], now = Date.now()): ProcessState[] {
  return list.map((entry) => {
    const online = entry.pm2_env.status === 'online';
    return {
      name: entry.name,
      state: entry.pm2_env.status,
      pid: online && entry.pid ? entry.pid : null,
      uptimeMs: online ? now - entry.pm2_env.pm_uptime : null,
      restarts: entry.pm2_env.restart_time,
    };
  });
}

export function formatDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`;
  if (seconds < 86_400)
    return `${Math.floor(seconds / 3600)}h${String(Math.floor((seconds % 3600) / 60)).padStart(2, '0')}m`;
  return `${Math.floor(seconds / 86_400)}d${String(Math.floor((seconds % 86_400) / 3600)).padStart(2, '0')}h`;
}

/** `pm2 jlist` of the daemon under PM2_HOME. */
export function pm2List(pm2Binary: string, env: NodeJS.ProcessEnv = process.env): Pm2ProcessDescription[] {
  return parsePm2List(execFileSync(pm2Binary, ['jlist'], { env, encoding: 'utf8' }));
}

/** The JSON is the last line (pm2 may print notices before it, such as the daemon starting). */
export function parsePm2List(output: string): Pm2ProcessDescription[] {
  return JSON.parse(output.trim().split('\n').pop() ?? '[]');
}

async function isReady(port: number): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/health/ready`, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

/** `npm run status`: one line per process (state, pid, uptime, restarts, readiness, address). */
async function printStatus(pm2Binary: string): Promise<void> {
  const states = new Map(processStates(pm2List(pm2Binary)).map((state) => [state.name, state]));
  const rows = [['process', 'state', 'pid', 'uptime', 'restarts', 'health', 'address']];
  const names = new Set([SUPERVISOR_LOG_RELAY, ...PLATFORM_PROCESSES.map((p) => p.name), ...states.keys()]);
  for (const name of names) {
    const state = states.get(name);
    const port = PLATFORM_PROCESSES.find((p) => p.name === name)?.port;
    const health = port === undefined || state?.state !== 'online' ? '' : (await isReady(port)) ? 'ready' : 'not ready';
    rows.push([
      name,
      state?.state ?? 'not started',
      state?.pid ? String(state.pid) : '-',
      state?.uptimeMs != null ? formatDuration(state.uptimeMs) : '-',
      String(state?.restarts ?? 0),
      health,
      port ? `http://127.0.0.1:${port}` : '',
    ]);
  }
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  for (const row of rows)
    console.log(
      row
        .map((cell, column) => cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd(),
    );
}

if (require.main === module) {
  const [command, pm2Binary] = process.argv.slice(2);
  if (command === 'processes') {
    for (const p of PLATFORM_PROCESSES) console.log(`${p.name} ${p.port}`);
  } else if (command === 'not-online' && pm2Binary) {
    // What `npm start` still has to start (pm2 would restart the running ones).
    const online = new Set(
      pm2List(pm2Binary)
        .filter((entry) => entry.pm2_env.status === 'online')
        .map((entry) => entry.name),
    );
    console.log(
      [SUPERVISOR_LOG_RELAY, ...PLATFORM_PROCESSES.map((p) => p.name)].filter((name) => !online.has(name)).join(','),
    );
  } else if (command === 'status' && pm2Binary) {
    printStatus(pm2Binary).catch((error: Error) => {
      console.error(`status: ${error.message}`);
      process.exitCode = 1;
    });
  } else {
    console.error('usage: supervision.ts processes | not-online <pm2 binary> | status <pm2 binary>');
    process.exitCode = 2;
  }
}
