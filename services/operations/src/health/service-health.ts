import type { OperationsConfig } from '../config';

/** How long one readiness check may take. */
export const HEALTH_TIMEOUT_MS = 2000;

/** The platform's processes whose `/health/ready` is checked, with the variable that names it. */
export const HEALTH_TARGETS = [
  ['applications', 'HEALTH_URL_APPLICATIONS'],
  ['validation', 'HEALTH_URL_VALIDATION'],
  ['risk-management', 'HEALTH_URL_RISK_MANAGEMENT'],
  ['mra', 'HEALTH_URL_MRA'],
  ['notifications', 'HEALTH_URL_NOTIFICATIONS'],
  ['programme', 'HEALTH_URL_PROGRAMME'],
  ['worker', 'HEALTH_URL_WORKER'],
] as const satisfies readonly (readonly [string, keyof OperationsConfig])[];

export interface DependencyHealth {
  name: string;
  status: 'up' | 'down';
  detail: string;
}

export interface ServiceHealth {
  service: string;
  url: string;
  status: 'up' | 'down';
  detail: string;
  checkedAt: Date;
  latencyMs: number;
  dependencies: DependencyHealth[];
}

/**
 * The dependencies a readiness answer reports: the services' (`@nestjs/terminus`: `details`, each
 * `{ status: 'up' | 'down', message? }`: database, kafka, temporal, identity-provider) or the
 * worker's (`worker`: its state).
 */
export function dependenciesOf(body: unknown): DependencyHealth[] {
  if (body === null || typeof body !== 'object') return [];
  const { details, worker } = body as { details?: unknown; worker?: unknown };
  if (typeof worker === 'string')
    return [{ name: 'temporal-worker', status: worker === 'RUNNING' ? 'up' : 'down', detail: worker }];
  if (details === null || typeof details !== 'object') return [];
  return Object.entries(details as Record<string, unknown>).map(([name, value]) => {
    const { status, message } = (value ?? {}) as { status?: unknown; message?: unknown };
    const up = status === 'up';
    return {
      name: name.slice(0, 100),
      status: up ? 'up' : 'down',
      detail: up ? 'up' : typeof message === 'string' ? message.slice(0, 500) : String(status ?? 'no status'),
    };
  });
}

/** One process's readiness: up on a 2xx answer; down on another status (naming its dependencies down), an error or no answer in time. */
export async function checkReadiness(
  service: string,
  url: string,
  now: () => Date = () => new Date(),
): Promise<ServiceHealth> {
  const checkedAt = now();
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(url, {
      signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS),
      headers: { accept: 'application/json' },
      redirect: 'manual',
    });
    const text = await response.text();
    const latencyMs = latency();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    const dependencies = dependenciesOf(body);
    const down = dependencies.filter((dependency) => dependency.status === 'down');
    const up = response.ok;
    const detail = up
      ? 'ready'
      : `HTTP ${response.status}${down.length ? `: ${down.map((d) => `${d.name} down (${d.detail})`).join('; ')}` : ''}`;
    return {
      service,
      url,
      status: up ? 'up' : 'down',
      detail: detail.slice(0, 2000),
      checkedAt,
      latencyMs,
      dependencies,
    };
  } catch (error) {
    const latencyMs = latency();
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const detail =
      (error as Error).name === 'TimeoutError'
        ? `no answer within ${HEALTH_TIMEOUT_MS} ms`
        : `unreachable: ${cause?.code ?? cause?.message ?? (error as Error).message}`;
    return { service, url, status: 'down', detail, checkedAt, latencyMs, dependencies: [] };
  }
}
