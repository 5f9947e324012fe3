/**
 * The console's speed in a real browser (issue 19): the first load of the overview (navigation
 * start to its heading) and of the sign-in page, and the applications work queue at
 * `/applications?pageSize=200` with 1,000 open applications, beside the same page with an empty
 * queue, in Debian's Chromium (headless, playwright-core), against the console's server
 * (services/console/server/main.ts, the Vite build) proxying to a real applications service.
 *
 * Two applications services, each a real process on a throw-away database: one with BENCH_APPLICATIONS
 * (1,000) open applications seeded with SQL (submitted or accepted, their legal deadlines spread from
 * 30 days past to 89 ahead; see bench/README.md for why not through the API), one with none. Each has
 * a console server of its own. The executive (demo-executive, every region's queue) signs in once at
 * the identity provider (AUTH_ISSUER); each measured load runs in a fresh browser context (cold HTTP
 * cache) with that session copied into its sessionStorage, where oidc-client-ts keeps it.
 *
 * The API answers at most 200 rows a page (PAGE_SIZE_MAX): the queue measured is the first 200-row
 * page of a queue whose total is 1,000. A page that long renders only the rows in the window and
 * ten below (libs/web/src/components/PagedTable.tsx): the queue is rendered when its table
 * announces the page's rows (aria-rowcount 201) with those rows in its body; after each measured
 * load (untimed) the window is scrolled to the end and the page's 200th row must render, or the
 * bench fails.
 *
 * Times are the page's own (`performance.now()`, from navigation start): a MutationObserver notes
 * when the awaited element is first in the DOM, and the frame after it (requestAnimationFrame, then
 * a task: style, layout and paint of that frame done); resource timing gives the queue API
 * response's end. BENCH_ROUNDS (5) rounds, each kind once a round, the order flipped every round,
 * after one warm-up round; medians are reported.
 *
 *   node -r ./tools/register.js bench/console.bench.ts      (from the repo root; or: bash bench/run.sh console)
 *
 * Env (defaults): BENCH_ROUNDS (5), BENCH_APPLICATIONS (1000), BENCH_FIRST_LOAD_TARGET_MS (1500),
 *   BENCH_QUEUE_RENDER_TARGET_MS (300), BENCH_ENFORCE_TARGET (1 = exit 3 when a target is missed),
 *   BENCH_PHASE_TIMEOUT_MS (120000), BENCH_CPU_PROFILE (1 = one more load of the full queue under
 *   the V8 profiler: console-queue-1000.cpuprofile beside the results, the hottest functions printed),
 *   BENCH_USER (demo-executive), BENCH_PASSWORD (aeo-demo),
 *   BENCH_RESULTS (.local/test-results/bench/console.json), CONSOLE_DIST_DIR (dist/console, built
 *   when missing), CHROMIUM_PATH, DATABASE_URL, AUTH_ISSUER.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { Client } from 'pg';
import {
  consoleDistDir,
  createTestDatabase,
  launchBrowser,
  newPage,
  type RunningProcess,
  signInToConsole,
  startConsoleProcess,
  startServiceProcess,
  testEnv,
} from '@aeo/testing';
import * as kit from './lib/bench-kit';

const ROUNDS = kit.intEnv('BENCH_ROUNDS', 5);
const APPLICATIONS = kit.intEnv('BENCH_APPLICATIONS', 1000);
const FIRST_LOAD_TARGET_MS = kit.intEnv('BENCH_FIRST_LOAD_TARGET_MS', 1500);
const QUEUE_RENDER_TARGET_MS = kit.intEnv('BENCH_QUEUE_RENDER_TARGET_MS', 300);
const ENFORCE_TARGET = process.env['BENCH_ENFORCE_TARGET'] === '1';
const CPU_PROFILE = process.env['BENCH_CPU_PROFILE'] === '1';
const PHASE_TIMEOUT_MS = kit.intEnv('BENCH_PHASE_TIMEOUT_MS', 120_000);
const CREDENTIALS = {
  username: process.env['BENCH_USER'] ?? 'demo-executive',
  password: process.env['BENCH_PASSWORD'] ?? 'aeo-demo',
};
const RESULTS_PATH = resolve(
  process.env['BENCH_RESULTS'] ?? join(testEnv.repoRoot, '.local', 'test-results', 'bench', 'console.json'),
);
/** The API's largest page (libs/service-kit PAGE_SIZE_MAX). */
const PAGE_SIZE = 200;
const QUEUE_PATH = `/applications?pageSize=${PAGE_SIZE}`;
const QUEUE_API = '/v1/application-queue';
/** Where oidc-client-ts keeps the signed-in user (services/console/src/auth/auth.tsx: sessionStorage). */
const USER_KEY_PREFIX = 'oidc.user:';

// ------------------------------------------------------------------------------------------------
// setup: 1,000 open applications straight into the tables
// ------------------------------------------------------------------------------------------------
const REGIONS = ['ULAANBAATAR', 'DARKHAN', 'ERDENET', 'ZAMYN_UUD', 'SELENGE', 'DORNOD', 'UMNUGOVI', 'KHOVD'];
/**
 * One operator per application (one open application per operator and status type), named from
 * two word lists so that names differ in length; even rows submitted (the acceptance deadline
 * pending), odd rows accepted (the decision deadline pending); the deadlines spread by a hash of
 * the row from 30 days past to 89 days ahead, at varied hours.
 */
const SEED = `
WITH rows AS (
  SELECT i, gen_random_uuid() AS operator_id, gen_random_uuid() AS application_id,
    ($2::text[])[1 + i % array_length($2::text[], 1)] AS region,
    (ARRAY['AEOC','AEOS','AEOF'])[1 + (i / 2) % 3] AS status_type,
    CASE WHEN i % 2 = 0 THEN 'submitted' ELSE 'accepted' END AS status,
    date_trunc('hour', now()) + ((hashint4(i) & 2147483647) % (120 * 24) - 30 * 24) * interval '1 hour' AS due_at,
    (ARRAY['Altai','Bayan','Gobi','Khangai','Tavan Bogd','Erdene','Chinggis','Darkhan','Selenge','Orkhon'])[1 + i % 10]
      || ' ' || (ARRAY['Trade','Logistics','Cargo','Freight','Import Export','Mining Supply','Foods','Cashmere'])[1 + (i / 10) % 8]
      || ' ' || lpad(i::text, 4, '0') AS name
  FROM generate_series(1, $1) AS i
), operators AS (
  INSERT INTO operators (id, taxpayer_id, name, legal_form, region, customs_office, supply_chain_roles, address, contact)
  SELECT operator_id, (8000000 + i)::text, name, 'LLC', region, region || '-01', '{importer}',
    '{"street":"Peace Avenue 17","city":"Ulaanbaatar","country":"MN"}', '{"name":"Bat","email":"bench@example.mn","language":"mn"}'
  FROM rows
)
INSERT INTO applications (id, operator_id, region, status_type, status, consent_to_mra_sharing, submitted_at,
  acceptance_deadline, accepted_at, decision_deadline, created_by)
SELECT application_id, operator_id, region, status_type, status, false,
  CASE WHEN status = 'submitted' THEN due_at - interval '30 days' ELSE due_at - interval '140 days' END,
  CASE WHEN status = 'submitted' THEN due_at ELSE due_at - interval '110 days' END,
  CASE WHEN status = 'accepted' THEN due_at - interval '120 days' END,
  CASE WHEN status = 'accepted' THEN due_at END,
  'console-bench'
FROM rows`;

/**
 * Untimed check after a measured load: the window scrolled to the page's end renders its last row
 * (the rows a long page does not render at first are there when scrolled to).
 */
async function lastRowReached(page: Page, rows: number): Promise<boolean> {
  // Runs in the page (this file is type-checked without the DOM's types).
  const toEnd = () =>
    page.evaluate(() => {
      const scope = globalThis as unknown as {
        scrollTo(x: number, y: number): void;
        document: { documentElement: { scrollHeight: number } };
      };
      scope.scrollTo(0, scope.document.documentElement.scrollHeight);
    });
  const last = page.locator(`[data-testid="paged-table"] tbody tr[aria-rowindex="${rows + 1}"]`);
  // Rows measured on the way can change the page's height: scroll to the end again until it is there.
  for (let attempt = 0; attempt < 10; attempt += 1) {
    await toEnd();
    try {
      await last.waitFor({ timeout: 500 });
      await toEnd();
      return true;
    } catch {
      // not yet
    }
  }
  return false;
}

async function seed(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const started = performance.now();
    const { rowCount } = await kit.withTimeout(client.query(SEED, [APPLICATIONS, REGIONS]), PHASE_TIMEOUT_MS, 'seed');
    await client.query('ANALYZE');
    console.log(`[bench] seeded ${rowCount} open applications in ${kit.fmt(performance.now() - started)} ms (SQL)`);
    return rowCount ?? 0;
  } finally {
    await client.end();
  }
}

/** An applications service on a throw-away database, and a console server in front of it. */
async function startPair(label: string): Promise<{ databaseUrl: string; console: RunningProcess }> {
  const database = await createTestDatabase(`bench_console_${label}`);
  kit.onCleanup(`drop the ${label} database`, () => database.drop());
  // Kafka at a closed port: no consumer works during the measurement (the queue is read from the store only).
  const applications = await startServiceProcess('applications', {
    databaseUrl: database.url,
    env: { KAFKA_BROKERS: '127.0.0.1:1', LOG_LEVEL: 'error', REVALIDATION_WATCHDOG_CRON: '' },
    readyTimeoutMs: PHASE_TIMEOUT_MS,
  });
  kit.onCleanup(`stop the ${label} applications service`, () => applications.stop());
  const server = await startConsoleProcess({ services: { applications: applications.url } });
  kit.onCleanup(`stop the ${label} console server`, () => server.stop());
  return { databaseUrl: database.url, console: server };
}

// ------------------------------------------------------------------------------------------------
// measuring in the page
// ------------------------------------------------------------------------------------------------
/** What the page notes (window.__bench): when the awaited element was first in the DOM, and the frame after. */
interface PageMarks {
  dom?: number;
  painted?: number;
}

/**
 * Runs in the page before its own scripts (every navigation of the context): puts the session in
 * sessionStorage (on the console's origin only) and watches the DOM for `count` elements matching
 * `selector`, noting performance.now() then and after the next frame.
 */
function watchPage(args: { origin: string; storage: Record<string, string>; selector: string; count: number }) {
  const scope = globalThis as unknown as {
    location: { origin: string };
    sessionStorage: { setItem(key: string, value: string): void };
    document: { querySelectorAll(selector: string): { length: number } };
    MutationObserver: new (callback: () => void) => {
      observe(target: unknown, options: object): void;
      disconnect(): void;
    };
    requestAnimationFrame(callback: () => void): void;
    setTimeout(callback: () => void, ms: number): void;
    __bench?: PageMarks;
  };
  if (scope.location.origin !== args.origin) return;
  for (const [key, value] of Object.entries(args.storage)) scope.sessionStorage.setItem(key, value);
  const marks: PageMarks = {};
  scope.__bench = marks;
  const observer = new scope.MutationObserver(() => {
    if (marks.dom !== undefined || scope.document.querySelectorAll(args.selector).length < args.count) return;
    marks.dom = performance.now();
    observer.disconnect();
    scope.requestAnimationFrame(() => scope.setTimeout(() => (marks.painted = performance.now()), 0));
  });
  observer.observe(scope.document, { childList: true, subtree: true });
}

/** The parts of the page's resource timing read here (ms from navigation start). */
interface TimingEntry {
  name: string;
  initiatorType?: string;
  startTime: number;
  responseEnd: number;
  decodedBodySize?: number;
  domContentLoadedEventEnd?: number;
}

/** Navigation and resource timing of the page, read once it is ready (ms from navigation start). */
function readTimings(api: string) {
  const timing = (globalThis as unknown as { performance: { getEntriesByType(type: string): TimingEntry[] } })
    .performance;
  const [navigation] = timing.getEntriesByType('navigation');
  const resources = timing.getEntriesByType('resource');
  const apiCall = resources.filter((entry) => entry.name.includes(api)).pop();
  const script = resources.find(
    (entry) => entry.initiatorType === 'script' && /\/assets\/index-[^/]+\.js$/.test(entry.name),
  );
  return {
    documentEnd: navigation?.responseEnd,
    domContentLoaded: navigation?.domContentLoadedEventEnd,
    scriptEnd: script?.responseEnd,
    scriptBytes: script?.decodedBodySize,
    apiStart: apiCall?.startTime,
    apiEnd: apiCall?.responseEnd,
    apiBytes: apiCall?.decodedBodySize,
    marks: (globalThis as unknown as { __bench?: PageMarks }).__bench ?? {},
  };
}

type Kind = 'sign-in' | 'overview' | 'queue-1000' | 'queue-empty';
const KINDS: readonly Kind[] = ['sign-in', 'overview', 'queue-1000', 'queue-empty'];

interface Run {
  round: number;
  kind: Kind;
  /** Navigation start to the awaited element in the DOM, and to the frame after it. */
  readyMs: number;
  paintedMs: number;
  documentEndMs?: number;
  scriptEndMs?: number;
  /** The queue API's request start and response end (ms from navigation start); the render part after it. */
  apiStartMs?: number;
  apiEndMs?: number;
  renderMs?: number;
  renderPaintedMs?: number;
  /** Rows in the DOM when painted (the window's, not the page's 200). */
  rows?: number;
  /** After the measure (not timed): scrolled to the bottom, the page's last row is rendered. */
  lastRowReached?: boolean;
  total?: string;
  /** The renderer's main thread up to the frame after ready (Chromium's Performance.getMetrics): busy, script, layout, style. */
  busyMs?: number;
  scriptMs?: number;
  layoutMs?: number;
  styleMs?: number;
}

/** Chromium's cumulative main-thread times of a page (seconds), as the DevTools protocol reports them. */
const MAIN_THREAD_METRICS = {
  busyMs: 'TaskDuration',
  scriptMs: 'ScriptDuration',
  layoutMs: 'LayoutDuration',
  styleMs: 'RecalcStyleDuration',
} as const;

/** Which build of the app was measured: its directory, its entry script and size, and when it was built. */
function buildOf() {
  const dir = consoleDistDir();
  const script = /\/assets\/(index-[\w-]+\.js)/.exec(readFileSync(join(dir, 'index.html'), 'utf8'))?.[1];
  const file = script ? join(dir, 'assets', script) : undefined;
  return {
    dir,
    script,
    scriptBytes: file ? statSync(file).size : undefined,
    builtAt: file ? statSync(file).mtime.toISOString() : undefined,
  };
}

/** A V8 CPU profile as the DevTools protocol's Profiler.stop answers it (the parts read here). */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** The functions that took the most time themselves in a profile (ms), named with their file and line. */
function selfTimes(profile: CpuProfile, top: number): { fn: string; ms: number }[] {
  const nameOf = new Map(
    profile.nodes.map(({ id, callFrame: frame }) => [
      id,
      `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() || ''}:${frame.lineNumber + 1}`,
    ]),
  );
  const totals = new Map<string, number>();
  (profile.samples ?? []).forEach((node, i) => {
    const name = nameOf.get(node) ?? '?';
    totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  return [...totals]
    .map(([fn, ms]) => ({ fn, ms: kit.round1(ms) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, top);
}

async function main(): Promise<number> {
  const startedAt = new Date();
  const loadAtStart = loadavg().map(kit.round1);
  console.log(
    `[bench] console in Chromium: ${APPLICATIONS} open applications (page of ${PAGE_SIZE}), ${ROUNDS} rounds, issuer ${testEnv.authIssuer}`,
  );
  const [full, empty] = await Promise.all([startPair('full'), startPair('empty')]);
  const seeded = await seed(full.databaseUrl);

  const browser: Browser = await launchBrowser();
  kit.onCleanup('close the browser', () => browser.close());
  const version = browser.version();

  // The session: signed in once through the identity provider, again only when its token is about to expire.
  let storage: Record<string, string> = {};
  const session = async (): Promise<Record<string, string>> => {
    const user = Object.entries(storage).find(([key]) => key.startsWith(USER_KEY_PREFIX));
    const expiresAt = user ? Number((JSON.parse(user[1]) as { expires_at?: number }).expires_at) : 0;
    if (expiresAt * 1000 > Date.now() + 120_000) return storage;
    const page = await newPage(browser);
    try {
      await signInToConsole(page, full.console.url, CREDENTIALS);
      const all = (await page.evaluate(() =>
        Object.fromEntries(
          Object.entries((globalThis as unknown as { sessionStorage: Record<string, string> }).sessionStorage),
        ),
      )) as Record<string, string>;
      storage = Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith(USER_KEY_PREFIX)));
      if (Object.keys(storage).length === 0)
        throw new Error(`no ${USER_KEY_PREFIX}* in sessionStorage after signing in`);
      console.log(`[bench] signed in as ${CREDENTIALS.username}`);
      return storage;
    } finally {
      await page.context().close();
    }
  };

  // What each queue answers through the console's proxy: 1,000 and none.
  const accessToken = async () =>
    (JSON.parse(Object.values(await session())[0]!) as { access_token: string }).access_token;
  const totals: Record<string, number> = {};
  for (const [name, pair] of Object.entries({ full, empty })) {
    const response = await fetch(`${pair.console.url}/api/applications${QUEUE_API}?pageSize=${PAGE_SIZE}`, {
      headers: { authorization: `Bearer ${await accessToken()}` },
    });
    if (!response.ok) throw new Error(`${name} queue through the console: ${response.status} ${await response.text()}`);
    const body = (await response.json()) as { total: number; items: unknown[] };
    totals[name] = body.total;
    console.log(`[bench] ${name} queue: total ${body.total}, ${body.items.length} items on the page`);
  }
  if (totals['full'] !== APPLICATIONS || totals['empty'] !== 0)
    throw new Error(`the queues answer ${JSON.stringify(totals)}, not ${APPLICATIONS} and 0`);
  const rowsExpected = Math.min(PAGE_SIZE, APPLICATIONS);

  const measure = async (round: number, kind: Kind, profiled = false): Promise<Run & { profile?: CpuProfile }> => {
    kit.checkAbort();
    const target = {
      'sign-in': { server: full.console, path: '/', selector: '[data-testid="sign-in"]', count: 1, signedIn: false },
      overview: { server: full.console, path: '/', selector: '#main h2', count: 1, signedIn: true },
      // The table announcing the page's rows (aria-rowcount: header + 200) with its first rows in
      // the body: a page this long renders the rows in the window (and ten below) in one commit.
      'queue-1000': {
        server: full.console,
        path: QUEUE_PATH,
        selector: `[data-testid="paged-table"][aria-rowcount="${rowsExpected + 1}"] tbody tr[data-index]`,
        count: 1,
        signedIn: true,
      },
      // The one row saying the queue is empty.
      'queue-empty': {
        server: empty.console,
        path: QUEUE_PATH,
        selector: '[data-testid="paged-table"] tbody tr',
        count: 1,
        signedIn: true,
      },
    }[kind];
    const page: Page = await newPage(browser);
    try {
      const devtools = await page.context().newCDPSession(page);
      await devtools.send('Performance.enable');
      if (profiled) {
        await devtools.send('Profiler.enable');
        await devtools.send('Profiler.setSamplingInterval', { interval: 250 });
        await devtools.send('Profiler.start');
      }
      await page.addInitScript(watchPage, {
        origin: new URL(target.server.url).origin,
        storage: target.signedIn ? await session() : {},
        selector: target.selector,
        count: target.count,
      });
      await page.goto(`${target.server.url}${target.path}`, { waitUntil: 'commit' });
      await page.waitForFunction(
        () => (globalThis as unknown as { __bench?: PageMarks }).__bench?.painted !== undefined,
        undefined,
        { timeout: PHASE_TIMEOUT_MS },
      );
      const profile = profiled ? ((await devtools.send('Profiler.stop')).profile as CpuProfile) : undefined;
      const { metrics } = await devtools.send('Performance.getMetrics');
      const timings = await page.evaluate(readTimings, QUEUE_API);
      const mainThread = Object.fromEntries(
        Object.entries(MAIN_THREAD_METRICS).map(([key, metric]) => [
          key,
          kit.round1((metrics.find((m) => m.name === metric)?.value ?? NaN) * 1000),
        ]),
      );
      const run: Run = {
        round,
        kind,
        readyMs: timings.marks.dom!,
        paintedMs: timings.marks.painted!,
        documentEndMs: timings.documentEnd,
        scriptEndMs: timings.scriptEnd,
        ...mainThread,
      };
      if (kind.startsWith('queue')) {
        if (timings.apiEnd === undefined)
          throw new Error(`${kind}: no ${QUEUE_API} request in the page's resource timing`);
        run.apiStartMs = timings.apiStart;
        run.apiEndMs = timings.apiEnd;
        run.renderMs = timings.marks.dom! - timings.apiEnd;
        run.renderPaintedMs = timings.marks.painted! - timings.apiEnd;
        run.rows = await page.locator(target.selector).count();
        run.total = await page.getByTestId('paged-total').innerText();
        if (kind === 'queue-1000') {
          // What the measured page looks like, at its top and scrolled to its end (round 1 only).
          const shot = (name: string) =>
            round === 1 ? page.screenshot({ path: join(dirname(RESULTS_PATH), name), fullPage: false }) : undefined;
          await shot('console-queue-1000-top.png');
          run.lastRowReached = await lastRowReached(page, rowsExpected);
          await shot('console-queue-1000-end.png');
        }
      }
      return { ...run, profile };
    } finally {
      await page.context().close();
    }
  };

  // One warm-up round (the servers' and the browser's first time; not reported), then the rounds.
  for (const kind of KINDS) await measure(0, kind);
  const runs: Run[] = [];
  for (const { round, kind } of kit.alternatingRounds(ROUNDS, KINDS)) {
    const { profile: _none, ...run } = await measure(round, kind);
    runs.push(run);
    console.log(
      `[bench] round ${round} ${kind.padEnd(11)} ready ${kit.fmt(run.readyMs)} ms` +
        (run.renderMs === undefined
          ? ''
          : `, API ${kit.fmt(run.apiStartMs)}–${kit.fmt(run.apiEndMs)} ms, render ${kit.fmt(run.renderMs)} ms, ${run.rows} rows in the DOM${run.lastRowReached === undefined ? '' : run.lastRowReached ? ', last row reached by scrolling' : ', LAST ROW NOT REACHED by scrolling'}, "${run.total}"`),
    );
  }

  const unreached = runs.filter((run) => run.lastRowReached === false);
  if (unreached.length > 0)
    throw new Error(
      `queue-${APPLICATIONS}: the page's last row was not rendered when scrolled to (rounds ${unreached.map((r) => r.round).join(', ')})`,
    );

  const of = (kind: Kind) => runs.filter((run) => run.kind === kind);
  const med = (kind: Kind, pick: (run: Run) => number | undefined) => {
    const values = of(kind)
      .map(pick)
      .filter((value): value is number => value !== undefined);
    return values.length ? kit.median(values) : undefined;
  };
  const round = (value: number | undefined) => (value === undefined ? undefined : kit.round1(value));
  const picks: Record<string, (run: Run) => number | undefined> = {
    readyMs: (r) => r.readyMs,
    paintedMs: (r) => r.paintedMs,
    documentEndMs: (r) => r.documentEndMs,
    scriptEndMs: (r) => r.scriptEndMs,
    apiStartMs: (r) => r.apiStartMs,
    apiEndMs: (r) => r.apiEndMs,
    apiMs: (r) => (r.apiEndMs === undefined ? undefined : r.apiEndMs - r.apiStartMs!),
    renderMs: (r) => r.renderMs,
    renderPaintedMs: (r) => r.renderPaintedMs,
    ...Object.fromEntries(
      Object.keys(MAIN_THREAD_METRICS).map((key) => [key, (r: Run) => r[key as keyof typeof MAIN_THREAD_METRICS]]),
    ),
  };
  const figureOf = (kind: Kind): Record<string, number | undefined> => ({
    ...Object.fromEntries(Object.entries(picks).map(([key, pick]) => [key, round(med(kind, pick))])),
    readyMinMs: kit.round1(Math.min(...of(kind).map((r) => r.readyMs))),
    readyMaxMs: kit.round1(Math.max(...of(kind).map((r) => r.readyMs))),
  });
  const figures = Object.fromEntries(KINDS.map((kind) => [kind, figureOf(kind)])) as Record<
    Kind,
    Record<string, number | undefined>
  >;
  const ratio = (key: string) => (figures['queue-1000'][key] ?? NaN) / (figures['queue-empty'][key] ?? NaN);
  const ratios = {
    ready: kit.round3(ratio('paintedMs')),
    api: kit.round3(ratio('apiMs')),
    render: kit.round3(ratio('renderPaintedMs')),
    mainThreadBusy: kit.round3(ratio('busyMs')),
  };
  const firstLoadMs = figures.overview['paintedMs']!;
  const queueRenderMs = figures['queue-1000']['renderPaintedMs']!;
  const targets = {
    firstLoad: {
      targetMs: FIRST_LOAD_TARGET_MS,
      medianMs: kit.round1(firstLoadMs),
      met: firstLoadMs < FIRST_LOAD_TARGET_MS,
    },
    queueRender: {
      targetMs: QUEUE_RENDER_TARGET_MS,
      medianMs: kit.round1(queueRenderMs),
      met: queueRenderMs < QUEUE_RENDER_TARGET_MS,
    },
  };

  const cell = (value: number | undefined) => kit.fmt(value);
  kit.printTable([
    [
      'page (median of ' + ROUNDS + ', ms from navigation start)',
      'HTML',
      'JS',
      'in DOM',
      'painted',
      'min–max',
      'API',
      'render',
      '→ painted',
    ],
    ...KINDS.map((kind) => {
      const f = figures[kind];
      return [
        {
          'sign-in': 'sign-in page (button)',
          overview: 'overview (heading)',
          'queue-1000': `queue: ${PAGE_SIZE} rows of ${APPLICATIONS}`,
          'queue-empty': 'queue: empty',
        }[kind],
        cell(f['documentEndMs']),
        cell(f['scriptEndMs']),
        cell(f['readyMs']),
        cell(f['paintedMs']),
        `${cell(f['readyMinMs'])}–${cell(f['readyMaxMs'])}`,
        f['apiStartMs'] === undefined ? '-' : `${cell(f['apiStartMs'])}–${cell(f['apiEndMs'])}`,
        cell(f['renderMs']),
        cell(f['renderPaintedMs']),
      ];
    }),
  ]);
  kit.printTable([
    ['main thread until painted (median, ms)', 'busy', 'script', 'layout', 'style'],
    ...KINDS.map((kind) => [kind, ...Object.keys(MAIN_THREAD_METRICS).map((key) => cell(figures[kind][key]))]),
  ]);
  console.log(
    `queue-${APPLICATIONS} / empty queue: navigation to rows painted ${kit.fmt(ratios.ready, 2)}x, API round trip ${kit.fmt(ratios.api, 2)}x, render (response end to rows painted) ${kit.fmt(ratios.render, 2)}x, main thread busy ${kit.fmt(ratios.mainThreadBusy, 2)}x\n` +
      `first load of the overview ${kit.fmt(firstLoadMs)} ms, target < ${FIRST_LOAD_TARGET_MS} ms: ${targets.firstLoad.met ? 'MET' : 'NOT MET'}\n` +
      `queue of ${APPLICATIONS} rendered (its ${PAGE_SIZE}-row page: API response end to rows painted) ${kit.fmt(queueRenderMs)} ms, target < ${QUEUE_RENDER_TARGET_MS} ms: ${targets.queueRender.met ? 'MET' : 'NOT MET'}\n` +
      `load average (1, 5, 15 min) ${loadAtStart.join(' ')} at the start, ${loadavg().map(kit.round1).join(' ')} now`,
  );
  // A CPU profile of one more queue of 1,000 (not in the figures: the profiler slows the page).
  let hottest: { fn: string; ms: number }[] | undefined;
  if (CPU_PROFILE) {
    const { profile } = await measure(0, 'queue-1000', true);
    const file = join(dirname(RESULTS_PATH), 'console-queue-1000.cpuprofile');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(profile));
    hottest = selfTimes(profile!, 25);
    kit.printTable([
      ['self time in the queue of 1,000 (profiled, ms)', 'ms'],
      ...hottest.map((h) => [h.fn, kit.fmt(h.ms)]),
    ]);
    console.log(`[bench] CPU profile written to ${file} (open it in Chromium's DevTools, Performance)`);
  }
  kit.writeResults(RESULTS_PATH, 'console', startedAt, {
    config: {
      rounds: ROUNDS,
      applications: APPLICATIONS,
      pageSize: PAGE_SIZE,
      user: CREDENTIALS.username,
      issuer: testEnv.authIssuer,
      browser: `Chromium ${version} (headless)`,
    },
    build: buildOf(),
    loadAverage: { start: loadAtStart, end: loadavg().map(kit.round1) },
    seeded,
    totals,
    figures,
    ratios,
    targets,
    runs,
    ...(hottest ? { profile: { selfTimes: hottest } } : {}),
  });
  return ENFORCE_TARGET && !(targets.firstLoad.met && targets.queueRender.met) ? 3 : 0;
}

kit.runMain(main);
