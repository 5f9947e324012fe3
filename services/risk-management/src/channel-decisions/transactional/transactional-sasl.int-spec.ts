import { randomBytes } from 'node:crypto';
import { TOPIC_NAMES } from '@aeo/contracts';
import { testEnv, testKafka, waitFor } from '@aeo/testing';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { declarationRecords, lodgedDeclaration, storedDecisionCount } from '../../testing/declarations';
import { startRiskManagement } from '../../testing/start-risk-management';
import { TransactionalDeciderHost } from './transactional-decider.host';

jest.setTimeout(180_000);

const run = randomBytes(3).toString('hex').toUpperCase();
const base = String(10_000 + (randomBytes(2).readUInt16BE(0) % 90_000));
const traders = Array.from({ length: 3 }, (_, i) => `${base}3${i}`);
const DECLARATIONS = 24;

/**
 * The whole service on the transactional path against a broker that asks for SASL (the local
 * broker's SASL listener, deploy/local/kafka/server.properties), configured as a secured cluster is
 * (`KAFKA_SASL_MECHANISM`, `KAFKA_SASL_USERNAME`, `KAFKA_SASL_PASSWORD`): the decider's client
 * (@platformatic/kafka) and the service's (kafkajs) both authenticate. Before, the decider had no
 * credentials and the path was refused on such a cluster.
 */
const sasl = testEnv.kafkaSasl;
(sasl ? describe : describe.skip)('transactional channel decisions on a SASL cluster', () => {
  let service: ServiceUnderTest;
  const kafka = testKafka('risk-transactional-sasl');
  const producer = kafka.producer({ idempotent: true });

  beforeAll(async () => {
    service = await startRiskManagement([], {
      ownTopics: true,
      env: {
        CHANNEL_DECISIONS_PATH: 'transactional',
        KAFKA_BROKERS: sasl!.brokers.join(','),
        KAFKA_SASL_MECHANISM: 'plain',
        KAFKA_SASL_USERNAME: sasl!.username,
        KAFKA_SASL_PASSWORD: sasl!.password,
        AEO_REGISTER_WAIT_MS: '0',
      },
    });
    await producer.connect();
  });
  afterAll(async () => {
    await producer.disconnect();
    await service?.close();
  });

  it('decides and stores every declaration, the decider authenticated', async () => {
    await producer.send({
      topic: service.topic(TOPIC_NAMES.declarationEvents),
      acks: -1,
      messages: declarationRecords(
        Array.from({ length: DECLARATIONS }, (_, index) => ({
          data: lodgedDeclaration(traders[index % traders.length]!, `D${run}S-${index}`),
        })),
      ),
    });
    const stored = () => storedDecisionCount(service.dataSource, traders);
    await waitFor(`${DECLARATIONS} decisions stored`, async () => (await stored()) === DECLARATIONS, 90_000, 200);
    const host = service.app.get(TransactionalDeciderHost);
    expect(host.running).toBe(true);
    expect(host.restarts).toBe(0);
  });
});
