import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import { type CryptoKey, type JWK, SignJWT, exportJWK, generateKeyPair } from 'jose';
import { Client } from 'pg';
import { parse } from 'yaml';
import { freePort, testEnv, uniqueName, waitFor } from '@aeo/testing';
import { NODE_IMAGES, REPO_ROOT, distDirOf, productionTree, targetOf } from '../../tools/build/build-node';

/**
 * The production images without a Docker engine: what deploy/docker/Dockerfile says (a target per
 * process, Node 22/24, user node, only pruned trees shipped) and what one of them would run, the
 * applications service built by its Nx target and started from `node main.js` with
 * NODE_ENV=production, in a folder laid out as the image's /app (its production dependencies only,
 * outside the repository so that no other node_modules is found), against the running PostgreSQL,
 * Kafka and Temporal, an https OpenID issuer of its own, and a database role whose password is not
 * the development one (production refuses that).
 */
const ROOT_PACKAGE = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};

interface Stage {
  name?: string;
  from: string;
  instructions: { keyword: string; args: string }[];
}

/** The Dockerfile's stages (continuation lines joined, comments dropped, the ARG defaults substituted). */
function dockerfileStages(text: string): Stage[] {
  const lines = text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  const args: Record<string, string> = {};
  const stages: Stage[] = [];
  for (const line of lines) {
    const [, keyword, rest] = /^(\S+)\s+(.*)$/.exec(line)!;
    const value = rest.replace(/\$\{(\w+)\}/g, (_, name: string) => args[name] ?? '');
    if (keyword === 'ARG' && !stages.length) {
      const [name, fallback = ''] = value.split('=');
      args[name] = fallback;
    } else if (keyword === 'FROM') {
      const [from, , name] = value.split(/\s+/);
      stages.push({ from, name, instructions: [] });
    } else stages.at(-1)!.instructions.push({ keyword, args: value });
  }
  return stages;
}

describe('deploy/docker: one production image per process', () => {
  const stages = dockerfileStages(readFileSync(join(__dirname, 'Dockerfile'), 'utf8'));
  const stageNamed = (name: string) => stages.find((stage) => stage.name === name);
  /** A stage and the stages it is built on, itself first. */
  const chainOf = (stage: Stage): Stage[] => {
    const base = stageNamed(stage.from);
    return base ? [stage, ...chainOf(base)] : [stage];
  };
  const targets = NODE_IMAGES.map(targetOf);

  it('has a target for every built process, each on the official Node 22 or 24 image', () => {
    expect(targets.sort()).toEqual(
      [
        'applications',
        'console',
        'identity-provider',
        'mra',
        'notifications',
        'operations',
        'portal',
        'programme',
        'risk-management',
        'setup',
        'validation',
        'worker',
      ].sort(),
    );
    for (const target of targets) {
      const stage = stageNamed(target);
      expect({ target, defined: Boolean(stage) }).toEqual({ target, defined: true });
      expect(chainOf(stage!).at(-1)!.from).toMatch(/^node:(22|24)(-[a-z]+)*-slim$/);
    }
  });

  it('runs every image as the unprivileged user node with NODE_ENV=production', () => {
    for (const target of targets) {
      const chain = chainOf(stageNamed(target)!).flatMap((stage) => stage.instructions);
      const users = chain.filter((instruction) => instruction.keyword === 'USER').map((i) => i.args);
      expect({ target, user: users[0] }).toEqual({ target, user: 'node' });
      expect(chain.some(({ keyword, args }) => keyword === 'ENV' && /\bNODE_ENV=production\b/.test(args))).toBe(true);
    }
  });

  it('ships only the pruned trees: no install, no source, nothing from the build stage but /trees/<target>', () => {
    const build = stageNamed('build')!;
    // The trees are made by build-node.ts --trees (npm prune --omit=dev), after the Nx builds.
    expect(
      build.instructions.map((i) => i.args).filter((args) => /build-node\.ts --trees|run-many -t build/.test(args)),
    ).toHaveLength(2);
    for (const target of targets) {
      const chain = chainOf(stageNamed(target)!).slice(0, -1);
      const instructions = chain.flatMap((stage) => stage.instructions);
      expect({ target, runs: instructions.filter((i) => i.keyword === 'RUN') }).toEqual({ target, runs: [] });
      const copies = instructions.filter((i) => i.keyword === 'COPY' || i.keyword === 'ADD');
      expect({ target, copies: copies.map((i) => i.args) }).toEqual({
        target,
        copies: [`--from=build /trees/${target} ./`],
      });
    }
  });

  it('docker-compose.yml runs each platform process from its own target, no TypeScript at run time', () => {
    const compose = parse(readFileSync(join(REPO_ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
      services: Record<string, { build?: { dockerfile: string; target: string }; image: string; command?: string[] }>;
    };
    const built = Object.entries(compose.services).filter(([, service]) => service.build);
    for (const [name, service] of built) {
      expect(service.build!.dockerfile).toBe('deploy/docker/Dockerfile');
      expect(targets).toContain(service.build!.target);
      expect(service.image).toBe(`aeo-${service.build!.target}:local`);
      expect(JSON.stringify(service.command ?? [])).not.toMatch(/register|\.ts\b|vite|npx/);
      if (service.build!.target !== 'setup')
        expect({ name, target: service.build!.target }).toEqual({ name, target: name });
    }
    expect(built.map(([name]) => name).sort()).toEqual(
      [
        'applications',
        'console',
        'kafka-topics',
        'mra',
        'notifications',
        'operations',
        'programme',
        'risk-management',
        'temporal-search-attributes',
        'validation',
        'worker',
      ].sort(),
    );
  });
});

/** A self-signed certificate for 127.0.0.1 (openssl), trusted by the service through NODE_EXTRA_CA_CERTS. */
function selfSignedCertificate(directory: string): { key: string; cert: string; certFile: string } {
  const keyFile = join(directory, 'issuer-key.pem');
  const certFile = join(directory, 'issuer-cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      keyFile,
      '-out',
      certFile,
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8'), certFile };
}

/**
 * An image's /app outside the repository. Its node_modules depends only on the generated
 * package.json, the lock file, the patches and build-node.ts: pruned once for them and kept in the temporary
 * folder (about 20 s saved a run), the compiled files copied afresh.
 */
function imageApp(name: string): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(join(distDirOf(name), 'package.json')));
  hash.update(readFileSync(join(REPO_ROOT, 'package-lock.json')));
  hash.update(readFileSync(join(REPO_ROOT, 'tools/build/build-node.ts')));
  for (const patch of readdirSync(join(REPO_ROOT, 'patches')).sort())
    hash.update(readFileSync(join(REPO_ROOT, 'patches', patch)));
  const app = join(tmpdir(), `aeo-image-${name}-${hash.digest('hex').slice(0, 16)}`);
  if (existsSync(join(app, 'node_modules', '.package-lock.json'))) cpSync(distDirOf(name), app, { recursive: true });
  else {
    for (const stale of readdirSync(tmpdir()).filter((entry) => entry.startsWith(`aeo-image-${name}-`)))
      rmSync(join(tmpdir(), stale), { recursive: true, force: true });
    productionTree(
      NODE_IMAGES.find((image) => image.name === name)!,
      app,
    );
  }
  return app;
}

/** `node main.js` in an image's /app with the container's environment alone (nothing of this shell's). */
function startImage(app: string, env: Record<string, string>): { child: ChildProcess; output: () => string } {
  let output = '';
  const child = spawn(process.execPath, ['main.js'], {
    cwd: app,
    env: { PATH: process.env['PATH'], NODE_ENV: 'production', NODE_OPTIONS: '--enable-source-maps', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 15_000)))]);
  clearTimeout(timer);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/** What /health/ready reports up, or how the process ended, whichever comes first. */
const readiness = (process: { child: ChildProcess; output: () => string }, port: number) =>
  waitFor(
    `the compiled process on port ${port} ready`,
    async () => {
      if (process.child.exitCode !== null)
        return { exited: process.child.exitCode, output: process.output().slice(-3000) };
      const response = await fetch(`http://127.0.0.1:${port}/health/ready`).catch(() => undefined);
      return response?.status === 200 ? ((await response.json()) as Record<string, unknown>) : undefined;
    },
    90_000,
    500,
  );

describe('the applications and worker images, run from their compiled code and production dependencies alone', () => {
  const work = mkdtempSync(join(tmpdir(), 'aeo-image-'));
  const role = `aeo_image_${randomBytes(4).toString('hex')}`;
  const password = randomBytes(18).toString('base64url');
  const namespace = uniqueName('aeo-image');
  let app = '';
  let service: ReturnType<typeof startImage> | undefined;
  let worker: ReturnType<typeof startImage> | undefined;
  let issuer: Server | undefined;
  let issuerUrl = '';
  let signingKey: CryptoKey;
  let port = 0;
  let workerPort = 0;

  const admin = async <T>(work: (client: Client) => Promise<T>): Promise<T> => {
    const client = new Client({ connectionString: testEnv.databaseUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    // The projects' Nx build targets, as the Dockerfile runs them (cached by Nx when nothing changed).
    execFileSync(
      'npx',
      ['nx', 'run-many', '-t', 'build', '-p', 'applications', 'worker', 'setup', '--outputStyle=static'],
      { cwd: REPO_ROOT, env: { ...process.env, NX_DAEMON: 'false' }, stdio: 'ignore', timeout: 180_000 },
    );
    app = imageApp('applications');
    const workerApp = imageApp('worker');

    // An https OpenID issuer: production refuses an http one.
    const certificate = selfSignedCertificate(work);
    const keys = await generateKeyPair('RS256', { extractable: true });
    signingKey = keys.privateKey;
    const jwk: JWK = { ...(await exportJWK(keys.publicKey)), kid: 'image-test', alg: 'RS256', use: 'sig' };
    issuer = createServer({ key: certificate.key, cert: certificate.cert }, (request, response) => {
      const body =
        request.url === '/.well-known/openid-configuration'
          ? { issuer: issuerUrl, jwks_uri: `${issuerUrl}/jwks` }
          : request.url === '/jwks'
            ? { keys: [jwk] }
            : undefined;
      response.writeHead(body ? 200 : 404, { 'content-type': 'application/json' }).end(JSON.stringify(body ?? {}));
    });
    await new Promise<void>((resolve) => issuer!.listen(0, '127.0.0.1', resolve));
    issuerUrl = `https://127.0.0.1:${(issuer.address() as AddressInfo).port}`;

    // Its own database role (a password that is not the development one) and database.
    await admin(async (client) => {
      await client.query(`CREATE ROLE ${role} LOGIN PASSWORD '${password}'`);
      await client.query(`CREATE DATABASE ${role} OWNER ${role}`);
    });
    // Its own Temporal namespace, the search attributes registered by the compiled setup job.
    const connection = await Connection.connect({ address: testEnv.temporalAddress });
    try {
      await connection.workflowService.registerNamespace({
        namespace,
        workflowExecutionRetentionPeriod: msToTs('1 day'),
      });
    } finally {
      await connection.close();
    }
    execFileSync(process.execPath, [join(distDirOf('setup'), 'search-attributes.js')], {
      env: {
        PATH: process.env['PATH'],
        NODE_ENV: 'production',
        TEMPORAL_ADDRESS: testEnv.temporalAddress,
        TEMPORAL_NAMESPACE: namespace,
        TEMPORAL_WAIT_SECONDS: '60',
      },
      stdio: 'ignore',
      timeout: 90_000,
    });

    // The containers' environment, nothing of this shell's (which carries AUTH_DEVELOPMENT=true).
    port = await freePort();
    workerPort = await freePort();
    const databaseUrl = (database: string) =>
      `postgres://${role}:${password}@${new URL(testEnv.databaseUrl).host}/${database}`;
    const platform = {
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      KAFKA_BROKERS: testEnv.kafkaBrokers.join(','),
      TEMPORAL_ADDRESS: testEnv.temporalAddress,
      TEMPORAL_NAMESPACE: namespace,
      AUTH_ISSUER: issuerUrl,
      AUTH_AUDIENCE: 'aeo-platform',
      NODE_EXTRA_CA_CERTS: certificate.certFile,
    };
    service = startImage(app, {
      ...platform,
      PORT: String(port),
      DATABASE_URL: databaseUrl('postgres'),
      APPLICATIONS_DATABASE_URL: databaseUrl(role),
      KAFKA_GROUP_SUFFIX: `.${namespace}`,
      INVITATION_CODE_KEY: randomBytes(32).toString('base64'),
    });
    worker = startImage(workerApp, { ...platform, WORKER_HTTP_PORT: String(workerPort) });
  }, 240_000);

  afterAll(async () => {
    await Promise.all([stop(service?.child), stop(worker?.child)]);
    issuer?.closeAllConnections();
    issuer?.close();
    await admin(async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${role} WITH (FORCE)`);
      await client.query(`DROP ROLE IF EXISTS ${role}`);
    });
    rmSync(work, { recursive: true, force: true });
  }, 60_000);

  it('its package.json names production dependencies only, and its node_modules holds no other package', () => {
    const packageJson = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    for (const [name, range] of Object.entries(packageJson.dependencies))
      expect({ name, range }).toEqual({ name, range: ROOT_PACKAGE.dependencies[name] });
    // Tools of the build and the tests are gone, as are the web apps' libraries.
    for (const tool of ['typescript', '@swc-node/register', 'nx', 'jest', 'vite', 'rolldown', 'react'])
      expect({ tool, present: existsSync(join(app, 'node_modules', tool)) }).toEqual({ tool, present: false });
    // Every package on disk is one the generated package.json reaches: npm's record of the tree it
    // left (node_modules/.package-lock.json) marks none dev or extraneous, and lists every folder.
    const record = JSON.parse(readFileSync(join(app, 'node_modules', '.package-lock.json'), 'utf8')) as {
      packages: Record<string, { dev?: boolean; extraneous?: boolean }>;
    };
    const flagged = Object.entries(record.packages).filter(([, entry]) => entry.dev || entry.extraneous);
    expect(flagged).toEqual([]);
    const onDisk = readdirSync(join(app, 'node_modules'))
      .filter((entry) => !entry.startsWith('.'))
      .flatMap((entry) =>
        entry.startsWith('@')
          ? readdirSync(join(app, 'node_modules', entry)).map((name) => `node_modules/${entry}/${name}`)
          : [`node_modules/${entry}`],
      );
    expect(onDisk.filter((path) => !record.packages[path])).toEqual([]);
    expect(Object.keys(packageJson)).not.toContain('devDependencies');
    // The kafkajs fix of patches/ is in the shipped copy too.
    expect(readFileSync(join(app, 'node_modules/kafkajs/src/network/requestQueue/index.js'), 'utf8')).toContain(
      'Nothing pending and no throttle',
    );
  });

  it('starts with NODE_ENV=production from node main.js, becomes ready and serves an authenticated request', async () => {
    const ready = await readiness(service!, port);
    expect({ up: Object.keys((ready['info'] ?? ready) as object).sort() }).toEqual({
      up: ['database', 'identity-provider', 'kafka', 'temporal'],
    });

    const anonymous = await fetch(`http://127.0.0.1:${port}/v1/operators`);
    expect(anonymous.status).toBe(401);
    const token = await new SignJWT({ roles: ['executive'], name: 'Image test' })
      .setProtectedHeader({ alg: 'RS256', kid: 'image-test', typ: 'at+jwt' })
      .setIssuer(issuerUrl)
      .setAudience('aeo-platform')
      .setSubject('image-test')
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(signingKey);
    const operators = await fetch(`http://127.0.0.1:${port}/v1/operators`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect({ status: operators.status, body: await operators.json() }).toEqual({ status: 200, body: [] });
  }, 120_000);

  it('the worker runs its prebuilt workflow bundle: no bundling at start', async () => {
    const ready = await readiness(worker!, workerPort);
    expect(ready).toEqual({ status: 'ok', worker: 'RUNNING', taskQueue: 'aeo-certification' });
    // The SDK logs this line when it bundles the workflows itself (from the sources, it does at start).
    expect(worker!.output()).not.toContain('Workflow bundle created');
    expect(existsSync(join(distDirOf('worker'), 'workflow-bundle.js'))).toBe(true);
  }, 120_000);
});
