import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { testEnv } from '../env';
import { type RunningProcess, startProcess } from '../processes';
import { waitFor } from '../wait-for';

/** The platform's web apps (services/<app>, served by services/<app>/server/main.ts). */
export type WebApp = 'console' | 'portal';

const variable = (app: WebApp) => `${app.toUpperCase()}_DIST_DIR`;

/** Where an app's build is looked for: <APP>_DIST_DIR, else dist/<app> (what `npm test` builds). */
export const webAppDistDir = (app: WebApp): string => process.env[variable(app)] ?? join(testEnv.repoRoot, 'dist', app);

/** An app's sources a build is made from (its app, page and Vite config, and libs/web's). */
const sourcesOf = (app: WebApp) => [
  `services/${app}/src`,
  `services/${app}/index.html`,
  `services/${app}/vite.config.mts`,
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
 * Whether the build in `distDir` is missing or older than a source of the app (a browser test
 * against a stale build tests yesterday's pages).
 */
export function webAppBuildIsStale(app: WebApp, distDir = webAppDistDir(app)): boolean {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return sourcesOf(app).some((source) => newestChange(join(testEnv.repoRoot, source)) > built);
}

/**
 * Builds the app's single-page app into `distDir` when it is missing or stale (Vite, bounded:
 * a build that takes over 4 minutes or fails throws with Vite's output). The build goes to a
 * directory of its own first and then takes `distDir`'s place by renames, so a server of
 * another test serving `distDir` never sees half a build.
 */
export function ensureWebAppBuild(app: WebApp, distDir = webAppDistDir(app)): void {
  if (!webAppBuildIsStale(app, distDir)) return;
  const staging = `${distDir}.building-${process.pid}`;
  const built = spawnSync(
    process.execPath,
    [
      join(testEnv.repoRoot, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      `services/${app}/vite.config.mts`,
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
      `building the ${app} into ${staging} failed (${built.error?.message ?? `exit ${built.status}`}):\n${`${built.stdout}\n${built.stderr}`.slice(-3000)}`,
    );
  }
  const previous = `${distDir}.previous-${process.pid}`;
  if (existsSync(distDir)) renameSync(distDir, previous);
  renameSync(staging, distDir);
  rmSync(previous, { recursive: true, force: true });
}

/**
 * A web app's server (services/<app>/server/main.ts) as a real process on a free port, serving
 * the build in `distDir` (built first when missing) against the identity provider the tests use and
 * the given services (`{ applications: url }` becomes APPLICATIONS_URL); waits until /health/ready
 * answers (the build is there).
 */
export async function startWebAppProcess(
  app: WebApp,
  options: { services: Record<string, string>; distDir?: string; env?: Record<string, string> },
): Promise<RunningProcess> {
  const distDir = options.distDir ?? webAppDistDir(app);
  ensureWebAppBuild(app, distDir);
  const server = await startProcess({
    name: app,
    entry: `services/${app}/server/main.ts`,
    env: {
      AUTH_ISSUER: testEnv.authIssuer,
      [variable(app)]: distDir,
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
    `the ${app} to answer /health/ready`,
    async () => (await fetch(`${server.url}/health/ready`)).ok,
    15_000,
    250,
  ).catch(async (error: Error) => {
    await server.stop();
    throw new Error(`${error.message}\n--- ${app} output ---\n${server.logs().slice(-3000)}`);
  });
  return server;
}

/** The console's (the names its browser tests and the bench use). */
export const consoleDistDir = (): string => webAppDistDir('console');
export const consoleBuildIsStale = (distDir?: string): boolean => webAppBuildIsStale('console', distDir);
export const ensureConsoleBuild = (distDir?: string): void => ensureWebAppBuild('console', distDir);
export const startConsoleProcess = (options: Parameters<typeof startWebAppProcess>[1]): Promise<RunningProcess> =>
  startWebAppProcess('console', options);
