import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { ChannelDecided, DeclarationLodged, TOPIC_NAMES, toKafkaRecord } from '@aeo/contracts';
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

/**
 * The service killed with SIGKILL while it decides a stream of declarations (pipelined consumer:
 * batches under way, offsets behind the committed work, the relay publishing), then started again
 * on the same database and consumer groups: every declaration gets exactly one decision, and every
 * ChannelDecided published for it carries that decision (a re-sent event repeats it, never a
 * second decision).
 */
describe('channel decisions across a kill -9 under load (real Kafka and PostgreSQL)', () => {
  let kafka: Kafka;
  let admin: Admin;
  let database: TestDatabase;
  let client: Client;
  let service: RunningProcess | undefined;
  const groupSuffix = `.${uniqueName('crash')}`;

  beforeAll(async () => {
    kafka = testKafka('risk-management-crash');
    admin = kafka.admin();
    await admin.connect();
    database = await createTestDatabase('risk_crash');
  });

  afterAll(async () => {
    await service?.stop();
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
    const published = await collectMessages(kafka, [ChannelDecided.topic], { from: 'now' });

    const model = new TrafficModel({ seed: 2212, traders: 200, days: 30, until: new Date() });
    const declarations = Array.from({ length: DECLARATIONS }, () => model.nextDeclaration());
    const producer = kafka.producer({ idempotent: true });
    await producer.connect();
    try {
      for (let start = 0; start < DECLARATIONS; start += 500)
        await producer.send({
          topic: TOPIC_NAMES.declarationEvents,
          acks: -1,
          messages: declarations.slice(start, start + 500).map((data) =>
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
    } finally {
      await producer.disconnect();
    }

    const start = () =>
      startServiceProcess('risk-management', { databaseUrl: database.url, groupSuffix, readyTimeoutMs: 120_000 });
    service = await start();
    client = new Client({ connectionString: database.url });
    await client.connect();
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
    await waitFor(
      `all ${DECLARATIONS} decisions and their events sent`,
      async () =>
        (await count('SELECT count(*)::int AS n FROM channel_decisions')) >= DECLARATIONS &&
        (await count('SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL')) === 0,
      240_000,
      200,
    );

    const ids = declarations.map((declaration) => declaration.declarationId);
    const decided = await client.query<{ declaration_id: string; decision_id: string }>(
      'SELECT declaration_id, decision_id::text FROM channel_decisions WHERE declaration_id = ANY($1)',
      [ids],
    );
    expect(decided.rows).toHaveLength(DECLARATIONS);
    expect(new Set(decided.rows.map((row) => row.declaration_id)).size).toBe(DECLARATIONS);
    expect(await count(`SELECT count(*)::int AS n FROM outbox WHERE type = '${ChannelDecided.type}'`)).toBe(
      DECLARATIONS,
    );
    const decisionOf = new Map(decided.rows.map((row) => [row.declaration_id, row.decision_id]));

    // Every event published for one of these declarations carries its one decision.
    const decisionsOf = new Map<string, Set<string>>();
    const wanted = new Set(ids);
    await waitFor(
      'every declaration’s ChannelDecided read back',
      () => {
        for (const { message, headers } of published.messages.splice(0)) {
          if (headers['ce_type'] !== ChannelDecided.type || !message.value) continue;
          const data = JSON.parse(message.value.toString()) as { declarationId: string; decisionId: string };
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
    await published.stop();
    for (const [declarationId, decisionIds] of decisionsOf)
      expect([...decisionIds]).toEqual([decisionOf.get(declarationId)]);
  });
});
