import { AddressInfo, createServer, Server, Socket } from 'node:net';
import { Pool, PoolConfig } from 'pg';
import { DataSource } from 'typeorm';
import { ConfigurationError } from '@aeo/config';
import { databaseLimitsFrom, dataSourceOptionsFor } from './data-source';

/** A backend message: type byte, length (itself included), body. */
const message = (type: string, body: Buffer) => {
  const length = Buffer.alloc(4);
  length.writeInt32BE(body.length + 4);
  return Buffer.concat([Buffer.from(type), length, body]);
};
const int32 = (value: number) => {
  const buffer = Buffer.alloc(4);
  buffer.writeInt32BE(value);
  return buffer;
};
const field = (code: string, value: string) => Buffer.from(`${code}${value}\0`);

/**
 * What a PostgreSQL server being stopped (`pg_ctl stop -m fast`) can send a connection it was
 * still accepting: the handshake's ReadyForQuery and, in the same TCP segment, the backend's
 * FATAL 57P01 as it obeys the shutdown.
 */
const shuttingDown = Buffer.concat([
  message('R', int32(0)), // AuthenticationOk
  message('Z', Buffer.from('I')), // ReadyForQuery
  message(
    'E',
    Buffer.concat([
      field('S', 'FATAL'),
      field('V', 'FATAL'),
      field('C', '57P01'),
      field('M', 'terminating connection due to administrator command'),
      Buffer.from('\0'),
    ]),
  ),
]);

/**
 * A TCP server speaking as much of PostgreSQL's protocol as `answer` does, for the tests of the
 * calling `describe` block; `port()` inside the tests.
 */
function useFakeServer(answer: (socket: Socket) => void): { port(): number } {
  let server: Server;
  const sockets = new Set<Socket>();

  beforeAll(async () => {
    server = createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
      answer(socket);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  return { port: () => (server.address() as AddressInfo).port };
}

describe('dataSourceOptionsFor: the pool', () => {
  // The first bytes are the startup message: answer it as a server that is shutting down.
  const server = useFakeServer((socket) => socket.once('data', () => socket.end(shuttingDown)));

  it('survives a connection the server terminates in the same read as its handshake: the query fails, the process does not crash', async () => {
    const port = server.port();
    const dataSource = new DataSource(
      dataSourceOptionsFor({
        service: 'pool-shutdown',
        url: `postgres://aeo:aeo@127.0.0.1:${port}/aeo_pool_shutdown`,
        entities: [],
        migrations: [],
      }),
    );
    // Without a listener for the whole life of a pool connection, pg emits this 'error' in the
    // moment between pg-pool handing the connection out and TypeORM listening on it: an uncaught
    // exception (in a service, its crash; here, this test's failure).
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => uncaught.push(error);
    process.prependListener('uncaughtException', onUncaught);
    try {
      const failure = await dataSource
        .initialize()
        .then(() => dataSource.query('SELECT 1'))
        .then(
          () => undefined,
          (error: unknown) => error,
        );
      expect(String(failure)).toMatch(/not queryable|terminating connection|Connection terminated/);
      expect(uncaught).toEqual([]);
    } finally {
      process.removeListener('uncaughtException', onUncaught);
      if (dataSource.isInitialized) await dataSource.destroy();
    }
  });
});

describe('databaseLimitsFrom', () => {
  it('defaults: 10 connections, statements cancelled after 60 s, no answer within 65 s drops the connection', () => {
    expect(databaseLimitsFrom({})).toEqual({ poolSize: 10, statementTimeoutMs: 60_000, queryTimeoutMs: 65_000 });
  });

  it('reads the environment: the query timeout follows the statement timeout unless given, 0 turns both off', () => {
    expect(databaseLimitsFrom({ DATABASE_POOL_SIZE: '4', DATABASE_STATEMENT_TIMEOUT_MS: '120000' })).toEqual({
      poolSize: 4,
      statementTimeoutMs: 120_000,
      queryTimeoutMs: 125_000,
    });
    expect(databaseLimitsFrom({ DATABASE_STATEMENT_TIMEOUT_MS: '0' })).toMatchObject({
      statementTimeoutMs: 0,
      queryTimeoutMs: 0,
    });
    expect(databaseLimitsFrom({ DATABASE_QUERY_TIMEOUT_MS: '60000' })).toMatchObject({ queryTimeoutMs: 60_000 });
  });

  it('refuses a bad value, naming the variable', () => {
    expect(() => databaseLimitsFrom({ DATABASE_STATEMENT_TIMEOUT_MS: 'soon' })).toThrow(ConfigurationError);
    expect(() => databaseLimitsFrom({ DATABASE_STATEMENT_TIMEOUT_MS: 'soon' })).toThrow(
      /DATABASE_STATEMENT_TIMEOUT_MS/,
    );
  });
});

describe('dataSourceOptionsFor: a query the server never answers', () => {
  // The handshake is answered; the queries after it never are (a connection lost without a word).
  const server = useFakeServer((socket) =>
    socket.once('data', () => socket.write(Buffer.concat([message('R', int32(0)), message('Z', Buffer.from('I'))]))),
  );

  it('fails it at DATABASE_QUERY_TIMEOUT_MS as a lost connection, and the pool drops the connection instead of handing it out busy', async () => {
    const port = server.port();
    const url = `postgres://aeo:aeo@127.0.0.1:${port}/aeo_pool_unanswered`;
    const options = dataSourceOptionsFor({
      service: 'pool-unanswered',
      url,
      entities: [],
      migrations: [],
      env: { DATABASE_QUERY_TIMEOUT_MS: '200' },
    });
    const pool = new Pool({ ...(options.extra as PoolConfig), connectionString: url });
    try {
      const client = await pool.connect();
      const failure = await client.query('SELECT 1').then(
        () => undefined,
        (error: unknown) => error,
      );
      // "Query read timeout": what the services answer 503 for (a database outage).
      expect(String(failure)).toMatch(/^Error: Query read timeout: no answer from the database within 200 ms/);
      client.release();
      expect(pool.totalCount).toBe(0);
    } finally {
      await pool.end();
    }
  });
});
