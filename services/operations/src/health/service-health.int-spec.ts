import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ROLES } from '@aeo/auth';
import { bearer, startedForTests } from '@aeo/testing';
import { startOperations } from '../testing/start-operations';

jest.setTimeout(60_000);

type Answer = (respond: (status: number, body: unknown) => void) => void;

/** A stand-in for a service's /health/ready on a port of its own. */
async function readinessServer(answer: Answer): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    if (request.url !== '/health/ready') return void response.writeHead(404).end();
    answer((status, body) =>
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body)),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/health/ready`, server };
}

const terminus = (statuses: Record<string, 'up' | 'down'>, message = 'connect ECONNREFUSED 127.0.0.1:9092') => {
  const details = Object.fromEntries(
    Object.entries(statuses).map(([name, status]) => [name, status === 'up' ? { status } : { status, message }]),
  );
  const down = Object.values(statuses).includes('down');
  return { status: down ? 'error' : 'ok', info: {}, error: {}, details };
};

/**
 * The service-health answer against real HTTP servers standing in for the platform's processes:
 * ready, one with Kafka down (503), one that never answers (the 2 s limit), one whose port is
 * closed, and the worker's own format.
 */
describe('operations: service health (real HTTP)', () => {
  const servers: Server[] = [];
  const urls: Record<string, string> = {};

  beforeAll(async () => {
    const ready = await readinessServer((respond) =>
      respond(200, terminus({ database: 'up', kafka: 'up', temporal: 'up' })),
    );
    const kafkaDown = await readinessServer((respond) =>
      respond(503, terminus({ database: 'up', kafka: 'down', temporal: 'up' })),
    );
    const silent = await readinessServer(() => undefined);
    const worker = await readinessServer((respond) =>
      respond(200, { status: 'ok', worker: 'RUNNING', taskQueue: 'aeo-certification' }),
    );
    const closed = await readinessServer((respond) => respond(200, {}));
    await new Promise((resolve) => closed.server.close(resolve));
    servers.push(ready.server, kafkaDown.server, silent.server, worker.server);
    Object.assign(urls, {
      HEALTH_URL_APPLICATIONS: ready.url,
      HEALTH_URL_VALIDATION: ready.url,
      HEALTH_URL_RISK_MANAGEMENT: ready.url,
      HEALTH_URL_MRA: kafkaDown.url,
      HEALTH_URL_NOTIFICATIONS: silent.url,
      HEALTH_URL_PROGRAMME: closed.url,
      HEALTH_URL_WORKER: worker.url,
    });
  });
  afterAll(async () => {
    for (const server of servers) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  const service = startedForTests(() => startOperations(urls));

  it('checks every service at once and says which are up, which down and why, with their dependencies', async () => {
    const answer = await service()
      .http.get('/v1/service-health')
      .set('Authorization', bearer({ sub: 'ops-1', roles: [ROLES.operations] }))
      .expect(200);
    type Checked = { service: string; status: string; detail: string; latencyMs: number; checkedAt: string };
    const byService = Object.fromEntries((answer.body as Checked[]).map((entry) => [entry.service, entry]));
    expect(Object.keys(byService).sort()).toEqual([
      'applications',
      'mra',
      'notifications',
      'programme',
      'risk-management',
      'validation',
      'worker',
    ]);
    expect(byService['applications']).toMatchObject({
      url: urls['HEALTH_URL_APPLICATIONS'],
      status: 'up',
      detail: 'ready',
      dependencies: [
        { name: 'database', status: 'up', detail: 'up' },
        { name: 'kafka', status: 'up', detail: 'up' },
        { name: 'temporal', status: 'up', detail: 'up' },
      ],
    });
    expect(byService['mra']).toMatchObject({
      status: 'down',
      detail: 'HTTP 503: kafka down (connect ECONNREFUSED 127.0.0.1:9092)',
      dependencies: expect.arrayContaining([
        { name: 'kafka', status: 'down', detail: 'connect ECONNREFUSED 127.0.0.1:9092' },
      ]),
    });
    expect(byService['notifications']).toMatchObject({
      status: 'down',
      detail: 'no answer within 2000 ms',
      dependencies: [],
    });
    expect(byService['programme']).toMatchObject({
      status: 'down',
      detail: 'unreachable: ECONNREFUSED',
      dependencies: [],
    });
    expect(byService['worker']).toMatchObject({
      status: 'up',
      dependencies: [{ name: 'temporal-worker', status: 'up', detail: 'RUNNING' }],
    });
    for (const entry of Object.values(byService)) {
      expect(entry.latencyMs).toBeGreaterThanOrEqual(0);
      expect(Number.isNaN(Date.parse(entry.checkedAt))).toBe(false);
    }
  });

  it('is for operations and executives only', async () => {
    await service().http.get('/v1/service-health').expect(401);
    await service()
      .http.get('/v1/service-health')
      .set('Authorization', bearer({ sub: 'exe-1', roles: [ROLES.executive] }))
      .expect(200);
    await service()
      .http.get('/v1/service-health')
      .set('Authorization', bearer({ sub: 'val-1', roles: [ROLES.validator], region: 'DARKHAN' }))
      .expect(403);
  });
});
