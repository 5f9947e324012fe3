import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { testEnv } from '../env';
import { type RunningProcess, startProcess } from '../processes';
import { waitFor } from '../wait-for';

/** Where the console's build is looked for: CONSOLE_DIST_DIR, else dist/console (what `npm test` builds). */
export const consoleDistDir = (): string =>
  process.env['CONSOLE_DIST_DIR'] ?? join(testEnv.repoRoot, 'dist', 'console');

/** The console's sources a build is made from (its app, page and Vite config). */
const CONSOLE_SOURCES = [
  'services/console/src',
  'services/console/index.html',
  'services/console/vite.config.mts',
  'libs/web/src',
];

/** The newest modification time (ms) of a file under `path` (0 when nothing is there). */
function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stat.mtimeMs);
}

/**
 * Whether the build in `distDir` is missing or older than a source of the console (a browser test
 * against a stale build tests yesterday's pages).
 */
export function consoleBuildIsStale(distDir = consoleDistDir()): boolean {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return CONSOLE_SOURCES.some((source) => newestChange(join(testEnv.repoRoot, source)) > built);
}

/**
 * Builds the console's single-page app into `distDir` when it is missing or stale (Vite, bounded:
 * a build that takes over 4 minutes or fails throws with Vite's output). The build goes to a
 * directory of its own first and then takes `distDir`'s place by renames, so a console server of
 * another test serving `distDir` never sees half a build.
 */
export function ensureConsoleBuild(distDir = consoleDistDir()): void {
  if (!consoleBuildIsStale(distDir)) return;
  const staging = `${distDir}.building-${process.pid}`;
  const built = spawnSync(
    process.execPath,
    [
      join(testEnv.repoRoot, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'services/console/vite.config.mts',
      '--outDir',
      staging,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: testEnv.repoRoot, encoding: 'utf8', timeout: 240_000 },
  );
  if (built.status !== 0 || !existsSync(join(staging, 'index.html'))) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(
      `building the console into ${staging} failed (${built.error?.message ?? `exit ${built.status}`}):\n${`${built.stdout}\n${built.stderr}`.slice(-3000)}`,
    );
  }
  const previous = `${distDir}.previous-${process.pid}`;
  if (existsSync(distDir)) renameSync(distDir, previous);
  renameSync(staging, distDir);
  rmSync(previous, { recursive: true, force: true });
}

/**
 * The console's server (services/console/server/main.ts) as a real process on a free port, serving
 * the build in `distDir` (built first when missing) against the identity provider the tests use and
 * the given services (`{ applications: url }` becomes APPLICATIONS_URL); waits until /health/ready
 * answers (the build is there).
 */
export async function startConsoleProcess(options: {
  services: Record<string, string>;
  distDir?: string;
  env?: Record<string, string>;
}): Promise<RunningProcess> {
  const distDir = options.distDir ?? consoleDistDir();
  ensureConsoleBuild(distDir);
  const server = await startProcess({
    name: 'console',
    entry: 'services/console/server/main.ts',
    env: {
      AUTH_ISSUER: testEnv.authIssuer,
      CONSOLE_DIST_DIR: distDir,
      ...Object.fromEntries(
        Object.entries(options.services).map(([service, url]) => [
          `${service.toUpperCase().replace(/-/g, '_')}_URL`,
          url,
        ]),
      ),
      ...options.env,
    },
  });
  await waitFor(
    'the console to answer /health/ready',
    async () => (await fetch(`${server.url}/health/ready`)).ok,
    15_000,
    250,
  ).catch(async (error: Error) => {
    await server.stop();
    throw new Error(`${error.message}\n--- console output ---\n${server.logs().slice(-3000)}`);
  });
  return server;
}
