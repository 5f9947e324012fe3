/** @jest-environment node */
import { randomBytes, randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import type { Browser, Page } from 'playwright-core';
import {
  type AccessibilityReport,
  bearer,
  checkAccessibility,
  collectMessages,
  createTestDatabase,
  createTopics,
  ensureTemporalNamespace,
  examineAndReport,
  examineCase,
  fileApplication,
  launchBrowser,
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
import { areasFor } from '../src/app/areas';
import { ROLES, type Role } from '@aeo/web/claims';
import { getJson, json, type Language, LOCALES, makeCompany, PASSWORD, readJson, say } from './support';

jest.setTimeout(120_000);

/**
 * The console end to end (issue 19): a real Chromium signs demo users in at the identity provider
 * (PKCE), the console's server serves the build and proxies to real service processes
 * (applications, validation, risk-management, programme, operations and the orchestrating worker, in
 * a Temporal namespace of this file's own, on throwaway databases), seeded through the public APIs.
 * The operations service reads only this file's own dead-letter topic (and replays to its twin).
 * Screenshots in .local/test-results/console/console-<screen>-<language>.png.
 */
describe('the console in a real browser against the platform', () => {
  const namespace = `console-e2e-${randomBytes(3).toString('hex')}`;
  const groupSuffix = `.${uniqueName('console-e2e')}`;
  const databases: TestDatabase[] = [];
  const processes: RunningProcess[] = [];
  let applications: RunningProcess;
  let validation: RunningProcess;
  let operations: RunningProcess;
  let consoleServer: RunningProcess;
  let browser: Browser;
  let temporal: Client | undefined;
  /** Submitted, waiting for the officer's acceptance. */
  let forAcceptance: { id: string; name: string; taxpayerId: string };
  /** Accepted, assessed and validated: the executive's decision is due. */
  let forDecision: Promise<{ id: string; name: string }>;
  /** Accepted, its validation case examined but for its first criterion, no report yet: the validator's. */
  let forReport: Promise<{ taxpayerId: string; caseId: string; questionIds: string[] }>;
  /** A throwaway topic of this file's and its dead-letter twin (the operations service reads that one only). */
  const deadLetterTopic = uniqueName('console-e2e-events');
  const kafka = testKafka('console-e2e');
  const pages: Page[] = [];

  const officerToken = bearer({ sub: 'officer-darkhan', roles: [ROLES.contactOfficer], region: 'DARKHAN' });
  // The demo validator of DARKHAN, the only validator registered there: every case of the region is theirs.
  const validatorToken = bearer({ sub: 'demo-validator-darkhan', roles: [ROLES.validator], region: 'DARKHAN' });
  const operationsToken = bearer({ sub: 'demo-operations', roles: [ROLES.operations] });

  /** An operator of DARKHAN registered, its AEOF application filed and submitted, its workflow waiting at acceptance. */
  async function submittedApplication() {
    const company = makeCompany();
    const registered = await fetch(`${applications.url}/v1/operators`, {
      method: 'POST',
      headers: json(company.operatorToken),
      body: JSON.stringify(company.registration),
    });
    if (registered.status !== 201) throw new Error(`registering the operator: ${registered.status}`);
    const operator = await readJson(registered);
    const filed = await fileApplication(applications.url, company.operatorToken, {
      operatorId: operator.id,
      statusType: 'AEOF',
      consentToMraSharing: true,
    });
    if (filed.submission?.status !== 200) throw new Error(`submitting: ${filed.submission?.status}`);
    await untilStage(filed.applicationId, 'acceptance');
    return {
      id: filed.applicationId,
      name: company.registration.name,
      taxpayerId: company.taxpayerId,
      operatorToken: company.operatorToken,
    };
  }
  /** The certification workflow's state is customs' to read (an operator user gets 403): asked as the region's officer. */
  const untilStage = (applicationId: string, stage: string) =>
    waitFor(
      `the certification of ${applicationId} at ${stage}`,
      async () => {
        const response = await fetch(`${applications.url}/v1/applications/${applicationId}/certification`, {
          headers: json(officerToken),
        });
        return response.ok && (await readJson(response)).stage === stage;
      },
      90_000,
      500,
    );
  /** Another application taken through acceptance and risk assessment to its open validation case. */
  async function applicationInValidation() {
    const application = await submittedApplication();
    const accepted = await fetch(`${applications.url}/v1/applications/${application.id}/acceptance`, {
      method: 'POST',
      headers: json(officerToken),
      body: JSON.stringify({ decision: 'accept' }),
    });
    if (accepted.status !== 202) throw new Error(`accepting: ${accepted.status} ${await accepted.text()}`);
    const validationCase = await waitFor(
      `the validation case of ${application.id}`,
      async () => {
        const cases = await readJson(
          await fetch(`${validation.url}/v1/validation-cases`, { headers: json(validatorToken) }),
        );
        return Array.isArray(cases) && cases.find((c: { applicationId: string }) => c.applicationId === application.id);
      },
      90_000,
      500,
    );
    return { application, validationCase: validationCase as { id: string } };
  }
  /** Another application taken through acceptance, risk assessment and the validation report. */
  async function applicationForDecision() {
    const { application, validationCase } = await applicationInValidation();
    const reported = await examineAndReport(validation.url, validatorToken, validationCase.id, {
      recommendation: 'grant',
      summary: 'Desk review and site visit found no gaps.',
    });
    if (reported.status !== 200) throw new Error(`the validation report: ${reported.status} ${await reported.text()}`);
    await untilStage(application.id, 'decision');
    return application;
  }

  beforeAll(async () => {
    const [namespaceReady, ...created] = await Promise.allSettled([
      ensureTemporalNamespace(namespace),
      createTestDatabase('console_apps'),
      createTestDatabase('console_valid'),
      createTestDatabase('console_risk'),
      createTestDatabase('console_prog'),
      createTestDatabase('console_ops'),
      createTopics(kafka, [deadLetterTopic, `${deadLetterTopic}.dlq`], 1),
    ]);
    for (const result of created) if (result.status === 'fulfilled' && result.value) databases.push(result.value);
    for (const result of [namespaceReady, ...created]) if (result.status === 'rejected') throw result.reason;
    const [appsDb, validDb, riskDb, progDb, opsDb] = databases;
    const env = { TEMPORAL_NAMESPACE: namespace };
    // Five processes start at once on a shared machine: more than the usual minute to come up.
    const readyTimeoutMs = 150_000;
    const started = await Promise.allSettled([
      startServiceProcess('applications', { databaseUrl: appsDb!.url, groupSuffix, env, readyTimeoutMs }),
      // Visits announced seconds ahead, so that the validator's visit is held during the test.
      startServiceProcess('validation', {
        databaseUrl: validDb!.url,
        groupSuffix,
        env: { ...env, VISIT_NOTICE_DAYS: '0' },
        readyTimeoutMs,
      }),
      startServiceProcess('risk-management', { databaseUrl: riskDb!.url, groupSuffix, env, readyTimeoutMs }),
      // Its new consumer groups read every topic from the start (the events of the tests before): a
      // larger pool, so that its start is not starved of connections by that backlog.
      startServiceProcess('programme', {
        databaseUrl: progDb!.url,
        groupSuffix,
        env: { ...env, DATABASE_POOL_SIZE: '30' },
        readyTimeoutMs,
      }),
      startWorkerProcess(env, readyTimeoutMs),
    ]);
    for (const result of started) if (result.status === 'fulfilled') processes.push(result.value);
    for (const result of started) if (result.status === 'rejected') throw result.reason;
    const [applicationsProcess, validationProcess, riskProcess, programmeProcess, workerProcess] = processes;
    applications = applicationsProcess!;
    validation = validationProcess!;
    // Checks the readiness of this file's processes; mra and notifications are not started (a closed port).
    const escape = (name: string) => name.replace(/[.]/g, '\\.');
    operations = await startServiceProcess('operations', {
      databaseUrl: opsDb!.url,
      groupSuffix,
      env: {
        ...env,
        DEAD_LETTER_TOPICS: escape(`${deadLetterTopic}.dlq`),
        DEAD_LETTER_REPLAY_EXTRA_TOPICS: escape(deadLetterTopic),
        HEALTH_URL_APPLICATIONS: `${applications.url}/health/ready`,
        HEALTH_URL_VALIDATION: `${validation.url}/health/ready`,
        HEALTH_URL_RISK_MANAGEMENT: `${riskProcess!.url}/health/ready`,
        HEALTH_URL_PROGRAMME: `${programmeProcess!.url}/health/ready`,
        HEALTH_URL_WORKER: `${workerProcess!.url}/health/ready`,
        HEALTH_URL_MRA: 'http://127.0.0.1:9/health/ready',
        HEALTH_URL_NOTIFICATIONS: 'http://127.0.0.1:9/health/ready',
      },
      readyTimeoutMs,
    });
    processes.push(operations);
    consoleServer = await startConsoleProcess({
      services: {
        applications: applications.url,
        validation: validation.url,
        'risk-management': riskProcess!.url,
        programme: programmeProcess!.url,
        operations: operations.url,
      },
    });
    processes.push(consoleServer);
    browser = await launchBrowser();
    temporal = new Client({
      connection: await Connection.connect({ address: testEnv.temporalAddress }),
      namespace,
    });

    // The regional office registers its validator; the region's validation cases go to them.
    const registered = await fetch(`${validation.url}/v1/validators`, {
      method: 'POST',
      headers: json(bearer({ sub: 'office-darkhan', roles: [ROLES.regionalOffice], region: 'DARKHAN' })),
      body: JSON.stringify({ sub: 'demo-validator-darkhan', name: 'Darkhan validator', region: 'DARKHAN' }),
    });
    expect(registered.status).toBe(201);
    forAcceptance = await submittedApplication();
    // Taken to the decision while the first tests run; awaited by the executive's.
    forDecision = applicationForDecision();
    forDecision.catch(() => undefined);
    // Left with its first criterion unexamined, for the validator in the browser.
    forReport = applicationInValidation().then(async ({ application, validationCase }) => ({
      taxpayerId: application.taxpayerId,
      caseId: validationCase.id,
      questionIds: await examineCase(validation.url, validatorToken, validationCase.id, { leaveFirst: 1 }),
    }));
    forReport.catch(() => undefined);
  }, 300_000);

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
    // No workflow of this file sleeps on after its databases are gone.
    if (temporal) {
      for await (const execution of temporal.workflow.list({ query: 'ExecutionStatus="Running"' }))
        await temporal.workflow
          .getHandle(execution.workflowId)
          .terminate('end of test')
          .catch(() => undefined);
      await temporal.connection.close();
    }
    await Promise.all(processes.map((running) => running.stop()));
    await Promise.all(databases.map((database) => database.drop()));
  }, 60_000);

  /** A fresh browser context in `language`, signed in as `username` at `path`. */
  async function signedIn(username: string, language: Language = 'mn', path = '/'): Promise<Page> {
    const page = await newPage(browser, { locale: LOCALES[language] });
    pages.push(page);
    return signInToConsole(page, consoleServer.url, { username, password: PASSWORD }, path);
  }
  const htmlLang = (page: Page) =>
    page.evaluate(
      () =>
        (globalThis as unknown as { document: { documentElement: { lang: string } } }).document.documentElement.lang,
    );
  const main = (page: Page) => page.locator('#main');
  const AREA_PATHS: Record<string, string> = { home: '/', applications: '/applications', kpis: '/kpis' };
  const navLink = (page: Page, language: Language, area: string) =>
    page.getByRole('navigation').getByRole('link', { name: say(language, `nav.${area}`) });
  /** Follows the navigation's link to an area, as a person does. */
  async function openArea(page: Page, language: Language, area: string) {
    await navLink(page, language, area).click();
    await page.waitForURL((url) => url.pathname === AREA_PATHS[area]);
  }
  /** ECharts animates the series in (a second by default): the screenshot waits for the drawing to end. */
  const chartDrawn = (page: Page) => page.waitForTimeout(1_500);
  /** Waits until the application's status badge says `status`, reloading while the workflow catches up. */
  const untilStatus = (page: Page, language: Language, status: string) =>
    waitFor(
      `the application's status ${status} on the page`,
      async () => {
        const badge = page.getByTestId('application-status');
        // textContent: the badge's CSS shows it in capitals.
        if ((await badge.textContent({ timeout: 5_000 }).catch(() => '')) === say(language, `status.${status}`))
          return true;
        await page.reload();
        await badge.waitFor();
        return false;
      },
      60_000,
      1_000,
    );

  /** A demo user of each role the overview is checked for. */
  const DEMO_USERS: Partial<Record<Role, string>> = {
    [ROLES.contactOfficer]: 'demo-officer-darkhan',
    [ROLES.executive]: 'demo-executive',
    [ROLES.policyUnit]: 'demo-policy-unit',
    [ROLES.operations]: 'demo-operations',
  };

  it.each(Object.keys(DEMO_USERS) as Role[])(
    'lands the %s on the overview with the areas of the role',
    async (role) => {
      const page = await signedIn(DEMO_USERS[role]!);
      expect(new URL(page.url()).pathname).toBe('/');
      await main(page).getByRole('heading', { level: 2 }).waitFor();
      expect(await main(page).getByRole('heading', { level: 2 }).innerText()).toMatch(/\S/);
      // The areas the console opens to the role (the token's roles, from the real identity provider), each a link to it.
      const areas = areasFor([role]);
      expect(areas.length).toBeGreaterThan(0);
      const cards = main(page).getByRole('link');
      await cards.first().waitFor();
      expect((await cards.allInnerTexts()).map((text) => text.split('\n')[0]!.trim())).toEqual(
        areas.map((area) => say('mn', area.label)),
      );
      expect(await cards.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(
        areas.map((area) => area.path),
      );
      expect(await main(page).locator('.mantine-Badge-label').allTextContents()).toEqual([say('mn', `roles.${role}`)]);
      await screenshot(page, `console-overview-${role}-mn`);
      const report = await checkAccessibility(page, `the overview of the ${role}, mn`);
      expect(report.message).toBe(`no serious or critical accessibility violations on the overview of the ${role}, mn`);
    },
  );

  it.each(['mn', 'en'] as const)(
    'shows the main screens in %s (screenshots), axe finding no serious or critical violation',
    async (language) => {
      const reports: AccessibilityReport[] = [];
      const page = await newPage(browser, { locale: LOCALES[language] });
      pages.push(page);
      await page.goto(consoleServer.url);
      await page.getByTestId('sign-in').waitFor();
      expect(await htmlLang(page)).toBe(language);
      await screenshot(page, `console-sign-in-${language}`);
      reports.push(await checkAccessibility(page, `sign-in, ${language}`));

      await signInToConsole(page, consoleServer.url, { username: 'demo-executive', password: PASSWORD });
      await main(page)
        .getByRole('link', { name: say(language, 'nav.kpis') })
        .waitFor();
      await screenshot(page, `console-overview-${language}`);
      reports.push(await checkAccessibility(page, `overview, ${language}`));

      await openArea(page, language, 'applications');
      await page.getByRole('link', { name: forAcceptance.name }).waitFor();
      await screenshot(page, `console-queue-${language}`);
      reports.push(await checkAccessibility(page, `the queue, ${language}`));

      await page.getByRole('link', { name: forAcceptance.name }).click();
      await page.getByTestId('application-status').waitFor();
      await main(page).getByRole('heading', { name: forAcceptance.name }).waitFor();
      await screenshot(page, `console-application-${language}`);
      reports.push(await checkAccessibility(page, `an application, ${language}`));

      await openArea(page, language, 'kpis');
      await page.locator('figure svg').first().waitFor();
      await page.getByRole('table', { name: say(language, 'kpis.figures') }).waitFor();
      await chartDrawn(page);
      await screenshot(page, `console-kpis-${language}`);
      reports.push(await checkAccessibility(page, `the KPI dashboard, ${language}`));

      expect(reports.flatMap((report) => report.violations).length === 0 ? [] : reports.map((r) => r.message)).toEqual(
        [],
      );
    },
  );

  it('lets a contact officer find the application in the queue, refuse a reject without grounds, then accept it', async () => {
    const page = await signedIn('demo-officer-darkhan');
    await openArea(page, 'mn', 'applications');
    // Listed with the days left its acceptance deadline gives (as the service counts them).
    const queued = await readJson(
      await fetch(`${applications.url}/v1/application-queue?q=${forAcceptance.taxpayerId}`, {
        headers: json(officerToken),
      }),
    );
    const item = queued.items.find((i: { applicationId: string }) => i.applicationId === forAcceptance.id);
    expect(item.deadline).toMatchObject({ kind: 'acceptance', overdue: false });
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: forAcceptance.name }) });
    await row.waitFor();
    expect(await row.textContent()).toContain(say('mn', 'queue.daysLeft', { count: item.deadline.daysLeft }));
    expect(await row.textContent()).toContain(say('mn', 'status.submitted'));

    await row.getByRole('link', { name: forAcceptance.name }).click();
    await page.waitForURL((url) => url.pathname === `/applications/${forAcceptance.id}`);
    await untilStatus(page, 'mn', 'submitted');

    // Rejecting needs grounds: empty or blank, the dialog refuses in the page's language (the form does
    // not leave it to the browser's own bubble). Nothing is sent.
    await page.getByTestId('reject').click();
    await page.getByTestId('action-submit').click();
    const reason = page.getByTestId('reason');
    await page.getByTestId('action-error').waitFor();
    expect(await page.getByTestId('action-error').innerText()).toContain(say('mn', 'application.reasonRequired'));
    expect(await page.getByRole('dialog').isVisible()).toBe(true);
    await reason.fill('   ');
    await page.getByTestId('action-submit').click();
    const refusal = page.getByTestId('action-error');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain(say('mn', 'application.reasonRequired'));
    await screenshot(page, 'console-reject-refused-mn');
    const dialogReport = await checkAccessibility(page, 'the reject dialog with its refusal, mn');
    await page.getByRole('button', { name: say('mn', 'action.cancel') }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    expect(
      (
        await readJson(
          await fetch(`${applications.url}/v1/applications/${forAcceptance.id}`, { headers: json(officerToken) }),
        )
      ).status,
    ).toBe('submitted');

    await page.getByTestId('accept').click();
    await page.getByTestId('action-submit').click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await untilStatus(page, 'mn', 'accepted');
    await screenshot(page, 'console-application-accepted-mn');
    expect(dialogReport.message).toBe(
      'no serious or critical accessibility violations on the reject dialog with its refusal, mn',
    );
  });

  it("keeps the queue's sort and page in the URL across a reload", async () => {
    const page = await signedIn('demo-officer-darkhan', 'en', '/applications?sort=operatorName&order=desc&page=1');
    const sortedBy = page.locator('th[aria-sort="descending"]');
    const names = async () => {
      await page.getByRole('link', { name: forAcceptance.name }).waitFor();
      return page.locator('tbody tr td:first-child a').allInnerTexts();
    };
    await sortedBy.waitFor();
    expect(await sortedBy.innerText()).toContain(say('en', 'queue.operator'));
    const before = await names();
    expect(before).toEqual([...before].sort((a, b) => b.localeCompare(a)));
    expect(before.length).toBeGreaterThanOrEqual(2);

    await page.reload();
    await sortedBy.waitFor();
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ sort: 'operatorName', order: 'desc', page: '1' });
    expect(await sortedBy.innerText()).toContain(say('en', 'queue.operator'));
    expect(await names()).toEqual(before);
  });

  it('shows the policy unit a KPI as a chart and a table', async () => {
    const page = await signedIn('demo-policy-unit');
    await openArea(page, 'mn', 'kpis');
    const figure = page.locator('figure');
    await figure.locator('svg').first().waitFor();
    expect(await figure.getAttribute('aria-label')).toMatch(/\S/);
    const table = page.getByRole('table', { name: say('mn', 'kpis.figures') });
    await table.waitFor();
    await chartDrawn(page);
    expect(await table.locator('thead th').allInnerTexts()).toEqual(
      ['periodColumn', 'value', 'sample', 'onTarget'].map((key) => say('mn', `kpis.${key}`)),
    );
    // The current period and the eleven before it.
    expect(await table.locator('tbody tr').count()).toBe(12);
    await screenshot(page, 'console-kpis-policy-unit-mn');
  });

  it('signs out for good: the provider asks, ends its session, and the next sign-in asks for the password again', async () => {
    const page = await signedIn('demo-officer-darkhan', 'en');
    // Sign-in asked for a refresh token (prompt=consent), so the session renews past the access token's hour.
    const stored = await page.evaluate(() =>
      Object.keys(sessionStorage)
        .filter((key) => key.startsWith('oidc.user:'))
        .map((key) => JSON.parse(sessionStorage.getItem(key) ?? '{}') as { refresh_token?: string }),
    );
    expect(stored).toHaveLength(1);
    expect(stored[0].refresh_token).toEqual(expect.any(String));

    await page.getByRole('button', { name: say('en', 'app.signOut') }).click();
    // The provider's own question, in both languages (wait for its page: the console's own button is
    // named "Sign out" too); answering it ends the session and comes back.
    await page.waitForURL((url) => url.origin !== consoleServer.url && url.pathname.startsWith('/session/end'));
    await page.locator('button[name="logout"][value="yes"]').click();
    await page.getByTestId('sign-in').waitFor();
    expect(new URL(page.url()).origin).toBe(consoleServer.url);

    await page.getByTestId('sign-in').click();
    await page.locator('input[name=login]').waitFor();
    expect(page.url().startsWith(process.env['AUTH_ISSUER'] ?? 'http://127.0.0.1:3010')).toBe(true);
  });

  it("switches the page's language, and keeps it across a reload", async () => {
    const page = await signedIn('demo-officer-darkhan', 'mn');
    expect(await htmlLang(page)).toBe('mn');
    await navLink(page, 'mn', 'home').waitFor();

    await page.locator('header').getByText('English', { exact: true }).click();
    await navLink(page, 'en', 'home').waitFor();
    expect(await htmlLang(page)).toBe('en');
    expect(await page.getByRole('button', { name: say('en', 'app.signOut') }).count()).toBe(1);

    await page.reload();
    await page.getByTestId('caller-name').waitFor();
    expect(await htmlLang(page)).toBe('en');
    await navLink(page, 'en', 'applications').waitFor();
    expect(await page.getByRole('navigation').getByText(say('mn', 'nav.applications')).count()).toBe(0);
  });

  it('lets the executive grant the application ready for decision, with a reason', async () => {
    const ready = await forDecision;
    const page = await signedIn('demo-executive', 'en', '/applications?deadlineKind=decision');
    await page.getByRole('link', { name: ready.name }).click();
    await page.waitForURL((url) => url.pathname === `/applications/${ready.id}`);
    await untilStatus(page, 'en', 'accepted');

    await page.getByTestId('decide').click();
    await page.getByRole('dialog').waitFor();
    await page.getByTestId('reason').fill('All criteria of the programme are met.');
    await screenshot(page, 'console-decide-en');
    await page.getByTestId('action-submit').click();
    await page.getByRole('dialog').waitFor({ state: 'hidden', timeout: 60_000 });
    await untilStatus(page, 'en', 'granted');
    await screenshot(page, 'console-application-granted-en');
    const decided = await readJson(
      await fetch(`${applications.url}/v1/applications/${ready.id}`, { headers: json(officerToken) }),
    );
    expect(decided).toMatchObject({ status: 'granted' });
  });

  /** Picks the option `option` of the `index`th Mantine select within `scope`, as a person does. */
  async function choose(page: Page, scope: ReturnType<Page['locator']>, option: string, index = 0) {
    await scope.locator('input[aria-haspopup="listbox"]').nth(index).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  }

  it('lets operations find a dead letter with its reason and replay it to its topic once, with a reason', async () => {
    const consumer = uniqueName('console-e2e-consumer');
    const eventId = randomUUID();
    const reason = 'handler failed: operator 42 is not registered';
    const producer = kafka.producer();
    await producer.connect();
    try {
      // A record as libs/messaging's EventConsumer sets one aside, on this file's own topic's twin.
      await producer.send({
        topic: `${deadLetterTopic}.dlq`,
        messages: [
          {
            key: 'operator-42',
            value: JSON.stringify({ operatorId: 'operator-42' }),
            headers: {
              ce_type: 'aeo.console-e2e.probe.v1',
              ce_id: eventId,
              dlq_reason: reason,
              dlq_original_topic: deadLetterTopic,
              dlq_original_partition: '0',
              dlq_original_offset: '7',
              dlq_consumer: consumer,
              dlq_at: new Date().toISOString(),
            },
          },
        ],
      });
    } finally {
      await producer.disconnect();
    }
    // Nothing else is ever written to the original topic: what arrives there is the replay.
    const arrived = await collectMessages(kafka, [deadLetterTopic]);
    try {
      const stored = await waitFor(
        'the dead letter stored by the operations service',
        async () =>
          (await getJson(`${operations.url}/v1/dead-letters?consumer=${consumer}`, operationsToken)).items?.[0],
        60_000,
        500,
      );
      const page = await signedIn('demo-operations', 'en', `/operations/dead-letters?consumer=${consumer}`);
      const replay = page.getByTestId(`replay-${stored.id}`);
      const row = page.getByRole('row').filter({ has: replay });
      await row.waitFor();
      expect(await row.getByTestId('dead-letter-reason').innerText()).toBe(reason);
      expect(await row.textContent()).toContain('aeo.console-e2e.probe.v1');
      expect(await row.locator('.mantine-Badge-label').textContent()).toBe(say('en', 'deadLetters.states.new'));

      await replay.click();
      await page.getByRole('dialog').waitFor();
      const why = 'Operator 42 is registered now: its consumer takes the event anew.';
      await page.getByTestId('reason').fill(why);
      await screenshot(page, 'console-dead-letter-replay-en');
      await page.getByTestId('action-submit').click();
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
      // Handled: no longer among those to handle; among the replayed ones, with who and why.
      await replay.waitFor({ state: 'detached' });
      await choose(page, main(page), say('en', 'deadLetters.states.replayed'));
      await page.waitForURL((url) => url.searchParams.get('state') === 'replayed');
      const replayedRow = main(page).getByRole('row').filter({ hasText: why });
      await replayedRow.waitFor();
      expect(await replayedRow.locator('.mantine-Badge-label').textContent()).toBe(
        say('en', 'deadLetters.states.replayed'),
      );
      expect(await replayedRow.textContent()).toContain('demo-operations');
      await screenshot(page, 'console-dead-letter-replayed-en');

      const settled = await getJson(`${operations.url}/v1/dead-letters/${stored.id}`, operationsToken);
      expect(settled).toMatchObject({
        state: 'replayed',
        settledBy: 'demo-operations',
        settleReason: why,
        replayEventId: expect.any(String),
      });
      const [replayed] = await arrived.waitForCount(1, 30_000);
      expect(arrived.messages).toHaveLength(1);
      expect(replayed!.headers).toMatchObject({ aeo_replay_of: stored.id, ce_id: eventId });
      expect(Object.keys(replayed!.headers).filter((name) => name.startsWith('dlq_'))).toEqual([]);
      expect(replayed!.message.key?.toString()).toBe('operator-42');
      expect(replayed!.message.value?.toString()).toBe(JSON.stringify({ operatorId: 'operator-42' }));
    } finally {
      await arrived.stop();
    }
  });

  it.each(['mn', 'en'] as const)(
    "shows the validator's and operations' screens in %s (screenshots), axe finding no serious or critical violation",
    async (language) => {
      // Before the validator's report (the test after): the case is open, in the queue.
      const ready = await forReport;
      const reports: AccessibilityReport[] = [];
      const validator = await signedIn('demo-validator-darkhan', language, '/cases');
      await validator.getByRole('link', { name: ready.taxpayerId }).waitFor();
      await screenshot(validator, `console-cases-${language}`);
      reports.push(await checkAccessibility(validator, `the cases, ${language}`));
      await validator.getByRole('link', { name: ready.taxpayerId }).click();
      await validator.getByTestId('case-status').waitFor();
      await main(validator).getByRole('table').locator('tbody tr').first().waitFor();
      await screenshot(validator, `console-case-${language}`);
      reports.push(await checkAccessibility(validator, `a case, ${language}`));

      const operator = await signedIn('demo-operations', language, '/operations/workflows');
      await main(operator).getByRole('table').locator('tbody tr').first().waitFor();
      await screenshot(operator, `console-workflows-${language}`);
      reports.push(await checkAccessibility(operator, `the workflows, ${language}`));
      await operator.goto(`${consoleServer.url}/operations/dead-letters?state=replayed`);
      await main(operator).getByTestId('dead-letter-reason').first().waitFor();
      await screenshot(operator, `console-dead-letters-${language}`);
      reports.push(await checkAccessibility(operator, `the dead letters, ${language}`));
      await operator.goto(`${consoleServer.url}/operations/health`);
      for (const service of ['applications', 'validation', 'risk-management', 'programme', 'worker'])
        await operator
          .getByTestId(`health-${service}`)
          .filter({ hasText: say(language, 'health.up') })
          .waitFor();
      await screenshot(operator, `console-health-${language}`);
      reports.push(await checkAccessibility(operator, `the service health, ${language}`));

      expect(reports.flatMap((report) => report.violations).length === 0 ? [] : reports.map((r) => r.message)).toEqual(
        [],
      );
    },
  );
  it('lets the validator find the case in the queue, record a finding on a criterion and submit the report', async () => {
    const ready = await forReport;
    const page = await signedIn('demo-validator-darkhan', 'mn', '/cases');
    // Listed with the days left to its report (as the service counts them), assigned to the demo validator.
    const queued = await getJson(`${validation.url}/v1/case-queue?q=${ready.taxpayerId}`, validatorToken);
    const item = queued.items.find((i: { caseId: string }) => i.caseId === ready.caseId);
    expect(item).toMatchObject({ assignedValidator: 'demo-validator-darkhan', deadline: { overdue: false } });
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: ready.taxpayerId }) });
    await row.waitFor();
    expect(await row.textContent()).toContain(say('mn', 'queue.daysLeft', { count: item.deadline.daysLeft }));

    await row.getByRole('link', { name: ready.taxpayerId }).click();
    await page.waitForURL((url) => url.pathname === `/cases/${ready.caseId}`);
    // The first criterion was left without a finding: the validator records it here.
    const criterion = ready.questionIds[0]!;
    await page.getByTestId(`record-finding-${criterion}`).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await choose(page, dialog, say('mn', 'cases.findings.minor'));
    const notes = 'Two seals of the bonded area were logged late; corrected on site.';
    await page.getByTestId('finding-notes').fill(notes);
    await page.getByTestId('action-submit').click();
    await dialog.waitFor({ state: 'hidden' });
    const criterionRow = main(page).getByRole('row').filter({ hasText: criterion }).filter({ hasText: notes });
    await criterionRow.waitFor();
    expect(await criterionRow.locator('.mantine-Badge-label').textContent()).toBe(say('mn', 'cases.findings.minor'));
    const checklist = await getJson(`${validation.url}/v1/validation-cases/${ready.caseId}/checklist`, validatorToken);
    expect(checklist.find((q: { questionId: string }) => q.questionId === criterion)).toMatchObject({
      finding: 'minor',
      notes,
    });

    await page.getByTestId('submit-report').click();
    await dialog.waitFor();
    const summary = 'Desk review and site visit: one minor finding, corrected on site; the criteria are met.';
    await page.getByTestId('report-summary').fill(summary);
    await screenshot(page, 'console-case-report-dialog-mn');
    await page.getByTestId('action-submit').click();
    await dialog.waitFor({ state: 'hidden', timeout: 30_000 });
    await main(page).getByText(summary).waitFor();
    // textContent: the badge's CSS shows it in capitals.
    expect(await page.getByTestId('case-status').textContent()).toBe(say('mn', 'cases.statuses.reported'));
    expect(await page.getByTestId('submit-report').count()).toBe(0);
    await screenshot(page, 'console-case-reported-mn');
    const reported = await getJson(`${validation.url}/v1/validation-cases/${ready.caseId}`, validatorToken);
    expect(reported).toMatchObject({
      status: 'reported',
      recommendation: 'grant',
      reportSummary: summary,
      reportSubmittedBy: 'demo-validator-darkhan',
    });
  });
});
