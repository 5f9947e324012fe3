import type { DataSource } from 'typeorm';
import { DependencyUnavailableException } from '@aeo/service-kit';
import type { RiskManagementConfig } from '../config';
import type { AeoStatusRecord } from './aeo-benefits';
import type { AeoStatusReplica } from './aeo-status.replica';
import { AeoStatusService } from './aeo-status.service';

// The database behind a connection lost without a word: a query is sent and never answered.
jest.mock('./aeo-status.repository', () => ({ findAeoStatus: () => new Promise(() => undefined) }));

const HEARTBEAT_MS = 500;
const config = {
  AEO_STATUS_CACHE_MAX_ENTRIES: 100,
  AEO_STATUS_CACHE_TTL_MS: 5000,
  TAXPAYER_ID_PATTERN: '^[0-9]{7}$',
  AEO_STATUS_MAX_STALENESS_S: 3600,
  DEPENDENCY_RETRY_AFTER_S: 5,
  AEO_STATUS_HEARTBEAT_MS: HEARTBEAT_MS,
} as RiskManagementConfig;

const lastRoundTrip = Date.parse('2026-12-01T10:00:00Z');
const granted: AeoStatusRecord = {
  taxpayerId: '5012345',
  operatorId: 'c2f8a3c4-8f43-4c39-9d1c-0d5f1a7e1f10',
  authorisationNumber: 'MN-AEOF-5012345',
  statusType: 'AEOF',
  status: 'granted',
  suspendedScope: null,
  effectiveFrom: new Date('2026-01-01T00:00:00Z'),
  statusEffectiveFrom: new Date('2026-01-01T00:00:00Z'),
  consentToMraSharing: true,
};

/** A replica whose last round trip has grown old, before its heartbeat has found the database unreachable. */
const replicaOutOfSync = (loaded: boolean) =>
  ({
    ready: false as boolean,
    loaded,
    databaseUnreachable: false,
    onOutOfSync: () => undefined,
    asOf: () => lastRoundTrip,
    get: () => granted,
  }) as unknown as AeoStatusReplica;

/** How the look-up settled once `HEARTBEAT_MS` has passed: its answer, its error, or still pending. */
async function settledAfterHeartbeat(service: AeoStatusService, meanwhile: () => unknown = () => undefined) {
  let outcome: { answer?: unknown; error?: unknown } | undefined;
  Promise.resolve(service.lookUp('5012345', new Date(lastRoundTrip + 3000))).then(
    (answer) => (outcome = { answer }),
    (error: unknown) => (outcome = { error }),
  );
  meanwhile();
  await jest.advanceTimersByTimeAsync(HEARTBEAT_MS);
  return outcome;
}

describe('AeoStatusService look-up while the replica is out of sync and the database silent', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('answers from the loaded replica, stale as of its last round trip, once the database has not answered within the heartbeat', async () => {
    const service = new AeoStatusService({ manager: {} } as DataSource, replicaOutOfSync(true), config);
    const outcome = await settledAfterHeartbeat(service);
    expect(outcome?.answer).toMatchObject({
      aeo: true,
      stale: true,
      registerAsOf: new Date(lastRoundTrip).toISOString(),
    });
  });

  it('answers current from the replica when it came back in sync while the database was awaited (a late heartbeat answer)', async () => {
    const replica = replicaOutOfSync(true);
    const service = new AeoStatusService({ manager: {} } as DataSource, replica, config);
    const outcome = await settledAfterHeartbeat(service, () => Object.assign(replica, { ready: true }));
    expect(outcome?.answer).toMatchObject({ aeo: true, stale: false });
  });

  it('answers 503 with Retry-After when no register was ever loaded', async () => {
    const service = new AeoStatusService({ manager: {} } as DataSource, replicaOutOfSync(false), config);
    const outcome = await settledAfterHeartbeat(service);
    expect(outcome?.error).toBeInstanceOf(DependencyUnavailableException);
    expect(outcome?.error).toMatchObject({ dependency: 'database', retryAfterSeconds: 5 });
  });
});
