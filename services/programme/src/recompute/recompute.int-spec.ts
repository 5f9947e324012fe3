import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import type { INestApplicationContext } from '@nestjs/common';
import { Client } from 'pg';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ConsumerRegistry, OutboxRelay, OutboxWriter } from '@aeo/messaging';
import { ActivityWorkerHost } from '@aeo/temporal';
import { createTestDatabase, testEnv, type TestDatabase, tsScriptArgs, waitFor } from '@aeo/testing';
import { BenefitFactsConsumer } from '../benefit/benefit-facts.consumer';
import { DeviationEvaluator } from '../deviations/deviation-evaluator';
import { KpiFactsConsumer } from '../facts/kpi-facts.consumer';
import { ReportSchedule } from '../reports/report-schedule';
import { ThresholdsService } from '../thresholds/thresholds.service';
import { RecomputeModule } from './recompute.module';

/**
 * The recompute boots on a fresh database next to the live service: it must fold and nothing else
 * (no activity worker to take live tasks, no relay or seeding to publish to live topics).
 */
describe('RecomputeModule (the recompute’s application)', () => {
  let database: TestDatabase;
  let app: INestApplicationContext;

  beforeAll(async () => {
    database = await createTestDatabase('programme_recompute');
    process.env['PROGRAMME_DATABASE_URL'] = database.url;
    process.env['KAFKA_GROUP_SUFFIX'] = `.test-recompute-${randomBytes(4).toString('hex')}`;
    process.env['LOG_LEVEL'] ??= 'warn';
    app = await NestFactory.createApplicationContext(RecomputeModule.fold(), { logger: ['error', 'warn'] });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
    delete process.env['PROGRAMME_DATABASE_URL'];
    delete process.env['KAFKA_GROUP_SUFFIX'];
  }, 60_000);

  const has = (token: unknown) => {
    try {
      app.get(token as never, { strict: false });
      return true;
    } catch {
      return false;
    }
  };

  it('runs the consumers that fold the topics', () => {
    expect([ConsumerRegistry, KpiFactsConsumer, BenefitFactsConsumer].map(has)).toEqual([true, true, true]);
  });

  it('registers no Temporal activity worker and runs no outbox relay, evaluator, seeding or report schedule', () => {
    expect(
      Object.fromEntries(
        [ActivityWorkerHost, OutboxRelay, OutboxWriter, ThresholdsService, DeviationEvaluator, ReportSchedule].map(
          (token) => [token.name, has(token)],
        ),
      ),
    ).toEqual({
      ActivityWorkerHost: false,
      OutboxRelay: false,
      OutboxWriter: false,
      ThresholdsService: false,
      DeviationEvaluator: false,
      ReportSchedule: false,
    });
  });

  it('has migrated the fresh database and written nothing to publish once booted', async () => {
    const dataSource = app.get<DataSource>(getDataSourceToken());
    const [counts] = await dataSource.query(
      `SELECT (SELECT count(*)::int FROM outbox) AS outbox, (SELECT count(*)::int FROM kpi_thresholds) AS thresholds,
              (SELECT count(*)::int FROM audit_log) AS audit`,
    );
    expect(counts).toEqual({ outbox: 0, thresholds: 0, audit: 0 });
  });
});

describe('npm run programme:recompute, stopped', () => {
  let live: TestDatabase;

  beforeAll(async () => {
    live = await createTestDatabase('programme_recompute_live');
  });

  afterAll(() => live?.drop());

  it('drops its fresh database on SIGTERM and exits 2', async () => {
    const child = spawn(process.execPath, tsScriptArgs('services/programme/src/recompute/recompute.ts'), {
      cwd: testEnv.repoRoot,
      env: {
        ...process.env,
        PROGRAMME_DATABASE_URL: live.url,
        KAFKA_GROUP_SUFFIX: `.test-recompute-${randomBytes(4).toString('hex')}`,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    try {
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const fresh = await waitFor(
        'the recompute to create its database',
        () => /into (aeo_programme_recompute_[0-9a-f]+)/.exec(stderr)?.[1],
        120_000,
      );
      const exists = async () => {
        const server = new Client({ connectionString: testEnv.databaseUrl });
        await server.connect();
        try {
          return (await server.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [fresh])).rowCount === 1;
        } finally {
          await server.end();
        }
      };
      expect(await exists()).toBe(true);
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const [code] = await exited;
      expect(code).toBe(2);
      expect(await exists()).toBe(false);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 180_000);
});
