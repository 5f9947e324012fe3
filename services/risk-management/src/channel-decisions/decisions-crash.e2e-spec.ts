import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { ChannelDecided, DecisionPartitionTaken, DeclarationLodged, TOPIC_NAMES, toKafkaRecord } from '@aeo/contracts';
import {
  collectMessages,
  createTestDatabase,
  RunningProcess,
  startServiceProcess,
  testKafka,
  uniqueName,
  waitFor,
  type TestDatabase,
} from '@aeo/testing';
import { TrafficModel } from '@aeo/traffic';

jest.setTimeout(300_000);

type Kafka = ReturnType<typeof testKafka>;
type Admin = ReturnType<Kafka['admin']>;

const DECLARATIONS = 3000;
const DECLARATIONS_GROUP = 'risk-management.declarations';
const CHANGELOG_GROUP = 'risk-management.decision-changelog';

/**
 * The service killed with SIGKILL while it decides a stream of declarations, then started again on
 * the same database and consumer groups, on each path (`CHANNEL_DECISIONS_PATH`). `database`
 * (pipelined consumer: batches under way, offsets behind the committed work, the relay publishing):
 * every declaration gets exactly one decision, and every ChannelDecided published for it carries
 * that decision (a re-sent event repeats it, never a second decision). `transactional` (a Kafka
 * transaction open at the kill, the write-behind behind): every declaration gets exactly one
 * decision, published exactly once to `read_committed` readers, and stored once. On the
 * transactional path also a second instance joining under load instead of the kill (a rebalance:
 * partitions taken over, each marked and waited for on the changelog).
 */
describe.each([
  ['database', 'kill'],
  ['transactional', 'kill'],
  ['transactional', 'join'],
] as const)('channel decisions under load, %s path, an instance %s (real Kafka and PostgreSQL)', (path, scenario) => {
  let kafka: Kafka;
  let admin: Admin;
  let database: TestDatabase;
  let client: Client;
  let service: RunningProcess | undefined;
  let second: RunningProcess | undefined;
  const groupSuffix = `.${uniqueName('crash')}`;

  beforeAll(async () => {
    kafka = testKafka('risk-management-crash');
    admin = kafka.admin();
    await admin.connect();
    database = await createTestDatabase('risk_crash');
  });

  afterAll(async () => {
    await service?.stop();
    await second?.stop();
    await client?.end().catch(() => undefined);
    const { groups } = await admin.listGroups();
    const ours = groups.map((group) => group.groupId).filter((id) => id.endsWith(groupSuffix));
    if (ours.length) await admin.deleteGroups(ours).catch(() => undefined);
    await admin.disconnect();
    await database?.drop();
  });

  const count = async (sql: string): Promise<number> => (await client.query(sql)).rows[0].n as number;

  it('decides every declaration once and publishes only that decision for it', async () => {
    // The declarations group starts at the topic's end: the service decides these declarations only.
    const declarationEnds = await admin.fetchTopicOffsets(TOPIC_NAMES.declarationEvents);
    await admin.setOffsets({
      groupId: `${DECLARATIONS_GROUP}${groupSuffix}`,
      topic: TOPIC_NAMES.declarationEvents,
      partitions: declarationEnds.map((p) => ({ partition: p.partition, offset: p.high })),
    });
    // The write-behind too: the shared changelog holds other runs' decisions.
    if (path === 'transactional') {
      const changelogEnds = await admin.fetchTopicOffsets(TOPIC_NAMES.decisionChangelog);
      await admin.setOffsets({
        groupId: `${CHANGELOG_GROUP}${groupSuffix}`,
        topic: TOPIC_NAMES.decisionChangelog,
        partitions: changelogEnds.map((p) => ({ partition: p.partition, offset: p.high })),
      });
    }
    const published = await collectMessages(kafka, [ChannelDecided.topic], { from: 'now' });

    const model = new TrafficModel({ seed: 2212, traders: 200, days: 30, until: new Date() });
    const declarations = Array.from({ length: DECLARATIONS }, () => model.nextDeclaration());
    const producer = kafka.producer({ idempotent: true });
    await producer.connect();
    /** Sends the declarations from `from` to `to` in chunks, `pauseMs` apart. */
    const produce = async (chunk: number, pauseMs: number, from = 0, to = DECLARATIONS) => {
      for (let start = from; start < to; start += chunk) {
        if (start > from && pauseMs) await new Promise((resolve) => setTimeout(resolve, pauseMs));
        await producer.send({
          topic: TOPIC_NAMES.declarationEvents,
          acks: -1,
          messages: declarations.slice(start, Math.min(start + chunk, to)).map((data) =>
            toKafkaRecord(
              {
                id: randomUUID(),
                type: DeclarationLodged.type,
                source: '/test/decisions-crash',
                subject: data.declarationId,
                time: new Date().toISOString(),
                data,
              },
              data.traderTaxpayerId,
            ),
          ),
        });
      }
    };

    const start = (instance = 'a') =>
      startServiceProcess('risk-management', {
        databaseUrl: database.url,
        groupSuffix,
        readyTimeoutMs: 120_000,
        // The restart takes the killed instance's transactional id, as an instance restarted on its host does.
        env: {
          CHANNEL_DECISIONS_PATH: path,
          ...(path === 'transactional' && { CHANNEL_DECIDER_TRANSACTIONAL_ID: `risk-crash${groupSuffix}-${instance}` }),
        },
      });
    client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      if (scenario === 'kill') {
        await produce(500, 0);
        service = await start();
        // Killed once some decisions have committed and many are still to come.
        await waitFor(
          'the first decisions',
          async () => (await count('SELECT count(*)::int AS n FROM channel_decisions')) >= 300,
          120_000,
          20,
        );
        await service.stop('SIGKILL');
        const atKill = await count('SELECT count(*)::int AS n FROM channel_decisions');
        expect(atKill).toBeLessThan(DECLARATIONS);
        service = await start();
      } else {
        // A stream: half of it before the second instance is up, half after; both take partitions over.
        const marks = await collectMessages(kafka, [TOPIC_NAMES.decisionChangelog], { from: 'now' });
        service = await start();
        const joining = start('b');
        await produce(150, 500, 0, DECLARATIONS / 2);
        second = await joining;
        await produce(150, 500, DECLARATIONS / 2, DECLARATIONS);
        await waitFor(
          'both instances to have taken partitions over',
          () => {
            const deciders = new Set(
              marks.messages
                .filter((m) => m.headers['ce_type'] === DecisionPartitionTaken.type)
                .map((m) => (JSON.parse(m.message.value!.toString()) as { decider: string }).decider),
            );
            return deciders.has(`risk-crash${groupSuffix}-a`) && deciders.has(`risk-crash${groupSuffix}-b`);
          },
          60_000,
          200,
        );
        await marks.stop();
      }
    } finally {
      await producer.disconnect();
    }
    await waitFor(
      `all ${DECLARATIONS} decisions and their events sent`,
      async () =>
        (await count('SELECT count(*)::int AS n FROM channel_decisions')) >= DECLARATIONS &&
        (await count('SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL')) === 0,
      240_000,
      200,
    );
    // Nothing more is stored after (a record stored twice would fail the unique declaration id, and stall).
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(await count('SELECT count(*)::int AS n FROM channel_decisions')).toBe(DECLARATIONS);

    const ids = declarations.map((declaration) => declaration.declarationId);
    const decided = await client.query<{ declaration_id: string; decision_id: string }>(
      'SELECT declaration_id, decision_id::text FROM channel_decisions WHERE declaration_id = ANY($1)',
      [ids],
    );
    expect(decided.rows).toHaveLength(DECLARATIONS);
    expect(new Set(decided.rows.map((row) => row.declaration_id)).size).toBe(DECLARATIONS);
    // The database path publishes through its outbox; the transactional one in its Kafka transactions.
    expect(await count(`SELECT count(*)::int AS n FROM outbox WHERE type = '${ChannelDecided.type}'`)).toBe(
      path === 'database' ? DECLARATIONS : 0,
    );
    const decisionOf = new Map(decided.rows.map((row) => [row.declaration_id, row.decision_id]));

    // Every event published for one of these declarations carries its one decision.
    const decisionsOf = new Map<string, Set<string>>();
    const copies = new Map<string, number>();
    const wanted = new Set(ids);
    await waitFor(
      'every declaration’s ChannelDecided read back',
      () => {
        for (const { message, headers } of published.messages.splice(0)) {
          if (headers['ce_type'] !== ChannelDecided.type || !message.value) continue;
          const data = JSON.parse(message.value.toString()) as { declarationId: string; decisionId: string };
          if (wanted.has(data.declarationId)) copies.set(data.declarationId, (copies.get(data.declarationId) ?? 0) + 1);
          if (wanted.has(data.declarationId))
            decisionsOf.set(
              data.declarationId,
              (decisionsOf.get(data.declarationId) ?? new Set()).add(data.decisionId),
            );
        }
        return decisionsOf.size >= DECLARATIONS;
      },
      120_000,
      100,
    );
    // Copies published meanwhile are read too.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    for (const { message, headers } of published.messages.splice(0)) {
      if (headers['ce_type'] !== ChannelDecided.type || !message.value) continue;
      const data = JSON.parse(message.value.toString()) as { declarationId: string; decisionId: string };
      if (!wanted.has(data.declarationId)) continue;
      copies.set(data.declarationId, (copies.get(data.declarationId) ?? 0) + 1);
      decisionsOf.get(data.declarationId)!.add(data.decisionId);
    }
    await published.stop();
    for (const [declarationId, decisionIds] of decisionsOf)
      expect([...decisionIds]).toEqual([decisionOf.get(declarationId)]);
    // Exactly once to read_committed readers (kafkajs' default) on the transactional path; the
    // relay of the database path may send an event again after the kill (at least once).
    if (path === 'transactional') expect([...copies.values()].filter((n) => n !== 1)).toEqual([]);
  });
});
