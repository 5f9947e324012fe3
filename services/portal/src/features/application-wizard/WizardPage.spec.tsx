import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { jsonReply as reply, renderPage, type SentRequest as Sent } from '@aeo/web/testing';
import { RESOURCES } from '../../i18n/resources';
import { Applications } from '../company/Applications';
import { StartApplicationPage } from './StartApplicationPage';
import { WizardPage } from './WizardPage';

const trader = { sub: 'trader-1', name: 'Oyunchimeg', roles: ['operator-user' as const], taxpayerId: '5034567' };
const applicationId = '7d1e2f4e-4a4e-4c1e-9a55-0f0f3b9b2c11';
const operatorId = '1b9f3f4e-4a4e-4c1e-9a55-0f0f3b9b2c11';
const text = (en: string, mn: string) => ({ en, mn });
const programme = {
  version: 1,
  note: null,
  publishedBy: 'system:bootstrap',
  publishedAt: '2026-11-30T02:00:00.000Z',
  document: {
    statusTypes: [
      {
        code: 'AEOC',
        name: text('AEO – customs simplifications', 'ЭЗО – гаалийн хялбаршуулалт'),
        sections: ['company', 'compliance'],
        description: text('For operators who want the customs simplifications.', 'Гаалийн хялбаршуулсан журам.'),
        benefits: [text('Fewer physical and documentary controls', 'Шалгалт цөөрнө')],
      },
    ],
    sections: [
      {
        id: 'company',
        title: text('Company information', 'Компанийн мэдээлэл'),
        questions: [
          {
            id: 'company.ownership',
            text: text('Who owns and controls the company?', 'Компанийг хэн эзэмшдэг вэ?'),
            answer: 'text',
            evidenceRequired: true,
            help: text('Attach the extract of the legal entity register.', 'Улсын бүртгэлийн лавлагаа хавсаргана уу.'),
          },
        ],
      },
      {
        id: 'compliance',
        title: text('(a) Compliance record', '(a) Хууль тогтоомжийн биелэлт'),
        questions: [
          {
            id: 'compliance.aml',
            text: text('Do you have controls against money laundering?', 'Мөнгө угаахаас сэргийлэх хяналттай юу?'),
            answer: 'yes-no',
            evidenceRequired: false,
          },
        ],
      },
    ],
    timeLimits: { acceptanceDays: 30 },
  },
};
const draft = {
  id: applicationId,
  operatorId,
  region: 'DARKHAN',
  statusType: 'AEOC',
  status: 'draft',
  consentToMraSharing: false,
  programmeVersion: 1,
  submittedAt: null,
  acceptanceDeadline: null,
  createdBy: 'trader-1',
  version: 1,
  updatedAt: '2026-11-30T03:00:00.000Z',
};

/** The applications API of a draft whose missing answers and evidence are `missing` (changed by the PUTs). */
function applicationsApi(sent: Sent[], missing: { missingAnswers: string[]; missingEvidence: string[] }) {
  const completeness = () => ({
    complete: !missing.missingAnswers.length && !missing.missingEvidence.length,
    ...missing,
  });
  return jest.fn(async (request: Request) => {
    const url = new URL(request.url);
    const path = url.pathname.replace('/api/applications', '');
    const body = ['GET', 'DELETE'].includes(request.method) ? undefined : await request.json().catch(() => undefined);
    sent.push({ method: request.method, path, body });
    if (path === '/v1/operators') return reply([{ id: operatorId }]);
    if (path === '/v1/programme' || path === '/v1/programme/versions/1') return reply(programme);
    if (path === '/v1/programme/evidence-limits')
      return reply({ maxBytes: 10 * 1024 * 1024, mediaTypes: ['application/pdf', 'image/png', 'image/jpeg'] });
    if (path === '/v1/applications' && request.method === 'POST') return reply(draft, 201);
    if (path === '/v1/applications') return reply([draft]);
    if (path === `/v1/applications/${applicationId}`) return reply(draft);
    if (path === `/v1/applications/${applicationId}/documents`) return reply([]);
    if (path === `/v1/applications/${applicationId}/answers` && request.method === 'GET')
      return reply({ programmeVersion: 1, answers: [], completeness: completeness() });
    if (path === `/v1/applications/${applicationId}/answers` && request.method === 'PUT') {
      const ids = (body as { answers: { questionId: string }[] }).answers.map((a) => a.questionId);
      missing.missingAnswers = missing.missingAnswers.filter((id) => !ids.includes(id));
      return reply({ answers: ids.length, completeness: completeness() });
    }
    if (path === `/v1/applications/${applicationId}/submission`)
      return reply({ ...draft, status: 'submitted', acceptanceDeadline: '2027-01-01T03:00:00.000Z' });
    return reply({ statusCode: 404, message: 'not found' }, 404);
  });
}

const wizardAt = {
  path: `/applications/${applicationId}/self-assessment`,
  route: '/applications/$applicationId/self-assessment',
};

describe('the application wizard', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
    jest.useRealTimers();
  });

  it('explains each status type (description, criteria, benefits) in Mongolian and starts an application', async () => {
    const sent: Sent[] = [];
    globalThis.fetch = applicationsApi(sent, { missingAnswers: [], missingEvidence: [] }) as unknown as typeof fetch;
    await renderPage(<StartApplicationPage />, {
      caller: trader,
      resources: RESOURCES,
      language: 'mn',
      path: '/applications/new',
    });
    const card = await screen.findByTestId('status-type-AEOC');
    expect(card.textContent).toContain('Гаалийн хялбаршуулсан журам.');
    expect(card.textContent).toContain('(a) Хууль тогтоомжийн биелэлт');
    expect(card.textContent).toContain('Шалгалт цөөрнө');
    fireEvent.click(screen.getByTestId('mra-consent'));
    fireEvent.click(within(card).getByTestId('start-AEOC'));
    await waitFor(() =>
      expect(sent.find((call) => call.method === 'POST')?.body).toEqual({
        operatorId,
        statusType: 'AEOC',
        consentToMraSharing: true,
      }),
    );
  });

  it('saves an answer as the trader types (once, after the pause), and the missing list shrinks', async () => {
    const sent: Sent[] = [];
    const missing = { missingAnswers: ['company.ownership', 'compliance.aml'], missingEvidence: ['company.ownership'] };
    globalThis.fetch = applicationsApi(sent, missing) as unknown as typeof fetch;
    await renderPage(<WizardPage />, { caller: trader, resources: RESOURCES, ...wizardAt });
    const list = await screen.findByTestId('missing-list');
    expect(list.textContent).toContain('Answer: Who owns and controls the company?');
    expect(list.textContent).toContain('Evidence: Who owns and controls the company?');
    expect(screen.getByTestId('answered-progress').textContent).toBe('0 of 2 questions answered');
    expect(screen.getByTestId('help-company.ownership').textContent).toContain('legal entity register');

    const answer = screen.getByLabelText(/Who owns and controls/);
    fireEvent.change(answer, { target: { value: 'Short' } });
    expect(await screen.findByText(/At least 10 characters/)).toBeTruthy();
    fireEvent.change(answer, { target: { value: 'Bat-Erdene 60%, Oyun 40%' } });
    fireEvent.change(answer, { target: { value: 'Bat-Erdene 60%, Oyun 40%; director Bat-Erdene' } });
    await waitFor(() => expect(screen.getByTestId('save-state-company.ownership').textContent).toBe('Saved'));
    expect(sent.filter((call) => call.method === 'PUT').map((call) => call.body)).toEqual([
      { answers: [{ questionId: 'company.ownership', value: 'Bat-Erdene 60%, Oyun 40%; director Bat-Erdene' }] },
    ]);
    expect(screen.getByTestId('answered-progress').textContent).toBe('1 of 2 questions answered');
    expect(screen.getByTestId('missing-list').textContent).not.toContain('Answer: Who owns');

    // The missing item's link opens the other section and moves the focus to its question.
    fireEvent.click(within(screen.getByTestId('missing-list')).getByText(/Answer: Do you have controls/));
    await waitFor(() => expect(document.activeElement?.id).toBe('question-compliance.aml'));
    expect((screen.getByTestId('submit-application') as HTMLButtonElement).disabled).toBe(true);
  });

  it('refuses a file of another type and one over the limit before sending, naming the limit', async () => {
    const sent: Sent[] = [];
    globalThis.fetch = applicationsApi(sent, {
      missingAnswers: [],
      missingEvidence: ['company.ownership'],
    }) as unknown as typeof fetch;
    const send = jest.spyOn(XMLHttpRequest.prototype, 'send');
    await renderPage(<WizardPage />, { caller: trader, resources: RESOURCES, ...wizardAt });
    const input = (await screen.findByTestId('file-company.ownership')) as HTMLInputElement;
    expect(input.accept).toBe('application/pdf,.pdf,image/png,.png,image/jpeg,.jpg,.jpeg');
    fireEvent.change(input, { target: { files: [new File(['notes'], 'notes.txt', { type: 'text/plain' })] } });
    expect((await screen.findByTestId('evidence-notice-company.ownership')).textContent).toBe(
      'notes.txt is not a PDF, PNG or JPEG. Not uploaded.',
    );
    const large = new File(['%PDF-'], 'scan.pdf', { type: 'application/pdf' });
    Object.defineProperty(large, 'size', { value: 11 * 1024 * 1024 });
    fireEvent.change(input, { target: { files: [large] } });
    await waitFor(() =>
      expect(screen.getByTestId('evidence-notice-company.ownership').textContent).toBe(
        'scan.pdf is 11 MB: the limit is 10 MB. Not uploaded.',
      ),
    );
    expect(send).not.toHaveBeenCalled();
    send.mockRestore();
  });

  it('submits a complete draft and says what happens next: the acceptance deadline', async () => {
    const sent: Sent[] = [];
    globalThis.fetch = applicationsApi(sent, { missingAnswers: [], missingEvidence: [] }) as unknown as typeof fetch;
    await renderPage(<WizardPage />, { caller: trader, resources: RESOURCES, ...wizardAt });
    expect((await screen.findByTestId('complete')).textContent).toContain('Every question is answered');
    await act(async () => fireEvent.click(screen.getByTestId('submit-application')));
    const submitted = await screen.findByTestId('submitted');
    expect(submitted.textContent).toContain('Customs examines within 30 days');
    expect(submitted.textContent).toMatch(/accepts it by .*2027/);
    expect(sent.some((call) => call.method === 'POST' && call.path.endsWith('/submission'))).toBe(true);
  });

  it('links the company page to a new application, and a draft to its self-assessment (to go on where it was left)', async () => {
    globalThis.fetch = applicationsApi([], { missingAnswers: [], missingEvidence: [] }) as unknown as typeof fetch;
    await renderPage(<Applications operatorId={operatorId} />, { caller: trader, resources: RESOURCES });
    const table = await screen.findByTestId('applications-table');
    expect(within(table).getByRole('link').getAttribute('href')).toBe(`/applications/${applicationId}/self-assessment`);
    expect(screen.getByTestId('start-application').getAttribute('href')).toBe('/applications/new');
  });
});
