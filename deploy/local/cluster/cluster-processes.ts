/**
 * The cluster profile's platform processes: two instances of every service and two workers, under
 * their own pm2 daemon (PM2_HOME .local/pm2-cluster), against the cluster's Kafka and Temporal and
 * databases of their own on the platform's PostgreSQL server (`aeo_cluster_<service>`, so that the
 * light profile's `aeo_<service>` are left alone). Both instances of a service share its database,
 * its consumer groups (Kafka splits the partitions between them) and its Temporal task queue (the
 * server hands each task to one poller), as replicas behind a load balancer would.
 * `deploy/local/cluster/cluster.sh` drives it (`infra.sh cluster start|stop|status services`).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  PLATFORM_PROCESSES,
  pm2List,
  processStates,
  formatDuration,
  supervisedApp,
  supervisorLogRelayApp,
  type PlatformProcess,
  type SupervisionPaths,
} from '../supervision';

/** The services and the worker; the console, the portal and the sinks are not replicated. */
const REPLICATED = PLATFORM_PROCESSES.filter((p) => !['dev-sinks', 'console', 'portal'].includes(p.name));

/** Instance n of a process listens on its light-profile port + 1000 + 100·n (applications: 4101, 4201). */
export const INSTANCES = [1, 2] as const;
const PORT_OFFSET = Number(process.env['AEO_CLUSTER_PORT_OFFSET'] ?? 1000);
export const instancePort = (p: PlatformProcess, instance: number) => p.port + PORT_OFFSET + 100 * instance;

/** The mail and webhook sink of this profile (the notifications service's SMTP_URL). */
export const CLUSTER_SINKS = {
  name: 'cluster-sinks',
  port: 3007 + PORT_OFFSET,
  smtpPort: 2525 + 10_000,
};

export interface ClusterProcess {
  name: string;
  /** The process of PLATFORM_PROCESSES it is an instance of ('worker', 'applications', ...). */
  role: string;
  instance: number;
  port: number;
  entry: string;
  env: Record<string, string>;
}

/** The database of a service in this profile, on the server `DATABASE_URL` names. */
export function clusterDatabaseUrl(service: string, databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${clusterDatabaseName(service)}`;
  return url.toString();
}
export const clusterDatabaseName = (service: string) => `aeo_cluster_${service.replace(/-/g, '_')}`;

/** The replicated services (their folder names), for the databases to create. */
export const CLUSTER_SERVICES = REPLICATED.filter((p) => p.name !== 'worker').map((p) => p.name);

/**
 * Every process of the profile with its environment; the engines' addresses, the identity
 * provider and the rest come from the environment of `cluster.sh` (inherited through pm2).
 */
export function clusterProcesses(env: NodeJS.ProcessEnv = process.env): ClusterProcess[] {
  const databaseUrl = env['DATABASE_URL'] ?? 'postgres://aeo:aeo@127.0.0.1:5432/postgres';
  const processes: ClusterProcess[] = [
    {
      name: CLUSTER_SINKS.name,
      role: 'dev-sinks',
      instance: 1,
      port: CLUSTER_SINKS.port,
      entry: 'deploy/local/dev-sinks.ts',
      env: { PORT: String(CLUSTER_SINKS.port), MAIL_SINK_SMTP_PORT: String(CLUSTER_SINKS.smtpPort) },
    },
  ];
  for (const instance of INSTANCES) {
    for (const p of REPLICATED) {
      const port = instancePort(p, instance);
      const own: Record<string, string> = { [p.portVariable]: String(port) };
      if (p.name !== 'worker') {
        own[`${p.name.replace(/-/g, '_').toUpperCase()}_DATABASE_URL`] = clusterDatabaseUrl(p.name, databaseUrl);
        own['KAFKA_CLIENT_ID'] = `${p.name}-${instance}`;
      }
      if (p.name === 'notifications') own['SMTP_URL'] = `smtp://127.0.0.1:${CLUSTER_SINKS.smtpPort}`;
      processes.push({ name: `${p.name}-${instance}`, role: p.name, instance, port, entry: p.entry, env: own });
    }
  }
  return processes;
}

/** The pm2 ecosystem of the profile (deploy/local/cluster/ecosystem.config.js). */
export function clusterEcosystem(paths: SupervisionPaths, env: NodeJS.ProcessEnv = process.env) {
  mkdirSync(paths.logDir, { recursive: true });
  return {
    apps: [
      supervisorLogRelayApp(paths),
      ...clusterProcesses(env).map((p) => supervisedApp(p.name, p.entry, p.env, paths)),
    ],
  };
}

/** Its /health/ready answers 200 (within 3 s). */
export async function isReady(port: number): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/health/ready`, { signal: AbortSignal.timeout(3000) })).ok;
  } catch {
    return false;
  }
}

async function printStatus(pm2Binary: string): Promise<void> {
  const states = new Map(processStates(pm2List(pm2Binary)).map((s) => [s.name, s]));
  for (const p of clusterProcesses()) {
    const state = states.get(p.name);
    const online = state?.state === 'online';
    const health = online ? ((await isReady(p.port)) ? 'ready' : 'not ready') : '';
    console.log(
      [
        p.name.padEnd(18),
        (state?.state ?? 'not started').padEnd(11),
        `pid ${state?.pid ?? '-'}`.padEnd(12),
        (state?.uptimeMs != null ? formatDuration(state.uptimeMs) : '-').padEnd(7),
        `restarts ${state?.restarts ?? 0}`.padEnd(12),
        health.padEnd(9),
        `http://127.0.0.1:${p.port}`,
      ].join(' '),
    );
  }
}

if (require.main === module) {
  const [command, arg] = process.argv.slice(2);
  if (command === 'processes') {
    // name, port, instance: what cluster.sh waits for, in start order (instance 1 first: it migrates).
    for (const p of clusterProcesses()) console.log(`${p.name} ${p.port} ${p.instance}`);
  } else if (command === 'databases') {
    console.log(CLUSTER_SERVICES.map(clusterDatabaseName).join(' '));
  } else if (command === 'status' && arg) {
    printStatus(arg).catch((error: Error) => {
      console.error(`status: ${error.message}`);
      process.exitCode = 1;
    });
  } else {
    console.error('usage: cluster-processes.ts processes | databases | status <pm2 binary>');
    process.exitCode = 2;
  }
}

export const clusterLogDir = (root: string) => join(root, '.local', 'logs', 'cluster');
