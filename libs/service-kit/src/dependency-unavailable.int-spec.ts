import { Controller, Get, type INestApplication } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type PlatformEnv } from '@aeo/config';
import { dataSourceOptionsFor } from '@aeo/persistence';
import { createTestDatabase, TestDatabase } from '@aeo/testing';
import { DependencyUnavailableFilter } from './dependency-unavailable';

/** A database whose statements the server cancels after 200 ms, and one whose answers the pool waits 300 ms for. */
const sources: { cancelled?: DataSource; unanswered?: DataSource } = {};

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
}

describe('a read past the database time limits answers 503 with Retry-After (real PostgreSQL)', () => {
  let database: TestDatabase;
  let app: INestApplication;

  const open = async (env: Record<string, string>) => {
    const source = new DataSource(
      dataSourceOptionsFor({ service: 'slow-reads-test', url: database.url, entities: [], migrations: [], env }),
    );
    return source.initialize();
  };

  beforeAll(async () => {
    database = await createTestDatabase('slow-reads');
    sources.cancelled = await open({ DATABASE_STATEMENT_TIMEOUT_MS: '200' });
    sources.unanswered = await open({ DATABASE_STATEMENT_TIMEOUT_MS: '0', DATABASE_QUERY_TIMEOUT_MS: '300' });
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
    await database?.drop();
  });

  it.each([
    [
      'a statement cancelled at DATABASE_STATEMENT_TIMEOUT_MS (SQLSTATE 57014): the database is slow',
      '/reads/cancelled',
      'database too slow to answer in time; retry later',
    ],
    [
      'a query with no answer within DATABASE_QUERY_TIMEOUT_MS: the database is unavailable',
      '/reads/unanswered',
      'database is unavailable; retry later',
    ],
  ])('%s', async (_case, path, message) => {
    const answer = await request(app.getHttpServer()).get(path).expect(503);
    expect(answer.headers['retry-after']).toBe('7');
    expect(answer.body).toEqual({ statusCode: 503, error: 'Service Unavailable', message });
  });
});
