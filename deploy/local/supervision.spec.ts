import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describeSupervisorLine, parsePm2List, Pm2ProcessDescription, RESTART_POLICY } from './supervision';

const root = join(__dirname, '..', '..');
const pm2Binary = join(root, 'node_modules', '.bin', 'pm2');

/** Alive and not a zombie (an exited child not yet reaped is gone for this purpose). */
function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

async function eventually<T>(
  what: string,
  probe: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * A tiny process supervised by the platform's own pm2 configuration (platformEcosystem, with the
 * log relay), in a pm2 home of its own: nothing of the running platform is touched.
 */
describe('supervision of the local platform (pm2)', () => {
  jest.setTimeout(90_000);
  const dir = mkdtempSync(join(tmpdir(), 'aeo-supervision-'));
  const logDir = join(dir, 'logs');
  const env = {
    ...process.env,
    PM2_HOME: join(dir, 'pm2'),
    PM2_DISABLE_VERSION_CHECK: 'true',
    PM2_KILL_SIGNAL: 'SIGTERM',
    SUPERVISION_LOG_DIR: logDir,
  };
  const pm2 = (...args: string[]) => promisify(execFile)(pm2Binary, args, { env, cwd: root });
  const list = async (): Promise<Pm2ProcessDescription[]> => {
    const { stdout } = await pm2('jlist');
    return parsePm2List(stdout);
  };
  const tiny = async () => (await list()).find((entry) => entry.name === 'tiny');
  const log = (name: string) =>
    existsSync(join(logDir, `${name}.log`)) ? readFileSync(join(logDir, `${name}.log`), 'utf8') : '';

  beforeAll(async () => {
    writeFileSync(
      join(dir, 'tiny.js'),
      `console.log('tiny up on ' + process.env.PORT); setInterval(() => undefined, 60_000);\n`,
    );
    writeFileSync(
      join(dir, 'ecosystem.config.js'),
      [
        `require(${JSON.stringify(join(root, 'tools/register.js'))});`,
        `const { platformEcosystem } = require(${JSON.stringify(join(__dirname, 'supervision.ts'))});`,
        `module.exports = platformEcosystem({ root: ${JSON.stringify(root)}, logDir: ${JSON.stringify(logDir)} }, [{ name: 'tiny', port: 39999, portVariable: 'PORT', entry: ${JSON.stringify(join(dir, 'tiny.js'))} }]);`,
      ].join('\n'),
    );
    await pm2('start', join(dir, 'ecosystem.config.js'));
  });

  afterAll(async () => {
    await pm2('kill').catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  it('restarts a process killed with SIGKILL after the backoff delay, logs why and when, and counts the restart', async () => {
    const first = await eventually('tiny online', async () => {
      const entry = await tiny();
      return entry?.pm2_env.status === 'online' && entry.pid ? entry : undefined;
    });
    expect(first.pm2_env.restart_time).toBe(0);
    await eventually('tiny started with its port', () => (log('tiny').includes('tiny up on 39999') ? true : undefined));
    await eventually('the log relay connected', () =>
      log('supervisor').includes('relay connected') ? true : undefined,
    );

    const killedAt = Date.now();
    process.kill(first.pid, 'SIGKILL');

    const restarted = await eventually('tiny restarted', async () => {
      const entry = await tiny();
      return entry?.pm2_env.status === 'online' && entry.pid && entry.pid !== first.pid ? entry : undefined;
    });
    expect(restarted.pm2_env.restart_time).toBe(1);
    expect(restarted.pm2_env.pm_uptime - killedAt).toBeGreaterThanOrEqual(RESTART_POLICY.firstDelayMs - 50);
    expect(alive(first.pid)).toBe(false);
    // The process's own log says what happened, with the time and the next delay.
    const lines = await eventually('the restart in the log', () => {
      const found = log('tiny')
        .split('\n')
        .filter((line) => line.includes('[supervisor] tiny'));
      return found.some((line) => line.includes('online')) && found.length >= 3 ? found : undefined;
    });
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\d{4}-\d\d-\d\dT\S+Z \[supervisor\] tiny killed by SIGKILL$/),
        expect.stringMatching(
          new RegExp(
            `^\\S+Z \\[supervisor\\] tiny restarting in ${RESTART_POLICY.firstDelayMs} ms \\(exponential backoff\\)$`,
          ),
        ),
      ]),
    );
    expect(log('supervisor')).toMatch(/App \[tiny:\d+\] exited with code \[\d+\] via signal \[SIGKILL\]/);

    // `npm run status` shows it with its state, pid, uptime and restart count.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['-r', './tools/register.js', 'deploy/local/supervision.ts', 'status', pm2Binary],
      { env, cwd: root },
    );
    expect(stdout).toMatch(new RegExp(`^tiny\\s+online\\s+${restarted.pid}\\s+\\d+s\\s+1\\s`, 'm'));

    // Stopping the supervisor leaves no process behind.
    const relay = (await list()).find((entry) => entry.name === 'supervisor')!;
    await pm2('kill');
    expect(alive(restarted.pid)).toBe(false);
    expect(alive(relay.pid)).toBe(false);
  });

  it("turns pm2's lines into readable ones for the process's log", () => {
    expect(describeSupervisorLine('App [worker:6] exited with code [1] via signal [SIGINT]')).toEqual({
      name: 'worker',
      text: 'exited with code 1',
    });
    expect(describeSupervisorLine('App [risk-management:3] exited with code [0] via signal [SIGKILL]')).toEqual({
      name: 'risk-management',
      text: 'killed by SIGKILL',
    });
    expect(describeSupervisorLine('App [worker:6] will restart in 1125ms')).toEqual({
      name: 'worker',
      text: 'restarting in 1125 ms (exponential backoff)',
    });
    expect(describeSupervisorLine('PM2 log: Concurrent actions: 2')).toBeUndefined();
  });
});
