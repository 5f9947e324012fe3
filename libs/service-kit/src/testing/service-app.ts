import { randomBytes } from 'node:crypto';
import type { INestApplication, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { customsRegionsEnv } from '@aeo/config';
import { TOPIC_NAMES } from '@aeo/contracts';
import { createOwnTopics, createTestDatabase, type OwnTopics, TestDatabase } from '@aeo/testing';
import { configureApp, ServiceDescription } from '../bootstrap';

export interface ServiceUnderTest {
  app: INestApplication;
  http: ReturnType<typeof request>;
  dataSource: DataSource;
  /**
   * The name under which the service reads and writes a platform topic: the test's own copy when
   * it was started with `ownTopics`, else the platform's topic itself.
   */
  topic(name: string): string;
  close(): Promise<void>;
}

/** One override of a variable: a distinct object per override, even of equal values. */
interface EnvOverride {
  readonly value: string;
}

/** The overrides in force per variable (latest last), and its value before the first of them. */
const envOverrides = new Map<string, { original: string | undefined; stack: EnvOverride[] }>();

/**
 * Sets environment variables; the function returned takes this override back. Services under test
 * overlap and close in any order: a variable gets the value of the latest override still in force,
 * and the value it had before any of them (unset ones unset) once none is. A variable changed by
 * someone else since is left as they set it.
 */
export function overrideEnv(values: Readonly<Record<string, string>>): () => void {
  const mine = Object.entries(values).map(([name, value]) => {
    const entry = envOverrides.get(name) ?? { original: process.env[name], stack: [] };
    envOverrides.set(name, entry);
    const override: EnvOverride = { value };
    entry.stack.push(override);
    process.env[name] = value;
    return [name, entry, override] as const;
  });
  return () => {
    for (const [name, entry, override] of mine) {
      const index = entry.stack.indexOf(override);
      if (index === -1) continue;
      const inForce = index === entry.stack.length - 1 && process.env[name] === override.value;
      entry.stack.splice(index, 1);
      if (entry.stack.length === 0) envOverrides.delete(name);
      if (!inForce) continue;
      const next = entry.stack.length > 0 ? entry.stack[entry.stack.length - 1]!.value : entry.original;
      if (next === undefined) delete process.env[name];
      else process.env[name] = next;
    }
  };
}

/** `CUSTOMS_REGIONS` with a test's own regions added to the configured ones, for `startServiceInProcess`'s `env`. */
export function customsRegionsWith(regions: readonly string[]): Record<string, string> {
  if (regions.length === 0) return {};
  return { CUSTOMS_REGIONS: [...customsRegionsEnv.parse(process.env['CUSTOMS_REGIONS']), ...regions].join(',') };
}

/**
 * Boots a service's real module in-process (real HTTP through supertest) on a throw-away
 * database, against the real Kafka and Temporal. The module reads its configuration when it is
 * imported, so `load` imports it only after the environment is set: `env` is set for it (the
 * service's configuration, say a test's own customs regions) and put back as it was on close.
 * `ownTopics`: platform topics the service gets copies of its own (`createOwnTopics`, its
 * `KAFKA_TOPIC_PREFIX`; deleted on close): every topic it reads or writes, so that its consumers
 * read the test's events only (`topic(name)` names the copy to publish to and read from); `true`:
 * every platform topic (`TOPIC_NAMES`).
 */
export async function startServiceInProcess(options: {
  service: string;
  load: () => Promise<{ module: Type<unknown>; api: ServiceDescription }>;
  env?: Readonly<Record<string, string>>;
  ownTopics?: readonly string[] | boolean;
}): Promise<ServiceUnderTest> {
  const variable = `${options.service.replace(/-/g, '_').toUpperCase()}_DATABASE_URL`;
  const ownTopics = options.ownTopics === true ? Object.values(TOPIC_NAMES) : options.ownTopics || undefined;
  const topics: OwnTopics | undefined = ownTopics && (await createOwnTopics(ownTopics));
  const database: TestDatabase = await createTestDatabase(options.service).catch(async (error: unknown) => {
    await topics?.remove().catch(() => undefined);
    throw error;
  });
  process.env['LOG_LEVEL'] ??= 'warn';
  const restoreEnv = overrideEnv({
    ...options.env,
    ...(topics && { KAFKA_TOPIC_PREFIX: topics.prefix }),
    [variable]: database.url,
    // Consumers of a service under test must never commit offsets for the real consumer groups.
    ...(!process.env['KAFKA_GROUP_SUFFIX'] &&
      !options.env?.['KAFKA_GROUP_SUFFIX'] && { KAFKA_GROUP_SUFFIX: `.test-${randomBytes(4).toString('hex')}` }),
  });
  let app: INestApplication | undefined;
  try {
    const { module, api } = await options.load();
    const moduleRef = await Test.createTestingModule({ imports: [module] }).compile();
    app = moduleRef.createNestApplication();
    configureApp(app, api);
    await app.init();
  } catch (error) {
    await app?.close();
    await database.drop();
    await topics?.remove().catch(() => undefined);
    restoreEnv();
    throw error;
  }
  const started = app;
  return {
    app: started,
    http: request(started.getHttpServer()),
    dataSource: started.get<DataSource>(getDataSourceToken()),
    topic: topics?.topic ?? ((name) => name),
    close: async () => {
      await started.close();
      await database.drop();
      await topics?.remove();
      restoreEnv();
    },
  };
}

/**
 * The checks every service's integration tests make of its platform endpoints: live and ready
 * (database, Kafka, Temporal), metrics served, and an OpenAPI document holding `routes`.
 */
export function itServesPlatformEndpoints(service: () => ServiceUnderTest, routes: readonly string[]): void {
  it('is live and ready (database, Kafka, Temporal)', async () => {
    await service().http.get('/health/live').expect(200);
    // Readiness is a live probe of three servers: under a loaded CI machine one of them can answer
    // its probe late once (503), so the check waits up to 30 s for a 200 and then names the body.
    let ready = await service().http.get('/health/ready');
    for (let attempt = 0; ready.status !== 200 && attempt < 60; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      ready = await service().http.get('/health/ready');
    }
    expect({ status: ready.status, body: ready.body }).toEqual({ status: 200, body: expect.anything() });
    expect(Object.keys(ready.body.info)).toEqual(expect.arrayContaining(['database', 'kafka', 'temporal']));
  });

  it(`serves metrics and the OpenAPI document with ${routes.join(', ')}`, async () => {
    await service().http.get('/metrics').expect(200);
    const docs = await service().http.get('/docs/openapi.json').expect(200);
    expect(Object.keys(docs.body.paths)).toEqual(expect.arrayContaining([...routes]));
  });
}

/**
 * The check of a guarded route: 401 without a token, and 403 for `forbidden` (a token without the
 * route's roles) with a message naming `role`, one of the roles that may call it.
 */
export function itRequiresTokenAndRole(
  service: () => ServiceUnderTest,
  guard: { path: string; forbidden: string; role: string; roleKind: string },
): void {
  it(`refuses a caller without a token (401) or without ${guard.roleKind} (403)`, async () => {
    await service().http.get(guard.path).expect(401);
    const refused = await service().http.get(guard.path).set('Authorization', guard.forbidden).expect(403);
    expect(refused.body.message).toContain(guard.role);
  });
}
