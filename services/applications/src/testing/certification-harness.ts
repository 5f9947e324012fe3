import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { activityCorrelationInterceptors } from '@aeo/temporal';
import { ensureTemporalNamespace, terminateWorkflows, testEnv } from '@aeo/testing';
import { TASK_QUEUES } from '@aeo/workflows';
import type { RiskManagementActivities, ValidationActivities } from '@aeo/workflows';
import { createOrchestratingWorker } from '@aeo/workflows/bundle';
import { spreadAuthorisationNumbers, startApplications } from './start-applications';

export interface CertificationHarness {
  service: ServiceUnderTest;
  /** The service on a real port, for clients that need a URL (fileApplication). */
  baseUrl: string;
  temporal: Client;
  /** Workflows the test started; terminated at the end. */
  workflowIds: string[];
  close(): Promise<void>;
}

/**
 * The certification process on the real servers in a Temporal namespace of the test's own (the
 * task queues of the default namespace are shared by every test process): the applications
 * service and the orchestrating worker in-process, the risk-management and validation activities
 * faked on their task queues behind the platform's activity interceptor.
 */
export async function startCertificationHarness(options: {
  namespace: string;
  /** By default every application may proceed (`proceedingRiskAssessment`). */
  risk?: RiskManagementActivities;
  /** Over a validation service that opens a case with a new id and does nothing else. */
  validation?: Partial<ValidationActivities>;
}): Promise<CertificationHarness> {
  const clientConnection = await Connection.connect({ address: testEnv.temporalAddress });
  await ensureTemporalNamespace(options.namespace);
  const previousNamespace = process.env['TEMPORAL_NAMESPACE'];
  process.env['TEMPORAL_NAMESPACE'] = options.namespace;
  const service = await startApplications();
  await spreadAuthorisationNumbers(service);
  const server = service.app.getHttpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const temporal = service.app.get(Client);
  const connection = await NativeConnection.connect({ address: testEnv.temporalAddress });
  const activityWorker = (taskQueue: string, activities: object) =>
    Worker.create({
      connection,
      namespace: options.namespace,
      taskQueue,
      activities,
      interceptors: { activity: [activityCorrelationInterceptors] },
    });
  const workers = [
    await createOrchestratingWorker(
      { namespace: options.namespace, taskQueue: TASK_QUEUES.certification, maxConcurrentWorkflowTaskExecutions: 20 },
      connection,
    ),
    await activityWorker(TASK_QUEUES.riskManagement, options.risk ?? PROCEEDING_RISK),
    await activityWorker(TASK_QUEUES.validation, { ...QUIET_VALIDATION, ...options.validation }),
  ];
  const running = workers.map((worker) => worker.run());
  const workflowIds: string[] = [];
  return {
    service,
    baseUrl: `http://127.0.0.1:${server.address().port}`,
    temporal,
    workflowIds,
    close: async () => {
      await terminateWorkflows(temporal, workflowIds);
      for (const worker of workers) worker.shutdown();
      await Promise.allSettled(running);
      await connection.close();
      await service.close();
      await clientConnection.close();
      if (previousNamespace === undefined) delete process.env['TEMPORAL_NAMESPACE'];
      else process.env['TEMPORAL_NAMESPACE'] = previousNamespace;
    },
  };
}

/** A risk assessment that lets an application proceed (score 10, no factors). */
export const proceedingRiskAssessment = (taxpayerId: string) => ({
  taxpayerId,
  score: 10,
  modelVersion: 'test',
  factors: [],
  recommendation: 'proceed' as const,
  assessedAt: new Date().toISOString(),
});

const PROCEEDING_RISK: RiskManagementActivities = {
  assessOperatorRisk: async (input) => proceedingRiskAssessment(input.taxpayerId),
};

const QUIET_VALIDATION: ValidationActivities = {
  openValidationCase: async () => ({ caseId: randomUUID() }),
  remindValidationReport: async () => undefined,
  closeValidationCase: async () => ({ closed: true }),
};
