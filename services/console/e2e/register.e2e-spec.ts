/** @jest-environment node */
import { randomBytes } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import type { Browser, Page } from 'playwright-core';
import {
  bearer,
  checkAccessibility,
  createTestDatabase,
  ensureTemporalNamespace,
  grantAuthorisation,
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
  uniqueName,
  waitFor,
} from '@aeo/testing';
import { ROLES } from '@aeo/web/claims';
import { getJson, json, type Language, LOCALES, makeCompany, PASSWORD, readJson, say } from './support';

jest.setTimeout(120_000);

const PROGRAMME_TIME_ZONE = 'Asia/Ulaanbaatar';

/**
 * The AEO register and an authorisation's lifecycle in a real Chromium (issue 19): the
 * applications, validation and risk-management services and the orchestrating worker (in a
 * Temporal namespace of this file's own, on throwaway databases) take an application of DARKHAN
 * through acceptance, risk assessment, validation and the executive's grant, all through the
 * public APIs; the DARKHAN contact officer then asks for an early revalidation and the executive
 * suspends the authorisation, each in the browser. Screenshots in
 * .local/test-results/console/register-<screen>-<language>.png.
 */
describe('the AEO register in a real browser', () => {
  const namespace = `register-e2e-${randomBytes(3).toString('hex')}`;
  const groupSuffix = `.${uniqueName('register-e2e')}`;
  const databases: TestDatabase[] = [];
  const processes: RunningProcess[] = [];
  let applications: RunningProcess;
  let consoleServer: RunningProcess;
  let browser: Browser;
  let temporal: Client | undefined;
  let granted: { authorisationNumber: string; name: string };
  const pages: Page[] = [];

  const officerToken = bearer({ sub: 'officer-darkhan', roles: [ROLES.contactOfficer], region: 'DARKHAN' });
  const validatorToken = bearer({ sub: 'demo-validator-darkhan', roles: [ROLES.validator], region: 'DARKHAN' });
  const executiveToken = bearer({ sub: 'executive-e2e', roles: [ROLES.executive] });

  /** POSTs `body` as `token`, failing with the answer unless it is `status`. */
  async function post(url: string, token: string, body: unknown, status: number) {
    const response = await fetch(url, { method: 'POST', headers: json(token), body: JSON.stringify(body) });
    if (response.status !== status) throw new Error(`POST ${url}: ${response.status} ${await response.text()}`);
    return readJson(response);
  }
  // The certification's steps run on a machine shared by other tests: minutes, not seconds, at worst.
  const until = <T>(what: string, check: () => Promise<T>) => waitFor(what, check, 180_000, 500);

  /** An application of DARKHAN taken through acceptance, risk, validation and the executive's grant; its authorisation in monitoring. */
  async function grantedAuthorisation(validationUrl: string) {
    const company = makeCompany();
    const { authorisationNumber } = await grantAuthorisation({
      applicationsUrl: applications.url,
      validationUrl,
      callers: {
        operator: company.operatorToken,
        officer: officerToken,
        validator: validatorToken,
        executive: executiveToken,
      },
      registration: company.registration,
    });
    return { authorisationNumber, name: company.registration.name };
  }

  beforeAll(async () => {
    const [namespaceReady, ...created] = await Promise.allSettled([
      ensureTemporalNamespace(namespace),
      createTestDatabase('register_apps'),
      createTestDatabase('register_valid'),
      createTestDatabase('register_risk'),
    ]);
    for (const result of created) if (result.status === 'fulfilled' && result.value) databases.push(result.value);
    for (const result of [namespaceReady, ...created]) if (result.status === 'rejected') throw result.reason;
    const [appsDb, validDb, riskDb] = databases;
    // The administration's zone, not the browser's (this machine's): days left are its calendar days.
    const env = { TEMPORAL_NAMESPACE: namespace, PROGRAMME_TIME_ZONE };
    const readyTimeoutMs = 150_000;
    const started = await Promise.allSettled([
      startServiceProcess('applications', { databaseUrl: appsDb!.url, groupSuffix, env, readyTimeoutMs }),
      startServiceProcess('validation', {
        databaseUrl: validDb!.url,
        groupSuffix,
        env: { ...env, VISIT_NOTICE_DAYS: '0' },
        readyTimeoutMs,
      }),
      startServiceProcess('risk-management', { databaseUrl: riskDb!.url, groupSuffix, env, readyTimeoutMs }),
      startWorkerProcess(env, readyTimeoutMs),
    ]);
    for (const result of started) if (result.status === 'fulfilled') processes.push(result.value);
    for (const result of started) if (result.status === 'rejected') throw result.reason;
    const [applicationsProcess, validation] = processes;
    applications = applicationsProcess!;
    consoleServer = await startConsoleProcess({
      services: { applications: applications.url },
      env: { PROGRAMME_TIME_ZONE },
    });
    processes.push(consoleServer);
    browser = await launchBrowser();
    temporal = new Client({ connection: await Connection.connect({ address: testEnv.temporalAddress }), namespace });
    await post(
      `${validation!.url}/v1/validators`,
      bearer({ sub: 'office-darkhan', roles: [ROLES.regionalOffice], region: 'DARKHAN' }),
      { sub: 'demo-validator-darkhan', name: 'Darkhan validator', region: 'DARKHAN' },
      201,
    );
    granted = await grantedAuthorisation(validation!.url);
  }, 600_000);

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
    // No workflow of this file runs on after its databases are gone (a revalidation workflow never ends by itself).
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

  async function signedIn(username: string, language: Language, path: string): Promise<Page> {
    const page = await newPage(browser, { locale: LOCALES[language] });
    pages.push(page);
    return signInToConsole(page, consoleServer.url, { username, password: PASSWORD }, path);
  }
  const register = (token: string, path = '') =>
    getJson(`${applications.url}/v1/authorisations/${granted.authorisationNumber}${path}`, token);
  /** Screenshot at the top of the page and axe's verdict. */
  async function lookAt(page: Page, name: string, context: string) {
    await page.evaluate(() => (globalThis as unknown as { scrollTo: (x: number, y: number) => void }).scrollTo(0, 0));
    await screenshot(page, name);
    const report = await checkAccessibility(page, context);
    expect(report.message).toBe(`no serious or critical accessibility violations on ${context}`);
  }
  /** Waits until the record's status pill says `status`, reloading while the workflow's activity commits. */
  const untilStatus = (page: Page, language: Language, status: string) =>
    until(`the status ${status} on the page`, async () => {
      const pill = page.getByTestId('authorisation-status');
      if ((await pill.textContent({ timeout: 5_000 }).catch(() => '')) === say(language, `register.status.${status}`))
        return true;
      await page.reload();
      await pill.waitFor();
      return false;
    });

  it('lets the DARKHAN contact officer find the authorisation in the register and ask for an early revalidation', async () => {
    const page = await signedIn('demo-officer-darkhan', 'mn', '/');
    await page
      .getByRole('navigation')
      .getByRole('link', { name: say('mn', 'register.nav.authorisations') })
      .click();
    await page.waitForURL((url) => url.pathname === '/authorisations');
    // The region's authorisations, with the days left to the next revalidation as the service counts them.
    const listed = await getJson(
      `${applications.url}/v1/authorisation-queue?q=${granted.authorisationNumber}`,
      officerToken,
    );
    expect(listed.items).toHaveLength(1);
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: granted.authorisationNumber }) });
    await row.waitFor();
    const rowText = await row.textContent();
    expect(rowText).toContain(granted.name);
    expect(rowText).toContain(say('mn', 'register.status.granted'));
    expect(rowText).toContain(say('mn', 'queue.daysLeft', { count: listed.items[0].revalidation.daysLeft }));
    await lookAt(page, 'register-list-mn', 'the AEO register, mn');

    await row.getByRole('link', { name: granted.authorisationNumber }).click();
    await page.waitForURL((url) => url.pathname === `/authorisations/${granted.authorisationNumber}`);
    await page.getByText(say('mn', 'register.stage.monitoring')).waitFor();
    // The next revalidation: the same days left as the list (the service's count), its day named with the zone.
    const nextDue = page
      .getByTestId('lifecycle')
      .getByTestId('deadline')
      .filter({ hasText: say('mn', 'register.lifecycle.nextDue') });
    const nextDueText = await nextDue.textContent();
    expect(nextDueText).toContain(say('mn', 'queue.daysLeft', { count: listed.items[0].revalidation.daysLeft }));
    expect(nextDueText).toMatch(/\d{4}\.\d{2}\.\d{2} \(Улаанбаатарын цагаар\)/);
    // A contact officer asks; the suspension and revocation are the executive's.
    expect(await page.getByTestId('action-suspend').count()).toBe(0);
    await page.getByTestId('action-requestRevalidation').click();
    await page.getByRole('dialog').waitFor();
    const reason = 'Гаалийн шалгалтаар аюулгүй байдлын ноцтой зөрчил илэрсэн.';
    await page.getByTestId('action-text').fill(reason);
    await page.getByTestId('action-submit').click();
    await page.getByRole('dialog').waitFor({ state: 'hidden', timeout: 30_000 });
    const history = (await register(officerToken)).history as { change: string; details: { reason?: string } }[];
    expect(history.filter((entry) => entry.change === 'revalidation-requested')).toEqual([
      expect.objectContaining({ details: expect.objectContaining({ reason, siteVisit: false }) }),
    ]);
    await page.getByText(say('mn', 'register.change.revalidation-requested')).waitFor();
    await page.getByText(reason).first().waitFor();
    await lookAt(page, 'register-record-mn', "an authorisation's record, mn");
  });

  it('lets the executive suspend the authorisation with its grounds', async () => {
    const page = await signedIn('demo-executive', 'en', '/authorisations');
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: granted.authorisationNumber }) });
    await row.waitFor();
    await lookAt(page, 'register-list-en', 'the AEO register, en');
    await row.getByRole('link', { name: granted.authorisationNumber }).click();
    await page.waitForURL((url) => url.pathname === `/authorisations/${granted.authorisationNumber}`);

    await page.getByTestId('action-suspend').click();
    await page.getByRole('dialog').waitFor();
    await page.getByTestId('action-text').fill('Security criterion failed at the site visit.\nAccess control missing.');
    await page.getByTestId('action-submit').click();
    await page.getByRole('dialog').waitFor({ state: 'hidden', timeout: 60_000 });
    await untilStatus(page, 'en', 'suspended');
    const lifecycle = await register(officerToken, '/lifecycle');
    expect(lifecycle).toMatchObject({ status: 'suspended', suspendedScope: 'whole', workflow: { stage: 'suspended' } });
    expect(lifecycle.workflow.suspension.grounds).toEqual([
      'Security criterion failed at the site visit.',
      'Access control missing.',
    ]);
    // The remediation plan's deadline runs, with its days left; the executive may now reinstate.
    const planDeadline = page
      .getByTestId('lifecycle')
      .getByTestId('deadline')
      .filter({ hasText: say('en', 'register.lifecycle.planDue') });
    await planDeadline.waitFor();
    expect(await planDeadline.textContent()).toMatch(/\d+ days left/);
    await page.getByTestId('action-reinstate').waitFor();
    await page.getByText(say('en', 'register.change.suspended'), { exact: true }).first().waitFor();
    await lookAt(page, 'register-record-en', "an authorisation's record, en");

    // Waiting for the holder's remediation plan: nothing for the executive to decide yet.
    await page
      .getByRole('link', { name: say('en', 'register.record.back') })
      .first()
      .click();
    await page.waitForURL((url) => url.pathname === '/authorisations');
    await page.getByRole('tab', { name: say('en', 'register.list.tabToDecide') }).click();
    await page.getByText(say('en', 'register.list.emptyToDecide')).waitFor();
    // The tab lives in the URL (a reload or a shared link shows it again).
    expect(new URL(page.url()).searchParams.get('toDecide')).toBe('true');
  });
});
