import { Client } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { ensureTemporalNamespace, terminateWorkflows, testEnv } from '@aeo/testing';
import { RevalidationState, TASK_QUEUES, revalidationStateQuery, revalidationWorkflowId } from '@aeo/workflows';
import { createOrchestratingWorker } from '@aeo/workflows/bundle';
import { makeCompany } from '../e2e/slice-fixtures';
import { grantAuthorisation, registerOperator } from './granted-authorisation';
import { spreadAuthorisationNumbers, startApplications } from './start-applications';
import { waitForRevalidationStage } from './workflow-stages';

type Company = ReturnType<typeof makeCompany>;

export interface RevalidationHarness {
  service: ServiceUnderTest;
  temporal: Client;
  /** Registers the company through the API once; its operator id. */
  register(company: Company): Promise<string>;
  /**
   * An authorisation of `statusType`, entered in the register as the certification workflow's
   * last activity does (its grant event starts the revalidation workflow); terminated at the end.
   * A new company's (of `region`), or the given company's.
   */
  grant(
    statusType: 'AEOC' | 'AEOS' | 'AEOF',
    options?: { effectiveFrom?: string; region?: string; company?: Company },
  ): Promise<{ authorisationNumber: string; effectiveFrom: string; company: Company; operatorId: string }>;
  /** The authorisation's revalidation workflow state (its query). */
  state(authorisationNumber: string): Promise<RevalidationState>;
  /** Waits (up to a minute) until the workflow is at `stage` and `extra` holds (a query not answered yet is tried again); its state. */
  waitForStage(
    authorisationNumber: string,
    stage: RevalidationState['stage'],
    extra?: (state: RevalidationState) => boolean,
  ): Promise<RevalidationState>;
  /** A lifecycle action on the authorisation through the API (`suspension`, `revocation/decision`, ...), by `token`. */
  act(
    authorisationNumber: string,
    action: string,
    token: string,
    body: object,
  ): ReturnType<ServiceUnderTest['http']['post']>;
  close(): Promise<void>;
}

/**
 * The revalidation workflow on the real servers in a Temporal namespace of the test's own (the
 * task queues of the default namespace are shared by every test process): the applications
 * service (its consumers, activities and API) and the orchestrating worker in-process.
 */
export async function startRevalidationHarness(namespace: string): Promise<RevalidationHarness> {
  await ensureTemporalNamespace(namespace);
  const previousNamespace = process.env['TEMPORAL_NAMESPACE'];
  process.env['TEMPORAL_NAMESPACE'] = namespace;
  const service = await startApplications();
  await spreadAuthorisationNumbers(service);
  const temporal = service.app.get(Client);
  const connection = await NativeConnection.connect({ address: testEnv.temporalAddress });
  const worker = await createOrchestratingWorker(
    { namespace, taskQueue: TASK_QUEUES.certification, maxConcurrentWorkflowTaskExecutions: 20 },
    connection,
  );
  const running = worker.run();
  const started: string[] = [];
  const operators = new Map<string, string>();
  const register = async (company: Company): Promise<string> => {
    const known = operators.get(company.taxpayerId);
    if (known) return known;
    const operatorId = await registerOperator(service, company);
    operators.set(company.taxpayerId, operatorId);
    return operatorId;
  };
  const state = (number: string): Promise<RevalidationState> =>
    temporal.workflow.getHandle(revalidationWorkflowId(number)).query(revalidationStateQuery);
  return {
    service,
    temporal,
    register,
    state,
    waitForStage: (number, stage, extra) => waitForRevalidationStage(temporal, number, stage, extra),
    act: (number, action, token, body) =>
      service.http.post(`/v1/authorisations/${number}/${action}`).set('Authorization', token).send(body),
    grant: async (statusType, options = {}) => {
      const company = options.company ?? makeCompany(options.region ?? 'DORNOD');
      const operatorId = await register(company);
      const { authorisationNumber, effectiveFrom } = await grantAuthorisation(service, company, {
        statusType,
        operatorId,
        effectiveFrom: options.effectiveFrom,
      });
      started.push(authorisationNumber);
      return { authorisationNumber, effectiveFrom, company, operatorId };
    },
    close: async () => {
      await terminateWorkflows(temporal, started.map(revalidationWorkflowId));
      worker.shutdown();
      await running.catch(() => undefined);
      await connection.close();
      await service.close();
      if (previousNamespace === undefined) delete process.env['TEMPORAL_NAMESPACE'];
      else process.env['TEMPORAL_NAMESPACE'] = previousNamespace;
    },
  };
}
