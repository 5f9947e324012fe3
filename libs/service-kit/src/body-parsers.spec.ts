import { Writable } from 'node:stream';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { Body, Controller, HttpCode, INestApplication, Module, Post } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import request from 'supertest';
import { APP_CONFIG } from '@aeo/config';
import { loggingModule } from '@aeo/observability';
import { bootstrapService } from './bootstrap';
import { DependencyUnavailableFilter } from './dependency-unavailable';

/** The service's log lines (JSON), as written. */
const lines: string[] = [];
const logged = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);

@Controller('echo')
class EchoController {
  @Post()
  @HttpCode(200)
  echo(@Body() body: unknown): unknown {
    return body;
  }
}

@Module({
  imports: [
    loggingModule(
      'echo',
      'info',
      new Writable({
        write: (chunk: Buffer, _encoding, done) => {
          lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
          done();
        },
      }),
    ),
  ],
  controllers: [EchoController],
  // The exception filter every service has (PlatformModule).
  providers: [
    { provide: APP_CONFIG, useValue: { DEPENDENCY_RETRY_AFTER_S: 5 } },
    { provide: APP_FILTER, useClass: DependencyUnavailableFilter },
  ],
})
class EchoModule {}

/**
 * The body parsers every service boots with (bootstrapService, as in production): valid UTF-8 in
 * JSON bodies passes untouched, other media types answer 415, invalid UTF-8 is refused rather than replaced by U+FFFD,
 * and the default size limit still holds; each refusal is logged in one bounded line at warn.
 */
describe('body parsers of a booted service', () => {
  let app: INestApplication;
  const raw = ((bytes: Buffer) => bytes) as unknown as (body: unknown) => string;
  const post = (contentType: string, bytes: Buffer) =>
    request(app.getHttpServer())
      .post('/v1/echo')
      .set('content-type', contentType)
      .serialize(raw)
      .send(bytes as never);

  beforeAll(async () => {
    app = await bootstrapService(EchoModule, { service: 'echo', title: 'echo', description: 'echo' }, 0, '127.0.0.1');
  });
  afterAll(() => app?.close());

  it('passes valid UTF-8 through, Mongolian and emoji included', async () => {
    const response = await post('application/json', Buffer.from(JSON.stringify({ name: 'Алтай Трейд ХХК 🚚' }))).expect(
      200,
    );
    expect(response.body).toEqual({ name: 'Алтай Трейд ХХК 🚚' });
  });

  it('refuses invalid UTF-8 in a JSON body with 400', async () => {
    for (const [type, bytes] of [
      [
        'application/json',
        Buffer.concat([Buffer.from('{"name":"Altai '), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]),
      ],
      [
        'application/json; charset=utf-8',
        Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]),
      ],
    ] as const) {
      const response = await post(type, bytes);
      expect({ type, status: response.status, body: response.body }).toEqual({
        type,
        status: 400,
        body: expect.objectContaining({ statusCode: 400, message: 'body: is not valid UTF-8' }),
      });
    }
  });

  it('takes JSON only as application/json or a +json type: any other body answers 415', async () => {
    const json = Buffer.from(JSON.stringify({ name: 'Дархан' }));
    expect((await post('application/merge-patch+json', json).expect(200)).body).toEqual({ name: 'Дархан' });
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/xml',
      'application/octet-stream',
    ]) {
      const response = await post(type, json);
      expect({ type, status: response.status, body: response.body }).toEqual({
        type,
        status: 415,
        body: expect.objectContaining({
          statusCode: 415,
          message: expect.stringMatching(/^body: send application\/json/),
        }),
      });
    }
    const untyped = await request(app.getHttpServer())
      .post('/v1/echo')
      .serialize(raw)
      .send(json as never);
    expect(untyped.status).toBe(415);
    // No body at all needs no type.
    await request(app.getHttpServer()).post('/v1/echo').expect(200);
  });

  it('says a JSON body that is not an object, or not JSON, the way the validation pipe says it (body: ...)', async () => {
    for (const [text, message] of [
      ['null', 'body: must be a JSON object (got null)'],
      [' 42 ', 'body: must be a JSON object (got number)'],
      ['"Дархан"', 'body: must be a JSON object (got string)'],
      ['true', 'body: must be a JSON object (got boolean)'],
    ]) {
      const response = await post('application/json', Buffer.from(text));
      expect({ text, status: response.status, body: response.body }).toEqual({
        text,
        status: 400,
        body: expect.objectContaining({ statusCode: 400, message }),
      });
    }
    const malformed = await post('application/json', Buffer.from('{"name": '));
    expect({ status: malformed.status, body: malformed.body }).toEqual({
      status: 400,
      body: expect.objectContaining({
        statusCode: 400,
        message: expect.stringMatching(/^body: is not valid JSON \(.+\)$/),
      }),
    });
    // An array is JSON the route's schema judges.
    expect((await post('application/json', Buffer.from('[1]')).expect(200)).body).toEqual([1]);
  });

  const sendEncoded = (contentType: string, encoding: string, bytes: Buffer) =>
    request(app.getHttpServer())
      .post('/v1/echo')
      .set('content-type', contentType)
      .set('content-encoding', encoding)
      .serialize(raw)
      .send(bytes as never);

  it('says a body that is not what its Content-Encoding says could not be decompressed, and which one is not supported', async () => {
    const notCompressed = Buffer.from('{"name":"not compressed"}');
    const unsupported = (encoding: string) =>
      [415, `body: Content-Encoding ${encoding} is not supported (send gzip, deflate, br, zstd or none)`] as const;
    // zlib says "incorrect header check", brotli "Decompression failed", zstd "Unknown frame descriptor".
    const cases: Record<string, readonly [number, string]> = {
      ...Object.fromEntries(
        ['gzip', 'deflate', 'br', 'zstd', 'GZIP'].map((encoding) => [
          encoding,
          [400, `body: is not ${encoding.toLowerCase()} data, as its Content-Encoding says`] as const,
        ]),
      ),
      compress: unsupported('compress'),
      'gzip, br': unsupported('gzip, br'),
    };
    for (const [encoding, [status, message]] of Object.entries(cases)) {
      const response = await sendEncoded('application/json', encoding, notCompressed);
      expect({ encoding, status: response.status, body: response.body }).toEqual({
        encoding,
        status,
        body: { statusCode: status, message },
      });
    }
    // What its Content-Encoding says is read as usual.
    const json = Buffer.from(JSON.stringify({ name: 'Дархан' }));
    expect((await sendEncoded('application/json', 'gzip', gzipSync(json)).expect(200)).body).toEqual({
      name: 'Дархан',
    });
    expect((await sendEncoded('application/json', 'br', brotliCompressSync(json)).expect(200)).body).toEqual({
      name: 'Дархан',
    });
  });

  it('refuses a compressed multipart form (multer reads it as sent) with 415 naming the body', async () => {
    const response = await sendEncoded('multipart/form-data; boundary=x', 'gzip', gzipSync('--x--\r\n'));
    expect({ status: response.status, body: response.body }).toEqual({
      status: 415,
      body: { statusCode: 415, message: 'body: send multipart/form-data without Content-Encoding (got gzip)' },
    });
  });

  it('takes a JSON body in UTF-8 only: another charset answers 415 naming the body', async () => {
    const json = Buffer.from(JSON.stringify({ name: 'Дархан' }));
    // body-parser itself refuses utf8 (the alias of utf-8), and would read UTF-16 past the UTF-8 check.
    for (const charset of ['latin-9', 'ISO-8859-1', 'utf-16', '"utf-16le"', 'utf8']) {
      const response = await post(`application/json; charset=${charset}`, json);
      const named = charset.replace(/"/g, '').toLowerCase();
      expect({ charset, status: response.status, body: response.body }).toEqual({
        charset,
        status: 415,
        body: { statusCode: 415, message: `body: must be UTF-8 (charset=utf-8 or none; got charset=${named})` },
      });
    }
    for (const charset of ['utf-8', 'UTF-8', '"utf-8"'])
      expect((await post(`application/json; charset=${charset}`, json).expect(200)).body).toEqual({ name: 'Дархан' });
  });

  it('keeps the default size limit, and says it', async () => {
    const response = await post('application/json', Buffer.from(JSON.stringify({ name: 'x'.repeat(200 * 1024) })));
    expect({ status: response.status, body: response.body }).toEqual({
      status: 413,
      body: { statusCode: 413, message: 'body: larger than 100 KB (102400 bytes), the most this service accepts' },
    });
    await post('application/json', Buffer.from(JSON.stringify({ name: 'x'.repeat(90 * 1024) }))).expect(200);
  });

  // A refused body is the client's error: one short line at warn, without the body (body-parser
  // attaches the whole body to the error; it was logged at error as a decimal byte array, about
  // 3 bytes of log for each byte sent).
  it('logs invalid UTF-8 at warn with status, size and the first 64 bytes as hex, never the body', async () => {
    lines.length = 0;
    const bytes = Buffer.concat([
      Buffer.from('{"name":"'),
      Buffer.alloc(50_000, 'a'),
      Buffer.from([0xff]),
      Buffer.from('"}'),
    ]);
    const response = await post('application/json', bytes).expect(400);
    expect(response.body).toEqual({ statusCode: 400, message: 'body: is not valid UTF-8' });
    expect(logged().filter((entry) => Number(entry['level']) >= 50)).toEqual([]);
    expect(logged().find((entry) => entry['context'] === 'RefusedRequest')).toMatchObject({
      level: 40,
      status: 400,
      type: 'entity.verify.failed',
      bodyBytes: bytes.length,
      bodyStart: bytes.subarray(0, 64).toString('hex'),
      path: '/v1/echo',
      msg: 'request refused with 400: body: is not valid UTF-8',
    });
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThan(4_000);
  });

  it('logs the other body refusals (415, 413) the same way, at warn', async () => {
    lines.length = 0;
    await post('text/plain', Buffer.from('hello')).expect(415);
    await post('application/json', Buffer.from(JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }))).expect(413);
    expect(logged().filter((entry) => Number(entry['level']) >= 50)).toEqual([]);
    const refusals = logged().filter((entry) => entry['context'] === 'RefusedRequest');
    expect(refusals.map((entry) => entry['status'])).toEqual([415, 413]);
  });
});
