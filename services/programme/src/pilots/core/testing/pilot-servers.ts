import { randomBytes } from 'node:crypto';
import { Client } from '@temporalio/client';
import { TOPIC_NAMES } from '@aeo/contracts';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import {
  collectMessages,
  ensureTemporalNamespace,
  type InProcessWorker,
  runWorkerInProcess,
  testKafka,
} from '@aeo/testing';
import { TASK_QUEUES, pilotInvitationWorkflowId, pilotWorkflowId } from '@aeo/workflows';
import { createOrchestratingWorker } from '@aeo/workflows/bundle';
import { startProgramme } from '../../../testing/start-programme';

export interface PilotServers {
  /** The file's own Temporal namespace (for a service the test starts as a process beside). */
  namespace: string;
  service: ServiceUnderTest;
  temporal: Client;
  /** What the service publishes on (its own copy of) the pilot topic from the start of the test file. */
  events: Awaited<ReturnType<typeof collectMessages>>;
}

/**
 * For a pilot int-spec: the programme service in-process (with `env`) on topics of the file's own
 * (`service.topic`), the orchestrating worker in a Temporal namespace of the file's own, the pilot
 * topic collected; at the end the workflows of
 * the pilots and invitations still open are terminated. The fields are set once `beforeAll` ran
 * (`namespace` at once).
 */
export function usePilotServers(name: string, env: Readonly<Record<string, string>> = {}): PilotServers {
  const namespace = `programme-${name}-${randomBytes(3).toString('hex')}`;
  const kafka = testKafka(`programme-${name}-int`);
  const servers = { namespace } as PilotServers;
  let worker: InProcessWorker | undefined;

  beforeAll(async () => {
    await ensureTemporalNamespace(namespace);
    process.env['TEMPORAL_NAMESPACE'] = namespace;
    servers.service = await startProgramme([], env, { ownTopics: true });
    servers.temporal = servers.service.app.get(Client);
    worker = await runWorkerInProcess((connection) =>
      createOrchestratingWorker(
        { namespace, taskQueue: TASK_QUEUES.certification, maxConcurrentWorkflowTaskExecutions: 10 },
        connection,
      ),
    );
    servers.events = await collectMessages(kafka, [servers.service.topic(TOPIC_NAMES.pilotEvents)], { from: 'now' });
  });

  afterAll(async () => {
    const { service, temporal } = servers;
    const pilots = await service?.dataSource.query(
      `SELECT id FROM pilots WHERE launched_at IS NOT NULL AND status NOT IN ('closed', 'cancelled')`,
    );
    const invitations = await service?.dataSource.query(
      `SELECT pilot_id, taxpayer_id FROM pilot_participants WHERE stage IN ('chosen', 'invited')`,
    );
    const open = [
      ...(pilots ?? []).map(({ id }: { id: string }) => pilotWorkflowId(id)),
      ...(invitations ?? []).map((row: { pilot_id: string; taxpayer_id: string }) =>
        pilotInvitationWorkflowId(row.pilot_id, row.taxpayer_id),
      ),
    ];
    for (const workflowId of open)
      await temporal?.workflow
        .getHandle(workflowId)
        .terminate('end of test')
        .catch(() => undefined);
    await servers.events?.stop();
    await worker?.stop();
    await service?.close();
    delete process.env['TEMPORAL_NAMESPACE'];
  });

  return servers;
}
