import { AddressInfo, createServer, Server, Socket } from 'node:net';
import { DataSource } from 'typeorm';
import { dataSourceOptionsFor } from './data-source';

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

describe('dataSourceOptionsFor: the pool', () => {
  let server: Server;
  const sockets = new Set<Socket>();

  beforeAll(async () => {
    server = createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      // The first bytes are the startup message: answer it as a server that is shutting down.
      socket.once('data', () => socket.end(shuttingDown));
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  it('survives a connection the server terminates in the same read as its handshake: the query fails, the process does not crash', async () => {
    const { port } = server.address() as AddressInfo;
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
