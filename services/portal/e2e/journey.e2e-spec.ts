/** @jest-environment node */
import { readFile } from 'node:fs/promises';
import { Client, Connection } from '@temporalio/client';
import type { CDPSession, Page } from 'playwright-core';
import {
  bearer,
  certifyToGrant,
  inBothPortalLanguages,
  lookAtPortal,
  newTraderAccount,
  PortalE2e,
  portalBearer,
  SAMPLE_PDF,
  startCertificationServices,
  testEnv,
  waitFor,
  pdfText,
} from '@aeo/testing';
import { ROLES } from '@aeo/web/claims';
import { textOf } from '@aeo/web/words';
import { WORDS } from '../src/i18n/resources';

jest.setTimeout(180_000);

type Language = 'mn' | 'en';
const say = (language: Language, key: string, values: Record<string, string | number> = {}) =>
  textOf(WORDS[language], key, values);

const REGION = 'DARKHAN';
const COMPANY = { region: REGION, office: 'DARKHAN-01', importer: say('mn', 'company.roles.importer') };
const officer = bearer({ sub: 'officer-darkhan', roles: [ROLES.contactOfficer], region: REGION });
const validator = bearer({ sub: 'demo-validator-darkhan', roles: [ROLES.validator], region: REGION });
const executive = bearer({ sub: 'executive-journey-e2e', roles: [ROLES.executive] });
/** "No" is the compliant answer to these; "yes" to the others (as fileApplication answers). */
const NEGATIVE = /infringements|criminal|insolvency/;
const GROUND = 'The access control of the Darkhan warehouse was not shown to work on the site visit.';

interface Question {
  id: string;
  answer: 'yes-no' | 'text';
  evidenceRequired: boolean;
}

/** A step of customs' side that waits for the trader: opened by customs, closed by the test. */
function handOver<T = void>() {
  let open!: (value: T) => void;
  let close!: () => void;
  const opened = new Promise<T>((resolve) => (open = resolve));
  const closed = new Promise<void>((resolve) => (close = resolve));
  return { open, opened, close, closed };
}

/**
 * The trader's journey end to end (issue 20): a real Chromium against the portal's build, the
 * applications, validation and risk management services on throwaway databases, the worker in a
 * Temporal namespace of the file's, and the identity provider of the tests. A new trader signs up
 * and registers the company in the portal, chooses AEOS among the status types and fills the
 * questionnaire in the wizard section by section: a .txt refused before upload, a PNG uploaded with
 * its progress bar, a PDF for every other question that needs evidence, the missing list shrinking
 * to nothing; submits. Customs (the API, staff tokens) asks for information: the trader sees it
 * under "You must" with its deadline, attaches a document and answers. After the site visit the
 * validator asks for a corrective action, which the trader answers in the page; the executive
 * proposes a refusal, the trader reads the grounds and replies; the executive grants. The trader
 * downloads the certificate (AEO-<number>.pdf, whose text names the number). A second trader
 * opening the first company's application sees "not found" and nothing of it. Screenshots
 * journey-<step>-<language>.png in .local/test-results/portal, axe clean on each.
 */
describe('the trader’s journey from the wizard to the certificate', () => {
  const world = new PortalE2e();
  let temporal: Client | undefined;
  let applicationsUrl: string;
  let validationUrl: string;
  const trader = newTraderAccount('journey');
  let page: Page;
  let applicationId: string;
  let authorisationNumber: string;
  let questions: Question[];
  let certification: Promise<string> | undefined;
  const information = handOver();
  const correction = handOver<{ caseId: string; actionId: string }>();
  const hearing = handOver();

  beforeAll(async () => {
    const { applications, validation, namespace } = await startCertificationServices({
      label: 'journey',
      region: REGION,
      processes: world.processes,
      databases: world.databases,
    });
    applicationsUrl = applications.url;
    validationUrl = validation.url;
    temporal = new Client({ connection: await Connection.connect({ address: testEnv.temporalAddress }), namespace });
    await world.start({ applications: applications.url, validation: validation.url });
  }, 600_000);

  // The certification's steps waiting for the trader give up when the services stop.
  afterAll(() => world.end(temporal), 60_000);

  /** Customs' step the trader waits for, or at once the reason the certification stopped (not started, a step failed). */
  const customsAt = <T>(step: Promise<T>): Promise<T> => {
    if (!certification) throw new Error('the application was not submitted: customs has nothing to examine');
    return Promise.race([step, certification.then(() => Promise.reject(new Error('the certification ended first')))]);
  };
  const openApplication = (on: Page) => on.goto(new URL(`/applications/${applicationId}`, world.portal.url).toString());
  const traderSteps = () => page.getByTestId('trader-steps');
  const missingCount = async () =>
    (await page.getByTestId('missing-list').count()) ? page.getByTestId('missing-list').locator('li').count() : 0;
  const missingShrinksTo = (count: number) =>
    waitFor(`the missing list at ${count}`, async () => (await missingCount()) === count, 10_000);
  /** The trader's written answer in its dialog (ReplyAction): the button `testId`, the text, sent. */
  async function reply(testId: string, text: string) {
    await page.getByTestId(testId).click();
    await page.getByTestId(`${testId}-text`).fill(text);
    await page.getByTestId('action-submit').click();
  }

  it('signs a new trader up, registers the company and chooses AEOS among the status types, each explained', async () => {
    page = await world.signUpWithCompany(trader, COMPANY);
    await page.getByTestId('start-application').click();
    await inBothPortalLanguages(page, 'journey-status-types', (language) =>
      page.getByRole('heading', { name: say(language, 'wizard.startTitle') }).waitFor(),
    );
    expect(await page.getByTestId('status-type-AEOS').innerText()).toContain(say('mn', 'wizard.benefits'));
    await page.getByTestId('start-AEOS').click();
    await page.getByTestId('missing-list').waitFor();
    applicationId = /\/applications\/([^/]+)\/self-assessment/.exec(page.url())![1]!;
    // The AEOS questionnaire of the programme, as the service answers it to the trader.
    const programme = (await (
      await fetch(`${applicationsUrl}/v1/programme`, { headers: { authorization: await portalBearer(page) } })
    ).json()) as {
      document: {
        statusTypes: { code: string; sections: string[] }[];
        sections: { id: string; questions: Question[] }[];
      };
    };
    const aeos = programme.document.statusTypes.find((type) => type.code === 'AEOS')!;
    questions = programme.document.sections
      .filter((section) => aeos.sections.includes(section.id))
      .flatMap((section) => section.questions);
    expect(await missingCount()).toBe(questions.length + questions.filter((q) => q.evidenceRequired).length);
    await inBothPortalLanguages(page, 'journey-questionnaire', (language) =>
      page
        .getByTestId('answered-progress')
        .getByText(say(language, 'wizard.progress', { answered: 0, total: questions.length }))
        .waitFor(),
    );
  });

  it('refuses a .txt before upload and uploads a PNG with its progress bar', async () => {
    const first = questions.find((q) => q.evidenceRequired)!;
    const input = page.getByTestId(`file-${first.id}`);
    await input.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not evidence') });
    const notice = page.getByTestId(`evidence-notice-${first.id}`);
    expect(await notice.innerText()).toBe(say('mn', 'wizard.wrongType', { name: 'notes.txt' }));
    await lookAtPortal(page, 'journey-refused-mn');
    const before = await missingCount();
    // A plan of the premises (a real PNG: the page itself) sent over a slow line, so its progress shows.
    const plan = await page.screenshot({ fullPage: true });
    const network: CDPSession = await page.context().newCDPSession(page);
    await network.send('Network.enable');
    await network.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: Math.ceil(plan.length / 3),
    });
    await input.setInputFiles({ name: 'premises-plan.png', mimeType: 'image/png', buffer: plan });
    await page.getByTestId(`progress-${first.id}`).waitFor();
    await lookAtPortal(page, 'journey-uploading-mn');
    await page.getByTestId(`documents-${first.id}`).getByText('premises-plan.png').waitFor({ timeout: 30_000 });
    await network.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await network.detach();
    expect(await notice.innerText()).toBe(say('mn', 'wizard.uploaded', { name: 'premises-plan.png' }));
    await missingShrinksTo(before - 1);
  });

  it('answers every question section by section (saved as it goes), attaches a PDF where evidence is missing, and submits', async () => {
    const sectionTabs = page.getByRole('tab');
    for (let tab = 0; tab < (await sectionTabs.count()); tab++) {
      await sectionTabs.nth(tab).click();
      const panel = page.getByRole('tabpanel');
      // The section's answers typed one after the other, each then shown saved; the missing list
      // shrinks by the answers and documents the section gave.
      const before = await missingCount();
      const answered: Question[] = [];
      let given = 0;
      for (const question of questions) {
        const card = panel.getByTestId(`question-${question.id}`);
        if (!(await card.count())) continue;
        if (question.answer === 'yes-no')
          await card.getByLabel(say('mn', NEGATIVE.test(question.id) ? 'wizard.no' : 'wizard.yes')).check();
        else
          await card.locator('textarea').fill(`Documented in the company's procedures manual, section ${question.id}.`);
        answered.push(question);
        given++;
        if (question.evidenceRequired && !(await card.getByTestId(`documents-${question.id}`).count())) {
          await card
            .getByTestId(`file-${question.id}`)
            .setInputFiles({ name: `${question.id}.pdf`, mimeType: 'application/pdf', buffer: SAMPLE_PDF });
          await card.getByTestId(`documents-${question.id}`).waitFor();
          given++;
        }
      }
      for (const question of answered)
        await panel.getByTestId(`save-state-${question.id}`).getByText(say('mn', 'wizard.saved')).waitFor();
      await missingShrinksTo(before - given);
      if (tab === 1) await lookAtPortal(page, 'journey-answering-mn');
    }
    await page.getByTestId('complete').waitFor();
    await inBothPortalLanguages(page, 'journey-complete', (language) =>
      page.getByText(say(language, 'wizard.complete')).waitFor(),
    );
    await page.getByTestId('submit-application').click();
    await inBothPortalLanguages(page, 'journey-submitted', (language) =>
      page.getByTestId('submitted').getByText(say(language, 'wizard.submittedTitle')).waitFor(),
    );
    // Customs takes it from here (the API, staff tokens), waiting for the trader where the trader acts.
    certification = certifyToGrant({
      applicationsUrl,
      validationUrl,
      callers: { officer, validator, executive },
      applicationId,
      region: REGION,
      stepTimeoutMs: 240_000,
      atAcceptance: async () => {
        const response = await fetch(`${applicationsUrl}/v1/applications/${applicationId}/information-requests`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: officer },
          body: JSON.stringify({ questions: 'Send the lease of the warehouse in Darkhan.', dueInDays: 10 }),
        });
        if (response.status !== 201) throw new Error(`the information request: ${response.status}`);
        information.open();
        await information.closed;
      },
      beforeReport: async (caseId) => {
        const headers = { 'content-type': 'application/json', authorization: validator };
        const checklist = (await (
          await fetch(`${validationUrl}/v1/validation-cases/${caseId}/checklist`, { headers })
        ).json()) as { questionId: string }[];
        const response = await fetch(`${validationUrl}/v1/validation-cases/${caseId}/corrective-actions`, {
          method: 'POST',
          headers,
          body: JSON.stringify({
            questionId: (checklist.find((item) => /premises|access/.test(item.questionId)) ?? checklist[0]!).questionId,
            description: 'Fit a lock with a visitors’ log to the warehouse gate.',
            dueInDays: 30,
          }),
        });
        if (response.status !== 201) throw new Error(`the corrective action: ${response.status}`);
        correction.open({ caseId, actionId: ((await response.json()) as { actionId: string }).actionId });
        await correction.closed;
      },
      beforeGrant: async () => {
        const response = await fetch(`${applicationsUrl}/v1/applications/${applicationId}/decision`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: executive },
          body: JSON.stringify({ decision: 'refuse', reasons: [GROUND] }),
        });
        if (response.status !== 200) throw new Error(`the intended refusal: ${response.status}`);
        hearing.open();
        await hearing.closed;
      },
    });
    certification.catch(() => undefined);
  }, 300_000);

  it('shows customs’ request for information under “You must” with its deadline, and the trader answers it with a document', async () => {
    await customsAt(information.opened);
    await openApplication(page);
    await traderSteps().getByText(say('mn', 'progress.codes.answer-information-request')).waitFor();
    const deadline = await traderSteps().locator('li').first().innerText();
    expect(deadline).toMatch(/\d{4}\.\d{2}\.\d{2} \d{2}:\d{2} · (10|9|11) хоног үлдсэн/);
    await inBothPortalLanguages(page, 'journey-information-request', (language) =>
      traderSteps().getByText(say(language, 'progress.codes.answer-information-request')).waitFor(),
    );
    // The document customs asks for, under a question of the self-assessment (the wizard's upload).
    await page.getByTestId('evidence-question').click();
    await page.getByRole('option').first().click();
    await page
      .getByTestId('request-evidence')
      .locator('input[type="file"]')
      .setInputFiles({ name: 'warehouse-lease.pdf', mimeType: 'application/pdf', buffer: SAMPLE_PDF });
    await page
      .getByTestId('request-evidence')
      .locator('[data-testid^="documents-"]')
      .getByText('warehouse-lease.pdf')
      .waitFor();
    await lookAtPortal(page, 'journey-evidence-mn');
    const documents = (await (
      await fetch(`${applicationsUrl}/v1/applications/${applicationId}/documents`, {
        headers: { authorization: await portalBearer(page) },
      })
    ).json()) as { fileName: string }[];
    expect(documents.map((document) => document.fileName)).toEqual(
      expect.arrayContaining(['premises-plan.png', 'warehouse-lease.pdf']),
    );
    const answer = await page
      .locator('[data-testid^="answer-"]')
      .and(page.getByRole('button'))
      .getAttribute('data-testid');
    await reply(answer!, 'ok');
    await page.getByTestId('action-error').waitFor();
    await lookAtPortal(page, 'journey-answer-refused-mn');
    await page
      .getByTestId(`${answer}-text`)
      .fill('The lease of the Darkhan warehouse runs until 2031; the signed copy is attached to the application.');
    await page.getByTestId('action-submit').click();
    await page.getByTestId('information-answer').waitFor();
    information.close();
    await inBothPortalLanguages(page, 'journey-information-answered', (language) =>
      page.getByText(say(language, 'progress.yourAnswer')).first().waitFor(),
    );
  });

  it('shows the site visit held and the corrective action asked after it, which the trader answers', async () => {
    const { caseId, actionId } = await customsAt(correction.opened);
    await page.reload();
    const action = page.getByTestId(`corrective-action-${actionId}`);
    await action.waitFor();
    expect(await action.innerText()).toContain('Fit a lock with a visitors’ log to the warehouse gate.');
    await inBothPortalLanguages(page, 'journey-corrective-action', (language) =>
      page.getByTestId('site-visits').getByText(say(language, 'progress.visitHeld')).waitFor(),
    );
    const answer = 'A lock and a visitors’ log were fitted to the gate on 1 December; photographs are on file.';
    await reply(`correct-${actionId}`, answer);
    await action.getByTestId('corrective-answer').waitFor();
    const stored = (await (
      await fetch(`${validationUrl}/v1/validation-cases/${caseId}/corrective-actions`, {
        headers: { authorization: validator },
      })
    ).json()) as { actionId: string; response: string | null }[];
    expect(stored.find((item) => item.actionId === actionId)?.response).toBe(answer);
    correction.close();
    await lookAtPortal(page, 'journey-corrective-answered-mn');
  });

  it('shows the intended refusal’s grounds at the hearing, and the trader replies', async () => {
    await customsAt(hearing.opened);
    await page.reload();
    const grounds = page.getByTestId('hearing-grounds');
    await grounds.waitFor();
    expect(await grounds.innerText()).toBe(GROUND);
    await inBothPortalLanguages(page, 'journey-hearing', (language) =>
      page.getByTestId('hearing').getByText(say(language, 'progress.hearing'), { exact: true }).waitFor(),
    );
    const comments =
      'The lock and the log are in place since 1 December (see the corrective action); please look again.';
    await reply('hearing-reply', comments);
    await page.getByTestId('hearing-answer').waitFor();
    expect(await page.getByTestId('hearing-answer').innerText()).toBe(comments);
    hearing.close();
    await lookAtPortal(page, 'journey-hearing-replied-mn');
  });

  it('shows the grant with its authorisation number and downloads the certificate, whose text names it', async () => {
    authorisationNumber = await certification!;
    await page.reload();
    const granted = page.getByTestId('granted');
    await granted.waitFor();
    expect(await granted.innerText()).toBe(say('mn', 'progress.granted', { number: authorisationNumber }));
    await inBothPortalLanguages(page, 'journey-granted', (language) =>
      page.getByText(say(language, 'progress.certificate', { number: authorisationNumber })).waitFor(),
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('certificate-download').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`AEO-${authorisationNumber}.pdf`);
    const text = (await pdfText(await readFile((await download.path())!))).replace(/\s+/g, ' ');
    expect(text).toContain(authorisationNumber);
    expect(text).toContain(`Khan Cargo ${trader.taxpayerId} LLC`);
  }, 360_000);

  it('shows a second trader who opens the first company’s application “not found” and nothing of it', async () => {
    const stranger = await world.signUpWithCompany(newTraderAccount('journey-other'), COMPANY);
    await openApplication(stranger);
    const notFound = stranger.getByTestId('application-not-found');
    await notFound.waitFor();
    expect(await notFound.innerText()).toBe(say('mn', 'loadState.notFound'));
    await inBothPortalLanguages(stranger, 'journey-not-found', (language) =>
      stranger.getByTestId('application-not-found').getByText(say(language, 'loadState.notFound')).waitFor(),
    );
    const shown = await stranger.locator('main').innerText();
    expect(shown).not.toContain(`Khan Cargo ${trader.taxpayerId}`);
    expect(shown).not.toContain(authorisationNumber);
    expect(await stranger.getByTestId('application-status').count()).toBe(0);
  });
});
