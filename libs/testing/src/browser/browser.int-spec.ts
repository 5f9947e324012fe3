import { readFileSync, rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { checkAccessibility } from './accessibility';
import { randomBytes } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { testEnv } from '../env';
import { ensureTemporalNamespace } from '../temporal-namespace';
import { waitFor } from '../wait-for';
import { endBrowserTest, launchBrowser, newPage, screenshot, SCREENSHOTS_DIR } from './browser';

/**
 * The real-browser kit itself (Debian's Chromium through playwright-core). Its sign-in through the
 * identity provider is exercised where the provider is started from its sources:
 * services/identity-provider/src/interaction/login-page.int-spec.ts.
 */
describe('browser test kit', () => {
  jest.setTimeout(60_000);
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  const ACCESSIBLE = `<!doctype html><html lang="en"><head><title>Fine</title></head><body><main>
    <h1>Fine</h1><label>Name <input name="name"></label><button type="submit">Send</button></main></body></html>`;
  const INACCESSIBLE = `<!doctype html><html><head><title>Broken</title></head><body><main>
    <h1>Broken</h1><input name="unlabelled"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
    <p style="color:#bbb;background:#fff">faint text</p><button></button></main></body></html>`;

  it('opens pages in the asked locale, at 1440x900, each in a context of its own', async () => {
    const english = await newPage(browser, { locale: 'en-GB' });
    const mongolian = await newPage(browser);
    expect(
      await english.evaluate(() => (globalThis as unknown as { navigator: { language: string } }).navigator.language),
    ).toBe('en-GB');
    expect(
      await mongolian.evaluate(() => (globalThis as unknown as { navigator: { language: string } }).navigator.language),
    ).toBe('mn-MN');
    expect(english.viewportSize()).toEqual({ width: 1440, height: 900 });
    expect(english.context()).not.toBe(mongolian.context());
    await english.context().close();
    await mongolian.context().close();
  });

  it('saves a screenshot as a PNG under .local/test-results/console and refuses a name that is a path', async () => {
    const page = await newPage(browser);
    await page.setContent(ACCESSIBLE);
    const file = await screenshot(page, 'browser-kit-self-test');
    expect(file).toBe(`${SCREENSHOTS_DIR}/browser-kit-self-test.png`);
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // IHDR: the width, then the height (at least the window's: the whole page is taken).
    expect(png.readUInt32BE(16)).toBe(1440);
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(900);
    rmSync(file);
    await expect(screenshot(page, '../escape')).rejects.toThrow('letters, digits, . _ - only');
    await page.context().close();
  });

  it('finds no serious or critical violation on an accessible page', async () => {
    const page = await newPage(browser);
    await page.setContent(ACCESSIBLE);
    const report = await checkAccessibility(page, 'a fine page');
    expect(report).toEqual({
      context: 'a fine page',
      violations: [],
      message: 'no serious or critical accessibility violations on a fine page',
    });
    await page.context().close();
  });

  it('names the rule, its help and the offending elements of each serious or critical violation', async () => {
    const page = await newPage(browser);
    await page.setContent(INACCESSIBLE);
    const report = await checkAccessibility(page, 'a broken page');
    expect(report.violations.map((violation) => violation.rule).sort()).toEqual([
      'button-name',
      'color-contrast',
      'html-has-lang',
      'image-alt',
      'label',
    ]);
    expect(report.violations.find((violation) => violation.rule === 'label')).toMatchObject({
      impact: 'critical',
      help: 'Form elements must have labels',
      helpUrl: expect.stringContaining('dequeuniversity.com'),
      targets: [{ selector: 'input', summary: expect.stringContaining('Fix any of the following') }],
    });
    expect(report.message).toMatch(/^5 serious or critical accessibility violation\(s\) on a broken page:/);
    expect(report.message).toContain('- html-has-lang (serious): <html> element must have a lang attribute');
    expect(report.message).toContain('    img: ');
    // axe is injected once per document: a second check finds the same.
    expect((await checkAccessibility(page, 'a broken page')).violations).toHaveLength(5);
    await page.context().close();
  });

  it('names the missing Chromium and how to install it', async () => {
    const before = process.env['CHROMIUM_PATH'];
    process.env['CHROMIUM_PATH'] = '/nonexistent/chromium';
    try {
      await expect(launchBrowser()).rejects.toThrow(
        "no Chromium at /nonexistent/chromium: install Debian's (`apt-get install chromium`) or name another with CHROMIUM_PATH",
      );
    } finally {
      if (before === undefined) delete process.env['CHROMIUM_PATH'];
      else process.env['CHROMIUM_PATH'] = before;
    }
  });

  it('ends the workflows still running in the test’s Temporal namespace and closes its client', async () => {
    const namespace = `browser-kit-${randomBytes(3).toString('hex')}`;
    await ensureTemporalNamespace(namespace);
    const connection = await Connection.connect({ address: testEnv.temporalAddress });
    const temporal = new Client({ connection, namespace });
    // No worker polls this queue: the workflow stays running, as a revalidation workflow would.
    const handle = await temporal.workflow.start('revalidation', {
      taskQueue: `nobody-${namespace}`,
      workflowId: `left-${namespace}`,
    });
    await waitFor(
      'the workflow listed running',
      async () => {
        for await (const execution of temporal.workflow.list({ query: 'ExecutionStatus = "Running"' }))
          if (execution.workflowId === handle.workflowId) return true;
        return false;
      },
      20_000,
      250,
    );
    const page = await newPage(browser);
    await endBrowserTest({ pages: [page], temporal });
    const other = await Connection.connect({ address: testEnv.temporalAddress });
    try {
      const described = await new Client({ connection: other, namespace }).workflow
        .getHandle(handle.workflowId)
        .describe();
      expect(described.status.name).toBe('TERMINATED');
    } finally {
      await other.close();
    }
    await expect(temporal.workflow.getHandle(handle.workflowId).describe()).rejects.toThrow();
  });
});
