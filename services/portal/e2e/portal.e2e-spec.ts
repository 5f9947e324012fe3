/** @jest-environment node */
import { randomInt } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import type { Page } from 'playwright-core';
import {
  bearer,
  grantAuthorisation,
  inBothPortalLanguages,
  lookAtPortal as lookAt,
  newTraderAccount,
  PortalE2e,
  type PortalLanguage as Language,
  type RunningProcess,
  SAMPLE_PDF,
  screenshot,
  signInThroughIdentityProvider,
  signUpThroughIdentityProvider,
  startCertificationServices,
  switchPortalLanguage as switchTo,
  testEnv,
} from '@aeo/testing';
import { ROLES } from '@aeo/web/claims';
import { textOf } from '@aeo/web/words';
import { WORDS } from '../src/i18n/resources';

jest.setTimeout(120_000);

/** The portal's own words for a key, as the page shows them. */
const say = (language: Language, key: string, values: Record<string, string | number> = {}) =>
  textOf(WORDS[language], key, values);
const LOCALES: Record<Language, string> = { mn: 'mn-MN', en: 'en-GB' };
const TRADER_ZONE = 'Asia/Ulaanbaatar';

/**
 * The trader portal end to end (issue 20): a real Chromium against the portal's server (its build),
 * the applications, validation and risk management services on throwaway databases with the worker
 * (startCertificationServices) and the identity provider of the tests. A new trader signs up at the
 * provider (IDENTITY_TRADER_SIGNUP), comes back signed in, registers the company (a refusal first:
 * checked before sending), sees the company's home, switches to English, edits the company's
 * address; starts an AEOC application from its card, removes a wrong upload again and finds an
 * answer kept after a reload (what the wizard does beyond journey.e2e-spec); anyone reads the public
 * AEO register without signing in, a granted and published authorisation in it; a customs staff
 * login is told to use the console. Each step's screenshot in both languages in
 * .local/test-results/portal/{portal,wizard}-<step>-<language>.png; axe finds no serious violation on any.
 */
describe('the trader portal in a real browser against the platform', () => {
  const world = new PortalE2e();
  let temporal: Client | undefined;
  let applications: RunningProcess;
  let validation: RunningProcess;
  const trader = newTraderAccount('trader');
  const { taxpayerId } = trader;
  const companyName = `Khan Cargo ${taxpayerId} LLC`;
  let traderPage: Page;

  beforeAll(async () => {
    let namespace: string;
    ({ applications, validation, namespace } = await startCertificationServices({
      label: 'portal',
      region: 'DARKHAN',
      processes: world.processes,
      databases: world.databases,
    }));
    temporal = new Client({ connection: await Connection.connect({ address: testEnv.temporalAddress }), namespace });
    await world.start({ applications: applications.url, validation: validation.url });
  }, 600_000);

  afterAll(() => world.end(temporal), 60_000);

  /** A page in `language` (a trader in Ulaanbaatar: the portal shows dates in the browser's zone and names it). */
  const open = (language: Language, path: string): Promise<Page> => world.open(path, LOCALES[language]);

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

  // The application wizard beyond the trader's journey (journey.e2e-spec: AEOS, every section,
  // uploads with the progress bar, a refused type, the missing list, the submission).
  it('starts an AEOC application from its card, which says what the status is for', async () => {
    const page = traderPage;
    await page.getByTestId('start-application').click();
    const card = page.getByTestId('status-type-AEOC');
    await card.waitFor();
    expect(await card.innerText()).toContain('Гаалийн хялбаршуулсан журам ашиглах');
    await page.getByTestId('start-AEOC').click();
    await page.getByTestId('missing-list').waitFor();
  });

  it('removes a wrong upload again, its notice following the language switch', async () => {
    const page = traderPage;
    const input = page.locator('[data-testid^="file-"]').first();
    const questionId = (await input.getAttribute('data-testid'))!.replace(/^file-/, '');
    await input.setInputFiles({ name: 'wrong.pdf', mimeType: 'application/pdf', buffer: SAMPLE_PDF });
    const documents = page.getByTestId(`documents-${questionId}`);
    await documents.getByText('wrong.pdf').waitFor();
    await page.getByRole('button', { name: say('mn', 'wizard.remove', { name: 'wrong.pdf' }) }).click();
    await documents.getByText('wrong.pdf').waitFor({ state: 'detached' });
    await inBothPortalLanguages(page, 'wizard-removed', (language) =>
      page
        .getByTestId(`evidence-notice-${questionId}`)
        .getByText(say(language, 'wizard.removed', { name: 'wrong.pdf' }))
        .waitFor(),
    );
  });

  it('keeps an answer saved as the trader goes after the page is reloaded', async () => {
    const page = traderPage;
    const card = page.getByRole('tabpanel').locator('[data-testid^="question-"]').first();
    const questionId = (await card.getAttribute('data-testid'))!.replace(/^question-/, '');
    const total = Math.max(
      ...((await page.getByTestId('answered-progress').innerText()).match(/\d+/g) ?? []).map(Number),
    );
    const yesNo = (await card.getByLabel(say('mn', 'wizard.no')).count()) > 0;
    const text = `Our answer to ${questionId}, with the details customs asks for.`;
    if (yesNo) await card.getByLabel(say('mn', 'wizard.no')).check();
    else await card.locator('textarea').fill(text);
    await card.getByTestId(`save-state-${questionId}`).getByText(say('mn', 'wizard.saved')).waitFor();
    await page.reload();
    await page
      .getByTestId('answered-progress')
      .getByText(say('mn', 'wizard.progress', { answered: 1, total }))
      .waitFor();
    const again = page.getByTestId(`question-${questionId}`);
    if (yesNo) expect(await again.getByLabel(say('mn', 'wizard.no')).isChecked()).toBe(true);
    else expect(await again.locator('textarea').inputValue()).toBe(text);
    await switchTo(page, 'en');
    await lookAt(page, 'wizard-reloaded-en');
    await switchTo(page, 'mn');
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
      // A part of a taxpayer id: the service refuses it (the format is its configuration), and the
      // page says so at the field, not as the service's error with its pattern.
      await page.goto(new URL('/register?taxpayerId=50123', world.portal.url).toString());
      await page.getByText(say(language, 'register.taxpayerIdRefused')).waitFor();
      expect(await page.getByTestId('load-error').count()).toBe(0);
      expect(await page.getByTestId('register-empty').isVisible()).toBe(true);
      await lookAt(page, `portal-register-taxpayer-id-refused-${language}`);
      await page.goto(new URL('/register/AEO-MN-0000-000000', world.portal.url).toString());
      await page.getByTestId('load-error').waitFor();
      expect(await page.getByTestId('load-error').innerText()).toContain(say(language, 'loadState.notFound'));
      await lookAt(page, `portal-register-entry-missing-${language}`);
    }
  });

  it('lists a granted authorisation its holder published on the public register, and its entry', async () => {
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
