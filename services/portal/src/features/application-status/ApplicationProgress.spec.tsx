import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { formatDate } from '@aeo/web';
import { jsonReply, renderPage, type SentRequest } from '@aeo/web/testing';
import { ROLES } from '@aeo/web/claims';
import { textOf } from '@aeo/web/words';
import { RESOURCES, WORDS } from '../../i18n/resources';
import { ApplicationPage } from '../applications/ApplicationPage';

const applicationId = '7d1e2f4e-4a4e-4c1e-9a55-0f0f3b9b2c11';
const requestId = '2c1e2f4e-4a4e-4c1e-9a55-0f0f3b9b2c11';
const caseId = '3d1e2f4e-4a4e-4c1e-9a55-0f0f3b9b2c11';
const actionId = '4e1e2f4e-4a4e-4c1e-9a55-0f0f3b9b2c11';
const caller = { sub: 'trader-1', name: 'Oyunchimeg', roles: [ROLES.operatorUser], taxpayerId: '5034567' };

const application = (overrides: Record<string, unknown> = {}) => ({
  id: applicationId,
  operatorId: '1b9f3f4e-4a4e-4c1e-9a55-0f0f3b9b2c11',
  region: 'DARKHAN',
  statusType: 'AEOC',
  status: 'submitted',
  consentToMraSharing: false,
  programmeVersion: 3,
  submittedAt: '2026-11-20T02:00:00.000Z',
  acceptanceDeadline: '2026-12-20T02:00:00.000Z',
  acceptedAt: null,
  decisionDeadline: null,
  decidedBy: null,
  statusReason: null,
  decisionReasons: null,
  decidedAt: null,
  hearingGrounds: null,
  hearingRespondBy: null,
  hearingResponse: null,
  hearingRespondedBy: null,
  hearingRespondedAt: null,
  createdBy: 'trader-1',
  version: 3,
  updatedAt: '2026-11-30T02:00:00.000Z',
  ...overrides,
});

/** The services as the page reads them, per path; each request kept (method, path, body). */
function fakeServices(answers: Record<string, () => Promise<Response>>, sent: SentRequest[]) {
  globalThis.fetch = jest.fn(async (request: Request) => {
    const path = new URL(request.url).pathname;
    const body = request.method === 'POST' ? await request.json() : undefined;
    sent.push({ method: request.method, path, body });
    const answer = answers[`${request.method} ${path}`];
    return answer ? answer() : jsonReply({ statusCode: 404, message: `no fake for ${path}` }, 404);
  }) as unknown as typeof fetch;
}

const say = (key: string) => textOf(WORDS.en, key);

const openPage = () =>
  renderPage(<ApplicationPage />, {
    caller,
    resources: RESOURCES,
    path: `/applications/${applicationId}`,
    route: '/applications/$applicationId',
    language: 'en',
  });

const apps = `/api/applications/v1/applications/${applicationId}`;
const openRequest = {
  id: requestId,
  applicationId,
  questions: 'Send the lease of the warehouse in Darkhan.',
  requestedBy: 'officer-darkhan',
  requestedAt: '2026-11-25T02:00:00.000Z',
  dueBy: '2026-12-09T02:00:00.000Z',
  response: null,
  respondedBy: null,
  respondedAt: null,
};

describe('where an application stands and what comes next', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('lists what the trader and customs must do with deadlines and days left, and answers an information request (checked before sending, then sent)', async () => {
    const sent: SentRequest[] = [];
    let answered = false;
    fakeServices(
      {
        [`GET ${apps}`]: () => jsonReply(application()),
        [`GET ${apps}/next-steps`]: () =>
          jsonReply({
            timeZone: 'Asia/Ulaanbaatar',
            asOf: '2026-11-30T02:00:00.000Z',
            items: answered
              ? [
                  {
                    actor: 'customs',
                    code: 'customs-acceptance-decision',
                    subject: { type: 'application', id: applicationId },
                    deadline: { dueAt: '2026-12-20T02:00:00.000Z', daysLeft: 20, overdue: false },
                    link: `/v1/applications/${applicationId}`,
                  },
                ]
              : [
                  {
                    actor: 'trader',
                    code: 'answer-information-request',
                    subject: { type: 'application', id: applicationId },
                    deadline: { dueAt: '2026-12-09T02:00:00.000Z', daysLeft: 1, overdue: false },
                    link: `/v1/applications/${applicationId}/information-requests/${requestId}/reply`,
                  },
                ],
          }),
        [`GET ${apps}/information-requests`]: () =>
          jsonReply([
            answered
              ? { ...openRequest, response: 'The lease is attached.', respondedAt: '2026-11-30T03:00:00.000Z' }
              : openRequest,
          ]),
        [`POST ${apps}/information-requests/${requestId}/reply`]: () => {
          answered = true;
          return jsonReply({ ...openRequest, response: 'The lease is attached.' });
        },
        'GET /api/validation/v1/company-validations': () => jsonReply({ items: [], total: 0, page: 1, pageSize: 200 }),
        // Documents for the request: the programme's questions of the type, the limits, none attached yet.
        'GET /api/applications/v1/programme/versions/3': () =>
          jsonReply({
            document: {
              statusTypes: [{ code: 'AEOC', sections: ['premises'] }],
              sections: [
                {
                  id: 'premises',
                  questions: [{ id: 'q-lease', text: { en: 'Lease of the premises', mn: 'Байрны түрээс' } }],
                },
              ],
            },
          }),
        'GET /api/applications/v1/programme/evidence-limits': () =>
          jsonReply({ maxBytes: 10_485_760, mediaTypes: ['application/pdf'] }),
        [`GET ${apps}/documents`]: () => jsonReply([]),
      },
      sent,
    );
    await openPage();
    const mine = await screen.findByTestId('trader-steps');
    expect(within(mine).getByText(say('progress.codes.answer-information-request'))).toBeTruthy();
    const due = formatDate('2026-12-09T02:00:00.000Z', 'en', true);
    expect(within(mine).getByText(`Due by ${due} · 1 day left`)).toBeTruthy();
    expect(within(screen.getByTestId('customs-steps')).getByText(say('progress.nothingForCustoms'))).toBeTruthy();
    expect(screen.getByTestId('stage-submitted').getAttribute('data-reached')).toBe('true');
    expect(screen.getByTestId('stage-accepted').getAttribute('data-reached')).toBe('false');

    // The documents customs asks for go under one question of the self-assessment (the wizard's upload).
    const evidence = await screen.findByTestId('request-evidence');
    expect(within(evidence).getByLabelText(say('progress.evidenceQuestion'))).toBeTruthy();
    fireEvent.click(await screen.findByTestId(`answer-${requestId}`));
    const text = await screen.findByTestId(`answer-${requestId}-text`);
    // Too short for the API's schema (minLength 5): refused before sending, beside the field.
    fireEvent.change(text, { target: { value: 'ok' } });
    fireEvent.click(screen.getByTestId('action-submit'));
    expect(await screen.findByTestId('action-error')).toBeTruthy();
    expect(sent.filter((request) => request.method === 'POST')).toEqual([]);
    fireEvent.change(text, { target: { value: 'The lease is attached.' } });
    fireEvent.click(screen.getByTestId('action-submit'));
    expect(await screen.findByTestId('information-answer')).toBeTruthy();
    expect(sent.filter((request) => request.method === 'POST')).toEqual([
      {
        method: 'POST',
        path: `${apps}/information-requests/${requestId}/reply`,
        body: { response: 'The lease is attached.' },
      },
    ]);
    await waitFor(() =>
      expect(
        within(screen.getByTestId('customs-steps')).getByText(
          'Due by ' + formatDate('2026-12-20T02:00:00.000Z', 'en', true) + ' · 20 days left',
        ),
      ).toBeTruthy(),
    );
    expect(within(screen.getByTestId('trader-steps')).getByText(say('progress.nothingForYou'))).toBeTruthy();
  });

  it('shows the API’s field error beside the hearing reply, the site visit notice and the corrective action to answer', async () => {
    const sent: SentRequest[] = [];
    fakeServices(
      {
        [`GET ${apps}`]: () =>
          jsonReply(
            application({
              status: 'hearing',
              acceptedAt: '2026-11-22T02:00:00.000Z',
              hearingGrounds: ['The security plan does not cover the warehouse in Zamyn-Uud.'],
              hearingRespondBy: '2026-12-20T02:00:00.000Z',
            }),
          ),
        [`GET ${apps}/next-steps`]: () =>
          jsonReply({
            timeZone: 'Asia/Ulaanbaatar',
            asOf: '2026-11-30T02:00:00.000Z',
            items: [
              {
                actor: 'trader',
                code: 'reply-to-hearing',
                subject: { type: 'application', id: applicationId },
                deadline: { dueAt: '2026-12-20T02:00:00.000Z', daysLeft: -2, overdue: true },
                link: `/v1/applications/${applicationId}/hearing-response`,
              },
            ],
          }),
        [`GET ${apps}/information-requests`]: () => jsonReply([]),
        [`POST ${apps}/hearing-response`]: () =>
          jsonReply({ statusCode: 400, message: 'response: must not only repeat the grounds' }, 400),
        [`POST /api/validation/v1/validation-cases/${caseId}/corrective-actions/${actionId}/response`]: () =>
          jsonReply({ actionId, response: 'The yard is fenced since 1 December.' }),
        'GET /api/validation/v1/company-validations': () =>
          jsonReply({ items: [{ caseId, applicationId }], total: 1, page: 1, pageSize: 200 }),
        [`GET /api/validation/v1/company-validations/${caseId}`]: () =>
          jsonReply({
            caseId,
            purpose: 'certification',
            applicationId,
            status: 'open',
            openedAt: '2026-11-23T02:00:00.000Z',
            siteVisits: [
              {
                visitId: 'v1',
                scheduledFor: '2026-12-05T01:00:00.000Z',
                place: 'Warehouse 4, Darkhan',
                announcedAt: '2026-11-24T02:00:00.000Z',
                noticeDays: 11,
                daysLeft: 5,
                held: false,
                heldAt: null,
              },
            ],
            correctiveActions: [
              {
                actionId,
                questionId: 'q1',
                criterion: { en: 'Security of premises', mn: 'Байрны аюулгүй байдал' },
                description: 'Fence the loading yard.',
                requestedAt: '2026-11-26T02:00:00.000Z',
                dueBy: '2026-12-10T02:00:00.000Z',
                daysLeft: 10,
                overdue: false,
                response: null,
                respondedAt: null,
                answerLink: `/v1/validation-cases/${caseId}/corrective-actions/${actionId}/response`,
              },
            ],
          }),
      },
      sent,
    );
    await openPage();
    const mine = await screen.findByTestId('trader-steps');
    expect(within(mine).getByText(say('progress.codes.reply-to-hearing'))).toBeTruthy();
    expect(
      within(mine).getByText(`Due by ${formatDate('2026-12-20T02:00:00.000Z', 'en', true)} · 2 days overdue`),
    ).toBeTruthy();
    expect(await within(mine).findByText('Answer the corrective action: Fence the loading yard.')).toBeTruthy();
    expect(within(screen.getByTestId('site-visits')).getByText('Place: Warehouse 4, Darkhan')).toBeTruthy();
    expect(within(screen.getByTestId('hearing-grounds')).getByText(/Zamyn-Uud/)).toBeTruthy();

    fireEvent.click(screen.getByTestId('hearing-reply'));
    fireEvent.change(await screen.findByTestId('hearing-reply-text'), {
      target: { value: 'The warehouse in Zamyn-Uud is closed.' },
    });
    fireEvent.click(screen.getByTestId('action-submit'));
    // The service's refusal names the field: shown beside it.
    await screen.findAllByText(/must not only repeat the grounds/);
    expect(screen.getByTestId('hearing-reply-text').getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: say('action.cancel') }));

    // The corrective action is answered to the validation service, as its answer link says.
    fireEvent.click(screen.getByTestId(`correct-${actionId}`));
    const correction = await screen.findByTestId(`correct-${actionId}-text`);
    fireEvent.change(correction, { target: { value: 'The yard is fenced since 1 December.' } });
    fireEvent.click(within(correction.closest('form')!).getByTestId('action-submit'));
    await waitFor(() =>
      expect(sent.filter((request) => request.method === 'POST')).toEqual([
        expect.objectContaining({ path: `${apps}/hearing-response` }),
        {
          method: 'POST',
          path: `/api/validation/v1/validation-cases/${caseId}/corrective-actions/${actionId}/response`,
          body: { response: 'The yard is fenced since 1 December.' },
        },
      ]),
    );
  });

  it('says not found, and shows nothing of it, for an application of another company (403)', async () => {
    fakeServices(
      { [`GET ${apps}`]: () => jsonReply({ statusCode: 403, message: 'Not a user of this company' }, 403) },
      [],
    );
    await openPage();
    expect((await screen.findByTestId('application-not-found')).textContent).toBe(say('loadState.notFound'));
    expect(screen.queryByTestId('application-status')).toBeNull();
    expect(screen.queryByText(/Not a user/)).toBeNull();
  });
});
