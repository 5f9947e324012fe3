import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, LaunchOptions, Page } from 'playwright-core';
import { testEnv } from '../env';

/** Debian's Chromium; CHROMIUM_PATH names another. Browsers are never downloaded by the tests. */
export const chromiumPath = (): string => process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** The window of every page: a laptop's screen. */
export const BROWSER_VIEWPORT = { width: 1440, height: 900 } as const;

/** Every wait of a page (navigation, a selector, a click) gives up after this. */
export const BROWSER_WAIT_MS = 15_000;

/** Where screenshots go (artefacts of a run, git-ignored): the console's; another app's in `screenshotsDir(app)`. */
export const screenshotsDir = (app = 'console'): string => join(testEnv.repoRoot, '.local', 'test-results', app);
export const SCREENSHOTS_DIR = screenshotsDir();

/**
 * A headless Chromium driven by playwright-core. As root Chromium refuses its sandbox, so it runs
 * without it there only. Close it in afterAll.
 */
export async function launchBrowser(options: { args?: string[] } = {}): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath))
    throw new Error(
      `no Chromium at ${executablePath}: install Debian's (\`apt-get install chromium\`) or name another with ` +
        'CHROMIUM_PATH (the tests never download a browser)',
    );
  // Required lazily: only the browser tests pay for loading playwright-core.
  const { chromium } = await import('playwright-core');
  const launch: LaunchOptions = {
    executablePath,
    headless: true,
    chromiumSandbox: process.getuid?.() !== 0,
    timeout: 60_000,
    args: [`--window-size=${BROWSER_VIEWPORT.width},${BROWSER_VIEWPORT.height}`, ...(options.args ?? [])],
  };
  return chromium.launch(launch);
}

/**
 * A page in a fresh context of its own (no cookies shared with other pages), in `locale` (the
 * browser's language: navigator.language and Accept-Language), 1440x900, every wait bounded;
 * `reducedMotion` sets prefers-reduced-motion, `timezoneId` the browser's time zone.
 */
export async function newPage(
  browser: Browser,
  options: { locale?: string; reducedMotion?: 'reduce' | 'no-preference'; timezoneId?: string } = {},
): Promise<Page> {
  const context = await browser.newContext({
    locale: options.locale ?? 'mn-MN',
    // The browser's zone (Intl's, the person's): the machine's unless named (`Asia/Ulaanbaatar`).
    timezoneId: options.timezoneId,
    viewport: BROWSER_VIEWPORT,
    // `reduce`: pages that honour prefers-reduced-motion (charts) draw at once, so a test waits for the DOM, not a clock.
    reducedMotion: options.reducedMotion,
  });
  context.setDefaultTimeout(BROWSER_WAIT_MS);
  context.setDefaultNavigationTimeout(BROWSER_WAIT_MS);
  return context.newPage();
}

/**
 * Saves the whole page as `.local/test-results/<app>/<name>.png` (the console's by default); returns the file. Scrolled to
 * the top first: a page scrolled down (to a button clicked) draws its fixed header and navigation
 * where the window was, in the middle of the whole-page image.
 */
export async function screenshot(page: Page, name: string, app = 'console'): Promise<string> {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`screenshot name ${JSON.stringify(name)}: letters, digits, . _ - only`);
  const dir = screenshotsDir(app);
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
  await page.screenshot({ path, fullPage: true, timeout: BROWSER_WAIT_MS });
  return path;
}

/** What endBrowserTest needs of a Temporal client (@temporalio/client's Client). */
interface TemporalOfTest {
  workflow: {
    list(options: { query: string }): AsyncIterable<{ workflowId: string }>;
    getHandle(workflowId: string): { terminate(reason: string): Promise<unknown> };
  };
  connection: { close(): Promise<void> };
}

/**
 * A browser test's end (afterAll): the workflows still running in its Temporal namespace
 * terminated (a revalidation workflow never ends by itself) and the client closed, its pages'
 * contexts closed, the browser, then the processes it started stopped and its throwaway databases
 * dropped; a page that is gone already is no error.
 */
export async function endBrowserTest(what: {
  pages: readonly Page[];
  browser?: Browser;
  temporal?: TemporalOfTest;
  processes?: readonly { stop(): Promise<void> }[];
  databases?: readonly { drop(): Promise<void> }[];
}): Promise<void> {
  if (what.temporal) {
    const running: string[] = [];
    try {
      for await (const execution of what.temporal.workflow.list({ query: 'ExecutionStatus = "Running"' }))
        running.push(execution.workflowId);
    } catch {
      // A namespace that is gone has nothing running.
    }
    await Promise.all(
      running.map((workflowId) =>
        what
          .temporal!.workflow.getHandle(workflowId)
          .terminate('end of the browser test')
          .catch(() => undefined),
      ),
    );
    await what.temporal.connection.close().catch(() => undefined);
  }
  await Promise.all(
    what.pages.map((page) =>
      page
        .context()
        .close()
        .catch(() => undefined),
    ),
  );
  await what.browser?.close();
  await Promise.all((what.processes ?? []).map((running) => running.stop()));
  await Promise.all((what.databases ?? []).map((database) => database.drop()));
}
