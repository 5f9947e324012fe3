/**
 * Dead letters for the operations console to show: two declarations the declaration processing
 * system sends broken, as a defect of that system would — one a CloudEvent whose data breaks the
 * contract (no `region`, a negative customs value), one whose JSON is cut off. The platform's
 * declaration consumers set each aside on `aeo.declaration.events.v1.dlq` with the reason, and the
 * operations service stores them (`GET :3009/v1/dead-letters`, the console's Operations → Dead
 * letters): there an operator reads the reason and discards them, or replays one after the sender
 * is fixed (runbook, deploy/README.md). Idempotent: the records carry fixed event ids and are sent
 * only while no dead letter of theirs is stored.
 */
import { DeclarationLodged, TOPIC_NAMES, toKafkaRecord } from '@aeo/contracts';
import { loadConfig, platformEnvSchema } from '@aeo/config';
import { fixedUuid, sendDemoRecords } from '../demo-kafka';

const OPERATIONS = process.env['OPERATIONS_URL'] ?? 'http://127.0.0.1:3009';
const WAIT_SECONDS = 90;

/** The two broken declarations: their event ids and Kafka records. */
export function brokenDeclarations(taxpayerId: string, region: string, now = new Date()) {
  const base = {
    lodgedAt: now.toISOString(),
    regime: 'import',
    customsOffice: `${region}-01`,
    declarantTaxpayerId: taxpayerId,
    traderTaxpayerId: taxpayerId,
    traderRole: 'importer',
    foreignPartnerAeoIds: [],
    duties: 1_000_000,
    currency: 'MNT',
    goodsLines: 1,
    commodityChapters: ['84'],
    originCountry: 'CN',
    destinationCountry: 'MN',
  };
  const record = (declarationId: string, data: string) => {
    const id = fixedUuid(`demo-dead-letter:${declarationId}`);
    return {
      id,
      record: toKafkaRecord(
        {
          id,
          type: DeclarationLodged.type,
          source: '/external/declaration-processing',
          subject: declarationId,
          time: base.lodgedAt,
          data: undefined,
        },
        taxpayerId,
        data,
      ),
    };
  };
  // No region, and a negative customs value: the contract refuses both.
  const offContract = JSON.stringify({ ...base, declarationId: 'DEMO-BROKEN-1', customsValue: -400_000 });
  const cutOff = JSON.stringify({ ...base, declarationId: 'DEMO-BROKEN-2', region, customsValue: 400_000 }).slice(
    0,
    90,
  );
  return [record('DEMO-BROKEN-1', offContract), record('DEMO-BROKEN-2', cutOff)];
}

interface DeadLetterRow {
  eventId: string | null;
  consumer: string | null;
  reason: string;
  state: string;
}

/** The dead letters stored of the declarations topic whose event id is one of `ids`. */
async function storedDeadLetters(operationsToken: string, topic: string, ids: Set<string>): Promise<DeadLetterRow[]> {
  const found: DeadLetterRow[] = [];
  for (let page = 1; page <= 50; page++) {
    const query = new URLSearchParams({ originalTopic: topic, page: String(page), pageSize: '200' });
    const response = await fetch(`${OPERATIONS}/v1/dead-letters?${query}`, {
      headers: { authorization: operationsToken },
    });
    if (!response.ok) throw new Error(`listing dead letters: ${response.status} ${await response.text()}`);
    const body = (await response.json()) as { items: DeadLetterRow[]; total: number };
    found.push(...body.items.filter((row) => row.eventId !== null && ids.has(row.eventId)));
    if (page * 200 >= body.total) break;
  }
  return found;
}

/**
 * Sends the broken declarations unless their dead letters are stored already, waits until they
 * are, and returns the demo's lines about them.
 */
export async function loadDeadLetterDemoData(
  operationsToken: string,
  company: { taxpayerId: string; region: string },
): Promise<string[]> {
  const broken = brokenDeclarations(company.taxpayerId, company.region);
  const ids = new Set(broken.map((entry) => entry.id));
  const config = loadConfig(platformEnvSchema);
  const topic = config.KAFKA_TOPIC_PREFIX + TOPIC_NAMES.declarationEvents;
  if ((await storedDeadLetters(operationsToken, topic, ids)).length === 0)
    await sendDemoRecords('aeo-demo-dead-letters', [
      { topic: TOPIC_NAMES.declarationEvents, messages: broken.map((entry) => entry.record) },
    ]);
  for (let attempt = 0; attempt < WAIT_SECONDS; attempt++) {
    const rows = await storedDeadLetters(operationsToken, topic, ids);
    if (new Set(rows.map((row) => row.eventId)).size === ids.size)
      return [
        `  dead letters: 2 broken declarations, set aside by ${[...new Set(rows.map((row) => row.consumer))].join(', ')} (${rows.length} so far),` +
          ` GET ${OPERATIONS}/v1/dead-letters?originalTopic=${topic} (console: Operations, Dead letters)`,
      ];
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`the demo's broken declarations: not stored as dead letters within ${WAIT_SECONDS} s`);
}
