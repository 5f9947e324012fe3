import { execFile } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { testEnv } from './env';
import { freePort } from './processes';
import { waitFor } from './wait-for';

const run = promisify(execFile);

export interface ThrowawayPostgres {
  /** Connection URL of database `name` (default `postgres`) on this server. */
  url(name?: string): string;
  createDatabase(name: string): Promise<string>;
  /** Stops the server (fast shutdown: connections are terminated, as in a real outage). */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and removes its files. */
  destroy(): Promise<void>;
}

/** The OS user PostgreSQL runs as when the tests run as root (it refuses root), as in deploy/local/infra.sh. */
const OS_USER = process.env['AEO_PG_OS_USER'] ?? 'aeo-postgres';

/**
 * A PostgreSQL server of the test's own (initdb + pg_ctl from `.local/tools/postgres`, in a
 * temporary directory, on a free port), for tests that stop the database: the shared server of
 * the other tests is never touched.
 */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const home = join(testEnv.repoRoot, '.local', 'tools', 'postgres');
  const dir = mkdtempSync(join(tmpdir(), 'aeo-pg-'));
  const data = join(dir, 'data');
  const root = process.getuid?.() === 0;
  const { stdout: uidText } = root ? await run('id', ['-u', OS_USER]) : { stdout: '' };
  const { stdout: gidText } = root ? await run('id', ['-g', OS_USER]) : { stdout: '' };
  const pg = (binary: string, args: string[]) => {
    const command = join(home, 'bin', binary);
    const env = { ...process.env, LD_LIBRARY_PATH: join(home, 'lib') };
    return root
      ? run('runuser', ['-u', OS_USER, '--', command, ...args], { env, cwd: '/' })
      : run(command, args, { env, cwd: '/' });
  };
  chmodSync(dir, 0o755);
  writeFileSync(join(dir, 'pwfile'), 'aeo\n', { mode: 0o600 });
  if (root) {
    chownSync(dir, Number(uidText.trim()), Number(gidText.trim()));
    chownSync(join(dir, 'pwfile'), Number(uidText.trim()), Number(gidText.trim()));
  }
  await pg('initdb', [
    '--pgdata',
    data,
    '--username=aeo',
    `--pwfile=${join(dir, 'pwfile')}`,
    '--auth=scram-sha-256',
    '--encoding=UTF8',
    '--locale=C',
  ]);
  const port = await freePort();
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c timezone=UTC -c fsync=off -c max_connections=100`;
  const start = async () => {
    await pg('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', options, 'start']);
    await waitFor(
      'the throw-away PostgreSQL to accept connections',
      async () => {
        const client = new Client({ connectionString: url() });
        try {
          await client.connect();
          return true;
        } catch {
          return undefined;
        } finally {
          await client.end().catch(() => undefined);
        }
      },
      30_000,
      100,
    );
  };
  const url = (name = 'postgres') => `postgres://aeo:aeo@127.0.0.1:${port}/${name}`;
  const stop = async () => {
    await pg('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '60', 'stop']);
  };
  await start();
  return {
    url,
    start,
    stop,
    createDatabase: async (name) => {
      const admin = new Client({ connectionString: url() });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      return url(name);
    },
    destroy: async () => {
      await stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
