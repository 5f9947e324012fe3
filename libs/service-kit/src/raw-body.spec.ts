import { type AddressInfo } from 'node:net';
import { request as httpRequest } from 'node:http';
import { Writable } from 'node:stream';
import { Body, Controller, HttpCode, INestApplication, Module, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import request from 'supertest';
import { AuthModule, ROLES, Roles } from '@aeo/auth';
import { loggingModule } from '@aeo/observability';
import { bearer, testEnv } from '@aeo/testing';
import { acceptRawBody, bootstrapService } from './bootstrap';

/** Lets the test hold a request of the slow route in its handler (to fill the route's one slot). */
let releaseSlow: (() => void) | undefined;

@Controller()
@Roles(ROLES.mraOfficer)
class FilesController {
  /** Answers what reached the route: the bytes (base64) of a raw body, else the parsed body. */
  @Post('files/:id')
  @HttpCode(200)
  file(@Req() req: Request): unknown {
    return Buffer.isBuffer(req.body) ? { raw: req.body.toString('base64') } : { parsed: req.body ?? null };
  }

  @Post('slow')
  @HttpCode(200)
  async slow(): Promise<unknown> {
    await new Promise<void>((resolve) => (releaseSlow = resolve));
    return { done: true };
  }

  @Post('echo')
  @HttpCode(200)
  echo(@Body() body: unknown): unknown {
    return { parsed: body };
  }
}

@Module({
  imports: [
    loggingModule('files', 'warn', new Writable({ write: (_chunk, _encoding, done) => done() })),
    // The local identity provider's tokens (bearer), verified through its discovery and keys.
    AuthModule.forRoot({ issuer: testEnv.authIssuer, audience: testEnv.authAudience, development: true }),
  ],
  controllers: [FilesController],
})
class FilesModule {}

acceptRawBody({
  method: 'POST',
  path: /^\/v1\/files\/[^/]+$/,
  mediaTypes: ['text/csv', 'application/json'],
  limit: 1024,
  roles: [ROLES.mraOfficer],
  concurrent: 4,
  name: 'files',
});
const LARGE_LIMIT = 64 * 1024 * 1024;
acceptRawBody({
  method: 'POST',
  path: /^\/v1\/large$/,
  mediaTypes: ['text/csv'],
  limit: LARGE_LIMIT,
  roles: [ROLES.mraOfficer],
  concurrent: 4,
  name: 'large files',
});
acceptRawBody({
  method: 'POST',
  path: /^\/v1\/slow$/,
  mediaTypes: ['text/csv'],
  limit: 1024,
  roles: [ROLES.mraOfficer],
  concurrent: 1,
  name: 'slow files',
});

const officer = bearer({ sub: 'officer-1', roles: [ROLES.mraOfficer] });

/** A raw-body route (acceptRawBody) of a booted service: its bytes untouched, its own limit, the rest as before. */
describe('raw-body routes of a booted service', () => {
  let app: INestApplication;
  const post = (path: string, contentType: string, bytes: Buffer) =>
    request(app.getHttpServer())
      .post(path)
      .set('content-type', contentType)
      .set('authorization', officer)
      .serialize(((body: Buffer) => body) as never)
      .send(bytes as never);

  beforeAll(async () => {
    app = await bootstrapService(
      FilesModule,
      { service: 'files', title: 'files', description: 'files' },
      0,
      '127.0.0.1',
    );
  });
  afterAll(() => app?.close());

  it('hands the route the exact bytes of its media types, JSON included (never parsed and written again)', async () => {
    const json = Buffer.from('{ "b" : 1,\n  "a": "Дархан" }\n');
    expect((await post('/v1/files/1', 'application/json; charset=utf-8', json).expect(200)).body).toEqual({
      raw: json.toString('base64'),
    });
    const csv = Buffer.from('aeoId,name\nCN1100000001,"Erenhot ""Jinhai"""\n');
    expect((await post('/v1/files/1', 'text/csv', csv).expect(200)).body).toEqual({ raw: csv.toString('base64') });
  });

  it('keeps JSON parsing elsewhere and other media types refused on the route', async () => {
    expect((await post('/v1/echo', 'application/json', Buffer.from('{"a":1}')).expect(200)).body).toEqual({
      parsed: { a: 1 },
    });
    // The same media type on another path is JSON as usual (and text/csv is refused there).
    await post('/v1/echo', 'text/csv', Buffer.from('a,b\n')).expect(415);
    const other = await post('/v1/files/1', 'text/plain', Buffer.from('a,b\n')).expect(415);
    expect(other.body.message).toBe(
      'body: send one of text/csv, application/json, multipart/form-data (got text/plain)',
    );
    // Its bytes are read as UTF-8: another charset is refused, not decoded as UTF-8.
    const latin1 = await post('/v1/files/1', 'application/json; charset=latin1', Buffer.from('{}')).expect(415);
    expect(latin1.body.message).toBe('body: must be UTF-8 (charset=utf-8 or none; got charset=latin1)');
    await post('/v1/files/1', 'text/csv; charset="UTF-8"', Buffer.from('a\n')).expect(200);
  });

  it('refuses invalid UTF-8 (400) and a body over the route’s limit (413 naming it)', async () => {
    const invalid = await post('/v1/files/1', 'text/csv', Buffer.from([0x61, 0xff, 0x0a])).expect(400);
    expect(invalid.body.message).toBe('body: is not valid UTF-8');
    const large = await post('/v1/files/1', 'text/csv', Buffer.alloc(1025, 0x61)).expect(413);
    expect(large.body.message).toBe('body: larger than 1024 bytes, the most this route accepts');
    await post('/v1/files/1', 'text/csv', Buffer.alloc(1024, 0x61)).expect(200);
  });

  /**
   * Starts an upload announcing `length` bytes, sends only its first MB, and resolves with the answer
   * if it comes before the rest is sent (a service that read the body first would never answer).
   */
  const answerBeforeUpload = (path: string, length: number, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; message: string }>((resolve, reject) => {
      const { port } = app.getHttpServer().address() as AddressInfo;
      const upload = httpRequest({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path,
        headers: { 'content-type': 'text/csv', 'content-length': String(length), ...headers },
      });
      const timer = setTimeout(() => {
        upload.destroy();
        reject(new Error(`${path} ${length}: no answer before the upload finished: the body is being read`));
      }, 5000);
      upload.on('response', (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => {
          clearTimeout(timer);
          upload.destroy();
          resolve({ status: response.statusCode ?? 0, message: (JSON.parse(text) as { message: string }).message });
        });
      });
      upload.on('error', () => undefined); // the service may close the connection on the unread rest
      upload.write(Buffer.alloc(1024 * 1024, 0x61));
    });

  it('refuses an unauthenticated 32 MB body with 401 before reading it, and one over the limit with 401, not 413', async () => {
    const unauthenticated = await answerBeforeUpload('/v1/large', 32 * 1024 * 1024);
    expect(unauthenticated).toEqual({ status: 401, message: expect.stringMatching(/^Missing bearer token/) });
    const tooLarge = await answerBeforeUpload('/v1/large', LARGE_LIMIT + 1);
    expect(tooLarge.status).toBe(401);
    const badToken = await answerBeforeUpload('/v1/large', 32 * 1024 * 1024, { authorization: 'Bearer x.y.z' });
    expect(badToken.status).toBe(401);
    const wrongRole = await answerBeforeUpload('/v1/large', 32 * 1024 * 1024, {
      authorization: bearer({ sub: 'exec-1', roles: [ROLES.executive] }),
    });
    expect(wrongRole).toEqual({
      status: 403,
      message: expect.stringMatching(/needs one of the roles \[mra-officer\]/),
    });
  }, 30_000);

  it('refuses a raw body sent with two Authorization lines (400 naming the header), as every route does', async () => {
    const twice = await request(app.getHttpServer())
      .post('/v1/large')
      .set('content-type', 'text/csv')
      .set('authorization', [officer, 'Bearer x.y.z'] as unknown as string)
      .send('a,b\n');
    expect(twice.status).toBe(400);
    expect(twice.body).toMatchObject({
      statusCode: 400,
      message: 'Authorization: must be given once (one header), not 2 times',
    });
  });

  /** Sends a request to the slow route and waits until its handler holds it (and the route's only slot). */
  const holdSlow = async () => {
    const answer = post('/v1/slow', 'text/csv', Buffer.from('a\n')).then((response) => response);
    for (let waited = 0; !releaseSlow && waited < 5000; waited += 10) await sleep(10);
    const release = releaseSlow!;
    releaseSlow = undefined;
    return { answer, release };
  };

  it('takes at most `concurrent` requests of a route at once: 503 with Retry-After beyond, a slot again once answered', async () => {
    const first = await holdSlow();
    const refused = await post('/v1/slow', 'text/csv', Buffer.from('b\n')).expect(503);
    expect(refused.headers['retry-after']).toBe('10');
    expect(refused.body.message).toMatch(/^slow files: 1 are already in progress in this instance/);
    first.release();
    expect((await first.answer).status).toBe(200);
    const second = await holdSlow();
    second.release();
    expect((await second.answer).status).toBe(200);
  });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
