import { Controller, Get, type INestApplication } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type PlatformEnv } from '@aeo/config';
import { dataSourceOptionsFor } from '@aeo/persistence';
import { createTestDatabase, TestDatabase, waitFor } from '@aeo/testing';
import { DependencyUnavailableFilter } from './dependency-unavailable';

/**
 * A database whose statements the server cancels after 200 ms, one whose answers the pool waits
 * 300 ms for, and one with the default statement timeout (60 s) whose statement a person cancels.
 */
const sources: { cancelled?: DataSource; unanswered?: DataSource; cancelledByPerson?: DataSource } = {};
const PERSON_CANCELS = 'aeo-cancelled-by-a-person-test';

@Controller('reads')
class SlowReadsController {
  /** A read the database cancels at DATABASE_STATEMENT_TIMEOUT_MS. */
  @Get('cancelled')
  async cancelled() {
    return sources.cancelled!.query('SELECT pg_sleep(5)');
  }

  /** A read the pool gives up on at DATABASE_QUERY_TIMEOUT_MS (no statement timeout). */
  @Get('unanswered')
  async unanswered() {
    return sources.unanswered!.query('SELECT pg_sleep(5)');
  }

  /** A read a person cancels (pg_cancel_backend) long before its statement timeout. */
  @Get('cancelled-by-a-person')
  async cancelledByPerson() {
    return sources.cancelledByPerson!.query('SELECT pg_sleep(30)');
  }
}

describe('a read past the database time limits answers 503 with Retry-After, one a person cancels 500 (real PostgreSQL)', () => {
  let database: TestDatabase;
  let app: INestApplication;

  const open = async (env: Record<string, string>, service = 'slow-reads-test') => {
    const source = new DataSource(
      dataSourceOptionsFor({ service, url: database.url, entities: [], migrations: [], env }),
    );
    return source.initialize();
  };

  beforeAll(async () => {
    database = await createTestDatabase('slow-reads');
    sources.cancelled = await open({ DATABASE_STATEMENT_TIMEOUT_MS: '200' });
    sources.unanswered = await open({ DATABASE_STATEMENT_TIMEOUT_MS: '0', DATABASE_QUERY_TIMEOUT_MS: '300' });
    sources.cancelledByPerson = await open({}, PERSON_CANCELS.replace(/^aeo-/, ''));
    const moduleRef = await Test.createTestingModule({
      controllers: [SlowReadsController],
      providers: [
        { provide: APP_CONFIG, useValue: { DEPENDENCY_RETRY_AFTER_S: 7 } as PlatformEnv },
        { provide: APP_FILTER, useClass: DependencyUnavailableFilter },
      ],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    await sources.cancelled?.destroy();
    await sources.unanswered?.destroy();
    await sources.cancelledByPerson?.destroy();
    await database?.drop();
  });

  it.each([
    [
      'a statement cancelled at DATABASE_STATEMENT_TIMEOUT_MS (SQLSTATE 57014): the database is slow, retry after the limit (1 s)',
      '/reads/cancelled',
      'database too slow to answer in time; retry later',
      '1',
    ],
    [
      'a query with no answer within DATABASE_QUERY_TIMEOUT_MS: the database is unavailable, retry after DEPENDENCY_RETRY_AFTER_S',
      '/reads/unanswered',
      'database is unavailable; retry later',
      '7',
    ],
  ])('%s', async (_case, path, message, retryAfter) => {
    const answer = await request(app.getHttpServer()).get(path).expect(503);
    expect(answer.headers['retry-after']).toBe(retryAfter);
    expect(answer.body).toEqual({ statusCode: 503, error: 'Service Unavailable', message });
  });

  it('a statement a person cancels (pg_cancel_backend, SQLSTATE 57014 too) is no slowness: 500', async () => {
    const answered = request(app.getHttpServer())
      .get('/reads/cancelled-by-a-person')
      .then((answer) => answer);
    await waitFor('the read running', async () => {
      const [cancelled] = (await sources.unanswered!.query(
        `SELECT pg_cancel_backend(pid) AS done FROM pg_stat_activity
          WHERE application_name = $1 AND state = 'active' AND query = 'SELECT pg_sleep(30)'`,
        [PERSON_CANCELS],
      )) as { done: boolean }[];
      return cancelled?.done;
    });
    const answer = await answered;
    expect(answer.status).toBe(500);
    expect(answer.headers['retry-after']).toBeUndefined();
    expect(answer.body).toEqual({ statusCode: 500, message: 'Internal server error' });
  });
});
