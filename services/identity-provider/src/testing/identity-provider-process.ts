import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, freePort, testEnv, tsScriptArgs, waitFor, type TestDatabase } from '@aeo/testing';

export interface IdentityProviderUnderTest {
  readonly issuer: string;
  readonly keysFile: string;
  readonly clientsFile: string;
  readonly database: TestDatabase;
  /** Starts (again) the provider process on the same port, database and files. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Stops it and removes its database and files. */
  destroy(): Promise<void>;
  logs(): string;
}

/**
 * The real provider (services/identity-provider/src/main.ts) as an OS process on a port, a
 * throwaway database and key files of its own (`env`: more variables); restartable on the same
 * issuer (key rotation).
 */
export async function identityProviderUnderTest(
  label: string,
  env: Record<string, string> = {},
): Promise<IdentityProviderUnderTest> {
  const port = await freePort();
  const database = await createTestDatabase(label);
  const dir = mkdtempSync(join(tmpdir(), 'aeo-identity-'));
  const issuer = `http://127.0.0.1:${port}`;
  const keysFile = join(dir, 'signing-keys.json');
  const clientsFile = join(dir, 'clients.json');
  let output = '';
  let stopProcess: (() => Promise<void>) | undefined;
  const start = async () => {
    const child = spawn(process.execPath, tsScriptArgs('services/identity-provider/src/main.ts'), {
      cwd: testEnv.repoRoot,
      env: {
        ...process.env,
        AEO_IDENTITY_PORT: String(port),
        AUTH_ISSUER: '',
        AUTH_DEVELOPMENT: 'true',
        IDENTITY_DATABASE_URL: database.url,
        AEO_IDENTITY_KEYS_FILE: keysFile,
        AEO_IDENTITY_CLIENTS_FILE: clientsFile,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const append = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-100_000));
    child.stdout.on('data', append);
    child.stderr.on('data', append);
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    stopProcess = async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    };
    await waitFor(
      'the identity provider to answer /health/live',
      async () => {
        if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}:\n${output}`);
        return (await fetch(`${issuer}/health/live`).catch(() => undefined))?.ok;
      },
      60_000,
      200,
    );
  };
  const stop = async () => {
    await stopProcess?.();
    stopProcess = undefined;
  };
  return {
    issuer,
    keysFile,
    clientsFile,
    database,
    start,
    stop,
    destroy: async () => {
      await stop();
      await database.drop();
      rmSync(dir, { recursive: true, force: true });
    },
    logs: () => output,
  };
}
