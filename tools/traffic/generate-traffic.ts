import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import {
  AuthorisationGranted,
  ComplianceRecorded,
  DeclarationLodged,
  EventDefinition,
  toKafkaRecord,
} from '@aeo/contracts';
import { kafkaSecurityFrom, loadConfig, platformEnvSchema } from '@aeo/config';
import { RenewingProducer, createKafka, createSingleAttemptProducer } from '@aeo/messaging';
import { TrafficModel } from '@aeo/traffic';

/** Attempts per chunk of 500 events (a broker's restart, a leader moving), with a back-off between. */
const SEND_ATTEMPTS = 5;

/**
 * Sends realistic, seeded customs traffic to Kafka (declarations, compliance events and,
 * with --aeo N, AEO authorisations for the N largest traders), for demos and benchmarks.
 *
 *   npm run traffic -- --seed 42 --traders 500 --declarations 20000 --compliance 200 --aeo 20
 *   npm run traffic -- --declarations 1000 --rate 50          # 50 declarations per second
 */
const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '42' },
    traders: { type: 'string', default: '500' },
    declarations: { type: 'string', default: '10000' },
    compliance: { type: 'string', default: '100' },
    aeo: { type: 'string', default: '0' },
    days: { type: 'string', default: '365' },
    rate: { type: 'string', default: '0' },
  },
});

const toInt = (name: keyof typeof values, min: number, max: number): number => {
  const value = Number(values[name]);
  if (!Number.isInteger(value) || value < min || value > max) {
    console.error(`--${name} must be an integer between ${min} and ${max} (got ${values[name]})`);
    process.exit(2);
  }
  return value;
};

async function main(): Promise<void> {
  const seed = toInt('seed', 0, 1_000_000);
  const traders = toInt('traders', 1, 1_000_000);
  const declarations = toInt('declarations', 0, 50_000_000);
  const compliance = toInt('compliance', 0, 10_000_000);
  const aeo = toInt('aeo', 0, traders);
  const days = toInt('days', 1, 3650);
  const rate = toInt('rate', 0, 1_000_000);
  const config = loadConfig(platformEnvSchema);
  const model = new TrafficModel({ seed, traders, days, until: new Date() });
  // The platform's producer (one attempt per send; kafkajs's own retry can acknowledge records it
  // never sent, libs/messaging kafka-client.ts): a failed chunk is sent again, with the same event ids.
  const kafka = createKafka({
    clientId: 'aeo-traffic-generator',
    brokers: config.KAFKA_BROKERS,
    ...kafkaSecurityFrom(config),
  });
  const producer = new RenewingProducer(() => createSingleAttemptProducer(kafka));
  await producer.connect();
  const started = Date.now();
  let sent = 0;

  const send = async <E extends EventDefinition>(
    definition: E,
    source: string,
    items: { key: string; subject: string; data: unknown }[],
  ) => {
    for (let offset = 0; offset < items.length; offset += 500) {
      const chunk = items.slice(offset, offset + 500);
      const messages = chunk.map((item) =>
        toKafkaRecord(
          {
            id: randomUUID(),
            type: definition.type,
            source,
            subject: item.subject,
            time: new Date().toISOString(),
            data: item.data,
          },
          item.key,
        ),
      );
      for (let attempt = 1; ; attempt++) {
        try {
          await producer.send({ topic: definition.topic, acks: -1, messages });
          break;
        } catch (error) {
          if (attempt >= SEND_ATTEMPTS) throw error;
          await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** attempt));
        }
      }
      sent += chunk.length;
      if (rate > 0) {
        const due = started + (sent / rate) * 1000;
        if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
      }
    }
  };

  // AEO authorisations for the largest traders, so that benefits show in channel decisions.
  const largest = [...model.traders].sort((a, b) => b.weight - a.weight).slice(0, aeo);
  await send(
    AuthorisationGranted,
    '/demo/traffic-generator',
    largest.map((trader, index) => ({
      key: trader.taxpayerId,
      subject: trader.taxpayerId,
      data: {
        authorisationNumber: `MN-AEO-DEMO-${String(index + 1).padStart(4, '0')}`,
        operatorId: randomUUID(),
        taxpayerId: trader.taxpayerId,
        region: trader.homeOffice.region,
        statusType: (['AEOF', 'AEOS', 'AEOC'] as const)[index % 3],
        consentToMraSharing: true,
        // In force before the oldest declaration of the traffic, so that every one gets the benefits.
        decidedAt: new Date(Date.now() - (days + 10) * 86_400_000).toISOString(),
        effectiveFrom: new Date(Date.now() - (days + 5) * 86_400_000).toISOString(),
        revalidationDue: new Date(Date.now() + 3 * 365 * 86_400_000).toISOString(),
      },
    })),
  );

  const batch = 5000;
  for (let done = 0; done < declarations; done += batch) {
    const items = Array.from({ length: Math.min(batch, declarations - done) }, () => model.nextDeclaration()).map(
      (data) => ({ key: data.traderTaxpayerId, subject: data.declarationId, data }),
    );
    await send(DeclarationLodged, '/external/declaration-processing', items);
  }
  const complianceItems = Array.from({ length: compliance }, () => model.nextComplianceEvent()).map((data) => ({
    key: data.taxpayerId,
    subject: data.complianceEventId,
    data,
  }));
  await send(ComplianceRecorded, '/external/compliance-register', complianceItems);

  await producer.disconnect();
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `sent ${aeo} authorisations, ${declarations} declarations and ${compliance} compliance events for ${traders} traders (seed ${seed}) in ${seconds.toFixed(1)} s`,
  );
}

main().catch((error) => {
  console.error(`traffic generation failed: ${error.stack ?? error}`);
  process.exit(1);
});
