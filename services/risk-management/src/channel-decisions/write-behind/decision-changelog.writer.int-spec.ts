import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { DecisionPartitionTaken, DecisionsRecorded, type EventData } from '@aeo/contracts';
import { openDataSource } from '@aeo/persistence';
import { createTestDatabase, type TestDatabase } from '@aeo/testing';
import type { RiskManagementConfig } from '../../config';
import { RISK_MANAGEMENT_MIGRATIONS } from '../../migrations';
import { RiskProfileUpdater } from '../../risk-profiles/risk-profile-updater';
import { DEFAULT_RISK_MODEL } from '../../scoring/risk-model';
import { findChangelogPosition } from './decision-changelog.repository';
import { type ChangelogEvent, storeChangelog } from './decision-changelog.writer';

jest.setTimeout(60_000);

const TOPIC = 'aeo.risk.decision-changelog.v1';
const DECIDED_AT = '2026-12-04T10:00:00.000Z';

let sequence = 0;
function recorded(
  partition: number,
  offset: number,
  trader: string,
  score: number,
  transaction = { sequence: offset, last: true },
): ChangelogEvent {
  sequence += 1;
  const data: EventData<typeof DecisionsRecorded> = {
    inputPartition: partition,
    sequence: transaction.sequence,
    lastOfTransaction: transaction.last,
    decidedAt: new Date(Date.parse(DECIDED_AT) + offset).toISOString(),
    decisions: [
      {
        decisionId: randomUUID(),
        declarationId: `DCL-${sequence}-${randomUUID()}`,
        traderTaxpayerId: trader,
        aeoStatusType: null,
        channel: 'green',
        riskScore: score,
        firedRules: [],
        benefitsApplied: [],
        randomSelection: { draw: 0.5, rate: 0.01, selected: false },
        priority: false,
        priorNotice: false,
        modelVersion: 'risk-model.v1+channel-rules.v1',
        decidedAt: DECIDED_AT,
        sourceEventId: randomUUID(),
        region: 'ULAANBAATAR',
        customsOffice: 'UB-01',
        lodgedAt: '2026-12-03T08:00:00.000Z',
        customsValue: 1000,
        duties: 100,
      },
    ],
    profiles: [{ taxpayerId: trader, aeo: null, score, factors: [], modelVersion: 'risk-model.v1' }],
    history: [
      { taxpayerId: trader, score, previous: null, factors: [], modelVersion: 'risk-model.v1', sourceEventId: 'e' },
    ],
  };
  return envelope(DecisionsRecorded.type, partition, offset, data);
}

function taken(partition: number, offset: number): ChangelogEvent {
  return envelope(DecisionPartitionTaken.type, partition, offset, {
    inputPartition: partition,
    takenAt: DECIDED_AT,
    decider: 'test',
  });
}

function envelope(type: string, partition: number, offset: number, data: unknown): ChangelogEvent {
  return {
    id: randomUUID(),
    type,
    source: '/test',
    subject: `partition-${partition}`,
    time: DECIDED_AT,
    topic: TOPIC,
    partition,
    offset: String(offset),
    data,
  } as ChangelogEvent;
}

/**
 * The write-behind's store (real PostgreSQL, the service's migrations): each changelog record
 * stored once, whatever is delivered again, and a score stored since a decision kept.
 */
describe('decision changelog write-behind: each record once', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('changelog_writer');
    dataSource = await openDataSource({
      service: 'risk-management',
      url: database.url,
      entities: [],
      migrations: RISK_MANAGEMENT_MIGRATIONS,
      poolSize: 2,
    });
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const decisions = async () =>
    Number((await dataSource.query(`SELECT count(*)::int AS n FROM channel_decisions`))[0].n);
  const total = async (trader: string) =>
    Number(
      (
        await dataSource.query(
          `SELECT declarations_total::int AS n FROM operator_risk_profiles WHERE taxpayer_id = $1`,
          [trader],
        )
      )[0]?.n ?? 0,
    );

  it('skips what is below the stored position (a redelivery, one overlapping it), across partitions and types', async () => {
    const first = [
      recorded(0, 10, '1000001', 30),
      taken(0, 11),
      recorded(1, 4, '1000002', 40),
      recorded(0, 12, '1000001', 31),
    ];
    expect(await dataSource.transaction((manager) => storeChangelog(manager, first))).toEqual({
      stored: 3,
      duplicates: 0,
    });
    expect(await findChangelogPosition(dataSource, TOPIC, 0)).toMatchObject({ nextOffset: 13n });
    expect(await findChangelogPosition(dataSource, TOPIC, 1)).toMatchObject({ nextOffset: 5n });

    // The same records again (a redelivery after a crash before the offsets' commit): nothing stored.
    expect(await dataSource.transaction((manager) => storeChangelog(manager, first))).toEqual({
      stored: 0,
      duplicates: 0,
    });
    expect(await decisions()).toBe(3);
    expect(await total('1000001')).toBe(2);

    // A batch overlapping what is stored, out of order: only the new record.
    const overlapping = [recorded(0, 14, '1000001', 32), recorded(0, 12, '1000001', 31), taken(0, 13)];
    expect(await dataSource.transaction((manager) => storeChangelog(manager, overlapping))).toEqual({
      stored: 1,
      duplicates: 0,
    });
    expect(await decisions()).toBe(4);
    expect(await total('1000001')).toBe(3);
    const position = await findChangelogPosition(dataSource, TOPIC, 0);
    expect(position).toMatchObject({ nextOffset: 15n });
    expect(position!.sequenceUpTo).toBe(14);
  });

  it('counts a decider transaction stored only with its last record (its decisions kept in memory until then)', async () => {
    const chunk = (offset: number, last: boolean) => recorded(3, offset, '1000005', 10 + offset, { sequence: 7, last });
    await dataSource.transaction((manager) => storeChangelog(manager, [chunk(0, false), chunk(1, false)]));
    expect(await findChangelogPosition(dataSource, TOPIC, 3)).toEqual({ nextOffset: 2n, sequenceUpTo: null });
    await dataSource.transaction((manager) => storeChangelog(manager, [chunk(2, true)]));
    expect(await findChangelogPosition(dataSource, TOPIC, 3)).toEqual({ nextOffset: 3n, sequenceUpTo: 7 });
  });

  it('leaves out a decision for a declaration decided already (sent again for another trader), and its count', async () => {
    const original = recorded(5, 0, '1000006', 20);
    await dataSource.transaction((manager) => storeChangelog(manager, [original]));
    const again = recorded(6, 0, '1000007', 20);
    const data = again.data as EventData<typeof DecisionsRecorded>;
    data.decisions[0].declarationId = (original.data as EventData<typeof DecisionsRecorded>).decisions[0].declarationId;
    const before = await decisions();
    expect(await dataSource.transaction((manager) => storeChangelog(manager, [again]))).toEqual({
      stored: 0,
      duplicates: 1,
    });
    expect(await decisions()).toBe(before);
    expect(await total('1000007')).toBe(0);
    expect(await findChangelogPosition(dataSource, TOPIC, 6)).toMatchObject({ nextOffset: 1n });
  });

  it('keeps a score stored after the decision (a rescore), and stores an older one over an older score', async () => {
    await dataSource.query(
      `INSERT INTO operator_risk_profiles (taxpayer_id, declarations_total, risk_score, scored_at, updated_at)
       VALUES ('1000003', 0, 77, $1, now()), ('1000004', 0, 5, $2, now())`,
      ['2026-12-04T11:00:00Z', '2026-12-04T09:00:00Z'],
    );
    await dataSource.transaction((manager) =>
      storeChangelog(manager, [recorded(2, 0, '1000003', 20), recorded(2, 1, '1000004', 21)]),
    );
    const scores: { taxpayer_id: string; risk_score: number; declarations_total: number }[] = await dataSource.query(
      `SELECT taxpayer_id, risk_score::float AS risk_score, declarations_total::int AS declarations_total
         FROM operator_risk_profiles WHERE taxpayer_id IN ('1000003', '1000004') ORDER BY 1`,
    );
    expect(scores).toEqual([
      { taxpayer_id: '1000003', risk_score: 77, declarations_total: 1 },
      { taxpayer_id: '1000004', risk_score: 21, declarations_total: 1 },
    ]);
  });

  it('rescores from what is stored a trader rescored between a decision and its storing', async () => {
    // A compliance rescore at 11:00 (score 77, without the decision of 10:00 not stored yet).
    await dataSource.query(
      `INSERT INTO operator_risk_profiles (taxpayer_id, declarations_total, risk_score, scored_at, updated_at)
       VALUES ('1000008', 0, 77, $1, now())`,
      ['2026-12-04T11:00:00Z'],
    );
    const updater = new RiskProfileUpdater({ RISK_MODEL_JSON: DEFAULT_RISK_MODEL } as RiskManagementConfig);
    const record = recorded(7, 0, '1000008', 20);
    await dataSource.transaction((manager) =>
      storeChangelog(manager, [record], (runner, taxpayerId, sourceEventId) =>
        updater.rescore(runner, taxpayerId, 'declaration-stored', sourceEventId),
      ),
    );
    const [profile] = await dataSource.query(
      `SELECT risk_score::float AS risk_score, declarations_total::int AS total FROM operator_risk_profiles WHERE taxpayer_id = '1000008'`,
    );
    const history: { score: number; trigger: string; source_event_id: string }[] = await dataSource.query(
      `SELECT score::float AS score, trigger, source_event_id FROM risk_score_history WHERE taxpayer_id = '1000008' ORDER BY id`,
    );
    // Scored again with the stored declaration counted (neither the rescore's 77 nor the decision's 20).
    expect(profile.total).toBe(1);
    expect(history.at(-1)).toMatchObject({ trigger: 'declaration-stored', source_event_id: record.id });
    expect(profile.risk_score).toBe(history.at(-1)!.score);
    expect([77, 20]).not.toContain(profile.risk_score);
  });

  it('stores a record replayed onto another partition, without counting its sequence there', async () => {
    const replayed = recorded(8, 0, '1000009', 20, { sequence: 99, last: true });
    (replayed.data as EventData<typeof DecisionsRecorded>).inputPartition = 3;
    expect(await dataSource.transaction((manager) => storeChangelog(manager, [replayed]))).toEqual({
      stored: 1,
      duplicates: 0,
    });
    expect(await findChangelogPosition(dataSource, TOPIC, 8)).toEqual({ nextOffset: 1n, sequenceUpTo: null });
  });
});
