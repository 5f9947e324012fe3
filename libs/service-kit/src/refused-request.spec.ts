import { Writable } from 'node:stream';
import { Body, Controller, HttpCode, INestApplication, Module, Post } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import request from 'supertest';
import { APP_CONFIG } from '@aeo/config';
import { loggingModule } from '@aeo/observability';
import { bootstrapService } from './bootstrap';
import { DependencyUnavailableFilter } from './dependency-unavailable';

const lines: string[] = [];

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
  providers: [
    { provide: APP_CONFIG, useValue: { DEPENDENCY_RETRY_AFTER_S: 5 } },
    { provide: APP_FILTER, useClass: DependencyUnavailableFilter },
  ],
})
class EchoModule {}

/**
 * A body the parsers refuse is the client's error: the service answers its 4xx and logs one short
 * line at warn, without the body (body-parser attaches the whole body to the error; it was logged
 * at error as a decimal byte array, about 3 bytes of log for each byte sent).
 */
describe('requests refused by the body parsers (as every service boots)', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await bootstrapService(EchoModule, { service: 'echo', title: 'echo', description: 'echo' }, 0, '127.0.0.1');
  });
  afterAll(() => app?.close());

  it('logs invalid UTF-8 at warn with status, size and the first 64 bytes as hex, never the body', async () => {
    lines.length = 0;
    const bytes = Buffer.concat([
      Buffer.from('{"name":"'),
      Buffer.alloc(50_000, 'a'),
      Buffer.from([0xff]),
      Buffer.from('"}'),
    ]);
    const response = await request(app.getHttpServer())
      .post('/v1/echo')
      .set('content-type', 'application/json')
      .serialize(((raw: Buffer) => raw) as unknown as (body: unknown) => string)
      .send(bytes as never)
      .expect(400);
    expect(response.body).toEqual({ statusCode: 400, message: 'body: is not valid UTF-8' });

    const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged.filter((entry) => Number(entry['level']) >= 50)).toEqual([]);
    const refusal = logged.find((entry) => entry['context'] === 'RefusedRequest');
    expect(refusal).toMatchObject({
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

  it('answers the other body refusals the same way (415, 413), at warn', async () => {
    lines.length = 0;
    await request(app.getHttpServer()).post('/v1/echo').set('content-type', 'text/plain').send('hello').expect(415);
    const tooLarge = JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) });
    await request(app.getHttpServer())
      .post('/v1/echo')
      .set('content-type', 'application/json')
      .send(tooLarge)
      .expect(413);
    const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged.filter((entry) => Number(entry['level']) >= 50)).toEqual([]);
    expect(logged.filter((entry) => entry['context'] === 'RefusedRequest').map((entry) => entry['status'])).toEqual([
      415, 413,
    ]);
  });
});
