import { randomBytes } from 'node:crypto';
import type { INestApplication, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '@aeo/testing';
import { configureApp, ServiceDescription } from '../bootstrap';

export interface ServiceUnderTest {
  app: INestApplication;
  http: ReturnType<typeof request>;
  dataSource: DataSource;
  close(): Promise<void>;
}

/**
 * Boots a service's real module in-process (real HTTP through supertest) on a throw-away
 * database, against the real Kafka and Temporal. The module reads its configuration when it is
 * imported, so `load` imports it only after the environment is set.
 */
export async function startServiceInProcess(options: {
  service: string;
  load: () => Promise<{ module: Type<unknown>; api: ServiceDescription }>;
}): Promise<ServiceUnderTest> {
  const variable = `${options.service.replace(/-/g, '_').toUpperCase()}_DATABASE_URL`;
  const database: TestDatabase = await createTestDatabase(options.service);
  process.env[variable] = database.url;
  process.env['LOG_LEVEL'] ??= 'warn';
  // Consumers of a service under test must never commit offsets for the real consumer groups.
  const ownSuffix = !process.env['KAFKA_GROUP_SUFFIX'];
  if (ownSuffix) process.env['KAFKA_GROUP_SUFFIX'] = `.test-${randomBytes(4).toString('hex')}`;
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
    throw error;
  }
  const started = app;
  return {
    app: started,
    http: request(started.getHttpServer()),
    dataSource: started.get<DataSource>(getDataSourceToken()),
    close: async () => {
      await started.close();
      await database.drop();
      delete process.env[variable];
      if (ownSuffix) delete process.env['KAFKA_GROUP_SUFFIX'];
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
    const ready = await service().http.get('/health/ready');
    expect(ready.status).toBe(200);
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
