import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { jsonReply, renderPage, type SentRequest } from '@aeo/web/testing';
import { RESOURCES } from '../../i18n/resources';
import { AuthorisationPage } from './AuthorisationPage';

const trader = { sub: 'trader-1', name: 'Oyunchimeg', roles: ['operator-user' as const], taxpayerId: '5034567' };
const number = 'MN-AEOS-2026-000042';
const applicationId = '7d1e2f4e-4a4e-4c1e-9a55-0f0f3b9b2c11';
const operatorId = '1b9f3f4e-4a4e-4c1e-9a55-0f0f3b9b2c11';
const base = '/api/applications/v1/authorisations';
const text = (en: string, mn: string) => ({ en, mn });
const authorisation = {
  authorisationNumber: number,
  applicationId,
  operatorId,
  taxpayerId: '5034567',
  name: 'Khan Cargo LLC',
  region: 'DARKHAN',
  statusType: 'AEOS',
  status: 'granted',
  conditions: [],
  decidedBy: 'executive-1',
  decidedAt: '2026-01-10T02:00:00.000Z',
  effectiveFrom: '2026-01-10T02:00:00.000Z',
  revalidationDue: '2029-01-10T02:00:00.000Z',
  consentToMraSharing: true,
  publishedFields: null,
};
/** Version 1 of the programme: AEOS asks two questions (a free text and a yes/no), AEOC only the first. */
const programme = {
  version: 1,
  note: null,
  publishedBy: 'system:bootstrap',
  publishedAt: '2025-11-30T02:00:00.000Z',
  document: {
    statusTypes: [
      {
        code: 'AEOC',
        name: text('AEO – simplifications', 'ЭЗО'),
        sections: ['company'],
        description: text('', ''),
        benefits: [],
      },
      {
        code: 'AEOS',
        name: text('AEO – security', 'ЭЗО'),
        sections: ['company', 'security'],
        description: text('', ''),
        benefits: [],
      },
    ],
    sections: [
      {
        id: 'company',
        title: text('Company information', 'Компанийн мэдээлэл'),
        questions: [
          { id: 'company.ownership', text: text('Who owns the company?', 'Хэн эзэмшдэг вэ?'), answer: 'text' },
        ],
      },
      {
        id: 'security',
        title: text('Security', 'Аюулгүй байдал'),
        questions: [
          {
            id: 'security.access',
            text: text('Is the access to the premises controlled?', 'Нэвтрэлт хяналттай юу?'),
            answer: 'yes-no',
          },
        ],
      },
    ],
    timeLimits: { acceptanceDays: 30 },
  },
};

type Workflow = Record<string, unknown>;
/** The trader's role in the company, as the applications API's users list gives it (administrator unless a test says). */
let companyRole: 'administrator' | 'member' = 'administrator';
afterEach(() => {
  companyRole = 'administrator';
});
const workflowAt = (stage: string, extra: Workflow = {}): Workflow => ({
  authorisationNumber: number,
  stage,
  cycle: 2,
  nextDueAt: authorisation.revalidationDue,
  conditions: [],
  pendingTriggers: [],
  history: [],
  ...extra,
});

/** The applications API of one authorisation whose workflow is `workflow`; `refusals` answer a path's POST/PUT with a 400 body. */
function api(
  sent: SentRequest[],
  keys: (string | null)[],
  workflow: Workflow,
  refusals: Record<string, object> = {},
  status = 'granted',
) {
  return jest.fn(async (request: Request) => {
    const url = new URL(request.url);
    const body = request.method === 'GET' ? undefined : await request.json();
    sent.push({ method: request.method, path: url.pathname, body });
    keys.push(request.headers.get('Idempotency-Key'));
    if (request.method !== 'GET' && refusals[url.pathname]) return jsonReply(refusals[url.pathname], 400);
    if (url.pathname === base) return jsonReply([authorisation]);
    if (url.pathname === '/api/applications/v1/operators') return jsonReply([{ id: operatorId }]);
    if (url.pathname === `/api/applications/v1/operators/${operatorId}/users`)
      return jsonReply([{ sub: trader.sub, role: companyRole }]);
    if (url.pathname === `${base}/${number}/lifecycle`)
      return jsonReply({
        authorisationNumber: number,
        status,
        suspendedScope: null,
        revalidationDue: authorisation.revalidationDue,
        revalidationCycle: 2,
        conditions: [],
        workflow,
      });
    if (url.pathname === `${base}/${number}/changes`) return jsonReply([]);
    if (url.pathname === `/api/applications/v1/applications/${applicationId}`)
      return jsonReply({ id: applicationId, operatorId, statusType: 'AEOS', status: 'granted', programmeVersion: 1 });
    if (url.pathname === '/api/applications/v1/programme/versions/1') return jsonReply(programme);
    if (url.pathname === `/api/applications/v1/applications/${applicationId}/answers`)
      return jsonReply({
        programmeVersion: 1,
        answers: [
          { questionId: 'company.ownership', value: 'Bat-Erdene 60%, Oyun 40%' },
          { questionId: 'security.access', value: 'yes' },
        ],
        completeness: { complete: true, missingAnswers: [], missingEvidence: [] },
      });
    if (url.pathname === '/api/applications/v1/operators') return jsonReply([{ id: operatorId }]);
    if (url.pathname === `/api/applications/v1/operators/${operatorId}/users`)
      return jsonReply([{ sub: trader.sub, role: 'administrator' }]);
    if (request.method !== 'GET') return jsonReply(workflow, request.method === 'PUT' ? 200 : 201);
    return jsonReply({ statusCode: 404, message: 'not found' }, 404);
  });
}

describe("the authorisation's lifecycle on its page", () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('updates the revalidation self-assessment: the current answers shown, only the changed one sent', async () => {
    const sent: SentRequest[] = [];
    const workflow = workflowAt('self-assessment', { selfAssessment: { due: '2026-12-30T02:00:00.000Z' } });
    globalThis.fetch = api(sent, [], workflow) as unknown as typeof fetch;
    await renderPage(<AuthorisationPage />, { caller: trader, resources: RESOURCES });
    const panel = await screen.findByTestId('revalidation', {}, { timeout: 10_000 });
    expect(within(panel).getByTestId('revalidation-self-assessment-due').textContent).toMatch(
      /^Update the self-assessment by /,
    );
    fireEvent.click(within(panel).getByTestId('revalidation-open'));
    // The application's answers, for the AEOS questions of version 1.
    const ownership = (await within(panel).findByTestId(
      'answer-company.ownership',
      {},
      { timeout: 10_000 },
    )) as HTMLTextAreaElement;
    expect(ownership.value).toBe('Bat-Erdene 60%, Oyun 40%');
    const access = within(panel).getByTestId('revalidation-question-security.access');
    expect((within(access).getByLabelText('Yes') as HTMLInputElement).checked).toBe(true);
    expect((within(panel).getByTestId('revalidation-send') as HTMLButtonElement).disabled).toBe(true);
    // The access answer changed and back again: not sent; the ownership changed: sent alone.
    fireEvent.click(within(access).getByLabelText('No'));
    fireEvent.click(within(access).getByLabelText('Yes'));
    fireEvent.change(ownership, { target: { value: 'Bat-Erdene 100% since November  ' } });
    expect(within(panel).getByTestId('changed-company.ownership')).toBeTruthy();
    expect(within(panel).queryByTestId('changed-security.access')).toBeNull();
    fireEvent.click(within(panel).getByRole('button', { name: 'Send 1 changed answer' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/Customs receives 1 changed answer and reassesses/)).toBeTruthy();
    fireEvent.click(within(dialog).getByTestId('action-submit'));
    await waitFor(() => expect(sent.filter((call) => call.method === 'PUT')).toHaveLength(1));
    expect(sent.find((call) => call.method === 'PUT')).toEqual({
      method: 'PUT',
      path: `${base}/${number}/revalidation/self-assessment`,
      body: { answers: { 'company.ownership': 'Bat-Erdene 100% since November' } },
    });
  });

  it('says when the self-assessment was updated and how many answers changed', async () => {
    const workflow = workflowAt('risk-assessment', {
      selfAssessment: { due: '2026-12-30T02:00:00.000Z', updatedAt: '2026-12-02T03:00:00.000Z', changedQuestions: 2 },
    });
    globalThis.fetch = api([], [], workflow) as unknown as typeof fetch;
    await renderPage(<AuthorisationPage />, { caller: trader, resources: RESOURCES });
    expect((await screen.findByTestId('revalidation-updated', {}, { timeout: 10_000 })).textContent).toMatch(
      /^Self-assessment updated on .+ \(2 answers changed\); customs is reassessing\.$/,
    );
    expect(screen.queryByTestId('revalidation-open')).toBeNull();
  });

  it('asks for a suspension after a confirmation: checked before sending, sent once with its key, the API’s refusal beside the field', async () => {
    const sent: SentRequest[] = [];
    const keys: (string | null)[] = [];
    const path = `${base}/${number}/suspension-request`;
    globalThis.fetch = api(sent, keys, workflowAt('monitoring'), {
      [path]: { statusCode: 400, message: 'periodDays: at most 90 days', issues: ['periodDays: at most 90 days'] },
    }) as unknown as typeof fetch;
    await renderPage(<AuthorisationPage />, { caller: trader, resources: RESOURCES });
    fireEvent.click(await screen.findByTestId('request-suspension', {}, { timeout: 10_000 }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/Customs suspends the authorisation/)).toBeTruthy();
    fireEvent.click(within(dialog).getByTestId('action-submit'));
    expect((await within(dialog).findByTestId('action-error')).textContent).toContain('Checked before sending');
    expect(sent.filter((call) => call.method === 'POST')).toEqual([]);
    fireEvent.change(within(dialog).getByTestId('suspension-reason'), {
      target: { value: 'The new warehouse fence is being built.' },
    });
    fireEvent.change(within(dialog).getByTestId('measures'), {
      target: { value: 'Build the fence\n\nInstall the cameras at both gates' },
    });
    fireEvent.change(within(dialog).getByTestId('period-days'), { target: { value: '120' } });
    fireEvent.click(within(dialog).getByTestId('action-submit'));
    await waitFor(() => expect(sent.filter((call) => call.method === 'POST')).toHaveLength(1));
    const post = sent.findIndex((call) => call.method === 'POST');
    expect(sent[post]).toEqual({
      method: 'POST',
      path,
      body: {
        reason: 'The new warehouse fence is being built.',
        measures: ['Build the fence', 'Install the cameras at both gates'],
        periodDays: 120,
      },
    });
    expect(keys[post]).toMatch(/^[0-9a-f-]{36}$/);
    const days = within(dialog).getByTestId('period-days');
    await waitFor(() => expect(days.getAttribute('aria-invalid')).toBe('true'));
    expect(within(dialog).getByTestId('action-error').textContent).toContain('at most 90 days');
  });

  it('surrenders only after a dialog that says it is final and the certificate stops', async () => {
    const sent: SentRequest[] = [];
    globalThis.fetch = api(sent, [], workflowAt('monitoring')) as unknown as typeof fetch;
    await renderPage(<AuthorisationPage />, { caller: trader, resources: RESOURCES });
    fireEvent.click(await screen.findByTestId('surrender', {}, { timeout: 10_000 }));
    const dialog = await screen.findByRole('dialog');
    expect(
      within(dialog).getByText(/This is final: the authorisation ends, its certificate is no longer valid/),
    ).toBeTruthy();
    expect(sent.filter((call) => call.method === 'POST')).toEqual([]);
    fireEvent.change(within(dialog).getByTestId('surrender-reason'), {
      target: { value: 'The company stops importing.' },
    });
    fireEvent.click(within(dialog).getByTestId('action-submit'));
    await waitFor(() => expect(sent.filter((call) => call.method === 'POST')).toHaveLength(1));
    expect(sent.find((call) => call.method === 'POST')).toEqual({
      method: 'POST',
      path: `${base}/${number}/surrender`,
      body: { reason: 'The company stops importing.' },
    });
  });

  it('offers a member neither the suspension request nor the surrender, and says who may (the API would refuse 403)', async () => {
    companyRole = 'member';
    globalThis.fetch = api([], [], workflowAt('monitoring')) as unknown as typeof fetch;
    await renderPage(<AuthorisationPage />, { caller: trader, resources: RESOURCES });
    expect((await screen.findByTestId('holder-actions-administrators-only')).textContent).toBe(
      'Only the company’s administrators may ask for a suspension or surrender the authorisation.',
    );
    expect(screen.queryByTestId('surrender')).toBeNull();
    expect(screen.queryByTestId('request-suspension')).toBeNull();
  });

  it('shows an intended revocation’s grounds and deadline, and sends the holder’s reply', async () => {
    const sent: SentRequest[] = [];
    const workflow = workflowAt('revocation-hearing', {
      revocation: {
        grounds: ['The remediation plan was not carried out.'],
        by: 'executive-1',
        respondBy: '2026-12-20T02:00:00.000Z',
      },
    });
    globalThis.fetch = api(sent, [], workflow) as unknown as typeof fetch;
    await renderPage(<AuthorisationPage />, { caller: trader, resources: RESOURCES });
    const hearing = await screen.findByTestId('revocation-hearing', {}, { timeout: 10_000 });
    expect(within(hearing).getByText('The remediation plan was not carried out.')).toBeTruthy();
    expect(within(hearing).getByTestId('revocation-respond-by').textContent).toMatch(/^Reply by .*2026/);
    fireEvent.click(within(hearing).getByTestId('revocation-reply'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByTestId('revocation-reply-text'), {
      target: { value: 'The fence was finished on 1 December; photos attached to the plan.' },
    });
    fireEvent.click(within(dialog).getByTestId('action-submit'));
    await waitFor(() => expect(sent.filter((call) => call.method === 'POST')).toHaveLength(1));
    expect(sent.find((call) => call.method === 'POST')).toEqual({
      method: 'POST',
      path: `${base}/${number}/revocation/hearing-response`,
      body: { response: 'The fence was finished on 1 December; photos attached to the plan.' },
    });
  });

  it('offers nothing more to do once surrendered: no revalidation, publication, change report or surrender', async () => {
    const workflow = workflowAt('surrendered', {
      selfAssessment: { due: '2026-12-30T02:00:00.000Z', updatedAt: '2026-12-02T03:00:00.000Z', changedQuestions: 1 },
      surrender: { by: trader.sub, reason: 'The company stops importing.', effectiveFrom: '2026-12-02T04:00:00.000Z' },
    });
    globalThis.fetch = api([], [], workflow, {}, 'surrendered') as unknown as typeof fetch;
    await renderPage(<AuthorisationPage />, { caller: trader, resources: RESOURCES });
    await waitFor(() => expect(screen.getByTestId('authorisation-status').textContent).toBe('Surrendered'), {
      timeout: 10_000,
    });
    for (const testId of ['revalidation', 'publication', 'report-change', 'surrender', 'revalidation-days-left'])
      expect({ testId, shown: screen.queryByTestId(testId) !== null }).toEqual({ testId, shown: false });
  });
});
