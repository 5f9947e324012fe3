import { Writable } from 'node:stream';
import { Body, Controller, HttpCode, INestApplication, Module, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import request from 'supertest';
import { loggingModule } from '@aeo/observability';
import { acceptRawBody, bootstrapService } from './bootstrap';

@Controller()
class FilesController {
  /** Answers what reached the route: the bytes (base64) of a raw body, else the parsed body. */
  @Post('files/:id')
  @HttpCode(200)
  file(@Req() req: Request): unknown {
    return Buffer.isBuffer(req.body) ? { raw: req.body.toString('base64') } : { parsed: req.body ?? null };
  }

  @Post('echo')
  @HttpCode(200)
  echo(@Body() body: unknown): unknown {
    return { parsed: body };
  }
}

@Module({
  imports: [loggingModule('files', 'warn', new Writable({ write: (_chunk, _encoding, done) => done() }))],
  controllers: [FilesController],
})
class FilesModule {}

acceptRawBody({
  method: 'POST',
  path: /^\/v1\/files\/[^/]+$/,
  mediaTypes: ['text/csv', 'application/json'],
  limit: 1024,
});

/** A raw-body route (acceptRawBody) of a booted service: its bytes untouched, its own limit, the rest as before. */
describe('raw-body routes of a booted service', () => {
  let app: INestApplication;
  const post = (path: string, contentType: string, bytes: Buffer) =>
    request(app.getHttpServer())
      .post(path)
      .set('content-type', contentType)
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
    await post('/v1/files/1', 'text/plain', Buffer.from('a,b\n')).expect(415);
  });

  it('refuses invalid UTF-8 (400) and a body over the route’s limit (413 naming it)', async () => {
    const invalid = await post('/v1/files/1', 'text/csv', Buffer.from([0x61, 0xff, 0x0a])).expect(400);
    expect(invalid.body.message).toBe('body: is not valid UTF-8');
    const large = await post('/v1/files/1', 'text/csv', Buffer.alloc(1025, 0x61)).expect(413);
    expect(large.body.message).toBe('body: larger than 1024 bytes, the most this route accepts');
    await post('/v1/files/1', 'text/csv', Buffer.alloc(1024, 0x61)).expect(200);
  });
});
