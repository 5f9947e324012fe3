import { randomBytes } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { Worker } from '@temporalio/worker';
import { ConfigResourceTypes, type Admin } from 'kafkajs';
import { TOPICS } from '@aeo/contracts';
import { RenewingProducer, createSingleAttemptProducer } from '@aeo/messaging';
import { runWorkerInProcess, testEnv, waitFor, type InProcessWorker } from '@aeo/testing';
import { createKafka } from '../kafka/kafka-client';
import { clusterProbeWorkflow, proceedSignal } from './cluster-probe.workflows';
import { clusterStart, killServer } from './faults/cluster-fixtures';

/**
 * The cluster profile's engines, started by `bash deploy/local/infra.sh cluster start` (this test
 * is run by `... cluster test`, which points KAFKA_BROKERS and TEMPORAL_ADDRESS at them): the
 * platform's topics have three in-sync replicas and min.insync.replicas=2; writes with acks=all go
 * on when one broker is killed with SIGKILL and none acknowledged is lost; a workflow started with
 * search attributes on the PostgreSQL-backed Temporal server is found by a visibility query, and
 * the server killed and started again resumes it (its timer fires, a signal reaches it).
 * It kills and restarts the cluster's own processes (by their pid files in .local/run).
 */
jest.setTimeout(300_000);

const run = randomBytes(4).toString('hex');

describe('cluster profile: Kafka with three KRaft brokers', () => {
  const kafka = createKafka(`cluster-int-spec-${run}`, { quiet: true, retries: 12 });
  const probeTopic = `aeo.cluster-probe.${run}`;
  let admin: Admin;

  beforeAll(async () => {
    admin = kafka.admin();
    await admin.connect();
  });

  afterAll(async () => {
    await admin.deleteTopics({ topics: [probeTopic] }).catch(() => undefined);
    await admin.disconnect();
  });

  it('has three brokers, and every partition of the platform topics three replicas, all in sync, with min.insync.replicas=2', async () => {
    const cluster = await admin.describeCluster();
    expect(cluster.brokers.map((b) => b.nodeId).sort()).toEqual([1, 2, 3]);

    const names = TOPICS.map((t) => t.name);
    const metadata = await admin.fetchTopicMetadata({ topics: names });
    for (const topic of metadata.topics) {
      for (const partition of topic.partitions) {
        expect({ topic: topic.name, replicas: partition.replicas.length, isr: partition.isr.length }).toEqual({
          topic: topic.name,
          replicas: 3,
          isr: 3,
        });
      }
    }
    const configs = await admin.describeConfigs({
      includeSynonyms: false,
      resources: names.map((name) => ({ type: ConfigResourceTypes.TOPIC, name, configNames: ['min.insync.replicas'] })),
    });
    for (const resource of configs.resources) {
      expect([resource.resourceName, resource.configEntries[0]?.configValue]).toEqual([resource.resourceName, '2']);
    }
  });

  it('keeps accepting writes with acks=all when the leader is killed with SIGKILL, and loses none it acknowledged', async () => {
    // (waitForLeaders gives up on the brokers' "does not host this topic-partition" meanwhile.)
    await admin.createTopics({
      waitForLeaders: false,
      topics: [{ topic: probeTopic, numPartitions: 1, replicationFactor: 3 }],
    });
    await waitFor(
      'the probe topic with a leader and three in-sync replicas',
      async () => {
        const [p] = (await admin.fetchTopicMetadata({ topics: [probeTopic] })).topics[0]!.partitions;
        return p !== undefined && p.leader >= 0 && p.isr.length === 3;
      },
      30_000,
      300,
    );
    // The platform's producer: one attempt per send, a new producer after a failed one.
    const producer = new RenewingProducer(() => createSingleAttemptProducer(kafka));
    await producer.connect();
    const send = (values: string[]) =>
      producer.send({ topic: probeTopic, acks: -1, messages: values.map((value) => ({ key: 'probe', value })) });
    try {
      const before = Array.from({ length: 5 }, (_, i) => `before-${i}`);
      // A broker that has not yet learnt of the new topic answers "This server does not host this
      // topic-partition" to the producer's metadata request although the admin's broker names a
      // leader and three replicas (a fresh-clone run failed here): a writer sends again, as below.
      await waitFor('the first write to the new topic', () => send(before).then(() => true), 30_000, 300);

      const [partition] = (await admin.fetchTopicMetadata({ topics: [probeTopic] })).topics[0]!.partitions;
      const leader = partition!.leader;
      await killServer(`cluster-kafka-${leader}`);

      const after = Array.from({ length: 5 }, (_, i) => `after-${i}`);
      // Until the controller fences the killed broker (its session timeout), metadata may still name
      // it the leader, and kafkajs can give up on a send with ECONNREFUSED: a writer sends again (as
      // the outbox relay does by leaving the rows unsent). A send whose answer was lost may leave a
      // copy, as the relay's may (the consumers' inboxes absorb it): the check below is on the
      // values in their first order, each acknowledged one present.
      for (const value of after)
        await waitFor(`the write of ${value}`, () => send([value]).then(() => true), 60_000, 500);

      const shrunk = await waitFor(
        'the killed broker to leave the ISR',
        async () => {
          const [p] = (await admin.fetchTopicMetadata({ topics: [probeTopic] })).topics[0]!.partitions;
          return p && p.leader !== leader && p.isr.length === 2 && !p.isr.includes(leader) ? p : undefined;
        },
        60_000,
        500,
      );
      expect(shrunk.isr).toHaveLength(2);

      const consumer = kafka.consumer({ groupId: `cluster-int-spec-${run}` });
      const seen: string[] = [];
      await consumer.connect();
      try {
        await consumer.subscribe({ topic: probeTopic, fromBeginning: true });
        await consumer.run({
          eachMessage: async ({ message }) => void seen.push(message.value?.toString() ?? ''),
        });
        await waitFor('the ten acknowledged messages', () => seen.length >= 10, 60_000, 200);
      } finally {
        await consumer.disconnect();
      }
      expect([...new Set(seen)]).toEqual([...before, ...after]);

      // The killed broker comes back and catches up: three in-sync replicas again.
      clusterStart('kafka');
      await waitFor(
        'the restarted broker back in the ISR',
        async () => {
          const [p] = (await admin.fetchTopicMetadata({ topics: [probeTopic] })).topics[0]!.partitions;
          return p?.isr.length === 3;
        },
        60_000,
        500,
      );
    } finally {
      await producer.disconnect();
    }
  });
});

// With AEO_CLUSTER_TEMPORAL=dev (no Go build of the server) the services use the dev server and this part is skipped.
const describeServer = process.env['AEO_CLUSTER_TEMPORAL'] === 'dev' ? describe.skip : describe;

describeServer('cluster profile: Temporal server on PostgreSQL', () => {
  const regionKey = defineSearchAttributeKey('AeoRegion', SearchAttributeType.KEYWORD);
  const stageKey = defineSearchAttributeKey('AeoStage', SearchAttributeType.KEYWORD);
  const dueKey = defineSearchAttributeKey('AeoRevalidationDue', SearchAttributeType.DATETIME);
  // `cluster test` names the built server here; TEMPORAL_ADDRESS is the services' (the dev server's with AEO_CLUSTER_TEMPORAL=dev).
  const namespace = process.env['CLUSTER_TEMPORAL_NAMESPACE'] ?? testEnv.temporalNamespace;
  const address = process.env['CLUSTER_TEMPORAL_ADDRESS'] ?? testEnv.temporalAddress;
  const taskQueue = `cluster-probe-${run}`;
  const workflowId = `cluster-probe-${run}`;
  const region = `CLUSTER-${run}`;
  let connection: Connection;
  let client: Client;
  let worker: InProcessWorker | undefined;

  beforeAll(async () => {
    connection = await Connection.connect({ address });
    client = new Client({ connection, namespace });
  });

  afterAll(async () => {
    await worker?.stop();
    await client.workflow
      .getHandle(workflowId)
      .terminate('cluster.int-spec cleanup')
      .catch(() => undefined);
    await connection.close();
  });

  const startWorker = () =>
    runWorkerInProcess((native) =>
      Worker.create({
        connection: native,
        namespace,
        taskQueue,
        workflowsPath: require.resolve('./cluster-probe.workflows'),
      }),
    );

  const listIds = async (query: string): Promise<string[]> => {
    const ids: string[] = [];
    for await (const execution of client.workflow.list({ query })) ids.push(execution.workflowId);
    return ids;
  };

  it('finds a workflow by its search attributes, and resumes it after the server is killed and started again', async () => {
    worker = await startWorker();
    const handle = await client.workflow.start(clusterProbeWorkflow, {
      taskQueue,
      workflowId,
      args: [run],
      typedSearchAttributes: [
        { key: regionKey, value: region },
        { key: stageKey, value: 'probe' },
        { key: dueKey, value: new Date('2027-01-15T00:00:00Z') },
      ],
    });

    const running = `AeoRegion = "${region}" AND AeoStage = "probe" AND AeoRevalidationDue > "2027-01-01T00:00:00Z" AND ExecutionStatus = "Running"`;
    await waitFor(
      'the running workflow in visibility',
      async () => (await listIds(running)).includes(workflowId),
      30_000,
      500,
    );
    // Waiting for `proceed` (its one-second timer has fired), persisted in PostgreSQL.
    await waitFor(
      'the workflow to wait for its signal',
      async () => (await handle.fetchHistory()).events?.some((e) => e.timerFiredEventAttributes) === true,
      30_000,
      500,
    );

    await worker.stop();
    worker = undefined;
    await killServer('cluster-temporal');
    clusterStart('temporal');

    worker = await startWorker();
    await waitFor(
      'the restarted server to take the signal',
      async () => {
        await handle.signal(proceedSignal);
        return true;
      },
      60_000,
      1000,
    );
    await expect(handle.result()).resolves.toBe(`resumed ${run}`);

    const completed = `AeoRegion = "${region}" AND ExecutionStatus = "Completed"`;
    await waitFor(
      'the completed workflow in visibility',
      async () => (await listIds(completed)).includes(workflowId),
      30_000,
      500,
    );
  });
});
