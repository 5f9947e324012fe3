import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ApplicationSubmitted, TOPIC_NAMES } from '@aeo/contracts';
import {
  collectMessages,
  type CollectedMessage,
  createTestDatabase,
  RunningProcess,
  startServiceProcess,
  testEnv,
  testKafka,
  TestDatabase,
  waitFor,
} from '@aeo/testing';
import { STATUS_TYPES } from '@aeo/contracts';
import { Client, Connection } from '@temporalio/client';
import { certificationWorkflowId } from '@aeo/workflows';
import { fileApplication } from '../testing/file-application';
import { json, makeCompany, readJson } from './slice-fixtures';

jest.setTimeout(300_000);

const infra = (...args: string[]) =>
  execFileSync('bash', [join(testEnv.repoRoot, 'deploy/local/infra.sh'), ...args], {
    cwd: testEnv.repoRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });

/**
 * Kafka goes down while the API keeps accepting applications. The outbox holds the events;
 * when Kafka returns every event arrives, in order per operator. Needs the launcher's local
 * broker (it is stopped and started for real).
 */
describe('Kafka outage', () => {
  let database: TestDatabase;
  let applications: RunningProcess;

  beforeAll(async () => {
    expect(infra('status', 'kafka')).toMatch(/kafka\s+running/);
    database = await createTestDatabase('outage');
    applications = await startServiceProcess('applications', {
      databaseUrl: database.url,
      env: { DEPENDENCY_RETRY_AFTER_S: '7' },
    });
  });

  afterAll(async () => {
    if (!/kafka\s+running/.test(infra('status', 'kafka'))) infra('start', 'kafka');
    await applications?.stop();
    await database?.drop();
  });

  it('accepts applications while Kafka is down and publishes every event, in order per operator, once it is back', async () => {
    const companies = [
      makeCompany('DARKHAN'),
      makeCompany('DARKHAN'),
      makeCompany('ULAANBAATAR'),
      makeCompany('ERDENET'),
    ];
    const operators: { id: string; token: string }[] = [];
    for (const company of companies) {
      const response = await fetch(`${applications.url}/v1/operators`, {
        method: 'POST',
        headers: json(company.operatorToken),
        body: JSON.stringify(company.registration),
      });
      expect(response.status).toBe(201);
      operators.push({ id: (await readJson(response)).id, token: company.operatorToken });
    }

    infra('stop', 'kafka');
    const readiness = await waitFor(
      'readiness to report Kafka down',
      async () => {
        const response = await fetch(`${applications.url}/health/ready`);
        return response.status === 503
          ? { body: await readJson(response), retryAfter: response.headers.get('retry-after') }
          : undefined;
      },
      30_000,
      500,
    );
    expect(readiness.body.details.kafka.status).toBe('down');
    expect(readiness.retryAfter).toBe('7');

    const submittedOrder = new Map<string, string[]>();
    for (const statusType of STATUS_TYPES) {
      for (const operator of operators) {
        const { submission } = await fileApplication(applications.url, operator.token, {
          operatorId: operator.id,
          statusType,
          consentToMraSharing: true,
        });
        expect(submission!.status).toBe(200);
        const application = await readJson(submission!);
        submittedOrder.set(operator.id, [...(submittedOrder.get(operator.id) ?? []), application.id]);
      }
    }

    infra('start', 'kafka');
    const kafka = testKafka();
    const events = await collectMessages(kafka, [TOPIC_NAMES.applicationEvents]);
    try {
      const ours = new Set([...submittedOrder.values()].flat());
      const isOurs = (m: CollectedMessage) =>
        m.headers['ce_type'] === ApplicationSubmitted.type && ours.has(m.headers['ce_subject']);
      // Delivery is at least once: a batch whose acknowledgement the outage swallowed is sent
      // again (consumers drop the copy by its event id), so wait for every application, not for
      // a number of messages.
      const arrived = await waitFor(
        `the ${ours.size} submissions on ${TOPIC_NAMES.applicationEvents}`,
        async () => {
          const mine = events.messages.filter(isOurs);
          return new Set(mine.map((m) => m.headers['ce_subject'])).size === ours.size ? mine : undefined;
        },
        120_000,
        250,
      );
      for (const [operatorId, applicationIds] of submittedOrder) {
        // In order per operator: the first copy of each event, in the order of arrival.
        const received = [
          ...new Set(
            arrived.filter((m) => m.message.key?.toString() === operatorId).map((m) => m.headers['ce_subject']),
          ),
        ];
        expect(received).toEqual(applicationIds);
      }
      // The certification starter caught up too: every application's workflow exists.
      const temporal = new Client({
        connection: await Connection.connect({ address: testEnv.temporalAddress }),
        namespace: testEnv.temporalNamespace,
      });
      try {
        for (const applicationId of ours) {
          await waitFor(
            `the certification workflow of ${applicationId}`,
            () =>
              temporal.workflow
                .getHandle(certificationWorkflowId(applicationId))
                .describe()
                .then(() => true),
            60_000,
            500,
          );
        }
      } finally {
        await temporal.connection.close();
      }
    } finally {
      await events.stop();
    }
  });
});
