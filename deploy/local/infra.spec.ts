import { ChildProcess, execFile, spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { createServer, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * Which servers the launcher uses, decided by infra.sh's own functions: the script is copied into a
 * throw-away tree (its .local/ is empty) and sourced, so nothing is started or stopped, and the ports
 * probed are this test's own.
 */
describe('infra.sh: a variable that is set names the server to use', () => {
  const root = mkdtempSync(join(tmpdir(), 'aeo-infra-'));
  const script = join(root, 'deploy', 'local', 'infra.sh');
  const runDir = join(root, '.local', 'run');
  const servers: Server[] = [];
  const children: ChildProcess[] = [];

  /** A port some other process listens on (127.0.0.1). */
  const busyPort = async (): Promise<number> => {
    const server = createServer();
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return (server.address() as { port: number }).port;
  };
  /** A port nobody listens on. */
  const freePort = async (): Promise<number> => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise((resolve) => server.close(resolve));
    return port;
  };

  /** "external" or "local" as infra.sh decides it for COMPONENT with these variables. */
  const decide = async (
    component: 'pg' | 'kafka' | 'temporal' | 'identity',
    env: Record<string, string>,
  ): Promise<string> => {
    const clean = { ...process.env };
    for (const name of [
      'DATABASE_URL',
      'PGHOST',
      'KAFKA_BROKERS',
      'TEMPORAL_ADDRESS',
      'AUTH_ISSUER',
      'AUTH_AUDIENCE',
      'AUTH_DEVELOPMENT',
    ])
      delete clean[name];
    const { stdout } = await promisify(execFile)(
      'bash',
      ['-c', `source "$1"; if ${component}_external; then echo external; else echo local; fi`, 'decide', script],
      { env: { ...clean, ...env } },
    );
    return stdout.trim();
  };

  beforeAll(() => {
    mkdirSync(join(root, 'deploy', 'local'), { recursive: true });
    mkdirSync(runDir, { recursive: true });
    copyFileSync(join(__dirname, 'infra.sh'), script);
  });

  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    rmSync(root, { recursive: true, force: true });
  });

  it('uses an existing server on the default address, whatever the spelling of loopback', async () => {
    const port = String(await busyPort());
    for (const host of ['127.0.0.1', 'localhost', '[::1]']) {
      expect(
        await decide('pg', { AEO_PG_PORT: port, DATABASE_URL: `postgres://aeo:aeo@${host}:${port}/postgres` }),
      ).toBe('external');
      expect(await decide('kafka', { AEO_KAFKA_PORT: port, KAFKA_BROKERS: `${host}:${port}` })).toBe('external');
      expect(await decide('temporal', { AEO_TEMPORAL_PORT: port, TEMPORAL_ADDRESS: `${host}:${port}` })).toBe(
        'external',
      );
    }
  });

  it('starts the OpenID provider unless AUTH_ISSUER names another one, and exports its issuer and audience', async () => {
    const port = String(await freePort());
    expect(await decide('identity', { AEO_IDENTITY_PORT: port })).toBe('local');
    // After eval "$(infra.sh env)": its own address, its port free.
    expect(await decide('identity', { AEO_IDENTITY_PORT: port, AUTH_ISSUER: `http://127.0.0.1:${port}` })).toBe(
      'local',
    );
    expect(
      await decide('identity', { AEO_IDENTITY_PORT: port, AUTH_ISSUER: 'https://kc.example.org/realms/aeo' }),
    ).toBe('external');
    const busy = String(await busyPort());
    expect(await decide('identity', { AEO_IDENTITY_PORT: busy, AUTH_ISSUER: `http://localhost:${busy}/` })).toBe(
      'external',
    );
    const env = async (vars: Record<string, string>) => {
      const { stdout } = await promisify(execFile)('bash', ['-c', 'source "$1"; cmd_env', 'env', script], {
        env: { ...process.env, AUTH_ISSUER: '', AUTH_AUDIENCE: '', AUTH_DEVELOPMENT: '', ...vars },
      });
      return stdout.split('\n').filter((line) => line.startsWith('export AUTH_'));
    };
    expect(await env({ AEO_IDENTITY_PORT: port })).toEqual([
      `export AUTH_ISSUER=http://127.0.0.1:${port}`,
      'export AUTH_AUDIENCE=aeo-platform',
      'export AUTH_DEVELOPMENT=true',
    ]);
    expect(
      await env({ AEO_IDENTITY_PORT: port, AUTH_ISSUER: 'https://kc.example.org/realms/aeo', AUTH_AUDIENCE: 'aeo' }),
    ).toEqual([
      'export AUTH_ISSUER=https://kc.example.org/realms/aeo',
      'export AUTH_AUDIENCE=aeo',
      'export AUTH_DEVELOPMENT=false',
    ]);
  });

  it('reads the port of a DATABASE_URL, 5432 when it has none', async () => {
    const port = String(await busyPort());
    expect(await decide('pg', { AEO_PG_PORT: port, DATABASE_URL: `postgresql://u:p%40ss@127.0.0.1:${port}` })).toBe(
      'external',
    );
    // Another port than the local server's: another server, without probing.
    const free = String(await freePort());
    expect(await decide('pg', { AEO_PG_PORT: free, DATABASE_URL: 'postgres://aeo:aeo@127.0.0.1/postgres' })).toBe(
      'external',
    );
    expect(await decide('kafka', { AEO_KAFKA_PORT: free, KAFKA_BROKERS: `127.0.0.1:${free},127.0.0.2:${free}` })).toBe(
      'external',
    );
    expect(await decide('temporal', { AEO_TEMPORAL_PORT: free, TEMPORAL_ADDRESS: 'temporal.internal:7233' })).toBe(
      'external',
    );
  });

  it('starts (or stops) its own server when the variable names its address and the port is free', async () => {
    const port = String(await freePort());
    expect(
      await decide('pg', { AEO_PG_PORT: port, DATABASE_URL: `postgres://aeo:aeo@127.0.0.1:${port}/postgres` }),
    ).toBe('local');
    expect(await decide('kafka', { AEO_KAFKA_PORT: port, KAFKA_BROKERS: `localhost:${port}` })).toBe('local');
    expect(await decide('temporal', { AEO_TEMPORAL_PORT: port, TEMPORAL_ADDRESS: `127.0.0.1:${port}` })).toBe('local');
    expect(await decide('pg', { AEO_PG_PORT: port })).toBe('local');
  });

  it('manages its own running server when the variable names it (after eval "$(infra.sh env)")', async () => {
    const port = await freePort();
    // A stand-in for the local broker: its command line carries infra.sh's marker, it listens on the port.
    const marker = `kafka.Kafka ${join(runDir, 'kafka-server.properties')}`;
    const child = spawn(
      process.execPath,
      [
        '-e',
        `require('net').createServer().listen(${port}, '127.0.0.1', () => console.log('up'))`,
        ...marker.split(' '),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    children.push(child);
    await new Promise((resolve) => child.stdout?.once('data', resolve));
    writeFileSync(join(runDir, 'kafka.pid'), String(child.pid));
    expect(await decide('kafka', { AEO_KAFKA_PORT: String(port), KAFKA_BROKERS: `127.0.0.1:${port}` })).toBe('local');
    // Another process on that port (no pid file of this script's broker): an existing cluster.
    rmSync(join(runDir, 'kafka.pid'));
    expect(await decide('kafka', { AEO_KAFKA_PORT: String(port), KAFKA_BROKERS: `127.0.0.1:${port}` })).toBe(
      'external',
    );
  });
});

/**
 * How infra.sh waits for a server it started (wait_local_ready) and stops it (stop_own_server), by its
 * own functions: sourced in a throw-away tree, with a stand-in process carrying the marker and probes
 * that succeed or not.
 */
describe('infra.sh: waiting for a server it started, and stopping it', () => {
  const root = mkdtempSync(join(tmpdir(), 'aeo-infra-wait-'));
  const script = join(root, 'deploy', 'local', 'infra.sh');
  const pidfile = join(root, 'stand-in.pid');
  const logfile = join(root, 'stand-in.log');
  // Characters a regular expression would read (a repository path may have them): the marker is a plain string.
  const marker = `stand-in-server+[1] ${root}`;
  let standIn: ChildProcess | undefined;

  beforeAll(() => {
    mkdirSync(join(root, 'deploy', 'local'), { recursive: true });
    copyFileSync(join(__dirname, 'infra.sh'), script);
    writeFileSync(logfile, 'the last line of the stand-in log\n');
  });

  beforeEach(async () => {
    standIn = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000); console.log("up")', ...marker.split(' ')], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    await new Promise((resolve) => standIn?.stdout?.once('data', resolve));
    writeFileSync(pidfile, String(standIn.pid));
  });

  afterEach(() => {
    standIn?.kill('SIGKILL');
    spawned?.kill('SIGKILL');
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /**
   * A server as spawn_detached leaves it (the leader of a session of its own, carrying the marker)
   * while the pid file names a process that is gone: a first start after the machine had been idle
   * read the server's command line mid-exec, took it for dead, dropped the pid file and left it running.
   */
  let spawned: ChildProcess | undefined;
  const spawnedWithStalePidFile = async (): Promise<ChildProcess> => {
    spawned = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000); console.log("up")', ...marker.split(' ')], {
      stdio: ['ignore', 'pipe', 'ignore'],
      detached: true,
    });
    await new Promise((resolve) => spawned?.stdout?.once('data', resolve));
    const gone = spawn('true');
    await new Promise((resolve) => gone.once('exit', resolve));
    writeFileSync(pidfile, String(gone.pid));
    return spawned;
  };
  const exitSignal = (child: ChildProcess) =>
    new Promise((resolve) => child.once('exit', (_code, signal) => resolve(signal)));

  /** Runs COMMAND after sourcing infra.sh (a one-second deadline), with $2 … $4 the stand-in's pid file, marker and log. */
  const run = async (command: string) =>
    new Promise<{ code: number | null; stderr: string }>((resolve) =>
      execFile(
        'bash',
        ['-c', command, 'wait', script, pidfile, marker, logfile],
        { env: { ...process.env, AEO_INFRA_TIMEOUT: '1' } },
        (error, _stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, stderr }),
      ),
    );
  const waitWith = (probe: string) =>
    run(`source "$1"; probe() { ${probe}; }; wait_local_ready stand-in "$2" "$3" "$4" 5 "did not answer" probe`);
  const stopWith = (external: boolean) => run(`source "$1"; stop_own_server stand-in ${external} "$2" "$3" 5`);

  it('returns once the probe succeeds, leaving the server running', async () => {
    const result = await waitWith('true');
    expect(result).toEqual({ code: 0, stderr: '' });
    expect(standIn?.exitCode).toBeNull();
    expect(standIn?.signalCode).toBeNull();
  });

  it('fails after the deadline, naming what the probe waited for and its detail, with the log, and stops the server', async () => {
    const exited = new Promise((resolve) => standIn?.once('exit', (_code, signal) => resolve(signal)));
    const result = await waitWith('READY_DETAIL="missing search attributes: AeoStage"; false');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('stand-in failed: did not answer within 1s (missing search attributes: AeoStage)');
    expect(result.stderr).toContain('the last line of the stand-in log');
    expect(await exited).toBe('SIGTERM');
  });

  it('fails at once when the server process has exited, and forgets its pid file', async () => {
    const exited = new Promise((resolve) => standIn?.once('exit', resolve));
    standIn?.kill('SIGKILL');
    await exited;
    const result = await waitWith('false');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('stand-in failed: the stand-in process exited');
    expect(existsSync(pidfile)).toBe(false);
  });

  it('waits for the server it spawned when the pid file names a process that is gone, and records its pid', async () => {
    const server = await spawnedWithStalePidFile();
    expect(await waitWith('true')).toEqual({ code: 0, stderr: '' });
    expect(readFileSync(pidfile, 'utf8').trim()).toBe(String(server.pid));
    expect(server.exitCode).toBeNull();
  });

  it('stops that server when it does not answer in time: a failed start leaves nothing running', async () => {
    const exited = exitSignal(await spawnedWithStalePidFile());
    const result = await waitWith('false');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('stand-in failed: did not answer within 1s');
    expect(await exited).toBe('SIGTERM');
    expect(existsSync(pidfile)).toBe(false);
  });

  it('counts a server it spawned as running when the pid file was dropped (status, start), and records its pid', async () => {
    const server = await spawnedWithStalePidFile();
    rmSync(pidfile);
    const result = await run('source "$1"; local_running "$2" "$3" && echo "running $(cat "$2")" >&2');
    expect(result).toEqual({ code: 0, stderr: `running ${server.pid}\n` });
    server.kill('SIGKILL');
    await exitSignal(server);
    // Only the stand-in of this shell's session carries the marker now: not one that spawn_detached started.
    expect((await run('source "$1"; local_running "$2" "$3"')).code).toBe(1);
  });

  it('stops an orphan of an earlier start, not a process that only names the same path', async () => {
    const exited = exitSignal(await spawnedWithStalePidFile());
    expect(await stopWith(false)).toEqual({ code: 0, stderr: '[infra] stand-in: stopped\n' });
    expect(await exited).toBe('SIGTERM');
    // The other stand-in carries the marker too, in this shell's session: not one that spawn_detached started.
    expect(await stopWith(false)).toEqual({ code: 0, stderr: '[infra] stand-in: already stopped\n' });
    expect(standIn?.exitCode).toBeNull();
    expect(standIn?.signalCode).toBeNull();
  });

  it('gives the Temporal dev server HEALTH_TIMEOUT plus a second per MB of its store to answer', async () => {
    const store = join(root, '.local', 'data', 'temporal', 'temporal.db');
    mkdirSync(join(root, '.local', 'data', 'temporal'), { recursive: true });
    writeFileSync(store, '');
    truncateSync(store, 178 * 1024 * 1024);
    const timeout = (env: Record<string, string>) =>
      promisify(execFile)('bash', ['-c', 'source "$1"; temporal_ready_timeout', 'timeout', script], {
        env: { ...process.env, ...env },
      }).then(({ stdout }) => stdout.trim());
    expect(await timeout({ AEO_INFRA_TIMEOUT: '90' })).toBe('268');
    expect(await timeout({ AEO_INFRA_TIMEOUT: '90', AEO_TEMPORAL_TIMEOUT: '600' })).toBe('600');
    rmSync(store);
  });

  it('stops the server it runs, and leaves an external one alone', async () => {
    expect(await stopWith(true)).toEqual({ code: 0, stderr: '[infra] stand-in: external server, not stopping\n' });
    expect(standIn?.exitCode).toBeNull();
    expect(standIn?.signalCode).toBeNull();
    const exited = new Promise((resolve) => standIn?.once('exit', (_code, signal) => resolve(signal)));
    expect((await stopWith(false)).code).toBe(0);
    expect(await exited).toBe('SIGTERM');
    expect(existsSync(pidfile)).toBe(false);
  });
});
