import { KafkaJSConnectionError, KafkaJSNumberOfRetriesExceeded } from 'kafkajs';
import { Client, Pool } from 'pg';
import { DataSource, QueryFailedError } from 'typeorm';
import type { ArgumentsHost } from '@nestjs/common';
import type { PlatformEnv } from '@aeo/config';
import { dependencyUnavailableAnswers } from '@aeo/observability';
import { dataSourceOptionsFor, registerDatabaseEndpoint, statementTimeoutOf } from '@aeo/persistence';
import {
  DependencyUnavailableException,
  DependencyUnavailableFilter,
  asDependencyUnavailable,
  unavailableDependencyOf,
} from './dependency-unavailable';

/** Node's bare socket errors, as pg and every other client of the network see them. */
const socketError = (code: string, peer: Record<string, unknown>) =>
  Object.assign(new Error(`${code} ${JSON.stringify(peer)}`), { code, ...peer });

describe('unavailableDependencyOf', () => {
  it('recognises a refused PostgreSQL connection (a real one, to a closed port)', async () => {
    registerDatabaseEndpoint('postgres://aeo:aeo@127.0.0.1:1/postgres');
    const client = new Client({
      connectionString: 'postgres://aeo:aeo@127.0.0.1:1/postgres',
      connectionTimeoutMillis: 2000,
    });
    const error = await client.connect().then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(unavailableDependencyOf(error)).toBe('database');
  });

  it('recognises SQLSTATE classes 08 and 57P0x, also wrapped by TypeORM', () => {
    const shutdown = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    expect(unavailableDependencyOf(new QueryFailedError('SELECT 1', [], shutdown))).toBe('database');
    expect(unavailableDependencyOf(Object.assign(new Error('connection failure'), { code: '08006' }))).toBe('database');
    expect(unavailableDependencyOf(new Error('Connection terminated unexpectedly'))).toBe('database');
  });

  it('recognises a query on a connection the database closed (a real one: pg refuses it as closed)', async () => {
    const client = new Client({
      connectionString: process.env['DATABASE_URL'] ?? 'postgres://aeo:aeo@127.0.0.1:5432/postgres',
    });
    await client.connect();
    await client.end();
    const error = await client.query('SELECT 1').then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(String(error)).toMatch(/is not queryable/);
    expect(unavailableDependencyOf(error)).toBe('database');
    expect(unavailableDependencyOf(new QueryFailedError('SELECT 1', [], error as Error))).toBe('database');
    expect(unavailableDependencyOf(new Error('Query read timeout'))).toBe('database');
  });

  it('tells a statement the pool saw cancelled at its statement timeout (a real one) by the pool’s mark, not the server’s words', async () => {
    const source = await new DataSource({
      ...dataSourceOptionsFor({
        service: 'statement-timeout-spec',
        url: process.env['DATABASE_URL'] ?? 'postgres://aeo:aeo@127.0.0.1:5432/postgres',
        entities: [],
        migrations: [],
        env: { DATABASE_STATEMENT_TIMEOUT_MS: '200' },
      }),
      migrationsRun: false,
    }).initialize();
    try {
      const failure = await source.query('SELECT pg_sleep(5)').then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(QueryFailedError);
      const cancelled = (failure as QueryFailedError).driverError;
      expect(cancelled).toMatchObject({ code: '57014' });
      expect(statementTimeoutOf(cancelled)).toBe(200);
      expect(unavailableDependencyOf(failure)).toBe('database-timeout');
      // Retry-After: as long as the statement was allowed to run (whole seconds, at least 1).
      expect(asDependencyUnavailable(failure)).toMatchObject({ dependency: 'database-timeout', retryAfterSeconds: 1 });
      expect(asDependencyUnavailable(failure)!.getResponse()).toMatchObject({
        statusCode: 503,
        message: 'database too slow to answer in time; retry later',
      });
      // A server with lc_messages = 'de_DE' says it in German (PostgreSQL's own translation): the mark still tells it.
      cancelled.message = 'storniere Anfrage wegen Zeitüberschreitung der Anfrage';
      expect(unavailableDependencyOf(failure)).toBe('database-timeout');
    } finally {
      await source.destroy();
    }
    // Without the pool's mark, SQLSTATE 57014 is a cancel by a person whatever the words (a 500),
    // an English "statement timeout" of a connection outside the pool included.
    const byPerson = Object.assign(new Error('storniere Anfrage wegen Benutzeraufforderung'), { code: '57014' });
    expect(unavailableDependencyOf(byPerson)).toBeUndefined();
    const client = new Client({
      connectionString: process.env['DATABASE_URL'] ?? 'postgres://aeo:aeo@127.0.0.1:5432/postgres',
      statement_timeout: 50,
    });
    await client.connect();
    try {
      const outsideThePool = await client.query('SELECT pg_sleep(5)').then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(outsideThePool).toMatchObject({ code: '57014', message: 'canceling statement due to statement timeout' });
      expect(unavailableDependencyOf(outsideThePool)).toBeUndefined();
    } finally {
      await client.end();
    }
  });

  it('recognises kafkajs connection errors, also behind retries', () => {
    const refused = new KafkaJSConnectionError('Connection error: connect ECONNREFUSED 127.0.0.1:9092');
    expect(unavailableDependencyOf(refused)).toBe('Kafka');
    expect(
      unavailableDependencyOf(new KafkaJSNumberOfRetriesExceeded(refused, { retryCount: 5, retryTime: 1000 })),
    ).toBe('Kafka');
  });

  it('recognises an unreachable Temporal server (gRPC UNAVAILABLE)', () => {
    const grpc = Object.assign(new Error('14 UNAVAILABLE: No connection established'), {
      code: 14,
      details: 'No connection established',
    });
    const serviceError = Object.assign(new Error('Failed to start Workflow'), { name: 'ServiceError', cause: grpc });
    expect(unavailableDependencyOf(serviceError)).toBe('Temporal');
  });

  it('tells an exhausted pool (a real one: every connection busy) from an unavailable database', async () => {
    const pool = new Pool({
      connectionString: process.env['DATABASE_URL'] ?? 'postgres://aeo:aeo@127.0.0.1:5432/postgres',
      max: 1,
      connectionTimeoutMillis: 200,
    });
    const held = await pool.connect();
    try {
      const error = await pool.query('SELECT 1').then(
        () => undefined,
        (failure: unknown) => failure,
      );
      expect(unavailableDependencyOf(error)).toBe('database-pool');
      expect(new DependencyUnavailableException('database-pool').getResponse()).toMatchObject({
        statusCode: 503,
        message: 'database connection pool exhausted; retry later',
      });
    } finally {
      held.release();
      await pool.end();
    }
  });

  it('counts a network error code only for the client that reported it', () => {
    registerDatabaseEndpoint('postgres://aeo:aeo@db.internal:6543/postgres');
    const timedOut = socketError('ETIMEDOUT', { address: '10.1.2.3', port: 443, syscall: 'connect' });
    const notFound = socketError('ENOTFOUND', { hostname: 'smtp.example.org', syscall: 'getaddrinfo' });
    // Another client's (an HTTP or SMTP call's) network errors are no outage of the platform's dependencies: 500.
    expect(unavailableDependencyOf(timedOut)).toBeUndefined();
    expect(unavailableDependencyOf(notFound)).toBeUndefined();
    expect(unavailableDependencyOf(new Error('mail not sent', { cause: notFound }))).toBeUndefined();
    // The same codes from the database's peer, or behind pg/TypeORM, kafkajs or Temporal, name that dependency.
    expect(unavailableDependencyOf(socketError('ENOTFOUND', { hostname: 'db.internal', syscall: 'getaddrinfo' }))).toBe(
      'database',
    );
    expect(
      unavailableDependencyOf(socketError('ETIMEDOUT', { address: '10.9.9.9', port: 6543, syscall: 'connect' })),
    ).toBe('database');
    expect(unavailableDependencyOf(new QueryFailedError('SELECT 1', [], timedOut))).toBe('database');
    expect(
      unavailableDependencyOf(
        Object.assign(new Error('request failed'), { name: 'KafkaJSProtocolError', cause: timedOut }),
      ),
    ).toBe('Kafka');
    expect(
      unavailableDependencyOf(
        Object.assign(new Error('Failed to start Workflow'), { name: 'ServiceError', cause: notFound }),
      ),
    ).toBe('Temporal');
  });

  it('answers an exhausted pool 503 with Retry-After, counted as database-pool', async () => {
    const answered: { status?: number; headers: Record<string, string>; body?: unknown } = { headers: {} };
    const response = {
      headersSent: false,
      setHeader: (name: string, value: string) => void (answered.headers[name] = value),
      status(code: number) {
        answered.status = code;
        return this;
      },
      json: (body: unknown) => void (answered.body = body),
    };
    const host = {
      getType: () => 'http',
      switchToHttp: () => ({ getResponse: () => response, getRequest: () => ({ method: 'GET', path: '/x' }) }),
    } as unknown as ArgumentsHost;
    const counted = async () =>
      (await dependencyUnavailableAnswers.get()).values.find((v) => v.labels['dependency'] === 'database-pool')
        ?.value ?? 0;
    const before = await counted();
    new DependencyUnavailableFilter({ DEPENDENCY_RETRY_AFTER_S: 7 } as PlatformEnv).catch(
      new Error('timeout exceeded when trying to connect'),
      host,
    );
    expect(answered).toEqual({
      status: 503,
      headers: { 'Retry-After': '7' },
      body: {
        statusCode: 503,
        error: 'Service Unavailable',
        message: 'database connection pool exhausted; retry later',
      },
    });
    expect(await counted()).toBe(before + 1);
  });

  it('leaves every other error alone', async () => {
    expect(unavailableDependencyOf(new Error('boom'))).toBeUndefined();
    expect(unavailableDependencyOf(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBeUndefined();
    expect(
      unavailableDependencyOf(Object.assign(new Error('invalid argument'), { code: 3, details: 'bad' })),
    ).toBeUndefined();
    expect(unavailableDependencyOf(new DependencyUnavailableException('Temporal'))).toBe('Temporal');
    const fetchFailed = await fetch('http://127.0.0.1:1/').then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(unavailableDependencyOf(fetchFailed)).toBeUndefined();
  });
});
