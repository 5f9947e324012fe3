import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect as connectTcp, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server, type TLSSocket } from 'node:tls';
import { Test } from '@nestjs/testing';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import {
  APP_CONFIG,
  loadConfig,
  platformEnvSchema,
  temporalConnectionOptionsFrom,
  type PlatformEnv,
} from '@aeo/config';
import { testEnv, tsScriptArgs } from '@aeo/testing';
import { ActivityWorkerHost, TEMPORAL_CONNECTION, TemporalModule, temporalReadinessCheck } from './temporal.module';
import { runTwoActivitiesWorkflow } from './testing/two-activities';

jest.setTimeout(180_000);

/** A throw-away CA, the frontend's certificate (SAN temporal-frontend) and a client certificate, made by openssl. */
function makeCertificates(dir: string): void {
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const ecKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl('req', '-x509', ...ecKey, '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '1', '-subj', '/CN=aeo-test-ca');
  for (const [name, usage, san] of [
    ['server', 'serverAuth', 'DNS:temporal-frontend'],
    ['client', 'clientAuth', 'DNS:aeo-worker'],
  ]) {
    writeFileSync(join(dir, `${name}.ext`), `subjectAltName=${san}\nextendedKeyUsage=${usage}\n`);
    openssl('req', '-new', ...ecKey, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${name}`);
    openssl(
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      'ca.crt',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      `${name}.crt`,
      '-days',
      '1',
      '-extfile',
      `${name}.ext`,
    );
  }
}

/**
 * Temporal's frontend behind mutual TLS: the dev server (`temporal server start-dev`) has no TLS
 * options, so a TLS listener on a free loopback port terminates TLS (HTTP/2 by ALPN, client
 * certificates required and verified against the CA) and passes the bytes to the real server.
 */
function mutualTlsFrontend(dir: string): Promise<{ server: Server; port: number; sessions: () => number }> {
  const [host, port] = testEnv.temporalAddress.split(':') as [string, string];
  let sessions = 0;
  const server = createServer(
    {
      key: readFileSync(join(dir, 'server.key')),
      cert: readFileSync(join(dir, 'server.crt')),
      ca: readFileSync(join(dir, 'ca.crt')),
      requestCert: true,
      rejectUnauthorized: true,
      ALPNProtocols: ['h2'],
    },
    (socket: TLSSocket) => {
      if (socket.authorized) sessions++;
      const upstream = connectTcp(Number(port), host);
      socket.pipe(upstream).pipe(socket);
      socket.on('error', () => upstream.destroy());
      upstream.on('error', () => socket.destroy());
    },
  );
  server.on('tlsClientError', () => undefined);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, port: (server.address() as AddressInfo).port, sessions: () => sessions }),
    ),
  );
}

describe('Temporal over mutual TLS (the services and the worker, real Temporal behind a TLS frontend)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aeo-temporal-tls-'));
  let frontend: Awaited<ReturnType<typeof mutualTlsFrontend>>;
  /** The environment the chart gives every process that talks to Temporal (deploy/kubernetes). */
  let tlsEnv: Record<string, string>;
  const configOf = (env: Record<string, string>) =>
    loadConfig(platformEnvSchema, { AUTH_DEVELOPMENT: 'true', TEMPORAL_NAMESPACE: testEnv.temporalNamespace, ...env });

  beforeAll(async () => {
    makeCertificates(dir);
    frontend = await mutualTlsFrontend(dir);
    tlsEnv = {
      TEMPORAL_ADDRESS: `127.0.0.1:${frontend.port}`,
      TEMPORAL_TLS: 'true',
      TEMPORAL_TLS_CA_FILE: join(dir, 'ca.crt'),
      TEMPORAL_TLS_CERT_FILE: join(dir, 'client.crt'),
      TEMPORAL_TLS_KEY_FILE: join(dir, 'client.key'),
      TEMPORAL_TLS_SERVER_NAME: 'temporal-frontend',
    };
  });

  afterAll(async () => {
    await new Promise((resolve) => frontend?.server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs a workflow whose client, worker and service activity worker all connect with the TLS settings', async () => {
    const config = configOf(tlsEnv);
    const taskQueue = `tls-activities-${randomBytes(4).toString('hex')}`;
    const host = new ActivityWorkerHost(config as PlatformEnv, taskQueue, {
      first: async () => 'first',
      second: async () => 'second',
    });
    host.onApplicationBootstrap();
    try {
      const options = temporalConnectionOptionsFrom(config);
      const answers = await runTwoActivitiesWorkflow(options, testEnv.temporalNamespace, taskQueue, 2);
      expect(answers).toEqual(['first', 'second', 'first', 'second']);
      // The client, the worker's and the activity host's native connections each went through TLS.
      expect(frontend.sessions()).toBeGreaterThanOrEqual(3);
    } finally {
      await host.onApplicationShutdown();
    }
  });

  it("gives a service's Temporal client (TemporalModule.forService) the TLS settings: ready and counting workflows with them, not without the CA", async () => {
    const serviceTemporal = async (env: Record<string, string>) => {
      const config = {
        module: class ConfigForTest {},
        global: true,
        providers: [{ provide: APP_CONFIG, useValue: configOf(env) }],
        exports: [APP_CONFIG],
      };
      const module = await Test.createTestingModule({ imports: [config, TemporalModule.forService()] }).compile();
      return { module, connection: module.get<Connection>(TEMPORAL_CONNECTION), client: module.get(Client) };
    };
    const secured = await serviceTemporal(tlsEnv);
    try {
      await temporalReadinessCheck(secured.connection).check();
      await expect(secured.client.workflow.count()).resolves.toMatchObject({ count: expect.any(Number) });
    } finally {
      await secured.module.close();
    }
    const { TEMPORAL_TLS_CA_FILE: _ca, ...withoutCa } = tlsEnv;
    const unverified = await serviceTemporal(withoutCa);
    try {
      const before = frontend.sessions();
      await expect(temporalReadinessCheck(unverified.connection).check()).rejects.toThrow();
      expect(frontend.sessions()).toBe(before);
    } finally {
      await unverified.module.close();
    }
  });

  it("registers the search attributes over TLS (the chart's setup Job, search-attributes.js)", async () => {
    // Asynchronously: the TLS frontend runs in this process.
    const run = (env: Record<string, string>) =>
      new Promise<{ status: number; stdout: string; stderr: string }>((resolve) =>
        execFile(
          process.execPath,
          tsScriptArgs('deploy/local/temporal/register-search-attributes.ts'),
          {
            cwd: testEnv.repoRoot,
            env: { ...process.env, TEMPORAL_NAMESPACE: testEnv.temporalNamespace, TEMPORAL_WAIT_SECONDS: '5', ...env },
            encoding: 'utf8',
          },
          (error, stdout, stderr) => resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
        ),
      );
    const secured = await run(tlsEnv);
    expect({ status: secured.status, stderr: secured.stderr }).toEqual({ status: 0, stderr: '' });
    expect(secured.stdout).toMatch(/search attributes ok: \d+ on 127\.0\.0\.1:\d+\/default/);
    const { TEMPORAL_TLS_CA_FILE: _ca, ...withoutCa } = tlsEnv;
    const refusedRun = await run(withoutCa);
    expect(refusedRun.status).not.toBe(0);
    expect(refusedRun.stderr).toMatch(/register-search-attributes failed/);
  });

  /** Both kinds of connection fail, and no TLS session was established with the frontend. */
  const refused = async (env: Record<string, string>, reason = /./) => {
    const options = temporalConnectionOptionsFrom(configOf(env));
    const before = frontend.sessions();
    const client = await Connection.connect({ ...options, connectTimeout: 5_000 }).catch((error: Error) => error);
    const native = await NativeConnection.connect(options).catch((error: Error) => error);
    expect(client).toBeInstanceOf(Error);
    expect(native).toBeInstanceOf(Error);
    expect((native as Error).message).toMatch(reason);
    expect(frontend.sessions()).toBe(before);
  };

  it("fails without the CA that signed the frontend's certificate (not in the system's trust store)", async () => {
    const { TEMPORAL_TLS_CA_FILE: _ca, ...withoutCa } = tlsEnv;
    await refused(withoutCa, /UnknownIssuer/);
  });

  it('fails without a client certificate (the frontend requires one), and in plain text', async () => {
    const { TEMPORAL_TLS_CERT_FILE: _cert, TEMPORAL_TLS_KEY_FILE: _key, ...withoutClientCertificate } = tlsEnv;
    await refused(withoutClientCertificate);
    await refused({ TEMPORAL_ADDRESS: tlsEnv['TEMPORAL_ADDRESS']! });
  });

  it("fails when the frontend's certificate does not name the expected server", async () => {
    await refused({ ...tlsEnv, TEMPORAL_TLS_SERVER_NAME: 'temporal-elsewhere' }, /NotValidForName/);
  });
});
