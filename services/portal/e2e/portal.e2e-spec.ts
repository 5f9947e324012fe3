/** @jest-environment node */
import { randomBytes, randomInt } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import type { Browser, Page } from 'playwright-core';
import {
  bearer,
  checkAccessibility,
  createTestDatabase,
  endBrowserTest,
  ensureTemporalNamespace,
  grantAuthorisation,
  launchBrowser,
  newPage,
  type RunningProcess,
  screenshot,
  signInThroughIdentityProvider,
  signUpThroughIdentityProvider,
  startServiceProcess,
  startWebAppProcess,
  startWorkerProcess,
  type TestDatabase,
  testEnv,
  uniqueName,
} from '@aeo/testing';
import { ROLES } from '@aeo/web/claims';
import { textOf } from '@aeo/web/words';
import { WORDS } from '../src/i18n/resources';

jest.setTimeout(120_000);

type Language = 'mn' | 'en';
/** The portal's own words for a key, as the page shows them. */
const say = (language: Language, key: string, values: Record<string, string | number> = {}) =>
  textOf(WORDS[language], key, values);
const LOCALES: Record<Language, string> = { mn: 'mn-MN', en: 'en-GB' };
const TRADER_ZONE = 'Asia/Ulaanbaatar';

/**
 * The trader portal end to end (issue 20): a real Chromium against the portal's server (its build),
 * the applications service on a throwaway database and the identity provider of the tests. A new
 * trader signs up at the provider (IDENTITY_TRADER_SIGNUP), comes back signed in, registers the
 * company (a refusal first: checked before sending), sees the company's home, switches to English,
 * edits the company's address; anyone reads the public AEO register without signing in; a customs
 * staff login is told to use the console. Each step's screenshot in both languages in
 * .local/test-results/portal/portal-<step>-<language>.png; axe finds no serious violation on any.
 */
describe('the trader portal in a real browser against the platform', () => {
  const namespace = `portal-e2e-${randomBytes(3).toString('hex')}`;
  const env = { TEMPORAL_NAMESPACE: namespace };
  let temporal: Client | undefined;
  let applications: RunningProcess;
  const groupSuffix = `.${uniqueName('portal-e2e')}`;
  const databases: TestDatabase[] = [];
  const processes: RunningProcess[] = [];
  let portal: RunningProcess;
  let browser: Browser;
  const pages: Page[] = [];
  const taxpayerId = String(randomInt(1_000_000, 9_999_999));
  const trader = {
    login: `trader-${taxpayerId}`,
    name: 'Oyunchimeg Bat',
    email: `customs+${taxpayerId}@khancargo.example`,
    password: `Portal-${taxpayerId}-secret`,
    taxpayerId,
    language: 'mn' as const,
  };
  const companyName = `Khan Cargo ${taxpayerId} LLC`;
  let traderPage: Page;

  beforeAll(async () => {
    await ensureTemporalNamespace(namespace);
    const database = await createTestDatabase('portal_apps');
    databases.push(database);
    applications = await startServiceProcess('applications', {
      databaseUrl: database.url,
      groupSuffix,
      env,
      readyTimeoutMs: 150_000,
    });
    processes.push(applications);
    portal = await startWebAppProcess('portal', {
      services: { applications: applications.url },
      env: { AEO_CONSOLE_URL: 'http://127.0.0.1:3000' },
    });
    processes.push(portal);
    browser = await launchBrowser();
  }, 600_000);

  afterAll(() => endBrowserTest({ temporal, pages, browser, processes, databases }), 60_000);

  async function open(language: Language, path: string): Promise<Page> {
    // A trader in Ulaanbaatar: the portal shows dates in the browser's zone and names it.
    const page = await newPage(browser, {
      locale: LOCALES[language],
      timezoneId: TRADER_ZONE,
      reducedMotion: 'reduce',
    });
    pages.push(page);
    await page.goto(new URL(path, portal.url).toString());
    return page;
  }
  /** The page's screenshot (from its top) and axe's verdict: no serious or critical violation. */
  async function lookAt(page: Page, name: string) {
    await screenshot(page, name, 'portal');
    const report = await checkAccessibility(page, name);
    expect(report.message).toBe(`no serious or critical accessibility violations on ${name}`);
  }
  async function switchTo(page: Page, language: Language) {
    await page
      .locator('header')
      .getByText(language === 'mn' ? 'Монгол' : 'English', { exact: true })
      .click();
    await page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached' });
  }

  it('signs a new trader up at the identity provider and back into the portal, which asks for the company', async () => {
    traderPage = await open('mn', '/');
    const page = traderPage;
    await page.getByTestId('sign-in').waitFor();
    expect(await page.getByRole('heading', { name: say('mn', 'app.title'), level: 2 }).isVisible()).toBe(true);
    await lookAt(page, 'portal-sign-in-mn');
    await switchTo(page, 'en');
    await lookAt(page, 'portal-sign-in-en');
    await switchTo(page, 'mn');

    await page.getByTestId('sign-in').click();
    await signUpThroughIdentityProvider(page, trader, {
      beforeSubmit: async (signup) => void (await screenshot(signup, 'portal-identity-sign-up-mn', 'portal')),
    });
    await page.getByTestId('caller-name').waitFor();
    expect(await page.getByTestId('caller-name').innerText()).toBe(trader.name);
    await page.getByRole('heading', { name: say('mn', 'company.registerTitle') }).waitFor();
    expect(await page.locator('input[name="taxpayerId"]').inputValue()).toBe(taxpayerId);
    // The header names the browser's zone (the trader's): every date is shown in it.
    expect(await page.getByTestId('time-zone').innerText()).toBe(
      say('mn', 'app.timeZone', { zone: `${say('mn', `programmeZone.names.${TRADER_ZONE}`)} (${TRADER_ZONE})` }),
    );
    await lookAt(page, 'portal-registration-mn');
  });

  it('registers the company: refused before sending while fields are missing, then its home with the trader as administrator', async () => {
    const page = traderPage;
    await page.getByTestId('register-company').click();
    const checked = page.getByTestId('registration-error');
    await checked.waitFor();
    expect(await checked.innerText()).toContain(say('mn', 'company.name'));
    await lookAt(page, 'portal-registration-refused-mn');

    await page.locator('input[name="name"]').fill(companyName);
    await page.locator('input[name="legalForm"]').fill('LLC');
    await page.locator('input[name="region"]').fill('darkhan');
    await page.locator('input[name="customsOffice"]').fill('DARKHAN-01');
    await page.getByLabel(say('mn', 'company.roles.importer')).check({ force: true });
    await page.locator('input[name="address.street"]').fill('Sukhbaatar Street 3');
    await page.locator('input[name="address.city"]').fill('Darkhan');
    await page.locator('input[name="contact.name"]').fill(trader.name);
    await page.locator('input[name="contact.email"]').fill(trader.email);
    await page.getByTestId('register-company').click();

    await page.getByTestId('company-name').waitFor();
    expect(await page.getByTestId('company-name').innerText()).toBe(companyName);
    const members = page.getByTestId('members-table');
    await members.waitFor();
    expect(await members.innerText()).toContain(`${trader.name} (${say('mn', 'members.you')})`);
    expect(await members.innerText()).toContain(say('mn', 'members.roles.administrator'));
    await page.getByTestId('no-applications').waitFor();
    await lookAt(page, 'portal-company-mn');
  });

  it('switches to English and lets the administrator change the address', async () => {
    const page = traderPage;
    await switchTo(page, 'en');
    await page.getByRole('heading', { name: say('en', 'members.title') }).waitFor();
    await lookAt(page, 'portal-company-en');
    await page.getByTestId('edit-company').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.locator('input[name="address.city"]').fill('Erdenet');
    await lookAt(page, 'portal-company-edit-en');
    await dialog.getByTestId('action-submit').click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('company-details').getByText('Sukhbaatar Street 3, Erdenet, MN').waitFor();
    await switchTo(page, 'mn');
    await page.getByRole('heading', { name: say('mn', 'members.title') }).waitFor();
    await lookAt(page, 'portal-company-edited-mn');
  });

  it('shows the public AEO register without signing in, in both languages', async () => {
    for (const language of ['mn', 'en'] as const) {
      const page = await open(language, `/register?q=${encodeURIComponent(companyName)}`);
      await page.getByRole('heading', { name: say(language, 'register.title') }).waitFor();
      // Nothing of this throwaway database is granted and published yet: the search says so.
      await page.getByTestId('register-empty').waitFor();
      expect(await page.getByTestId('register-search').inputValue()).toBe(companyName);
      expect(await page.getByTestId('header-sign-in').isVisible()).toBe(true);
      await lookAt(page, `portal-register-${language}`);
      await page.goto(new URL('/register/AEO-MN-0000-000000', portal.url).toString());
      await page.getByTestId('load-error').waitFor();
      expect(await page.getByTestId('load-error').innerText()).toContain(say(language, 'loadState.notFound'));
      await lookAt(page, `portal-register-entry-missing-${language}`);
    }
  });

  it('lists a granted authorisation its holder published on the public register, and its entry', async () => {
    // The rest of the certification: validation, risk management and the orchestrating worker.
    const [validationDb, riskDb] = await Promise.all([
      createTestDatabase('portal_valid'),
      createTestDatabase('portal_risk'),
    ]);
    databases.push(validationDb, riskDb);
    const started = await Promise.allSettled([
      startServiceProcess('validation', {
        databaseUrl: validationDb.url,
        groupSuffix,
        env: { ...env, VISIT_NOTICE_DAYS: '0' },
        readyTimeoutMs: 150_000,
      }),
      startServiceProcess('risk-management', { databaseUrl: riskDb.url, groupSuffix, env, readyTimeoutMs: 150_000 }),
      startWorkerProcess(env, 150_000),
    ]);
    for (const result of started) if (result.status === 'fulfilled') processes.push(result.value);
    for (const result of started) if (result.status === 'rejected') throw result.reason;
    const validation = (started[0] as PromiseFulfilledResult<RunningProcess>).value;
    temporal = new Client({ connection: await Connection.connect({ address: testEnv.temporalAddress }), namespace });
    const validator = await fetch(`${validation.url}/v1/validators`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: bearer({ sub: 'office-darkhan', roles: [ROLES.regionalOffice], region: 'DARKHAN' }),
      },
      body: JSON.stringify({ sub: 'demo-validator-darkhan', name: 'Darkhan validator', region: 'DARKHAN' }),
    });
    expect(validator.status).toBe(201);

    const holderTaxpayerId = String(randomInt(1_000_000, 9_999_999));
    const holder = bearer({
      sub: `holder-${holderTaxpayerId}`,
      roles: [ROLES.operatorUser],
      taxpayerId: holderTaxpayerId,
    });
    const holderName = `Altai Logistics ${holderTaxpayerId} LLC`;
    const { authorisationNumber } = await grantAuthorisation({
      applicationsUrl: applications.url,
      validationUrl: validation.url,
      callers: {
        operator: holder,
        officer: bearer({ sub: 'officer-darkhan', roles: [ROLES.contactOfficer], region: 'DARKHAN' }),
        validator: bearer({ sub: 'demo-validator-darkhan', roles: [ROLES.validator], region: 'DARKHAN' }),
        executive: bearer({ sub: 'executive-portal-e2e', roles: [ROLES.executive] }),
      },
      registration: {
        taxpayerId: holderTaxpayerId,
        name: holderName,
        legalForm: 'LLC',
        region: 'DARKHAN',
        customsOffice: 'DARKHAN-01',
        supplyChainRoles: ['exporter'],
        address: { street: 'Baruun Street 1', city: 'Darkhan', country: 'MN' },
        contact: { name: 'Bold', email: `customs+${holderTaxpayerId}@altai.example`, language: 'mn' },
      },
      stepTimeoutMs: 240_000,
    });
    const published = await fetch(`${applications.url}/v1/authorisations/${authorisationNumber}/publication`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: holder },
      body: JSON.stringify({ publish: true, fields: ['name', 'city', 'statusType', 'effectiveFrom'] }),
    });
    expect(published.status).toBe(200);

    for (const language of ['mn', 'en'] as const) {
      const page = await open(language, `/register?q=${encodeURIComponent('Altai Logistics')}`);
      const table = page.getByTestId('register-table');
      await table.getByText(authorisationNumber).waitFor();
      expect(await table.innerText()).toContain(holderName);
      expect(await table.innerText()).toContain(say(language, 'register.statuses.granted'));
      await lookAt(page, `portal-register-found-${language}`);
      await table.getByRole('link', { name: authorisationNumber }).click();
      await page.getByTestId('register-entry').waitFor();
      expect(await page.getByTestId('register-entry').innerText()).toContain(holderName);
      await lookAt(page, `portal-register-entry-${language}`);
    }
  }, 900_000);

  it('tells customs staff who sign in that the portal is for traders, and where the console is', async () => {
    for (const language of ['mn', 'en'] as const) {
      const page = await open(language, '/');
      await page.getByTestId('sign-in').click();
      await signInThroughIdentityProvider(page, { username: 'demo-officer-darkhan', password: 'aeo-demo' });
      await page.getByTestId('staff-page').waitFor();
      expect(await page.getByTestId('staff-page').innerText()).toContain(say(language, 'app.staffTitle'));
      expect(await page.getByTestId('console-link').getAttribute('href')).toBe('http://127.0.0.1:3000');
      await lookAt(page, `portal-staff-${language}`);
    }
  });
});
