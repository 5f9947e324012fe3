import { randomInt, randomUUID } from 'node:crypto';
import {
  AuthorisationGranted,
  AuthorisationReinstated,
  AuthorisationSuspended,
  DeclarationLodged,
  EventData,
  EventDefinition,
  toKafkaRecord,
} from '@aeo/contracts';
import { ConsumerRegistry } from '@aeo/messaging';
import { testKafka, waitFor } from '@aeo/testing';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { AEO_STATUS_CONSUMER } from '../aeo-status/aeo-status.projection';
import { lodgedDeclaration } from '../testing/declarations';
import { startRiskManagement } from '../testing/start-risk-management';

jest.setTimeout(180_000);

const DAY = 86_400_000;
const HOLD_MS = 4000;
/** What a decision applied: the standing it counted the trader under, and whether it applied any AEO benefit. */
const AEOF_WITH_BENEFITS = { standing: 'AEOF', aeoBenefit: true };

/**
 * The same declarations and the same grants give the same benefits whichever consumer is faster:
 * the declarations consumer and the register projection read two topics, and a declaration read
 * before the projection had folded a grant published before it was decided without the grant
 * (the channel-decisions bench: 323, 150 and 147 of the same 5,006 declarations in three rounds).
 */
describe('channel decisions wait for the AEO register projection (real Kafka, PostgreSQL)', () => {
  let service: ServiceUnderTest;
  const kafka = testKafka('risk-register-race');
  const producer = kafka.producer();

  const records = (definition: EventDefinition, items: { key: string; data: unknown }[]) =>
    producer.send({
      topic: service.topic(definition.topic),
      acks: -1,
      messages: items.map(({ key, data }) =>
        toKafkaRecord(
          {
            id: randomUUID(),
            type: definition.type,
            source: '/aeo/test/register-race',
            subject: key,
            time: new Date().toISOString(),
            data,
          },
          key,
        ),
      ),
    });

  const grants = (traders: string[]) =>
    records(
      AuthorisationGranted,
      traders.map((taxpayerId, index) => ({
        key: taxpayerId,
        data: {
          authorisationNumber: `MN-AEOF-RACE-${taxpayerId}`,
          operatorId: randomUUID(),
          taxpayerId,
          region: 'ULAANBAATAR',
          statusType: 'AEOF',
          consentToMraSharing: index % 2 === 0,
          decidedAt: new Date(Date.now() - 410 * DAY).toISOString(),
          effectiveFrom: new Date(Date.now() - 400 * DAY).toISOString(),
          revalidationDue: new Date(Date.now() + 3 * 365 * DAY).toISOString(),
        } satisfies EventData<typeof AuthorisationGranted>,
      })),
    );

  /** Four declarations a trader, lodged within the grant's validity. */
  const declarations = (traders: string[]) => {
    const lodged = traders.flatMap((trader) =>
      Array.from({ length: 4 }, (_, i) =>
        lodgedDeclaration(trader, `D-RACE-${trader}-${i}`, {
          lodgedAt: new Date(Date.now() - (1 + i * 30) * DAY).toISOString(),
        }),
      ),
    );
    return records(
      DeclarationLodged,
      lodged.map((data) => ({ key: data.traderTaxpayerId, data })),
    ).then(() => lodged.map((data) => data.declarationId));
  };

  const standingsOf = async (declarationIds: string[]) => {
    type Row = { declaration_id: string; standing: string | null; aeo_benefit: boolean };
    const rows: Row[] = await waitFor(
      `the channel decisions of ${declarationIds.length} declarations`,
      async () => {
        const found: Row[] = await service.dataSource.query(
          `SELECT declaration_id, aeo_status_type AS standing,
                  EXISTS (SELECT 1 FROM jsonb_array_elements(benefits_applied) b WHERE b->>'benefit' LIKE 'aeo-%') AS aeo_benefit
             FROM channel_decisions WHERE declaration_id = ANY($1)`,
          [declarationIds],
        );
        return found.length === declarationIds.length && found;
      },
      60_000,
    );
    return new Map(rows.map((row) => [row.declaration_id, { standing: row.standing, aeoBenefit: row.aeo_benefit }]));
  };

  /** A whole suspension from `from` days ago, lifted `to` days ago. */
  const suspendedBetween = async (taxpayerId: string, from: number, to: number) => {
    const ref = {
      authorisationNumber: `MN-AEOF-RACE-${taxpayerId}`,
      operatorId: randomUUID(),
      taxpayerId,
      region: 'ULAANBAATAR',
      statusType: 'AEOF' as const,
      consentToMraSharing: true,
    };
    await records(AuthorisationSuspended, [
      {
        key: taxpayerId,
        data: {
          ...ref,
          scope: 'whole',
          effectiveFrom: new Date(Date.now() - from * DAY).toISOString(),
          grounds: 'register race test',
        } satisfies EventData<typeof AuthorisationSuspended>,
      },
    ]);
    await records(AuthorisationReinstated, [
      {
        key: taxpayerId,
        data: {
          ...ref,
          effectiveFrom: new Date(Date.now() - to * DAY).toISOString(),
        } satisfies EventData<typeof AuthorisationReinstated>,
      },
    ]);
  };

  const traders = (count: number) => Array.from({ length: count }, () => String(randomInt(1_000_000, 9_999_999)));

  beforeAll(async () => {
    // Topics of its own: a fresh group on the shared ones would first read every earlier run's events.
    service = await startRiskManagement([], { ownTopics: true });
    await producer.connect();
    // The projection's group has joined and read the (empty) certification topic: the race starts now.
    expect(await service.app.get(ConsumerRegistry).caughtUp(AEO_STATUS_CONSUMER, 90_000)).toBe(true);
  });

  afterAll(async () => {
    await producer.disconnect();
    await service?.close();
  });

  it('a grant published just before the declarations applies to all of them, however late the projection folds it', async () => {
    const held = traders(3);
    // The projection cannot fold these traders' grants while this transaction holds their rows.
    const blocker = service.dataSource.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    let released = false;
    try {
      for (const taxpayerId of held)
        await blocker.query(
          `INSERT INTO aeo_status (taxpayer_id, operator_id, authorisation_number, status_type, status, effective_from, consent_to_mra_sharing, last_event_at)
           VALUES ($1, $2, 'MN-AEOC-BLOCKER', 'AEOC', 'revoked', now(), false, '1970-01-01')`,
          [taxpayerId, randomUUID()],
        );
      await grants(held);
      const ids = await declarations(held);
      // Without the wait the declarations are decided meanwhile, on a register without the grants.
      await new Promise((resolve) => setTimeout(resolve, HOLD_MS));
      const decidedWhileHeld: { n: number }[] = await service.dataSource.query(
        `SELECT count(*)::int AS n FROM channel_decisions WHERE declaration_id = ANY($1)`,
        [ids],
      );
      expect(decidedWhileHeld[0].n).toBe(0);
      await blocker.rollbackTransaction();
      released = true;

      const decided = await standingsOf(ids);
      for (const id of ids) expect({ id, ...decided.get(id) }).toEqual({ id, ...AEOF_WITH_BENEFITS });
    } finally {
      if (!released) await blocker.rollbackTransaction().catch(() => undefined);
      await blocker.release();
    }
  });

  it('grants and declarations published together, the projection not held back, give the same benefits', async () => {
    const free = traders(3);
    await grants(free);
    const ids = await declarations(free);
    const decided = await standingsOf(ids);
    for (const id of ids) expect({ id, ...decided.get(id) }).toEqual({ id, ...AEOF_WITH_BENEFITS });
  });

  it('a declaration is decided on the register in force at its lodgement: not during a suspension since lifted', async () => {
    // `never` was never granted and lodges the same declarations: its scores carry no AEO discount.
    const [trader, never] = traders(2);
    await grants([trader]);
    await suspendedBetween(trader, 60, 30);
    const lodgedBy = (taxpayerId: string) =>
      [90, 45, 10].map((daysAgo) =>
        lodgedDeclaration(taxpayerId, `D-RACE-${taxpayerId}-at-${daysAgo}`, {
          lodgedAt: new Date(Date.now() - daysAgo * DAY).toISOString(),
        }),
      );
    const lodged = lodgedBy(trader);
    const unregistered = lodgedBy(never);
    await records(
      DeclarationLodged,
      [...lodged, ...unregistered].map((data) => ({ key: data.traderTaxpayerId, data })),
    );
    const decided = await standingsOf(lodged.map((data) => data.declarationId));
    expect(lodged.map((data) => decided.get(data.declarationId))).toEqual([
      AEOF_WITH_BENEFITS,
      { standing: null, aeoBenefit: false },
      AEOF_WITH_BENEFITS,
    ]);
    // The risk score too: the one lodged during the suspension is scored as the unregistered trader's
    // same declaration (with the register of today it carried AEOF's discount: 0.75 × 0.75).
    await standingsOf(unregistered.map((data) => data.declarationId));
    const scores = new Map(
      (
        (await service.dataSource.query(
          `SELECT declaration_id, risk_score::float AS risk_score FROM channel_decisions WHERE declaration_id = ANY($1)`,
          [[lodged[1].declarationId, unregistered[1].declarationId]],
        )) as { declaration_id: string; risk_score: number }[]
      ).map((row) => [row.declaration_id, row.risk_score]),
    );
    expect(scores.get(unregistered[1].declarationId)).toBeGreaterThan(0);
    expect(scores.get(lodged[1].declarationId)).toBe(scores.get(unregistered[1].declarationId));
  });
});
