import { Writable } from 'node:stream';
import { Body, Controller, HttpCode, INestApplication, Module, Post } from '@nestjs/common';
import request from 'supertest';
import { loggingModule } from '@aeo/observability';
import { bootstrapService } from './bootstrap';

@Controller('echo')
class EchoController {
  @Post()
  @HttpCode(200)
  echo(@Body() body: unknown): unknown {
    return body;
  }
}

@Module({
  imports: [loggingModule('echo', 'warn', new Writable({ write: (_chunk, _encoding, done) => done() }))],
  controllers: [EchoController],
})
class EchoModule {}

/**
 * The body parsers every service boots with (bootstrapService, as in production): valid UTF-8 in
 * JSON bodies passes untouched, other media types answer 415, invalid UTF-8 is refused rather than replaced by U+FFFD,
 * and the default size limit still holds.
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

  it('keeps the default size limit', async () => {
    const response = await post('application/json', Buffer.from(JSON.stringify({ name: 'x'.repeat(200 * 1024) })));
    expect(response.status).toBe(413);
  });
});
