import { randomInt, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { ROLES } from '@aeo/auth';
import {
  bearer,
  RunningProcess,
  startServiceProcess,
  startThrowawayPostgres,
  ThrowawayPostgres,
  waitFor,
} from '@aeo/testing';

jest.setTimeout(300_000);

const platform = bearer({ sub: 'border-outage', roles: [ROLES.backendPlatform], scopes: ['aeo.status.read'] });
const base = String(randomInt(100_000, 999_999));
const GRANTED = `${base}1`;
const GRANTED_AFTER_RESTART = `${base}2`;

interface Answer {
  status: number;
  at: number;
  age: number | null;
  retryAfter: string | null;
  body: { aeo?: boolean; stale?: boolean; registerAsOf?: string; message?: string };
}

const errorLinesOf = (process: RunningProcess | undefined) =>
  (process?.logs() ?? '')
    .split('\n')
    .filter((line) => /"level":(50|40)|error/i.test(line))
    .slice(-40)
    .join('\n');

/**
 * The border look-up during a real database outage: a PostgreSQL server of this test's own is
 * stopped under a bounded load of look-ups. Runs alone (timings).
 */
describe('AEO status look-up while PostgreSQL is down', () => {
  let postgres: ThrowawayPostgres;
  let databaseUrl: string;
  let service: RunningProcess | undefined;

  const startService = (maxStalenessS: number) =>
    startServiceProcess('risk-management', {
      databaseUrl,
      env: {
        AEO_STATUS_MAX_STALENESS_S: String(maxStalenessS),
        // The register's age counts from the replica's last round trip to the database (heartbeat),
        // which precedes the stop by up to one heartbeat: 500 ms keeps the age of an answer 2 s after
        // the stop below the second test's limit of 3 s (with the default 2 s, it may be past it).
        AEO_STATUS_HEARTBEAT_MS: '500',
        DEPENDENCY_RETRY_AFTER_S: '2',
      },
    });
  const lookUp = async (taxpayerId: string): Promise<Answer> => {
    const response = await fetch(`${service!.url}/v1/aeo-status/${taxpayerId}`, {
      headers: { authorization: platform },
    });
    const age = response.headers.get('aeo-register-age');
    return {
      status: response.status,
      at: Date.now(),
      age: age === null ? null : Number(age),
      retryAfter: response.headers.get('retry-after'),
      body: (await response.json()) as Answer['body'],
    };
  };
  const grant = async (taxpayerId: string) => {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await client.query(
        `INSERT INTO aeo_status (taxpayer_id, operator_id, authorisation_number, status_type, status, suspended_scope, effective_from, consent_to_mra_sharing, last_event_at)
         VALUES ($1, $2, $3, 'AEOF', 'granted', NULL, now() - interval '1 day', true, now())`,
        [taxpayerId, randomUUID(), `MN-AEOF-${taxpayerId}`],
      );
    } finally {
      await client.end();
    }
  };
  /** The replica itself is in sync (its gauge): a current answer alone may come from the database before its first load. */
  const replicaInSync = async () => {
    const metrics = await (await fetch(`${service!.url}/metrics`)).text();
    return /^aeo_status_replica_in_sync 1$/m.test(metrics);
  };
  // Current and holding GRANTED: a replica that loaded just before the grant learns of it a few ms later (NOTIFY).
  const inSync = () =>
    waitFor(
      'the replica in sync and the look-up to answer GRANTED from it',
      async () => {
        const { body } = await lookUp(GRANTED);
        return body.stale === false && body.aeo === true && (await replicaInSync()) ? true : undefined;
      },
      30_000,
      100,
    );

  /**
   * Look-ups in a loop (4 at a time, each at most one every 2 ms: on a quiet machine an answer takes
   * well under a millisecond, and an unpaced loop gathered so many that spreading their ages into
   * Math.max overflowed the stack) until `until` resolves.
   */
  const underLoad = async <T>(until: Promise<T>): Promise<{ answers: Answer[]; result: T }> => {
    const answers: Answer[] = [];
    let done = false;
    const workers = Array.from({ length: 4 }, async () => {
      while (!done) {
        answers.push(await lookUp(GRANTED));
        await sleep(2);
      }
    });
    try {
      return { answers, result: await until };
    } finally {
      done = true;
      await Promise.all(workers);
    }
  };

  beforeAll(async () => {
    postgres = await startThrowawayPostgres();
    databaseUrl = await postgres.createDatabase('aeo_risk_management_outage');
  });

  afterAll(async () => {
    await service?.stop();
    await postgres?.destroy();
  });

  it('answers every look-up from the replica with its growing age while the database is stopped, and re-syncs within moments of its return', async () => {
    service = await startService(900);
    await grant(GRANTED);
    await inSync();
    expect((await lookUp(GRANTED)).body.aeo).toBe(true);

    const { answers, result: resyncMs } = await underLoad(
      (async () => {
        await sleep(1000);
        await postgres.stop();
        await sleep(15_000);
        await postgres.start();
        const restarted = Date.now();
        await inSync();
        return Date.now() - restarted;
      })(),
    );
    const failures = answers.filter((answer) => answer.status !== 200);
    // On failure, the service's own account of the errors says which error went unrecognised.
    if (failures.length > 0) console.error(errorLinesOf(service));
    expect(failures.map((answer) => `${answer.status} ${JSON.stringify(answer.body)}`)).toEqual([]);
    expect(answers.every((answer) => answer.body.aeo === true)).toBe(true);
    const stale = answers.filter((answer) => answer.body.stale);
    expect(stale.length).toBeGreaterThan(50);
    // The age grows with the outage: the header and the field agree.
    const ages = stale.map((answer) => answer.age!);
    expect(ages.reduce((a, b) => Math.max(a, b))).toBeGreaterThanOrEqual(13);
    expect(ages.reduce((a, b) => Math.min(a, b))).toBeLessThanOrEqual(1);
    const last = stale[stale.length - 1]!;
    expect(Math.abs((last.at - Date.parse(last.body.registerAsOf!)) / 1000 - last.age!)).toBeLessThanOrEqual(1.5);
    expect(resyncMs).toBeLessThanOrEqual(3000);

    // A change made after the restart is visible at once (the replica listens again).
    await grant(GRANTED_AFTER_RESTART);
    await waitFor(
      'the new grant through the look-up',
      async () => ((await lookUp(GRANTED_AFTER_RESTART)).body.aeo ? true : undefined),
      3000,
      50,
    );
  });

  // Once quarantined for two failures: `read ECONNRESET` was the service crashing (a pool connection
  // terminated in the same read as its handshake had no 'error' listener: fixed in
  // @aeo/persistence's pool); "current" answers well after the stop were look-ups cached before the
  // replica lost the database (now emptied on the loss) or the replica not loaded yet at the stop
  // (`inSync` now waits for the replica itself).
  it('refuses with 503 and Retry-After once the replica is older than AEO_STATUS_MAX_STALENESS_S, and answers again after the restart', async () => {
    await service?.stop();
    service = await startService(3);
    await inSync();

    await postgres.stop();
    const stopped = Date.now();
    const { answers } = await underLoad(sleep(6000));
    const early = answers.filter((answer) => answer.at - stopped < 2000);
    const late = answers.filter((answer) => answer.at - stopped > 4500);
    expect(early.length).toBeGreaterThan(0);
    // Right after the stop the replica may not have noticed yet: still current, so not stale.
    expect(
      early
        .filter((answer) => answer.status !== 200 || (answer.body.stale !== true && answer.at - stopped > 500))
        .map((answer) => [answer.at - stopped, answer.status, answer.body]),
    ).toEqual([]);
    expect(early.some((answer) => answer.body.stale === true)).toBe(true);
    expect(late.length).toBeGreaterThan(0);
    for (const answer of late) {
      expect(answer.status).toBe(503);
      expect(answer.retryAfter).toBe('2');
      expect(answer.body.message).toMatch(
        /^database is unavailable and the AEO register replica is \d+ s old \(limit AEO_STATUS_MAX_STALENESS_S = 3 s\); retry later$/,
      );
    }

    await postgres.start();
    const restarted = Date.now();
    await inSync();
    expect(Date.now() - restarted).toBeLessThanOrEqual(3000);
    expect(await lookUp(GRANTED_AFTER_RESTART)).toMatchObject({ status: 200, body: { aeo: true, stale: false } });
  });
});
