import { randomBytes, randomUUID } from 'node:crypto';
import { ChannelDecided, DecisionsRecorded, dlqTopicOf, type EventData, TOPIC_NAMES } from '@aeo/contracts';
import { collectMessages, testKafka, waitFor } from '@aeo/testing';
import { topicPartitionCounts } from '@aeo/messaging';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import {
  consumedDeclaration,
  declarationRecords,
  lodgedDeclaration,
  storedDecisionCount,
  type LodgedDeclaration,
} from '../../testing/declarations';
import { startRiskManagement } from '../../testing/start-risk-management';
import { ChannelDecisionsService } from '../channel-decisions.service';
import { TransactionalDeciderHost } from './transactional-decider.host';

jest.setTimeout(180_000);

const run = randomBytes(3).toString('hex').toUpperCase();
/** Five digits of this run: the traders' ids are of the programme's format (seven digits). */
const base = String(10_000 + (randomBytes(2).readUInt16BE(0) % 90_000));
const SET_DIGIT = { K: '1', P: '2' } as const;
const DAY = 24 * 60 * 60 * 1000;
/** Both sets are lodged at the same times. */
const T0 = Date.now() - 60_000;
const DECLARATIONS = 240;
/** Two sets of the same traders under other ids: one decided by the transactional path, one by the database path. */
const tradersOf = (set: 'K' | 'P') => Array.from({ length: 6 }, (_, i) => `${base}${SET_DIGIT[set]}${i}`);
const kafkaTraders = tradersOf('K');
const databaseTraders = tradersOf('P');

function declarationOf(set: 'K' | 'P', index: number): LodgedDeclaration {
  const traders = set === 'K' ? kafkaTraders : databaseTraders;
  return lodgedDeclaration(traders[index % traders.length], `D${run}${set}-${index}`, {
    // Spread over more than a year, so the 30/90/365-day windows differ.
    lodgedAt: new Date(T0 - ((index * 7) % 400) * DAY).toISOString(),
    customsValue: 50_000 + ((index * 7919) % 900_000),
    duties: 1_000 + index,
    goodsLines: 1 + (index % 5),
    commodityChapters: [index % 11 === 0 ? '93' : '84'],
  });
}

/**
 * The transactional channel decider (`CHANNEL_DECISIONS_PATH=transactional`) on real Kafka and
 * PostgreSQL: declarations in, each decided once (read `read_committed`), the changelog stored by
 * the write-behind, and the database left exactly as the database path leaves it for the same
 * declarations (decisions, scores, score history, daily buckets, profile counters).
 */
describe('channel decisions on the transactional path (real Kafka, PostgreSQL)', () => {
  let service: ServiceUnderTest;
  const kafka = testKafka('risk-transactional-decisions');
  const producer = kafka.producer({ idempotent: true });

  beforeAll(async () => {
    service = await startRiskManagement([], {
      ownTopics: true,
      env: {
        CHANNEL_DECISIONS_PATH: 'transactional',
        // No random draw: the two sets' declaration ids differ, and so would their draws.
        CHANNEL_RULES_JSON: JSON.stringify({ randomRedRate: 0, randomYellowRate: 0 }),
        AEO_REGISTER_WAIT_MS: '0',
      },
    });
    await producer.connect();
    // Trader 0 of each set is an AEOF holder, trader 1 has a serious infringement: both change the score.
    for (const traders of [kafkaTraders, databaseTraders]) {
      await service.dataSource.query(
        `INSERT INTO aeo_status (taxpayer_id, operator_id, authorisation_number, status_type, status, effective_from, consent_to_mra_sharing, last_event_at)
         VALUES ($1, $2, $3, 'AEOF', 'granted', now() - interval '800 days', true, now())`,
        [traders[0], randomUUID(), `MN-AEOF-${traders[0]}`],
      );
      await service.dataSource.query(
        `INSERT INTO aeo_status_history (taxpayer_id, operator_id, authorisation_number, status_type, status, effective_from, status_effective_from, consent_to_mra_sharing)
         SELECT taxpayer_id, operator_id, authorisation_number, status_type, status, effective_from, effective_from, consent_to_mra_sharing
         FROM aeo_status WHERE taxpayer_id = $1 AND NOT EXISTS (SELECT 1 FROM aeo_status_history WHERE taxpayer_id = $1)`,
        [traders[0]],
      );
      await service.dataSource.query(
        `INSERT INTO compliance_history (compliance_event_id, taxpayer_id, kind, severity, occurred_at, recorded_by, description)
         VALUES ($1, $2, 'infringement', 'serious', now() - interval '20 days', 'test', 'undervaluation')`,
        [randomUUID(), traders[1]],
      );
    }
  });

  afterAll(async () => {
    await producer.disconnect().catch(() => undefined);
    await service?.close();
  });

  const rowsOf = async (traders: readonly string[], set: 'K' | 'P') => {
    const rename = (text: string) =>
      text.replaceAll(`${run}${set}`, `${run}X`).replaceAll(`${base}${SET_DIGIT[set]}`, `${base}X`);
    const decided: Record<string, unknown>[] = await service.dataSource.query(
      `SELECT declaration_id, trader_taxpayer_id, channel, risk_score::float AS risk_score, fired_rules, benefits_applied,
              priority, prior_notice, model_version, aeo_status_type, region, customs_office, lodged_at
         FROM channel_decisions WHERE trader_taxpayer_id = ANY($1) ORDER BY declaration_id`,
      [traders],
    );
    const history: Record<string, unknown>[] = await service.dataSource.query(
      `SELECT taxpayer_id, score::float AS score, previous_score::float AS previous_score, factors, trigger
         FROM risk_score_history WHERE taxpayer_id = ANY($1) ORDER BY taxpayer_id, id`,
      [traders],
    );
    const profiles: Record<string, unknown>[] = await service.dataSource.query(
      `SELECT taxpayer_id, declarations_total::int AS total, risk_score::float AS risk_score, risk_factors,
              first_declaration_at, last_declaration_at, aeo_status, status_type
         FROM operator_risk_profiles WHERE taxpayer_id = ANY($1) ORDER BY taxpayer_id`,
      [traders],
    );
    const daily: Record<string, unknown>[] = await service.dataSource.query(
      `SELECT taxpayer_id, day::text AS day, declarations, customs_value::text AS customs_value, duties::text AS duties
         FROM declaration_daily WHERE taxpayer_id = ANY($1) ORDER BY 1, 2`,
      [traders],
    );
    return JSON.parse(rename(JSON.stringify({ decided, history, profiles, daily }))) as unknown;
  };

  it('decides every declaration once, stores it behind, and leaves the database as the database path does', async () => {
    const decisions = await collectMessages(kafka, [service.topic(TOPIC_NAMES.riskEvents)]);
    const changelog = await collectMessages(kafka, [service.topic(TOPIC_NAMES.decisionChangelog)]);
    const deadLetters = await collectMessages(kafka, [dlqTopicOf(service.topic(TOPIC_NAMES.declarationEvents))]);
    try {
      const sent = Array.from({ length: DECLARATIONS }, (_, index) => declarationOf('K', index));
      const topic = service.topic(TOPIC_NAMES.declarationEvents);
      /** Declarations (or records breaking their contract) in one send. */
      const sendDeclarations = (declarations: Array<{ data: Record<string, unknown>; id?: string }>) =>
        producer.send({ topic, acks: -1, messages: declarationRecords(declarations) });
      for (let from = 0; from < sent.length; from += 60)
        await sendDeclarations(sent.slice(from, from + 60).map((data) => ({ data })));
      // The same declaration under a new event id (decided once), and one breaking its contract (dead-lettered).
      const badId = randomUUID();
      await sendDeclarations([
        { data: sent[5] },
        {
          data: { ...sent[6], traderTaxpayerId: kafkaTraders[0], declarationId: `D${run}K-bad`, customsValue: -1 },
          id: badId,
        },
      ]);

      const count = () => storedDecisionCount(service.dataSource, kafkaTraders);
      await waitFor(
        `${DECLARATIONS} decisions stored behind`,
        async () => (await count()) === DECLARATIONS,
        90_000,
        200,
      );

      // Published read_committed (kafkajs' default): one ChannelDecided per declaration.
      const published = await decisions.waitForCount(DECLARATIONS, 30_000);
      const ids = published.map(
        (m) => (JSON.parse(m.message.value!.toString()) as EventData<typeof ChannelDecided>).declarationId,
      );
      expect(new Set(ids).size).toBe(DECLARATIONS);
      expect(published.every((m) => m.headers['ce_type'] === ChannelDecided.type)).toBe(true);
      const letters = await deadLetters.waitForCount(1, 30_000);
      expect(letters[0].headers['ce_id']).toBe(badId);
      expect(letters[0].headers['dlq_reason']).toContain('customsValue');
      // Each changelog record on the partition of the declarations it came from.
      const records = await changelog.waitForCount(1, 30_000);
      for (const record of records.filter((m) => m.headers['ce_type'] === DecisionsRecorded.type))
        expect((JSON.parse(record.message.value!.toString()) as { inputPartition: number }).inputPartition).toBe(
          record.partition,
        );
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(await count()).toBe(DECLARATIONS);
      expect(decisions.messages.length).toBe(DECLARATIONS);

      // Once stored, the decisions kept in memory are forgotten (the next transaction prunes them),
      // and a declaration sent again later is found decided in the database: not decided twice.
      const decider = service.app.get(TransactionalDeciderHost).current!;
      expect(decider.keptInMemory).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const late = declarationOf('K', DECLARATIONS);
      await sendDeclarations([{ data: sent[0] }, { data: late }]);
      await waitFor('the late declaration stored', async () => (await count()) === DECLARATIONS + 1, 30_000, 100);
      await decisions.waitForCount(DECLARATIONS + 1, 30_000);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(decisions.messages.length).toBe(DECLARATIONS + 1);
      expect(decider.keptInMemory).toBeLessThanOrEqual(1);

      // The metrics an operator watches: the write-behind caught up on every changelog partition
      // (the lag also passes the transactions' commit markers), the decider running, owning them.
      const metric = (text: string, name: string) =>
        [...text.matchAll(new RegExp(`^${name}(?:\\{partition="(\\d+)"\\})? (\\S+)$`, 'gm'))].map((match) => ({
          partition: match[1],
          value: Number(match[2]),
        }));
      const changelogTopic = service.topic(TOPIC_NAMES.decisionChangelog);
      const changelogPartitions = (await topicPartitionCounts(kafka, [changelogTopic])).get(changelogTopic);
      let scraped = '';
      await waitFor(
        'every changelog partition at 0 unstored offsets',
        async () => {
          scraped = (await service.http.get('/metrics').expect(200)).text;
          const lag = metric(scraped, 'aeo_decision_changelog_unstored_offsets');
          return lag.length === changelogPartitions && lag.every((partition) => partition.value === 0);
        },
        30_000,
        250,
      );
      expect(metric(scraped, 'aeo_channel_decider_running')).toEqual([{ partition: undefined, value: 1 }]);
      expect(metric(scraped, 'aeo_channel_decider_restarts_total')).toEqual([{ partition: undefined, value: 0 }]);
      expect(metric(scraped, 'aeo_channel_decider_partitions_owned')[0]!.value).toBeGreaterThan(0);

      // The database path, on the other set of traders, in one batch in the same order.
      const channelDecisions = service.app.get(ChannelDecisionsService);
      await service.dataSource.transaction((manager) =>
        channelDecisions.decideBatch(
          manager,
          Array.from({ length: DECLARATIONS }, (_, index) =>
            consumedDeclaration(declarationOf('P', index), '/aeo/test/declarations', index),
          ),
        ),
      );
      await service.dataSource.transaction((manager) =>
        channelDecisions.decideBatch(manager, [
          consumedDeclaration(declarationOf('P', DECLARATIONS), '/aeo/test/declarations', DECLARATIONS),
        ]),
      );
      const [kafkaRows, databaseRows] = [await rowsOf(kafkaTraders, 'K'), await rowsOf(databaseTraders, 'P')];
      expect(kafkaRows).toEqual(databaseRows);
      expect((kafkaRows as { history: unknown[] }).history.length).toBeGreaterThan(6);
    } finally {
      await Promise.all([decisions.stop(), changelog.stop(), deadLetters.stop()]);
    }
  });
});
