/** @jest-environment node */
import type { Browser, Page } from 'playwright-core';
import {
  bearer,
  checkAccessibility,
  createTestDatabase,
  endBrowserTest,
  launchBrowser,
  newPage,
  newTraderAccount,
  registerCompanyInPortal,
  type RunningProcess,
  SAMPLE_PDF,
  screenshot,
  signUpThroughIdentityProvider,
  startServiceProcess,
  startWebAppProcess,
  type TestDatabase,
  uniqueName,
  waitFor,
} from '@aeo/testing';
import { ROLES } from '@aeo/web/claims';
import { textOf } from '@aeo/web/words';
import { WORDS } from '../src/i18n/resources';

jest.setTimeout(180_000);

type Language = 'mn' | 'en';
const say = (language: Language, key: string, values: Record<string, string | number> = {}) =>
  textOf(WORDS[language], key, values);

interface Question {
  id: string;
  answer: 'yes-no' | 'text';
  evidenceRequired: boolean;
}

/**
 * The application wizard end to end (issue 20): a real Chromium against the portal's build, the
 * applications service on a throwaway database and the identity provider of the tests. A new
 * trader signs up, registers the company, starts an AEOC application from the status type cards,
 * answers the questionnaire section by section (each answer saved as it goes), has a .txt refused
 * before upload, uploads a PDF per question that needs evidence, sees the missing list shrink to
 * nothing, and submits. Each step's screenshot in both languages in
 * .local/test-results/portal/wizard-<step>-<language>.png; axe finds no serious violation on any.
 */
describe('the application wizard in a real browser against the platform', () => {
  let applications: RunningProcess;
  const databases: TestDatabase[] = [];
  const processes: RunningProcess[] = [];
  let portal: RunningProcess;
  let browser: Browser;
  const pages: Page[] = [];
  const trader = newTraderAccount('wizard');
  const { taxpayerId } = trader;
  let page: Page;
  let questions: Question[];

  beforeAll(async () => {
    const database = await createTestDatabase('wizard_apps');
    databases.push(database);
    applications = await startServiceProcess('applications', {
      databaseUrl: database.url,
      groupSuffix: `.${uniqueName('wizard-e2e')}`,
      readyTimeoutMs: 150_000,
    });
    processes.push(applications);
    portal = await startWebAppProcess('portal', {
      services: { applications: applications.url },
      env: { AEO_CONSOLE_URL: 'http://127.0.0.1:3000' },
    });
    processes.push(portal);
    browser = await launchBrowser();
    // The AEOC questionnaire of the throwaway database's programme, as the service answers it.
    const programme = (await (
      await fetch(`${applications.url}/v1/programme`, {
        headers: { authorization: bearer({ sub: 'reader', roles: [ROLES.operatorUser], taxpayerId: '1000000' }) },
      })
    ).json()) as {
      document: {
        statusTypes: { code: string; sections: string[] }[];
        sections: { id: string; questions: Question[] }[];
      };
    };
    const aeoc = programme.document.statusTypes.find((type) => type.code === 'AEOC')!;
    questions = programme.document.sections
      .filter((section) => aeoc.sections.includes(section.id))
      .flatMap((section) => section.questions);
  }, 600_000);

  afterAll(() => endBrowserTest({ pages, browser, processes, databases }), 60_000);

  async function lookAt(name: string) {
    await screenshot(page, name, 'portal');
    const report = await checkAccessibility(page, name);
    expect(report.message).toBe(`no serious or critical accessibility violations on ${name}`);
  }
  async function switchTo(language: Language) {
    await page
      .locator('header')
      .getByText(language === 'mn' ? 'Монгол' : 'English', { exact: true })
      .click();
    await page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached' });
  }
  /** Screenshots and axe of the step in Mongolian, then in English (back to Mongolian after). */
  async function inBothLanguages(step: string, ready: (language: Language) => Promise<unknown>) {
    await ready('mn');
    await lookAt(`wizard-${step}-mn`);
    await switchTo('en');
    await ready('en');
    await lookAt(`wizard-${step}-en`);
    await switchTo('mn');
  }
  const missingCount = async () =>
    (await page.getByTestId('missing-list').count()) ? page.getByTestId('missing-list').locator('li').count() : 0;

  const missingShrinksTo = (count: number) =>
    waitFor(`the missing list at ${count}`, async () => (await missingCount()) === count, 10_000);

  it('signs a new trader up, registers the company and opens the status types, each explained', async () => {
    page = await newPage(browser, { locale: 'mn-MN', timezoneId: 'Asia/Ulaanbaatar', reducedMotion: 'reduce' });
    pages.push(page);
    await page.goto(portal.url);
    await page.getByTestId('sign-in').click();
    await signUpThroughIdentityProvider(page, trader);
    await page.locator('input[name="taxpayerId"]').waitFor();
    await registerCompanyInPortal(page, {
      name: `Khan Cargo ${taxpayerId} LLC`,
      region: 'DARKHAN',
      office: 'DARKHAN-01',
      contactName: trader.name,
      email: trader.email,
      importer: say('mn', 'company.roles.importer'),
    });
    await page.getByTestId('start-application').click();
    await inBothLanguages('status-types', (language) =>
      page.getByRole('heading', { name: say(language, 'wizard.startTitle') }).waitFor(),
    );
    const card = page.getByTestId('status-type-AEOC');
    expect(await card.innerText()).toContain('Гаалийн хялбаршуулсан журам ашиглах');
    expect(await card.innerText()).toContain(say('mn', 'wizard.benefits'));
  });

  it('starts an AEOC application and shows the questionnaire with help text and what is missing', async () => {
    await page.getByTestId('start-AEOC').click();
    await page.getByTestId('missing-list').waitFor();
    expect(await missingCount()).toBe(questions.length + questions.filter((q) => q.evidenceRequired).length);
    expect(await page.getByTestId('answered-progress').innerText()).toBe(
      say('mn', 'wizard.progress', { answered: 0, total: questions.length }),
    );
    await inBothLanguages('questionnaire', (language) =>
      page
        .getByTestId('answered-progress')
        .getByText(say(language, 'wizard.progress', { answered: 0, total: questions.length }))
        .waitFor(),
    );
  });

  it('refuses a .txt before upload, naming the accepted types, and uploads a PDF with the missing list shrinking', async () => {
    const first = questions.find((q) => q.evidenceRequired)!;
    const input = page.getByTestId(`file-${first.id}`);
    await input.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not evidence') });
    const notice = page.getByTestId(`evidence-notice-${first.id}`);
    expect(await notice.innerText()).toBe(say('mn', 'wizard.wrongType', { name: 'notes.txt' }));
    await lookAt('wizard-refused-mn');
    const before = await missingCount();
    await input.setInputFiles({ name: 'ownership.pdf', mimeType: 'application/pdf', buffer: SAMPLE_PDF });
    await page.getByTestId(`documents-${first.id}`).getByText('ownership.pdf').waitFor();
    await missingShrinksTo(before - 1);
    // A wrong upload is removed again (DELETE): the document leaves the list, the missing count stays.
    await input.setInputFiles({ name: 'wrong.pdf', mimeType: 'application/pdf', buffer: SAMPLE_PDF });
    const documents = page.getByTestId(`documents-${first.id}`);
    await documents.getByText('wrong.pdf').waitFor();
    await page.getByRole('button', { name: say('mn', 'wizard.remove', { name: 'wrong.pdf' }) }).click();
    await documents.getByText('wrong.pdf').waitFor({ state: 'detached' });
    expect(await notice.innerText()).toBe(say('mn', 'wizard.removed', { name: 'wrong.pdf' }));
    expect(await missingCount()).toBe(before - 1);
    // The notice follows the language switch (it was kept translated, in Mongolian, before).
    await switchTo('en');
    await page
      .getByTestId(`evidence-notice-${first.id}`)
      .getByText(say('en', 'wizard.removed', { name: 'wrong.pdf' }))
      .waitFor();
    await lookAt('wizard-uploaded-en');
    await switchTo('mn');
  });

  it('answers every question section by section (saved as it goes), attaches the rest of the evidence, and submits', async () => {
    const sectionTabs = page.getByRole('tab');
    for (let tab = 0; tab < (await sectionTabs.count()); tab++) {
      await sectionTabs.nth(tab).click();
      const panel = page.getByRole('tabpanel');
      for (const question of questions) {
        const card = panel.getByTestId(`question-${question.id}`);
        if (!(await card.count())) continue;
        const before = await missingCount();
        if (question.answer === 'yes-no') await card.getByLabel(say('mn', 'wizard.no')).check();
        else await card.locator('textarea').fill(`Our answer to ${question.id}, with the details customs asks for.`);
        await card.getByTestId(`save-state-${question.id}`).getByText(say('mn', 'wizard.saved')).waitFor();
        await missingShrinksTo(before - 1);
        if (question.evidenceRequired && !(await card.getByTestId(`documents-${question.id}`).count())) {
          await card
            .getByTestId(`file-${question.id}`)
            .setInputFiles({ name: `${question.id}.pdf`, mimeType: 'application/pdf', buffer: SAMPLE_PDF });
          await card.getByTestId(`documents-${question.id}`).waitFor();
        }
      }
      if (tab === 1) await lookAt('wizard-answering-mn');
    }
    await page.getByTestId('complete').waitFor();
    await inBothLanguages('complete', (language) => page.getByText(say(language, 'wizard.complete')).waitFor());
    await page.getByTestId('submit-application').click();
    const submitted = page.getByTestId('submitted');
    await submitted.waitFor();
    expect(await submitted.innerText()).toContain(say('mn', 'wizard.submittedTitle'));
    await inBothLanguages('submitted', (language) =>
      page.getByTestId('submitted').getByText(say(language, 'wizard.submittedTitle')).waitFor(),
    );
  });
});
