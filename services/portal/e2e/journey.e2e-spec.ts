/** @jest-environment node */
import { readFile } from 'node:fs/promises';
import { Client, Connection } from '@temporalio/client';
import type { Browser, Page } from 'playwright-core';
import {
  bearer,
  certifyToGrant,
  startCertificationServices,
  checkAccessibility,
  endBrowserTest,
  fileApplication,
  launchBrowser,
  newPage,
  newTraderAccount,
  registerCompanyInPortal,
  type RunningProcess,
  SAMPLE_PDF,
  screenshot,
  type SignUpAccount,
  signUpThroughIdentityProvider,
  startWebAppProcess,
  type TestDatabase,
  testEnv,
} from '@aeo/testing';
import { ROLES } from '@aeo/web/claims';
import { textOf } from '@aeo/web/words';
import { WORDS } from '../src/i18n/resources';

jest.setTimeout(180_000);

type Language = 'mn' | 'en';
const say = (language: Language, key: string, values: Record<string, string | number> = {}) =>
  textOf(WORDS[language], key, values);

const REGION = 'DARKHAN';
const officer = bearer({ sub: 'officer-darkhan', roles: [ROLES.contactOfficer], region: REGION });
const validator = bearer({ sub: 'demo-validator-darkhan', roles: [ROLES.validator], region: REGION });
const executive = bearer({ sub: 'executive-journey-e2e', roles: [ROLES.executive] });

/**
 * The trader's journey end to end (issue 20): a real Chromium against the portal's build, the
 * applications, validation and risk management services on throwaway databases, the worker in a
 * Temporal namespace of the file's, and the identity provider of the tests. A new trader signs up
 * and registers the company in the portal; the application is filed and submitted with the
 * trader's own token (the wizard's e2e covers the wizard); customs (the API, staff tokens) asks for
 * information; the trader sees it under "You must" with its deadline, attaches a document and
 * answers it in the portal; customs takes the application to the grant; the trader sees the
 * decision and downloads the certificate (AEO-<number>.pdf, the bytes the service serves for that
 * number). A second trader opening the first company's application sees "not found" and nothing of
 * it. Screenshots journey-<step>-<language>.png in .local/test-results/portal, axe clean on each.
 */
describe('the trader’s journey from filing to the certificate', () => {
  let temporal: Client | undefined;
  let applications: RunningProcess;
  let validation: RunningProcess;
  let portal: RunningProcess;
  const databases: TestDatabase[] = [];
  const processes: RunningProcess[] = [];
  let browser: Browser;
  const pages: Page[] = [];
  const trader = newTraderAccount('journey');
  let page: Page;
  let traderToken: string;
  let applicationId: string;
  let authorisationNumber: string;
  let certification: Promise<string> | undefined;
  let informationAsked: () => void;
  const asked = new Promise<void>((resolve) => (informationAsked = resolve));
  let informationAnswered: () => void;
  const answered = new Promise<void>((resolve) => (informationAnswered = resolve));

  beforeAll(async () => {
    let namespace: string;
    ({ applications, validation, namespace } = await startCertificationServices({
      label: 'journey',
      region: REGION,
      processes,
      databases,
    }));
    temporal = new Client({ connection: await Connection.connect({ address: testEnv.temporalAddress }), namespace });
    portal = await startWebAppProcess('portal', {
      services: { applications: applications.url, validation: validation.url },
      env: { AEO_CONSOLE_URL: 'http://127.0.0.1:3000' },
    });
    processes.push(portal);
    browser = await launchBrowser();
  }, 600_000);

  afterAll(async () => {
    await certification?.catch(() => undefined);
    await endBrowserTest({ temporal, pages, browser, processes, databases });
  }, 60_000);

  async function lookAt(on: Page, name: string) {
    await screenshot(on, name, 'portal');
    const report = await checkAccessibility(on, name);
    expect(report.message).toBe(`no serious or critical accessibility violations on ${name}`);
  }
  async function switchTo(on: Page, language: Language) {
    await on
      .locator('header')
      .getByText(language === 'mn' ? 'Монгол' : 'English', { exact: true })
      .click();
    await on.locator(`html[lang="${language}"]`).waitFor({ state: 'attached' });
  }
  /** Screenshots and axe of the step in Mongolian, then in English (back to Mongolian after). */
  async function inBothLanguages(step: string, ready: (language: Language) => Promise<unknown>, on = page) {
    await ready('mn');
    await lookAt(on, `journey-${step}-mn`);
    await switchTo(on, 'en');
    await ready('en');
    await lookAt(on, `journey-${step}-en`);
    await switchTo(on, 'mn');
  }
  async function signUpWithCompany(account: SignUpAccount): Promise<Page> {
    const opened = await newPage(browser, { locale: 'mn-MN', timezoneId: 'Asia/Ulaanbaatar', reducedMotion: 'reduce' });
    pages.push(opened);
    await opened.goto(portal.url);
    await opened.getByTestId('sign-in').click();
    await signUpThroughIdentityProvider(opened, account);
    await opened.locator('input[name="taxpayerId"]').waitFor();
    await registerCompanyInPortal(opened, {
      name: `Khan Cargo ${account.taxpayerId} LLC`,
      region: REGION,
      office: 'DARKHAN-01',
      contactName: account.name,
      email: account.email,
      importer: say('mn', 'company.roles.importer'),
    });
    return opened;
  }
  const openApplication = async (on: Page) => {
    await on.goto(new URL(`/applications/${applicationId}`, portal.url).toString());
  };
  /** The portal's own token of the trader (oidc-client-ts keeps the user in sessionStorage), as a header. */
  const tokenOf = async (on: Page) =>
    `Bearer ${await on.evaluate(() => {
      const key = Object.keys(sessionStorage).find((name) => name.startsWith('oidc.user:'))!;
      return (JSON.parse(sessionStorage.getItem(key)!) as { access_token: string }).access_token;
    })}`;
  const traderSteps = () => page.getByTestId('trader-steps');

  it('signs a new trader up, registers the company, files and submits an application with the trader’s token', async () => {
    page = await signUpWithCompany(trader);
    // The portal's own token of the trader (oidc-client-ts keeps the user in sessionStorage).
    traderToken = await tokenOf(page);
    const operators = (await (
      await fetch(`${applications.url}/v1/operators`, { headers: { authorization: traderToken } })
    ).json()) as { id: string; taxpayerId: string }[];
    const operator = operators.find((item) => item.taxpayerId === trader.taxpayerId)!;
    const filed = await fileApplication(applications.url, traderToken, {
      operatorId: operator.id,
      statusType: 'AEOS',
      consentToMraSharing: false,
    });
    expect(filed.submission?.status).toBe(200);
    applicationId = filed.applicationId;
    // Customs takes it from here (the API, staff tokens), asking for information at acceptance.
    certification = certifyToGrant({
      applicationsUrl: applications.url,
      validationUrl: validation.url,
      callers: { officer, validator, executive },
      applicationId,
      region: REGION,
      stepTimeoutMs: 240_000,
      atAcceptance: async () => {
        const response = await fetch(`${applications.url}/v1/applications/${applicationId}/information-requests`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: officer },
          body: JSON.stringify({ questions: 'Send the lease of the warehouse in Darkhan.', dueInDays: 10 }),
        });
        expect(response.status).toBe(201);
        informationAsked();
        await answered;
      },
    });
    certification.catch(() => undefined);
    await openApplication(page);
    await inBothLanguages('submitted', (language) =>
      page
        .getByTestId('customs-steps')
        .getByText(say(language, 'progress.codes.customs-acceptance-decision'))
        .waitFor(),
    );
    expect(await page.getByTestId('stage-submitted').getAttribute('data-reached')).toBe('true');
  }, 300_000);

  it('shows customs’ request for information under “You must” with its deadline, and the trader answers it', async () => {
    await asked;
    await page.reload();
    const step = traderSteps().getByText(say('mn', 'progress.codes.answer-information-request'));
    await step.waitFor();
    const deadline = await traderSteps().locator('li').first().innerText();
    expect(deadline).toMatch(/\d{4}\.\d{2}\.\d{2} \d{2}:\d{2} · (10|9|11) хоног үлдсэн/);
    await inBothLanguages('information-request', (language) =>
      traderSteps().getByText(say(language, 'progress.codes.answer-information-request')).waitFor(),
    );
    // The document customs asks for, under a question of the self-assessment (the wizard's upload).
    await page.getByTestId('evidence-question').click();
    await page.getByRole('option').first().click();
    await page
      .getByTestId('request-evidence')
      .locator('input[type="file"]')
      .setInputFiles({ name: 'warehouse-lease.pdf', mimeType: 'application/pdf', buffer: SAMPLE_PDF });
    await page.getByTestId('request-evidence').getByText('warehouse-lease.pdf').waitFor();
    await lookAt(page, 'journey-evidence-mn');
    const documents = (await (
      await fetch(`${applications.url}/v1/applications/${applicationId}/documents`, {
        headers: { authorization: await tokenOf(page) },
      })
    ).json()) as { fileName: string }[];
    expect(documents.map((document) => document.fileName)).toContain('warehouse-lease.pdf');
    const answer = page.locator('[data-testid^="answer-"]').and(page.getByRole('button'));
    await answer.click();
    const text = page.locator('textarea[data-testid$="-text"]');
    await text.fill('ok');
    await page.getByTestId('action-submit').click();
    await page.getByTestId('action-error').waitFor();
    await lookAt(page, 'journey-answer-refused-mn');
    await text.fill(
      'The lease of the Darkhan warehouse runs until 2031; the signed copy is attached to the application.',
    );
    await page.getByTestId('action-submit').click();
    await page.getByTestId('information-answer').waitFor();
    informationAnswered();
    await inBothLanguages('information-answered', (language) =>
      page.getByText(say(language, 'progress.yourAnswer')).first().waitFor(),
    );
  });

  it('shows the grant with its authorisation number and downloads the certificate, a PDF naming it', async () => {
    authorisationNumber = await certification!;
    await page.reload();
    const granted = page.getByTestId('granted');
    await granted.waitFor();
    expect(await granted.innerText()).toBe(say('mn', 'progress.granted', { number: authorisationNumber }));
    await inBothLanguages('granted', (language) =>
      page.getByText(say(language, 'progress.certificate', { number: authorisationNumber })).waitFor(),
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('certificate-download').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`AEO-${authorisationNumber}.pdf`);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The certificate of that number as the service renders it (the same register entry, the same
    // bytes; certificates.int-spec reads the number and the holder in its text): the portal saved it whole.
    const served = await fetch(`${applications.url}/v1/authorisations/${authorisationNumber}/certificate`, {
      headers: { authorization: await tokenOf(page) },
    });
    expect(served.status).toBe(200);
    expect(Buffer.compare(bytes, Buffer.from(await served.arrayBuffer()))).toBe(0);
  }, 360_000);

  it('shows a second trader who opens the first company’s application “not found” and nothing of it', async () => {
    const stranger = await signUpWithCompany(newTraderAccount('journey-other'));
    await openApplication(stranger);
    const notFound = stranger.getByTestId('application-not-found');
    await notFound.waitFor();
    expect(await notFound.innerText()).toBe(say('mn', 'loadState.notFound'));
    await inBothLanguages(
      'not-found',
      (language) =>
        stranger.getByTestId('application-not-found').getByText(say(language, 'loadState.notFound')).waitFor(),
      stranger,
    );
    const shown = await stranger.locator('main').innerText();
    expect(shown).not.toContain(`Khan Cargo ${trader.taxpayerId}`);
    expect(shown).not.toContain(authorisationNumber);
    expect(await stranger.getByTestId('application-status').count()).toBe(0);
  });
});
