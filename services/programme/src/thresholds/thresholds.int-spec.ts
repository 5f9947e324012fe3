import 'reflect-metadata';
import { BadRequestException, ConflictException, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type AuthenticatedUser, ROLES } from '@aeo/auth';
import { loadConfig } from '@aeo/config';
import { OutboxWriter } from '@aeo/messaging';
import { dataSourceOptionsFor } from '@aeo/persistence';
import { createTestDatabase, type TestDatabase } from '@aeo/testing';
import { SERVICE_NAME, programmeEnvSchema } from '../config';
import { KPI_DEFINITIONS, type KpiDefinition } from '../kpis/kpi-definitions';
import { PROGRAMME_MIGRATIONS } from '../migrations';
import { ThresholdsService } from './thresholds.service';

const POLICY_UNIT: AuthenticatedUser = { sub: 'policy.unit.oyun', roles: [ROLES.policyUnit] };
const kpiIn = (unit: KpiDefinition['unit']) => KPI_DEFINITIONS.find((kpi) => kpi.unit === unit)!;

describe('ThresholdsService (on its own database)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let thresholds: ThresholdsService;

  beforeAll(async () => {
    database = await createTestDatabase('programme_thresholds');
    dataSource = new DataSource(
      dataSourceOptionsFor({
        service: SERVICE_NAME,
        url: database.url,
        entities: [],
        migrations: PROGRAMME_MIGRATIONS,
      }),
    );
    await dataSource.initialize();
    thresholds = new ThresholdsService(dataSource, new OutboxWriter('/aeo/programme'), loadConfig(programmeEnvSchema));
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const count = async (sql: string, parameters: unknown[] = []) =>
    Number((await dataSource.query(sql, parameters))[0].count);

  it('seeds version 1 of every KPI with a target, audited as the system’s, and publishes none of them', async () => {
    const seeded = await thresholds.seedDefaults();
    expect(seeded).toBe(KPI_DEFINITIONS.filter((kpi) => kpi.target !== null).length);
    expect(seeded).toBeGreaterThan(0);
    expect(await count(`SELECT count(*) FROM kpi_thresholds`)).toBe(seeded);
    expect(
      await count(
        `SELECT count(*) FROM audit_log WHERE action = 'programme-threshold.changed' AND actor_sub = 'system'`,
      ),
    ).toBe(seeded);
    expect(await count(`SELECT count(*) FROM outbox`)).toBe(0);
    expect(await thresholds.seedDefaults()).toBe(0);
  });

  it.each([
    ['share', 95],
    ['share', -0.1],
    ['days', -1],
    ['count', -3],
    ['count', 0.5],
    ['count', 1e308],
    ['days', 1e308],
  ] as const)('refuses a limit outside what a %s KPI can be (%d): 400 naming limit', async (unit, limit) => {
    const kpi = kpiIn(unit);
    const refused = thresholds.put(POLICY_UNIT, kpi.id, { limit, periodsToVerify: 2, period: 'month', reason: 'test' });
    await expect(refused).rejects.toBeInstanceOf(BadRequestException);
    await expect(refused).rejects.toMatchObject({ response: { issues: [expect.stringMatching(/^limit: /)] } });
    expect(
      await count(`SELECT count(*) FROM kpi_thresholds WHERE kpi_id = $1 AND changed_by <> 'system'`, [kpi.id]),
    ).toBe(0);
  });

  it('takes a limit within the unit as a new version, published', async () => {
    const kpi = kpiIn('share');
    const outboxBefore = await count(`SELECT count(*) FROM outbox`);
    const changed = await thresholds.put(POLICY_UNIT, kpi.id, {
      limit: 0.9,
      periodsToVerify: 2,
      period: 'month',
      reason: 'The decree of 2026',
    });
    expect(changed).toMatchObject({ kpiId: kpi.id, limit: 0.9, changedBy: 'policy.unit.oyun' });
    expect(await count(`SELECT count(*) FROM outbox`)).toBe(outboxBefore + 1);
  });

  it('answers concurrent changes each with the version it created (and the history up to it)', async () => {
    const kpi = kpiIn('days');
    const limits = [11, 12, 13, 14, 15, 16];
    const answers = await Promise.all(
      limits.map((limit) =>
        thresholds.put(POLICY_UNIT, kpi.id, { limit, periodsToVerify: 2, period: 'month', reason: `limit ${limit}` }),
      ),
    );
    for (const [i, answer] of answers.entries()) {
      expect(answer).toMatchObject({ kpiId: kpi.id, limit: limits[i], reason: `limit ${limits[i]}` });
      expect(answer.history[0]).toMatchObject({ version: answer.version, limit: limits[i] });
    }
    const versions = answers.map((answer) => answer.version).sort((a, b) => a - b);
    expect(new Set(versions).size).toBe(limits.length);
    expect(versions.at(-1)! - versions[0]!).toBe(limits.length - 1);
  });

  it('withdraws a threshold as a new version (the figures kept, audited, published), once; a new version sets one again', async () => {
    const kpi = kpiIn('days');
    const before = await thresholds.get(kpi.id);
    const outboxBefore = await count(`SELECT count(*) FROM outbox`);
    const withdrawn = await thresholds.withdraw(POLICY_UNIT, kpi.id, { reason: 'Set on the wrong KPI' });
    expect(withdrawn).toMatchObject({
      version: before.version + 1,
      withdrawn: true,
      limit: before.limit,
      period: before.period,
      changedBy: 'policy.unit.oyun',
      reason: 'Set on the wrong KPI',
    });
    expect(withdrawn.history.map((v) => [v.version, v.withdrawn])).toEqual([
      [before.version + 1, true],
      ...before.history.map((v) => [v.version, false]),
    ]);
    // Not in force any more, but still the evaluator's latest version of the KPI.
    expect((await thresholds.list()).map((t) => t.kpiId)).not.toContain(kpi.id);
    expect((await thresholds.latest()).find((t) => t.kpiId === kpi.id)).toMatchObject({ withdrawn: true });
    const [event] = await dataSource.query(`SELECT type AS event_type, payload FROM outbox ORDER BY seq DESC LIMIT 1`);
    expect(event).toMatchObject({
      event_type: 'aeo.programme-threshold.withdrawn.v1',
      payload: {
        kpiId: kpi.id,
        version: before.version + 1,
        withdrawnVersion: before.version,
        reason: 'Set on the wrong KPI',
      },
    });
    expect(await count(`SELECT count(*) FROM outbox`)).toBe(outboxBefore + 1);
    expect(
      await count(
        `SELECT count(*) FROM audit_log WHERE action = 'programme-threshold.withdrawn' AND entity_id = $1 AND actor_sub = 'policy.unit.oyun'`,
        [kpi.id],
      ),
    ).toBe(1);

    await expect(thresholds.withdraw(POLICY_UNIT, kpi.id, { reason: 'again' })).rejects.toBeInstanceOf(
      ConflictException,
    );
    // The seed never puts a withdrawn threshold back.
    expect(await thresholds.seedDefaults()).toBe(0);
    const again = await thresholds.put(POLICY_UNIT, kpi.id, {
      limit: 30,
      periodsToVerify: 2,
      period: 'month',
      reason: 'right KPI',
    });
    expect(again).toMatchObject({ version: before.version + 2, withdrawn: false, limit: 30 });
    expect((await thresholds.list()).map((t) => t.kpiId)).toContain(kpi.id);
  });

  it('answers 404 for a KPI without a threshold or unknown, and nothing is recorded', async () => {
    const withoutTarget = KPI_DEFINITIONS.find((kpi) => kpi.target === null)!;
    await expect(thresholds.withdraw(POLICY_UNIT, withoutTarget.id, { reason: 'x' })).rejects.toBeInstanceOf(
      NotFoundException,
    );
    await expect(thresholds.withdraw(POLICY_UNIT, 'no-such-kpi', { reason: 'x' })).rejects.toBeInstanceOf(
      NotFoundException,
    );
    expect(await count(`SELECT count(*) FROM kpi_thresholds WHERE kpi_id = $1`, [withoutTarget.id])).toBe(0);
  });
});
