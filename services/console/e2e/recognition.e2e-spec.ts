/** @jest-environment node */
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import type { Browser, Page } from 'playwright-core';
import { DeclarationLodged, TOPIC_NAMES, toKafkaRecord } from '@aeo/contracts';
import {
  type AccessibilityReport,
  bearer,
  checkAccessibility,
  createTestDatabase,
  ensureTemporalNamespace,
  launchBrowser,
  lodgedDeclaration,
  newPage,
  type RunningProcess,
  screenshot,
  signInToConsole,
  startConsoleProcess,
  startServiceProcess,
  startWorkerProcess,
  type TestDatabase,
  testEnv,
  testKafka,
  uniqueName,
  waitFor,
} from '@aeo/testing';
import { ROLES } from '@aeo/web/claims';
import { getJson, type Language, LOCALES, PASSWORD, say } from './support';

jest.setTimeout(120_000);

/**
 * Mutual recognition in a real Chromium (issue 19): the mra service and the orchestrating worker
 * (which runs the arrangements' workflows), in a Temporal namespace of this file's own, on a
 * throwaway database. The demo MRA officer starts an arrangement and advances it one phase in the
 * browser; the demo executive views it, the arrangements and the foreign AEO ids to review (one
 * seeded by a declaration on Kafka naming an id no partner list has). Screenshots in
 * .local/test-results/console/recognition-<screen>-<language>.png.
 */
describe('mutual recognition in a real browser', () => {
  const namespace = `recognition-e2e-${randomBytes(3).toString('hex')}`;
  const groupSuffix = `.${uniqueName('recognition-e2e')}`;
  const processes: RunningProcess[] = [];
  let database: TestDatabase | undefined;
  let mra: RunningProcess;
  let consoleServer: RunningProcess;
  let browser: Browser;
  let temporal: Client | undefined;
  const pages: Page[] = [];
  const kafka = testKafka('recognition-e2e');
  /** A foreign AEO id of this run that no partner list has: queued for a person's review. */
  const foreignId = `CN77${String(randomInt(100_000_000)).padStart(8, '0')}`;
  /** The arrangement the officer starts in the browser. */
  let arrangementId = '';

  const officerToken = bearer({ sub: 'demo-mra-officer', roles: [ROLES.mraOfficer] });

  beforeAll(async () => {
    const [namespaceReady, created] = await Promise.allSettled([
      ensureTemporalNamespace(namespace),
      createTestDatabase('recognition_mra'),
    ]);
    if (created.status === 'fulfilled') database = created.value;
    for (const result of [namespaceReady, created]) if (result.status === 'rejected') throw result.reason;
    const env = { TEMPORAL_NAMESPACE: namespace };
    const readyTimeoutMs = 150_000;
    const started = await Promise.allSettled([
      startServiceProcess('mra', { databaseUrl: database!.url, groupSuffix, env, readyTimeoutMs }),
      startWorkerProcess(env, readyTimeoutMs),
    ]);
    for (const result of started) if (result.status === 'fulfilled') processes.push(result.value);
    for (const result of started) if (result.status === 'rejected') throw result.reason;
    mra = processes[0]!;
    consoleServer = await startConsoleProcess({ services: { mra: mra.url } });
    processes.push(consoleServer);
    browser = await launchBrowser();
    temporal = new Client({ connection: await Connection.connect({ address: testEnv.temporalAddress }), namespace });

    // A declaration naming a Chinese AEO id no partner list has: the service queues it for review.
    const producer = kafka.producer();
    await producer.connect();
    const declarationId = `D-RECOGNITION-${randomUUID()}`;
    await producer.send({
      topic: TOPIC_NAMES.declarationEvents,
      acks: -1,
      messages: [
        toKafkaRecord(
          {
            id: randomUUID(),
            type: DeclarationLodged.type,
            source: '/aeo/test',
            subject: declarationId,
            time: new Date().toISOString(),
            data: lodgedDeclaration('1234567', declarationId, {
              foreignPartnerAeoIds: [{ country: 'CN', aeoId: foreignId }],
            }),
          },
          '1234567',
        ),
      ],
    });
    await producer.disconnect();
  }, 240_000);

  afterAll(async () => {
    await Promise.all(
      pages.map((page) =>
        page
          .context()
          .close()
          .catch(() => undefined),
      ),
    );
    await browser?.close();
    if (temporal) {
      for await (const execution of temporal.workflow.list({ query: 'ExecutionStatus="Running"' }))
        await temporal.workflow
          .getHandle(execution.workflowId)
          .terminate('end of test')
          .catch(() => undefined);
      await temporal.connection.close();
    }
    await Promise.all(processes.map((running) => running.stop()));
    await database?.drop();
  }, 60_000);

  async function signedIn(username: string, language: Language, path: string): Promise<Page> {
    const page = await newPage(browser, { locale: LOCALES[language] });
    pages.push(page);
    return signInToConsole(page, consoleServer.url, { username, password: PASSWORD }, path);
  }
  const main = (page: Page) => page.locator('#main');
  const phasePill = (page: Page) => page.getByTestId('arrangement-phase');
  /**
   * Submits the open dialog and waits until it closes, or fails with the refusal it shows. A step goes
   * through the arrangement's workflow (an update the worker answers): on a loaded machine that takes a while.
   */
  async function submitDialog(page: Page): Promise<void> {
    await page.getByTestId('action-submit').click();
    const closed = page
      .getByRole('dialog')
      .waitFor({ state: 'hidden', timeout: 90_000 })
      .then(() => 'closed');
    const refused = page
      .getByTestId('action-error')
      .waitFor({ timeout: 90_000 })
      .then(() => page.getByTestId('action-error').innerText());
    closed.catch(() => undefined);
    refused.catch(() => undefined);
    expect(await Promise.race([closed, refused])).toBe('closed');
  }

  it('lets the demo MRA officer start an arrangement and advance it one phase', async () => {
    const page = await signedIn('demo-mra-officer', 'mn', '/recognition/arrangements');
    await main(page)
      .getByRole('heading', { name: say('mn', 'recognition.list.title') })
      .waitFor();
    await page.getByTestId('create-arrangement').click();
    await page.getByTestId('partner-country').fill('JP');
    await page.getByTestId('partner-administration').fill('Japan Customs');
    await page.getByTestId('arrangement-title').fill('Япон–Монголын AEO харилцан хүлээн зөвшөөрөх хэлэлцээр');
    await screenshot(page, 'recognition-create-mn');
    const dialogReport = await checkAccessibility(page, 'the new arrangement dialog, mn');
    await submitDialog(page);
    await page.waitForURL((url) => /^\/recognition\/arrangements\/[0-9a-f-]{36}$/.test(url.pathname));
    arrangementId = new URL(page.url()).pathname.split('/').pop()!;
    await waitFor(
      'the phase Preparation',
      async () => (await phasePill(page).textContent()) === say('mn', 'recognition.phases.preparation'),
    );

    await page.getByTestId('step-advance').click();
    await page.getByTestId('step-note').fill('Түншийн шалгуурын жагсаалт ирсэн');
    await submitDialog(page);
    const next = say('mn', 'recognition.phases.programme-comparison');
    await waitFor(
      'the phase Programme comparison on the page',
      async () => (await phasePill(page).textContent()) === next,
    );
    // The service says so too, with the officer of the token the identity provider issued.
    const arrangement = await getJson(`${mra.url}/v1/arrangements/${arrangementId}`, officerToken);
    expect(arrangement).toMatchObject({ partnerCountry: 'JP', phase: 'programme-comparison' });
    expect(arrangement.history.at(-1)).toMatchObject({
      from: 'preparation',
      to: 'programme-comparison',
      step: 'advance',
      by: 'demo-mra-officer',
    });
    expect(await page.getByTestId('records').textContent()).toContain(say('mn', 'recognition.steps.advance'));
    await page.evaluate(() => (globalThis as unknown as { scrollTo: (x: number, y: number) => void }).scrollTo(0, 0));
    await screenshot(page, 'recognition-arrangement-officer-mn');
    const pageReport = await checkAccessibility(page, 'the arrangement of the officer, mn');
    expect([dialogReport, pageReport].flatMap((report) => report.violations)).toEqual([]);
  });

  it.each(['mn', 'en'] as const)(
    'shows the demo executive the arrangements, the one the officer started and the ids to review in %s (screenshots, axe)',
    async (language) => {
      expect(arrangementId).not.toBe('');
      const reports: AccessibilityReport[] = [];
      const page = await signedIn('demo-executive', language, '/recognition/arrangements');
      const row = page.getByRole('row').filter({ hasText: 'Japan Customs' });
      await row.waitFor();
      expect(await row.textContent()).toContain(say(language, 'recognition.phases.programme-comparison'));
      expect(await row.textContent()).toContain(say(language, 'recognition.statuses.active'));
      await screenshot(page, `recognition-arrangements-${language}`);
      reports.push(await checkAccessibility(page, `the arrangements, ${language}`));

      await row.getByRole('link', { name: 'Japan Customs' }).click();
      await page.waitForURL((url) => url.pathname === `/recognition/arrangements/${arrangementId}`);
      await waitFor(
        'the arrangement in programme comparison',
        async () => (await phasePill(page).textContent()) === say(language, 'recognition.phases.programme-comparison'),
      );
      // An executive terminates (from any phase) but does not run the arrangement's steps.
      await page.getByTestId('step-terminate').waitFor();
      expect(await page.getByTestId('step-advance').count()).toBe(0);
      await page.getByTestId('records').waitFor();
      await screenshot(page, `recognition-arrangement-${language}`);
      reports.push(await checkAccessibility(page, `the arrangement, ${language}`));

      await waitFor('the foreign id queued for review', async () => {
        const queue = await getJson(`${mra.url}/v1/foreign-ids/review-queue?q=${foreignId}`, officerToken);
        return queue.total === 1;
      });
      await page
        .getByRole('navigation')
        .getByRole('link', { name: say(language, 'recognition.nav.foreignIdReviews') })
        .click();
      await page.waitForURL((url) => url.pathname === '/recognition/foreign-id-reviews');
      // Other runs' declarations on the shared topic are queued too: the person looks for this one.
      const search = main(page).getByRole('textbox', {
        name: say(language, 'recognition.reviews.search'),
        exact: true,
      });
      await search.fill(foreignId);
      await search.press('Enter');
      await page.waitForURL((url) => url.searchParams.get('q') === foreignId);
      const review = page.getByRole('row').filter({ hasText: foreignId });
      await review.waitFor();
      expect(await review.textContent()).toContain(say(language, 'recognition.reviews.reasons.unmatched'));
      await screenshot(page, `recognition-reviews-${language}`);
      reports.push(await checkAccessibility(page, `the foreign ids to review, ${language}`));
      expect(reports.flatMap((report) => report.violations).length === 0 ? [] : reports.map((r) => r.message)).toEqual(
        [],
      );
    },
  );
});
