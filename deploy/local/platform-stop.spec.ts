import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * `npm stop` (platform.sh down) stops the local servers `npm start` started, not those it found
 * running. platform.sh runs in a throw-away tree whose infra.sh is a stand-in: it reports the
 * servers of `status.txt` as running and writes down what it is asked to stop, so nothing real is
 * started or stopped.
 */
describe('platform.sh down: the local servers npm start found running are left running', () => {
  const root = mkdtempSync(join(tmpdir(), 'aeo-platform-'));
  const local = join(root, 'deploy', 'local');
  const runDir = join(root, '.local', 'run');
  const calls = join(root, 'infra-calls.txt');

  beforeAll(() => {
    mkdirSync(local, { recursive: true });
    copyFileSync(join(__dirname, 'platform.sh'), join(local, 'platform.sh'));
    for (const file of ['package.json', '.nvmrc']) copyFileSync(join(__dirname, '..', '..', file), join(root, file));
    writeFileSync(
      join(local, 'infra.sh'),
      [
        '#!/usr/bin/env bash',
        `root=${JSON.stringify(root)}`,
        'case "$1" in',
        '  status) while read -r name; do printf "%-9s running   pid %-8s x\\n" "$name" 1; done <"$root/status.txt" ;;',
        '  stop) shift; echo "stop $*" >>"$root/infra-calls.txt" ;;',
        'esac',
      ].join('\n'),
    );
  });
  beforeEach(() => {
    rmSync(calls, { force: true });
    mkdirSync(runDir, { recursive: true });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const down = async (running: string[]) => {
    writeFileSync(join(root, 'status.txt'), running.map((name) => `${name}\n`).join(''));
    const { stderr } = await promisify(execFile)('bash', [join(local, 'platform.sh'), 'down'], {
      env: { ...process.env, AEO_NODE: process.execPath },
    });
    return { stderr, calls: existsSync(calls) ? readFileSync(calls, 'utf8') : '' };
  };

  it('after npm start: stops only what npm start started, and says what it left running', async () => {
    writeFileSync(join(runDir, 'infra-started-by-platform'), 'temporal\nidentity\n');
    const { stderr, calls: asked } = await down(['postgres', 'kafka', 'temporal', 'identity']);
    expect(asked).toBe('stop temporal identity\n');
    expect(stderr).toContain(
      'left running (already running before npm start): postgres kafka; bash deploy/local/infra.sh stop stops them',
    );
    // The record is used once: a second npm stop stops every local server.
    expect(existsSync(join(runDir, 'infra-started-by-platform'))).toBe(false);
  });

  it('after npm start that found everything running: stops no server', async () => {
    writeFileSync(join(runDir, 'infra-started-by-platform'), '');
    const { calls: asked } = await down(['postgres', 'kafka']);
    expect(asked).toBe('');
  });

  /** platform.sh's record_started_infra as npm start runs it, with BEFORE the servers running before it. */
  const record = async (before: string, running: string[]) => {
    writeFileSync(join(root, 'status.txt'), running.map((name) => `${name}\n`).join(''));
    await promisify(execFile)('bash', [
      '-c',
      'source "$1"; record_started_infra "$2"',
      'record',
      join(local, 'platform.sh'),
      before,
    ]);
    return readFileSync(join(runDir, 'infra-started-by-platform'), 'utf8');
  };

  it('npm start records the servers it started; a second npm start (finding them running) keeps the record', async () => {
    rmSync(join(runDir, 'infra-started-by-platform'), { force: true });
    expect(await record('postgres', ['postgres', 'kafka', 'temporal'])).toBe('kafka\ntemporal\n');
    expect(await record('postgres kafka temporal', ['postgres', 'kafka', 'temporal'])).toBe('kafka\ntemporal\n');
    const { calls: asked } = await down(['postgres', 'kafka', 'temporal']);
    expect(asked).toBe('stop kafka temporal\n');
  });

  it('without an npm start before it (after npm test, say): stops every local server', async () => {
    const { calls: asked } = await down(['postgres', 'kafka']);
    expect(asked).toBe('stop \n');
  });
});
