import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { jsonReply, renderPage, type SentRequest } from '@aeo/web/testing';
import { RESOURCES } from '../../i18n/resources';
import { AuthorisationPage } from './AuthorisationPage';

const trader = { sub: 'trader-1', name: 'Oyunchimeg', roles: ['operator-user' as const], taxpayerId: '5034567' };
const number = 'MN-AEOS-2026-000042';
const DAY = 86_400_000;
const authorisation = (revalidationDue: string) => ({
  authorisationNumber: number,
  applicationId: '7d1e2f4e-4a4e-4c1e-9a55-0f0f3b9b2c11',
  operatorId: '1b9f3f4e-4a4e-4c1e-9a55-0f0f3b9b2c11',
  taxpayerId: '5034567',
  name: 'Khan Cargo LLC',
  region: 'DARKHAN',
  statusType: 'AEOS',
  status: 'suspended',
  conditions: [],
  decidedBy: 'executive-1',
  decidedAt: '2026-01-10T02:00:00.000Z',
  effectiveFrom: '2026-01-10T02:00:00.000Z',
  revalidationDue,
  consentToMraSharing: true,
  publishedFields: null,
});

interface Options {
  sent: SentRequest[];
  headers: Record<string, string | null>[];
  revalidationDue: string;
  refuseChange?: boolean;
  /** The register's status (suspended unless said). */
  status?: 'suspended' | 'surrendered';
}

/** The applications API as the page sees it: one suspended authorisation waiting for its remediation plan. */
function api(options: Options) {
  return jest.fn(async (request: Request) => {
    const url = new URL(request.url);
    const body = request.method === 'GET' ? undefined : await request.json();
    options.sent.push({ method: request.method, path: url.pathname, body });
    options.headers.push({ key: request.headers.get('Idempotency-Key') });
    const base = '/api/applications/v1/authorisations';
    const status = options.status ?? 'suspended';
    if (url.pathname === base) return jsonReply([{ ...authorisation(options.revalidationDue), status }]);
    // The caller's company and its role in it.
    const operatorId = authorisation(options.revalidationDue).operatorId;
    if (url.pathname === '/api/applications/v1/operators') return jsonReply([{ id: operatorId }]);
    if (url.pathname === `/api/applications/v1/operators/${operatorId}/users`)
      return jsonReply([{ sub: trader.sub, role: 'administrator' }]);
    if (url.pathname === `${base}/${number}/publication`)
      return jsonReply({ authorisationNumber: number, published: body.publish, publishedFields: body.fields });
    if (url.pathname === `${base}/${number}/lifecycle`)
      return jsonReply({
        authorisationNumber: number,
        status,
        suspendedScope: 'whole',
        revalidationDue: options.revalidationDue,
        revalidationCycle: 1,
        conditions: [],
        workflow: {
          authorisationNumber: number,
          stage: 'suspended',
          cycle: 1,
          nextDueAt: options.revalidationDue,
          conditions: [],
          pendingTriggers: [],
          suspension: {
            scope: 'whole',
            grounds: ['The access control of the warehouse failed the audit.'],
            by: 'executive-1',
            since: '2026-11-20T02:00:00.000Z',
            requestedByHolder: false,
            planDue: '2026-12-20T02:00:00.000Z',
          },
          history: [],
        },
      });
    if (url.pathname === `${base}/${number}/changes` && request.method === 'GET') return jsonReply([]);
    if (url.pathname === `${base}/${number}/changes` && options.refuseChange)
      return jsonReply(
        {
          statusCode: 400,
          message: 'effectiveDate: must not be more than a year ahead',
          issues: ['effectiveDate: must not be more than a year ahead'],
        },
        400,
      );
    return jsonReply({ statusCode: 404, message: 'not found' }, 404);
  });
}

describe("the company's authorisation page", () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('shows the number, the revalidation due date with the days left, and the suspension waiting for its plan', async () => {
    const revalidationDue = new Date(Date.now() + 30 * DAY).toISOString();
    globalThis.fetch = api({ sent: [], headers: [], revalidationDue }) as unknown as typeof fetch;
    await renderPage(<AuthorisationPage />, { caller: trader, resources: RESOURCES });
    expect((await screen.findByTestId('authorisation-number', {}, { timeout: 5000 })).textContent).toBe(number);
    expect(screen.getByTestId('authorisation-status').textContent).toBe('Suspended');
    expect(await screen.findByTestId('revalidation-days-left')).toHaveProperty(
      'textContent',
      expect.stringMatching(/^\((29|30|31) days left\)$/),
    );
    const suspension = await screen.findByTestId('suspension');
    expect(within(suspension).getByText('The access control of the warehouse failed the audit.')).toBeTruthy();
    expect(within(suspension).getByTestId('plan-due').textContent).toMatch(/^Remediation plan due by /);
    expect(within(suspension).getByTestId('submit-plan')).toBeTruthy();
    expect(screen.getByTestId('certificate')).toBeTruthy();
  });

  it('offers no certificate of a surrendered authorisation (the API refuses it with 409: it is no longer in force)', async () => {
    const revalidationDue = new Date(Date.now() + 30 * DAY).toISOString();
    globalThis.fetch = api({
      sent: [],
      headers: [],
      revalidationDue,
      status: 'surrendered',
    }) as unknown as typeof fetch;
    await renderPage(<AuthorisationPage />, { caller: trader, resources: RESOURCES });
    expect((await screen.findByTestId('authorisation-status', {}, { timeout: 5000 })).textContent).toBe('Surrendered');
    expect(screen.queryByTestId('certificate')).toBeNull();
  });

  it('lets an administrator list the authorisation on the public register with the fields it chooses', async () => {
    const sent: SentRequest[] = [];
    globalThis.fetch = api({
      sent,
      headers: [],
      revalidationDue: new Date(Date.now() + 400 * DAY).toISOString(),
    }) as unknown as typeof fetch;
    await renderPage(<AuthorisationPage />, { caller: trader, resources: RESOURCES });
    const panel = await screen.findByTestId('publication', {}, { timeout: 10_000 });
    expect(
      within(panel).getByText('Not published: the public register does not list this authorisation.'),
    ).toBeTruthy();
    fireEvent.click(await within(panel).findByTestId('publication-switch', {}, { timeout: 10_000 }));
    fireEvent.click(within(panel).getByLabelText('city'));
    fireEvent.click(within(panel).getByLabelText('taxpayer id'));
    fireEvent.click(within(panel).getByTestId('publication-save'));
    await waitFor(() =>
      expect(sent.find((call) => call.method === 'PUT')).toEqual({
        method: 'PUT',
        path: `/api/applications/v1/authorisations/${number}/publication`,
        body: { publish: true, fields: ['name', 'statusType', 'effectiveFrom', 'taxpayerId'] },
      }),
    );
  });

  it('says a past revalidation date is overdue (Mongolian)', async () => {
    const revalidationDue = new Date(Date.now() - 3 * DAY).toISOString();
    globalThis.fetch = api({ sent: [], headers: [], revalidationDue }) as unknown as typeof fetch;
    await renderPage(<AuthorisationPage />, { caller: trader, resources: RESOURCES, language: 'mn' });
    expect((await screen.findByTestId('revalidation-days-left')).textContent).toMatch(/^\([2-4] хоног хэтэрсэн\)$/);
  });

  it('checks a reported change before sending, sends it once with its key and shows the API’s refusal beside the field', async () => {
    const sent: SentRequest[] = [];
    const headers: Record<string, string | null>[] = [];
    const revalidationDue = new Date(Date.now() + 300 * DAY).toISOString();
    globalThis.fetch = api({ sent, headers, revalidationDue, refuseChange: true }) as unknown as typeof fetch;
    await renderPage(<AuthorisationPage />, { caller: trader, resources: RESOURCES });
    fireEvent.click(await screen.findByTestId('report-change'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/Description/), { target: { value: 'Moved' } });
    fireEvent.click(within(dialog).getByTestId('action-submit'));
    const checked = await within(dialog).findByTestId('action-error');
    expect(checked.textContent).toContain('Checked before sending');
    expect(checked.textContent).toContain('What changed: Required');
    expect(checked.textContent).toContain('Description (at least 10 characters): At least 10 characters');
    expect(checked.textContent).toContain('Effective date: Required');
    expect(sent.filter((call) => call.method === 'POST')).toEqual([]);

    fireEvent.change(within(dialog).getByLabelText(/Description/), {
      target: { value: 'The head office moved to Baruun Street 12.' },
    });
    fireEvent.change(within(dialog).getByLabelText(/Effective date/), { target: { value: '2030-01-01' } });
    fireEvent.click(within(dialog).getByLabelText(/What changed/));
    fireEvent.click(await screen.findByRole('option', { name: 'Address', hidden: true }));
    fireEvent.click(within(dialog).getByTestId('action-submit'));
    await waitFor(() => expect(sent.filter((call) => call.method === 'POST')).toHaveLength(1));
    const post = sent.findIndex((call) => call.method === 'POST');
    expect(sent[post]).toEqual({
      method: 'POST',
      path: `/api/applications/v1/authorisations/${number}/changes`,
      body: { kind: 'address', description: 'The head office moved to Baruun Street 12.', effectiveDate: '2030-01-01' },
    });
    expect(headers[post]?.['key']).toMatch(/^[0-9a-f-]{36}$/);
    const date = within(dialog).getByLabelText(/Effective date/);
    await waitFor(() => expect(date.getAttribute('aria-invalid')).toBe('true'));
    expect(within(dialog).getByTestId('action-error').textContent).toContain(
      'Effective date: must not be more than a year ahead',
    );
  });
});
