import { ApplicationSubmitted, TOPIC_NAMES } from '@aeo/contracts';
import { waitFor } from '@aeo/testing';
import type { Client as TemporalClient } from '@temporalio/client';
import type { Admin } from 'kafkajs';
import type { Client as PgClient } from 'pg';
import { createKafka } from '../../kafka/kafka-client';
import {
  FailoverApi,
  clusterStart,
  expectClusterReady,
  instanceUrls,
  killBroker,
  notExactlyOnce,
  programmeFacts,
  readBack,
  serviceDatabase,
  submitApplications,
  temporalClient,
  terminateStartedSince,
  topicEnds,
  waitFullIsr,
} from './cluster-fixtures';

/**
 * (a) A Kafka broker is killed with SIGKILL while 1,000 applications are submitted through the
 * two instances of the applications API: every application's `application.submitted` event is on
 * the topic exactly once (read back by a fresh consumer), and the consumer groups downstream do
 * not stall (programme's KPI facts record every submission once, the certification starter
 * starts every workflow); then the broker is started again and rejoins the ISR.
 * CLUSTER_FAULT_APPLICATIONS sets the number (1,000).
 */
const COUNT = Number(process.env['CLUSTER_FAULT_APPLICATIONS'] ?? 1000);
jest.setTimeout(1_800_000);

describe('cluster fault (a): a Kafka broker killed during 1,000 submissions', () => {
  const kafka = createKafka('cluster-faults-broker-loss', { quiet: true, retries: 12 });
  const startedAt = new Date();
  let admin: Admin;
  let temporal: TemporalClient;
  let programme: PgClient;
  let killed: number | undefined;

  beforeAll(async () => {
    // A broker that is not running (a previous run, a crash) is started first: the test starts from three.
    clusterStart('kafka');
    await expectClusterReady();
    admin = kafka.admin();
    await admin.connect();
    await waitFullIsr(admin);
    temporal = await temporalClient();
    programme = await serviceDatabase('programme');
  });

  afterAll(async () => {
    if (killed !== undefined) clusterStart('kafka');
    if (temporal) await terminateStartedSince(temporal, startedAt).catch((error) => console.error(`cleanup: ${error}`));
    await temporal?.connection.close();
    await programme?.end();
    await admin?.disconnect();
  });

  it('publishes every submission once, downstream consumers reach all of them, and the broker rejoins', async () => {
    const t0 = Date.now();
    const from = await topicEnds(admin, TOPIC_NAMES.applicationEvents);
    const [topic] = (await admin.fetchTopicMetadata({ topics: [TOPIC_NAMES.applicationEvents] })).topics;
    // The leader of the first partition: its partitions move to the other two brokers.
    const victim = topic!.partitions.find((p) => p.partitionId === 0)!.leader;
    const api = new FailoverApi(instanceUrls('applications'));
    let killedAfterMs = 0;
    const submitted = await submitApplications(api, COUNT, {
      onSubmitted: async (done) => {
        if (done === Math.floor(COUNT / 3) && killed === undefined) {
          killed = victim;
          killedAfterMs = Date.now() - t0;
          await killBroker(victim);
        }
      },
    });
    const submittedMs = Date.now() - t0;
    console.log(
      `cluster fault (a): ${COUNT} submitted in ${submittedMs} ms, broker ${victim} killed after ${killedAfterMs} ms`,
    );
    const ids = submitted.map((s) => s.applicationId);
    expect(new Set(ids).size).toBe(COUNT);
    expect(killed).toBe(victim);

    // The topic, read back from before the burst by a consumer of its own: one event per application.
    const ours = new Set(ids);
    const copies = await readBack(kafka, TOPIC_NAMES.applicationEvents, from, (headers) => {
      const found = new Set(
        headers
          .filter((h) => h['ce_type'] === ApplicationSubmitted.type && ours.has(h['ce_subject']!))
          .map((h) => h['ce_subject']),
      );
      return found.size === ours.size;
    });
    const submittedEvents = copies.filter(
      (h) => h['ce_type'] === ApplicationSubmitted.type && ours.has(h['ce_subject']!),
    );
    const eventIds = new Map<string, Set<string>>();
    for (const h of submittedEvents)
      eventIds.set(h['ce_subject']!, (eventIds.get(h['ce_subject']!) ?? new Set()).add(h['ce_id']!));
    const events = new Map([...eventIds].map(([id, set]) => [id, set.size]));
    const missing = ids.filter((id) => !events.has(id));
    if (missing.length) console.log(`cluster fault (a): not on the topic: ${missing.join(', ')}`);
    expect(notExactlyOnce(ids, events)).toEqual([]);
    // Copies of one event (same ce_id, an outbox batch sent again after an unacknowledged send) are
    // what consumers' inboxes drop; there are none when the idempotent producer's retries suffice.
    const duplicateCopies = submittedEvents.length - COUNT;
    const readBackMs = Date.now() - t0;
    console.log(`cluster fault (a): read back after ${readBackMs} ms, ${duplicateCopies} duplicate copies`);

    // Downstream, with one broker still down: programme's KPI facts record every submission once.
    const facts = await programmeFacts(programme, ApplicationSubmitted.type, ids);
    expect(notExactlyOnce(ids, facts)).toEqual([]);
    // And the certification starter started every workflow (its id is the application's: no second one can exist).
    const certifications = `WorkflowType = "certificationWorkflow" AND StartTime >= "${startedAt.toISOString()}"`;
    await waitFor(
      `${COUNT} certification workflows`,
      async () => (await temporal.workflow.count(certifications)).count >= COUNT,
      300_000,
      2000,
    );
    const downstreamMs = Date.now() - t0;

    clusterStart('kafka');
    await waitFullIsr(admin);
    killed = undefined;
    const totalMs = Date.now() - t0;
    console.log(
      `cluster fault (a): ${COUNT} applications; broker ${victim} killed after ${killedAfterMs} ms; all submitted ` +
        `${submittedMs} ms; read back ${readBackMs} ms (${duplicateCopies} duplicate copies); downstream ` +
        `${downstreamMs} ms; broker back in the ISR ${totalMs} ms; ${api.failovers} failovers`,
    );
  });
});
