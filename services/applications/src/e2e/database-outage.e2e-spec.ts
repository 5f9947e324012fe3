import { RunningProcess, startServiceProcess, startThrowawayPostgres, ThrowawayPostgres, waitFor } from '@aeo/testing';
import { json, makeCompany, readJson } from './slice-fixtures';

jest.setTimeout(240_000);

/**
 * The database goes down under a running service (a PostgreSQL server of this test's own,
 * stopped for real): writes, reads and the readiness check answer 503 with `Retry-After`, never
 * 500, and everything works again once it is back.
 */
describe('Database outage answers 503 with Retry-After', () => {
  let postgres: ThrowawayPostgres;
  let applications: RunningProcess;

  beforeAll(async () => {
    postgres = await startThrowawayPostgres();
    applications = await startServiceProcess('applications', {
      databaseUrl: await postgres.createDatabase('aeo_applications_outage'),
      env: { DEPENDENCY_RETRY_AFTER_S: '7' },
    });
  });

  afterAll(async () => {
    await applications?.stop();
    await postgres?.destroy();
  });

  /** The company registers itself as an operator (POST /v1/operators). */
  const register = (company: ReturnType<typeof makeCompany>) =>
    fetch(`${applications.url}/v1/operators`, {
      method: 'POST',
      headers: json(company.operatorToken),
      body: JSON.stringify(company.registration),
    });

  it('answers a write, a read and the readiness check with 503 and Retry-After while PostgreSQL is stopped, and works after its restart', async () => {
    const company = makeCompany('DARKHAN');
    const registered = await register(company);
    expect(registered.status).toBe(201);
    const operatorId = (await readJson(registered)).id as string;

    await postgres.stop();

    const other = makeCompany('DARKHAN');
    const write = await register(other);
    expect(write.status).toBe(503);
    expect(write.headers.get('retry-after')).toBe('7');
    expect(await readJson(write)).toEqual({
      statusCode: 503,
      error: 'Service Unavailable',
      message: 'database is unavailable; retry later',
    });

    const read = await fetch(`${applications.url}/v1/operators/${operatorId}`, {
      headers: json(company.operatorToken),
    });
    expect(read.status).toBe(503);
    expect(read.headers.get('retry-after')).toBe('7');
    expect((await readJson(read)).message).toBe('database is unavailable; retry later');

    const readiness = await fetch(`${applications.url}/health/ready`);
    expect(readiness.status).toBe(503);
    expect(readiness.headers.get('retry-after')).toBe('7');
    expect((await readJson(readiness)).details.database.status).toBe('down');

    const metrics = await (await fetch(`${applications.url}/metrics`)).text();
    expect(metrics).toMatch(/aeo_dependency_unavailable_total\{dependency="database"\} [1-9]/);
    expect(applications.logs()).toMatch(/database unavailable: answered 503/);

    await postgres.start();
    const retried = await waitFor(
      'the write to succeed once the database is back',
      async () => {
        const response = await register(other);
        return response.status === 503 ? undefined : response;
      },
      30_000,
      250,
    );
    expect(retried.status).toBe(201);
    expect(
      (await fetch(`${applications.url}/v1/operators/${operatorId}`, { headers: json(company.operatorToken) })).status,
    ).toBe(200);
  });
});
