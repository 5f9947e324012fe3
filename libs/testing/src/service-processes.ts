import { uniqueName } from './kafka';
import { startProcess, type RunningProcess } from './processes';

/** The platform's services, named as their folders under services/. */
export type PlatformService =
  'applications' | 'validation' | 'risk-management' | 'mra' | 'notifications' | 'programme' | 'operations';

/** The variable a service reads its database from: `RISK_MANAGEMENT_DATABASE_URL` for risk-management. */
export const databaseUrlVariable = (service: PlatformService) =>
  `${service.replace(/-/g, '_').toUpperCase()}_DATABASE_URL`;

export interface ServiceProcessOptions {
  databaseUrl: string;
  /**
   * Appended to the service's Kafka consumer groups; by default one of this process's own, so that it
   * never shares a group (and its offsets) with the running platform or another test.
   */
  groupSuffix?: string;
  /** More environment for the service (its configuration), over the two above. */
  env?: Record<string, string>;
  readyTimeoutMs?: number;
}

/** Runs one of the platform's services as a real OS process (its main.ts) on the given database. */
export function startServiceProcess(service: PlatformService, options: ServiceProcessOptions): Promise<RunningProcess> {
  return startProcess({
    name: service,
    entry: `services/${service}/src/main.ts`,
    env: {
      [databaseUrlVariable(service)]: options.databaseUrl,
      KAFKA_GROUP_SUFFIX: options.groupSuffix ?? `.${uniqueName(service)}`,
      ...options.env,
    },
    readyTimeoutMs: options.readyTimeoutMs,
  });
}

/** Runs the orchestrating worker (workflows/worker) as a real OS process; `env` names e.g. its Temporal namespace. */
export function startWorkerProcess(env: Record<string, string> = {}, readyTimeoutMs?: number): Promise<RunningProcess> {
  return startProcess({
    name: 'worker',
    entry: 'workflows/worker/src/main.ts',
    env,
    portVariable: 'WORKER_HTTP_PORT',
    readyTimeoutMs,
  });
}
