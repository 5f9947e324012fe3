import { Writable } from 'node:stream';
import { Controller, Get, INestApplication, Logger } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import request from 'supertest';
import { CORRELATION_ID_HEADER, currentCorrelationId, loggingModule } from '@aeo/observability';
import { configureApp } from './bootstrap';

/** Stands for any request handler: it logs, and what it writes to the outbox takes `currentCorrelationId()`. */
@Controller('probe')
class ProbeController {
  private readonly logger = new Logger('Probe');

  @Get()
  probe(): { correlationId: string | undefined } {
    this.logger.log('probing');
    return { correlationId: currentCorrelationId() };
  }
}

/**
 * The id a response answers in `x-correlation-id` is the one in every log line of the request and
 * the one the handler's context (so the outbox rows it writes) carries, wired as services boot.
 */
describe('correlation id of an HTTP request', () => {
  let app: INestApplication;
  const lines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const moduleRef = await Test.createTestingModule({
      imports: [loggingModule('probe', 'info', sink)],
      controllers: [ProbeController],
    }).compile();
    app = moduleRef.createNestApplication({ bufferLogs: true });
    app.useLogger(app.get(PinoNestLogger));
    configureApp(app, { service: 'probe', title: 'probe', description: 'probe' });
    await app.init();
  });
  afterAll(() => app?.close());

  /** Every log line written for the request whose pino-http id or correlation id is among `ids`. */
  const linesOf = (ids: string[]) =>
    lines.filter(
      (line) =>
        ids.includes(line['correlationId'] as string) ||
        ids.includes((line['req'] as { id?: string } | undefined)?.id as string),
    );

  it('answers with the id it logs and hands to the handler when the client sends none', async () => {
    lines.length = 0;
    const response = await request(app.getHttpServer()).get('/v1/probe').expect(200);
    const answered = response.headers[CORRELATION_ID_HEADER];
    expect(answered).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.body.correlationId).toBe(answered);
    const probing = lines.find((line) => line['msg'] === 'probing');
    const completed = lines.find((line) => line['msg'] === 'request completed');
    expect(probing).toMatchObject({ correlationId: answered });
    expect(completed).toMatchObject({ correlationId: answered, req: { id: answered } });
    // No line of the request carries another id.
    const requestLines = lines.filter((line) => line['msg'] === 'probing' || line['msg'] === 'request completed');
    for (const line of requestLines) {
      expect(line['correlationId']).toBe(answered);
      const reqId = (line['req'] as { id?: string } | undefined)?.id;
      if (reqId !== undefined) expect(reqId).toBe(answered);
    }
    expect(linesOf([answered])).toHaveLength(requestLines.length);
  });

  it('keeps a valid id sent by the client, and replaces one that is not', async () => {
    lines.length = 0;
    const kept = await request(app.getHttpServer())
      .get('/v1/probe')
      .set(CORRELATION_ID_HEADER, 'client-id-42')
      .expect(200);
    expect(kept.headers[CORRELATION_ID_HEADER]).toBe('client-id-42');
    expect(kept.body.correlationId).toBe('client-id-42');
    expect(lines.find((line) => line['msg'] === 'request completed')).toMatchObject({
      correlationId: 'client-id-42',
      req: { id: 'client-id-42' },
    });

    lines.length = 0;
    const replaced = await request(app.getHttpServer())
      .get('/v1/probe')
      .set(CORRELATION_ID_HEADER, 'not a valid id; DROP')
      .expect(200);
    const fresh = replaced.headers[CORRELATION_ID_HEADER];
    expect(fresh).toMatch(/^[0-9a-f-]{36}$/);
    expect(replaced.body.correlationId).toBe(fresh);
    expect(lines.find((line) => line['msg'] === 'probing')).toMatchObject({ correlationId: fresh });
    expect(lines.find((line) => line['msg'] === 'request completed')).toMatchObject({
      correlationId: fresh,
      req: { id: fresh },
    });
  });
});
