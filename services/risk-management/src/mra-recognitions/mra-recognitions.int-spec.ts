import { randomInt, randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import {
  type EventDefinition,
  type EventData,
  type MraTerms,
  DeclarationLodged,
  dlqTopicOf,
  MraArrangementPhaseChanged,
  MraForeignAeosChanged,
  MraForeignIdResolved,
  normaliseForeignAeoId,
  toKafkaRecord,
} from '@aeo/contracts';
import type { PreparedQuery } from '@pgtyped/runtime';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { collectMessages, testKafka, waitFor } from '@aeo/testing';
import { lodgedDeclaration } from '../testing/declarations';
import { startRiskManagement } from '../testing/start-risk-management';
import { findForeignAeos } from './mra-recognitions.queries';

jest.setTimeout(120_000);

const TERMS: MraTerms = {
  statusTypes: ['AEOS'],
  directions: ['import'],
  benefitsWeGrant: ['reduced-physical-controls', 'risk-score-recognition'],
  benefitsPartnerGrants: ['reduced-physical-controls'],
};

describe('risk engine: benefits for foreign AEOs recognised under an MRA (real PostgreSQL, Kafka)', () => {
  let service: ServiceUnderTest;
  let producer: Producer;

  // Identifiers of this run only (the service reads topics of the file's own: `service.topic`).
  const digits = `66${String(randomInt(10_000_000)).padStart(7, '0')}`;
  const recognised = `CN${digits}1`;
  const suspended = `CN${digits}2`;
  const aliased = `CN${digits}9`;
  // Old data: a suspended entry as written, and an active one with the same normalised form.
  const suspendedOrActive = `CN${digits}3`;
  const aeoc = `CN${digits}4`;
  const arrangement = { id: randomUUID(), title: `China–Mongolia AEO MRA ${digits}` };
  // A taxpayer id of the programme's format (TAXPAYER_ID_PATTERN, 7 digits): the consumer dead-letters others.
  const trader = digits.slice(-7);

  async function publish<E extends EventDefinition>(definition: E, key: string, data: EventData<E>, id = randomUUID()) {
    const event = {
      id,
      type: definition.type,
      source: '/aeo/test',
      subject: key,
      time: new Date().toISOString(),
      data,
    };
    await producer.send({ topic: service.topic(definition.topic), acks: -1, messages: [toKafkaRecord(event, key)] });
  }

  const listChange = (
    aeoId: string,
    status: 'active' | 'suspended',
    change: 'new' | 'suspended' = 'new',
    more: { normalisedId?: string; statusType?: 'AEOC' | 'AEOS' } = {},
  ) => ({
    aeoId,
    normalisedId: aeoId,
    change,
    name: `Foreign trader ${aeoId}`,
    statusType: 'AEOS' as const,
    status,
    validFrom: '2025-01-01',
    validUntil: null,
    ...more,
  });

  const decisionOf = (declarationId: string) =>
    waitFor(`the channel decision of ${declarationId}`, async () => {
      const [row] = await service.dataSource.query(
        'SELECT risk_score::float AS risk_score, benefits_applied FROM channel_decisions WHERE declaration_id = $1',
        [declarationId],
      );
      return row as { risk_score: number; benefits_applied: { benefit: string; basis: string }[] } | undefined;
    });

  let lodged = 0;
  async function lodge(aeoId: string, regime: 'import' | 'export' = 'import') {
    const declarationId = `D-${digits}-${++lodged}`;
    await publish(
      DeclarationLodged,
      trader,
      lodgedDeclaration(trader, declarationId, {
        regime,
        traderRole: regime === 'import' ? 'importer' : 'exporter',
        foreignPartnerAeoIds: [{ country: 'CN', aeoId }],
      }),
    );
    return decisionOf(declarationId);
  }

  const mraBenefits = (decision: { benefits_applied: { benefit: string; basis: string }[] }) =>
    decision.benefits_applied.filter((applied) => applied.benefit.startsWith('mra-'));

  beforeAll(async () => {
    service = await startRiskManagement([], { ownTopics: true });
    producer = testKafka('risk-mra-recognitions-int').producer({ idempotent: true });
    await producer.connect();

    const at = new Date().toISOString();
    const base = {
      arrangementId: arrangement.id,
      partnerCountry: 'CN',
      partnerAdministration: 'GACC',
      title: arrangement.title,
    };
    await publish(MraArrangementPhaseChanged, arrangement.id, {
      ...base,
      from: 'implementation',
      to: 'operational',
      by: 'mra-1',
      at,
      terms: TERMS,
    });
    const version2 = {
      arrangementId: arrangement.id,
      partnerCountry: 'CN',
      version: 2,
      changes: [
        listChange(recognised, 'active'),
        listChange(suspended, 'suspended', 'suspended'),
        listChange(suspendedOrActive, 'suspended'),
        listChange(`CN-${digits}3`, 'active', 'new', { normalisedId: suspendedOrActive }),
        listChange(aeoc, 'active', 'new', { statusType: 'AEOC' }),
      ],
    };
    const eventId = randomUUID();
    await publish(MraForeignAeosChanged, arrangement.id, version2, eventId);
    await publish(MraForeignAeosChanged, arrangement.id, version2, eventId);
    // An older version arriving late changes nothing (the alias, published after it on the same key, waits for it).
    await publish(MraForeignAeosChanged, arrangement.id, {
      ...version2,
      version: 1,
      changes: [listChange(suspended, 'active')],
    });
    await publish(MraForeignIdResolved, arrangement.id, {
      reviewId: randomUUID(),
      country: 'CN',
      declaredId: aliased,
      normalisedId: aliased,
      resolution: 'matched',
      arrangementId: arrangement.id,
      aeoId: recognised,
      by: 'mra-1',
      at,
    });
    await waitFor(
      'the replica of the arrangement, its list and the alias',
      async () => {
        const [row] = await service.dataSource.query(
          `SELECT (SELECT count(*) FROM mra_foreign_aeos_replica WHERE arrangement_id = $1)::int AS entries,
                  (SELECT count(*) FROM mra_foreign_id_aliases_replica WHERE arrangement_id = $1)::int AS aliases`,
          [arrangement.id],
        );
        return row.entries === 5 && row.aliases === 1;
      },
      150_000,
      250,
    );
  }, 240_000);

  afterAll(async () => {
    await producer?.disconnect();
    await service?.close();
  });

  it('keeps the replica at the newest list version', async () => {
    const rows = await service.dataSource.query(
      'SELECT aeo_id, status, list_version FROM mra_foreign_aeos_replica WHERE arrangement_id = $1 ORDER BY aeo_id',
      [arrangement.id],
    );
    expect(rows).toHaveLength(5);
    expect(rows).toEqual(
      expect.arrayContaining([
        { aeo_id: recognised, status: 'active', list_version: 2 },
        { aeo_id: suspended, status: 'suspended', list_version: 2 },
        { aeo_id: suspendedOrActive, status: 'suspended', list_version: 2 },
        { aeo_id: aeoc, status: 'active', list_version: 2 },
        { aeo_id: `CN-${digits}3`, status: 'active', list_version: 2 },
      ]),
    );
  });

  it('dead-letters a list version beyond PostgreSQL integer at once as invalid data, not after retries, and writes nothing', async () => {
    const dlq = await collectMessages(
      testKafka('risk-mra-recognitions-dlq'),
      [service.topic(dlqTopicOf(MraForeignAeosChanged.topic))],
      {
        from: 'now',
      },
    );
    const eventId = randomUUID();
    try {
      await publish(
        MraForeignAeosChanged,
        arrangement.id,
        // The producer's schema would refuse it; a foreign or older producer might not.
        {
          arrangementId: arrangement.id,
          partnerCountry: 'CN',
          version: 2_147_483_648,
          changes: [listChange(`CN${digits}8`, 'active')],
        } as EventData<typeof MraForeignAeosChanged>,
        eventId,
      );
      const [dead] = await dlq.waitForCount(1, 30_000, (message) => message.headers['ce_id'] === eventId);
      // Refused by the event's schema (int4), not by PostgreSQL after the handler's attempts.
      expect(dead.headers['dlq_reason']).toMatch(/^invalid aeo\.mra-foreign-aeos\.changed\.v1 data: version: /);
      expect(dead.headers['dlq_consumer']).toMatch(/^risk-management\.mra-recognitions/);
    } finally {
      await dlq.stop();
    }
    const [{ count }] = await service.dataSource.query(
      'SELECT count(*)::int AS count FROM mra_foreign_aeos_replica WHERE arrangement_id = $1 AND aeo_id = $2',
      [arrangement.id, `CN${digits}8`],
    );
    expect(count).toBe(0);
  });

  it('grants a declaration naming a recognised foreign AEO (as written otherwise, or by alias) the benefits, naming the arrangement', async () => {
    const basis = `recognised AEO ${recognised} of the partner CN under MRA ${arrangement.title} (${arrangement.id})`;
    for (const written of [`cn ${digits}1`, aliased]) {
      const decision = await lodge(written);
      expect(mraBenefits(decision)).toEqual([
        { benefit: 'mra-risk-score-recognition', basis: expect.stringContaining(basis) },
        { benefit: 'mra-reduced-physical-controls', basis: expect.stringContaining(basis) },
      ]);
    }
  });

  it('grants nothing for a suspended or unknown foreign AEO, nor for a direction the terms do not cover', async () => {
    expect(mraBenefits(await lodge(suspended))).toEqual([]);
    expect(mraBenefits(await lodge(`CN${digits}7`))).toEqual([]);
    expect(mraBenefits(await lodge(recognised, 'export'))).toEqual([]);
  });

  it('grants nothing for an entry of a status type the arrangement does not cover', async () => {
    expect(mraBenefits(await lodge(aeoc))).toEqual([]);
  });

  it('decides on the best kind of match alone: an exact hit on a suspended entry grants nothing through an active one of the same normalised form', async () => {
    expect(mraBenefits(await lodge(suspendedOrActive))).toEqual([]);
  });

  describe('look-up by index (10,000 replica entries)', () => {
    interface PlanNode {
      'Node Type': string;
      'Relation Name'?: string;
      Plans?: PlanNode[];
    }
    const readsOf = (node: PlanNode): string[] =>
      (node['Relation Name'] ? [`${node['Node Type']} on ${node['Relation Name']}`] : []).concat(
        ...(node.Plans ?? []).map(readsOf),
      );
    /**
     * `EXPLAIN` of a generated query with its own parameters: how PostgreSQL reads each relation when
     * sequential scans are disabled. The planner takes a batch's identifiers (jsonb_to_recordset) for
     * about 100 rows, and for 100 probes into 10,000 entries a hash join over one scan can rightly be
     * cheaper; what must hold is that every probe CAN use an index: a condition that cannot (a bpchar
     * column compared as text, an OR across columns) still shows a Seq Scan with scans disabled.
     */
    const explain = async <Params>(query: PreparedQuery<Params, unknown>, params: Params) =>
      service.dataSource.transaction(async (manager) => {
        await manager.query('SET LOCAL enable_seqscan = off');
        const rows = (await query.run(params, {
          query: (sql, bindings) =>
            manager
              .query(`EXPLAIN (FORMAT JSON) ${sql}`, bindings)
              .then((plan: unknown[]) => ({ rows: plan, rowCount: plan.length })),
        })) as { 'QUERY PLAN': [{ Plan: PlanNode }] }[];
        return readsOf(rows[0]!['QUERY PLAN'][0].Plan);
      });

    it('finds a batch’s foreign AEOs through the replica’s indexes (every probe can use one)', async () => {
      await service.dataSource.query(
        `INSERT INTO mra_foreign_aeos_replica (arrangement_id, partner_country, aeo_id, normalised_id, name, status_type,
           status, valid_from, list_version)
         SELECT $1, 'CN', 'CN55' || lpad(n::text, 8, '0'), 'CN55' || lpad(n::text, 8, '0'), 'Bulk trader ' || n, 'AEOS',
           'active', '2025-01-01', 1
         FROM generate_series(1, 10000) AS n`,
        [randomUUID()],
      );
      await service.dataSource.query('ANALYZE mra_foreign_aeos_replica, mra_arrangements_replica');
      const ids = [recognised, `cn ${digits}1`, aliased].map((declared) => ({
        country: 'CN',
        declared_id: declared,
        normalised_id: normaliseForeignAeoId('CN', declared),
      }));
      const reads = await explain(findForeignAeos, { ids: JSON.stringify(ids) });
      const ofReplica = reads.filter((read) => read.endsWith(' on mra_foreign_aeos_replica'));
      expect(ofReplica.length).toBeGreaterThan(0);
      expect(ofReplica).not.toContain('Seq Scan on mra_foreign_aeos_replica');
    });
  });
});
