import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FORM_TOO_LARGE, readFormOr413 } from './html';

/** The provider's form reading over a real HTTP server (no database): the limit and its 413. */
describe('readFormOr413', () => {
  let server: Server;
  let port: number;

  beforeAll(async () => {
    server = createServer((req, res) => {
      void readFormOr413(req, res).then((form) => {
        if (form) res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify([...form]));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = (body: string) =>
    new Promise<{ status: number; type: string | undefined; text: string }>((resolve, reject) => {
      const sent = request(
        { port, host: '127.0.0.1', method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              type: res.headers['content-type'],
              text: Buffer.concat(chunks).toString('utf8'),
            }),
          );
        },
      );
      sent.on('error', reject);
      // In pieces, as a browser or a slow client sends a large body.
      for (let at = 0; at < body.length; at += 16 * 1024) sent.write(body.slice(at, at + 16 * 1024));
      sent.end();
    });

  it('answers a form over 8 KiB with 413 naming the body and the limit', async () => {
    const answer = await post(`login=${'a'.repeat(8 * 1024)}`);
    expect(answer).toEqual({ status: 413, type: 'text/plain; charset=utf-8', text: FORM_TOO_LARGE });
    expect(FORM_TOO_LARGE).toBe('body: larger than 8 KB (8192 bytes), the most this form accepts');
  });

  it('answers a much larger form with the same 413, not a closed connection', async () => {
    const answer = await post(`login=${'a'.repeat(2 * 1024 * 1024)}`);
    expect(answer).toEqual({ status: 413, type: 'text/plain; charset=utf-8', text: FORM_TOO_LARGE });
  });

  it('reads a form within the limit', async () => {
    const answer = await post('login=trader&password=p%C3%A1ss');
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual([
      ['login', 'trader'],
      ['password', 'páss'],
    ]);
  });
});
