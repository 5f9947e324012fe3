import { createServer, Server, Socket, connect as connectTcp } from 'node:net';
import type { AddressInfo } from 'node:net';
import { Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { MockActivityEnvironment } from '@temporalio/testing';
import { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { ROLES } from '@aeo/auth';
import { OutboxWriter } from '@aeo/messaging';
import { bearer, updateRefusal, startedForTests } from '@aeo/testing';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { activityFailureInterceptors, activityFailures, classifyActivityError } from '@aeo/temporal';
import {
  FAILURE_TYPES,
  RevalidationState,
  lifecycleActionUpdate,
  revalidationStateQuery,
  revalidationWorkflowId,
} from '@aeo/workflows';
import { makeCompany } from '../e2e/slice-fixtures';
import { startRevalidationHarness } from '../testing/revalidation-harness';
import { WorkflowAlertsActivities } from '../workflow-activities/workflow-alerts.activities';
import { LifecycleActivities } from './lifecycle.activities';

jest.setTimeout(240_000);

const NUL = String.fromCharCode(0);
/** Its own namespace: another test's applications service, polling the same task queue, must not take this test's activities. */
const NAMESPACE = 'aeo-poisoned-actions-test';

/**
 * A poisoned action never wedges an authorisation (issue 13, defect 1): against the real
 * PostgreSQL, the services' activity worker turns data PostgreSQL refuses into a non-retryable
 * `InvalidData` failure while an outage stays retryable; with the real Temporal server and the
 * orchestrating worker, an action whose activity fails for good is refused at once with the
 * reason, operations are alerted, and the next action succeeds within seconds.
 */
describe('poisoned actions (real PostgreSQL, Temporal, Kafka)', () => {
  const harness = startedForTests(() => startRevalidationHarness(NAMESPACE));
  let service: ServiceUnderTest;
  let temporal: Client;
  const company = makeCompany('SELENGE');
  const executive = bearer({ sub: 'executive-1', roles: [ROLES.executive] });
  let operatorId: string;

  /** An AEOC authorisation of the company, granted now. */
  const grant = async (): Promise<string> => (await harness().grant('AEOC', { company })).authorisationNumber;
  const statusOf = async (number: string) =>
    (
      (await service.dataSource.query(`SELECT status FROM authorisations WHERE authorisation_number = $1`, [
        number,
      ])) as { status: string }[]
    )[0].status;
  /** Runs a real activity as the services' activity worker does: through its failure interceptor. */
  const runActivity = (activityType: string, fn: () => Promise<unknown>, attempt = 1) =>
    new MockActivityEnvironment({ activityType, attempt }, { interceptors: [activityFailureInterceptors] })
      .run(fn)
      .then(
        () => undefined,
        (error: unknown) => error,
      );

  beforeAll(async () => {
    ({ service, temporal } = harness());
    operatorId = await harness().register(company);
  });

  it('a NUL that reaches PostgreSQL fails the activity for good (InvalidData, with its SQLSTATE), and nothing is written', async () => {
    const number = await grant();
    const activities = service.app.get(LifecycleActivities);
    const before =
      (await activityFailures.get()).values.find(
        (v) => v.labels.activity === 'recordSuspension' && v.labels.code === '22P05',
      )?.value ?? 0;

    // In jsonb (the history's details): "unsupported Unicode escape sequence".
    const inJson = await runActivity('recordSuspension', () =>
      activities.recordSuspension({
        authorisationNumber: number,
        scope: 'whole',
        grounds: [`access control failed${NUL}`],
        decidedBy: 'executive-1',
        requestedByHolder: false,
        planDue: new Date().toISOString(),
      }),
    );
    expect(inJson).toBeInstanceOf(ApplicationFailure);
    expect(inJson).toMatchObject({
      type: FAILURE_TYPES.invalidData,
      nonRetryable: true,
      message: expect.stringContaining('recordSuspension: invalid data (PostgreSQL 22P05'),
    });
    expect(await statusOf(number)).toBe('granted');
    const after =
      (await activityFailures.get()).values.find(
        (v) => v.labels.activity === 'recordSuspension' && v.labels.code === '22P05',
      )?.value ?? 0;
    expect(after).toBe(before + 1);

    // In a text column (who acted): "invalid byte sequence".
    const inText = await runActivity('noteRevocation', () =>
      activities.noteRevocation({
        authorisationNumber: number,
        kind: 'hearing-response',
        by: `trader${NUL}`,
        text: 'we comment',
      }),
    );
    expect(inText).toMatchObject({
      type: FAILURE_TYPES.invalidData,
      nonRetryable: true,
      message: expect.stringContaining('PostgreSQL 22021'),
    });
    const history: { n: number }[] = await service.dataSource.query(
      `SELECT count(*)::int AS n FROM authorisation_history WHERE authorisation_number = $1 AND change <> 'granted'`,
      [number],
    );
    expect(history[0].n).toBe(0);
  });

  it('the alert itself is stored whatever the failed step carried (a NUL, an unpaired surrogate)', async () => {
    const alerts = service.app.get(WorkflowAlertsActivities);
    await alerts.alertWorkflowFailure({
      workflowId: 'revalidation-MN-AEOC-TEST-NUL',
      process: 'revalidation',
      applicationId: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b',
      operatorId,
      taxpayerId: company.taxpayerId,
      region: company.region,
      authorisationNumber: 'MN-AEOC-TEST-NUL',
      action: 'reinstate',
      outcome: 'action-refused',
      activity: 'recordReinstatement',
      failureType: FAILURE_TYPES.invalidData,
      detail: `reasons carried ${NUL} and \uD800`,
      by: `executive${NUL}`,
    });
    const [row]: { payload: Record<string, unknown> }[] = await service.dataSource.query(
      `SELECT payload FROM outbox WHERE type = 'aeo.workflow.action-failed.v1' AND subject = 'MN-AEOC-TEST-NUL'`,
    );
    expect(row.payload).toMatchObject({
      detail: 'reasons carried \uFFFD and \uFFFD',
      by: 'executive\uFFFD',
      outcome: 'action-refused',
    });
  });

  it('a lost database connection stays retryable', async () => {
    const number = await grant();
    // A TCP relay in front of the shared server, cut mid-test: the outage hits only this data source.
    const sockets = new Set<Socket>();
    const options = service.dataSource.options as PostgresConnectionOptions;
    const target = new URL(options.url ?? `postgres://${options.host ?? '127.0.0.1'}:${options.port ?? 5432}`);
    const relay: Server = createServer((client) => {
      const upstream = connectTcp(Number(target.port || 5432), target.hostname);
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
    const url = new URL(target.toString());
    url.hostname = '127.0.0.1';
    url.port = String((relay.address() as AddressInfo).port);
    const viaRelay = new DataSource({
      ...options,
      ...(options.url ? { url: url.toString() } : { host: '127.0.0.1', port: Number(url.port) }),
      migrations: [],
      migrationsRun: false,
      synchronize: false,
    } as PostgresConnectionOptions);
    await viaRelay.initialize();
    try {
      const activities = new LifecycleActivities(viaRelay, service.app.get(OutboxWriter));
      await expect(
        runActivity('noteRevalidation', () =>
          activities.noteRevalidation({
            authorisationNumber: number,
            cycle: 1,
            note: 'relay works',
            by: 'system:test',
          }),
        ),
      ).resolves.toBeUndefined();
      const closed = new Promise<void>((resolve) => relay.close(() => resolve()));
      sockets.forEach((socket) => socket.destroy());
      await closed;
      const outage = await runActivity('noteRevalidation', () =>
        activities.noteRevalidation({
          authorisationNumber: number,
          cycle: 1,
          note: 'during the outage',
          by: 'system:test',
        }),
      );
      expect(outage).toBeInstanceOf(Error);
      expect(outage).not.toBeInstanceOf(ApplicationFailure);
      expect(classifyActivityError(outage, 50)).toEqual({ retryable: true });
    } finally {
      relay.close();
      sockets.forEach((socket) => socket.destroy());
      await viaRelay.destroy().catch(() => undefined);
    }
  });

  it('an action whose activity fails for good, sent straight to the workflow, is refused at once with the reason; operations are alerted; the next action succeeds within seconds', async () => {
    const number = await grant();
    const handle = temporal.workflow.getHandle(revalidationWorkflowId(number));
    await harness().waitForStage(number, 'monitoring');
    // A NUL sent straight to the workflow (past the API's 400) is refused by the update's validator, at once.
    const nul = await updateRefusal(
      handle.executeUpdate(lifecycleActionUpdate, {
        args: [{ action: 'suspend', by: 'executive-1', grounds: [`warehouse${NUL}`] }],
      }),
    );
    expect(nul.message).toMatch(/^Invalid action: grounds\.0: must not contain NUL/);
    // Data every schema accepts but the database refuses (a check constraint of this throw-away database stands for any such rule).
    const POISON = 'refused-by-the-database';
    await service.dataSource.query(
      `ALTER TABLE authorisation_history ADD CONSTRAINT poisoned_for_test CHECK (position('${POISON}' in details::text) = 0) NOT VALID`,
    );
    try {
      const sentAt = Date.now();
      const cause = await updateRefusal(
        handle.executeUpdate(lifecycleActionUpdate, {
          args: [{ action: 'suspend', by: 'executive-1', grounds: [`warehouse ${POISON}`] }],
        }),
      );
      expect(Date.now() - sentAt).toBeLessThan(15_000);
      expect(cause.type).toBe(FAILURE_TYPES.invalidData);
      expect(cause.message).toMatch(
        /"suspend" could not be applied: recordSuspension: data violates a constraint \(PostgreSQL 23514/,
      );
      expect((await handle.query(revalidationStateQuery)).stage).toBe('monitoring');
      expect(await statusOf(number)).toBe('granted');

      // Through the API: the same data answers 422 with the reason, not a hang or a 409.
      const viaApi = await harness()
        .act(number, 'suspension', executive, { grounds: [`warehouse ${POISON}`] })
        .expect(422);
      expect(viaApi.body.message).toContain('Action failed: "suspend" could not be applied');

      // The next action with good data succeeds at once.
      const nextAt = Date.now();
      const suspended = await harness()
        .act(number, 'suspension', executive, { grounds: ['the security plan of the new warehouse is missing'] })
        .expect(200);
      expect(suspended.body as RevalidationState).toMatchObject({ stage: 'suspended' });
      expect(Date.now() - nextAt).toBeLessThan(10_000);
      expect(await statusOf(number)).toBe('suspended');
    } finally {
      await service.dataSource.query(`ALTER TABLE authorisation_history DROP CONSTRAINT IF EXISTS poisoned_for_test`);
    }

    // Operations were alerted through the outbox, once per refused action.
    const alerts: { payload: Record<string, unknown> }[] = await service.dataSource.query(
      `SELECT payload FROM outbox WHERE type = 'aeo.workflow.action-failed.v1' AND subject = $1 ORDER BY created_at`,
      [number],
    );
    expect(alerts.map((a) => a.payload)).toEqual([
      expect.objectContaining({
        process: 'revalidation',
        authorisationNumber: number,
        operatorId,
        action: 'suspend',
        outcome: 'action-refused',
        activity: 'recordSuspension',
        failureType: FAILURE_TYPES.invalidData,
        by: 'executive-1',
      }),
      expect.objectContaining({ action: 'suspend', outcome: 'action-refused', by: 'executive-1' }),
    ]);
  });
});
