import { Body, Controller, type INestApplication, Param, Patch, Post } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type PlatformEnv } from '@aeo/config';
import {
  CreateAuditLog1764300000050,
  CreateRequestLedgers1764390000000,
  HumanStepsPending1764390000100,
  openDataSource,
  recordAudit,
} from '@aeo/persistence';
import { createTestDatabase, TestDatabase } from '@aeo/testing';
import { IDEMPOTENT_REPLAYED_HEADER, IdempotencyInterceptor } from './idempotency';
import { auditEntriesOf, expireKey, forgetAnswer, idempotencyKeys } from './testing/request-ledgers';

/** What the test's route does: records an audit entry (its effect, which marks the key committed) and answers. */
const behaviour: { gate?: Promise<void>; fail?: boolean } = {};
let dataSource: DataSource;

@Controller('things')
class ThingsController {
  @Post()
  async create(@Body() body: { name: string }) {
    await behaviour.gate;
    if (behaviour.fail) throw new Error('the effect failed');
    await dataSource.transaction((manager) =>
      recordAudit(manager, {
        actor: { sub: 'anonymous', roles: [] },
        action: 'thing.created',
        entityType: 'thing',
        entityId: body.name,
      }),
    );
    return { name: body.name };
  }

  /** A change: each call records an audit entry, so a change applied twice shows as two. */
  @Patch(':name')
  async change(@Param('name') name: string, @Body() body: { colour: string }) {
    await dataSource.transaction((manager) =>
      recordAudit(manager, {
        actor: { sub: 'anonymous', roles: [] },
        action: 'thing.changed',
        entityType: 'thing',
        entityId: `${name}:${body.colour}`,
      }),
    );
    return { name, colour: body.colour };
  }
}

describe('Idempotency-Key on a POST (real PostgreSQL)', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    database = await createTestDatabase('idempotency');
    dataSource = await openDataSource({
      service: 'idempotency-test',
      url: database.url,
      entities: [],
      migrations: [CreateAuditLog1764300000050, CreateRequestLedgers1764390000000, HumanStepsPending1764390000100],
    });
    const moduleRef = await Test.createTestingModule({
      controllers: [ThingsController],
      providers: [
        { provide: getDataSourceToken(), useValue: dataSource },
        {
          provide: APP_CONFIG,
          useValue: { IDEMPOTENCY_KEY_RETENTION_HOURS: 24, IDEMPOTENCY_KEY_LEASE_S: 60 } as PlatformEnv,
        },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
      ],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    http = request(app.getHttpServer());
  });
  afterAll(async () => {
    await app?.close();
    await dataSource?.destroy();
    await database?.drop();
  });

  const effects = (name: string): Promise<number> => auditEntriesOf(dataSource, name);
  const keyHeld = async (key: string): Promise<boolean> =>
    (await idempotencyKeys(dataSource)).some((row) => row.key === key);

  it('applies the first request once and replays its answer to a repeat; another request with the key is 422', async () => {
    const first = await http.post('/things').set('Idempotency-Key', 'k-1').send({ name: 'one' }).expect(201);
    expect(first.headers[IDEMPOTENT_REPLAYED_HEADER.toLowerCase()]).toBeUndefined();
    const repeat = await http.post('/things').set('Idempotency-Key', 'k-1').send({ name: 'one' }).expect(201);
    expect(repeat.headers[IDEMPOTENT_REPLAYED_HEADER.toLowerCase()]).toBe('true');
    expect(repeat.body).toEqual(first.body);
    expect(await effects('one')).toBe(1);

    const other = await http.post('/things').set('Idempotency-Key', 'k-1').send({ name: 'two' }).expect(422);
    expect(other.body.message).toContain('was used for a different request (POST /things)');
    expect(await effects('two')).toBe(0);
  });

  it('answers 409 while the first request is in progress, then replays its answer', async () => {
    let open!: () => void;
    behaviour.gate = new Promise((resolve) => (open = resolve));
    const first = http
      .post('/things')
      .set('Idempotency-Key', 'k-2')
      .send({ name: 'slow' })
      .then((response) => response);
    try {
      for (let tries = 0; ; tries++) {
        if ((await keyHeld('k-2')) || tries > 100) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const concurrent = await http.post('/things').set('Idempotency-Key', 'k-2').send({ name: 'slow' }).expect(409);
      expect(concurrent.body.message).toContain('is in progress');
    } finally {
      open();
      behaviour.gate = undefined;
    }
    expect((await first).status).toBe(201);
    await http
      .post('/things')
      .set('Idempotency-Key', 'k-2')
      .send({ name: 'slow' })
      .expect(201)
      .expect(IDEMPOTENT_REPLAYED_HEADER, 'true');
    expect(await effects('slow')).toBe(1);
  });

  it('frees the key when nothing committed, so a retry applies the request', async () => {
    behaviour.fail = true;
    try {
      await http.post('/things').set('Idempotency-Key', 'k-3').send({ name: 'retried' }).expect(500);
    } finally {
      behaviour.fail = false;
    }
    expect(await keyHeld('k-3')).toBe(false);
    await http.post('/things').set('Idempotency-Key', 'k-3').send({ name: 'retried' }).expect(201);
    expect(await effects('retried')).toBe(1);
  });

  it('treats an expired key as new', async () => {
    await http.post('/things').set('Idempotency-Key', 'k-4').send({ name: 'old' }).expect(201);
    await expireKey(dataSource, 'k-4');
    const again = await http.post('/things').set('Idempotency-Key', 'k-4').send({ name: 'new' }).expect(201);
    expect(again.headers[IDEMPOTENT_REPLAYED_HEADER.toLowerCase()]).toBeUndefined();
    expect(await effects('new')).toBe(1);
  });

  it('honours the key on a PATCH as on a POST: one change, the same 200 answer replayed; another change with the key is 422', async () => {
    const first = await http.patch('/things/p').set('Idempotency-Key', 'k-6').send({ colour: 'red' }).expect(200);
    const repeat = await http.patch('/things/p').set('Idempotency-Key', 'k-6').send({ colour: 'red' }).expect(200);
    expect(repeat.headers[IDEMPOTENT_REPLAYED_HEADER.toLowerCase()]).toBe('true');
    expect(repeat.body).toEqual(first.body);
    expect(await effects('p:red')).toBe(1);
    const other = await http.patch('/things/p').set('Idempotency-Key', 'k-6').send({ colour: 'blue' }).expect(422);
    expect(other.body.message).toContain('was used for a different request (PATCH /things/p)');
    expect(await effects('p:blue')).toBe(0);
  });

  it('refuses the header given twice (Node joins them as "a, b") with 400 naming it, applying nothing', async () => {
    // Two header lines (superagent sends each value of an array as its own line; its types take one string).
    const twice = (...keys: string[]) => keys as unknown as string;
    for (const send of [
      () => http.post('/things').set('Idempotency-Key', twice('k-7', 'k-8')).send({ name: 'twice' }),
      () => http.patch('/things/twice').set('Idempotency-Key', twice('k-7', 'k-7')).send({ colour: 'red' }),
    ]) {
      const refused = await send().expect(400);
      expect(refused.body.message).toBe('Idempotency-Key: must be given once (one header)');
    }
    expect(await effects('twice')).toBe(0);
    expect(await effects('twice:red')).toBe(0);
    expect(await keyHeld('k-7')).toBe(false);
    // One header whose value holds a comma is one key.
    await http.post('/things').set('Idempotency-Key', '"k-7, k-8"').send({ name: 'comma' }).expect(201);
    expect(await keyHeld('k-7, k-8')).toBe(true);
  });

  it('says an applied request whose answer was lost was applied, naming when', async () => {
    await http.post('/things').set('Idempotency-Key', 'k-5').send({ name: 'lost' }).expect(201);
    await forgetAnswer(dataSource, 'k-5');
    const lost = await http.post('/things').set('Idempotency-Key', 'k-5').send({ name: 'lost' }).expect(409);
    expect(lost.body.message).toMatch(/was applied on \d{4}-\d\d-\d\dT.* \(record lost\) but its answer was lost/);
    expect(await effects('lost')).toBe(1);
  });
});
