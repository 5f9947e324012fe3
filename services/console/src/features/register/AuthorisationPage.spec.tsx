import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { setProgrammeTimeZone } from '@aeo/web';
import { renderPage } from '../../testing/render';
import { AuthorisationListPage } from './AuthorisationListPage';
import { AuthorisationPage } from './AuthorisationPage';

const number = 'AEO-MN-2026-000042';
const executive = { sub: 'demo-executive', name: 'Executive', roles: ['executive' as const] };
const officer = {
  sub: 'demo-officer-darkhan',
  name: 'Darkhan officer',
  roles: ['contact-officer' as const],
  region: 'DARKHAN',
};
const DAY_MS = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString();

const record = (status: string) => ({
  authorisationNumber: number,
  applicationId: '0b9f3f4e-4a4e-4c1e-9a55-0f0f3b9b2c11',
  operatorId: '1b9f3f4e-4a4e-4c1e-9a55-0f0f3b9b2c11',
  taxpayerId: '5034567',
  name: 'Khan Cargo LLC',
  region: 'DARKHAN',
  statusType: 'AEOS',
  status,
  conditions: [],
  decidedBy: 'demo-executive',
  decidedAt: '2026-01-10T02:00:00.000Z',
  effectiveFrom: '2026-01-15T02:00:00.000Z',
  revalidationDue: '2029-01-15T02:00:00.000Z',
  consentToMraSharing: true,
  publishedFields: null,
  history: [
    {
      change: 'granted',
      status: 'granted',
      changedBy: 'demo-executive',
      changedAt: '2026-01-10T02:00:00.000Z',
      details: {},
    },
    {
      change: 'revalidation-requested',
      status: 'granted',
      changedBy: 'demo-officer-darkhan',
      changedAt: '2026-06-01T02:00:00.000Z',
      details: { requestId: 'r-1', reason: 'Risk alert on a serious infringement.', siteVisit: true },
    },
    ...(status === 'suspended'
      ? [
          {
            change: 'suspended',
            status: 'suspended',
            changedBy: 'demo-executive',
            changedAt: '2026-11-20T02:00:00.000Z',
            details: { scope: 'whole', grounds: ['Security criterion failed.'], remediationPlanDue: inDays(9) },
          },
        ]
      : []),
  ],
});

const workflow = (stage: string) => ({
  authorisationNumber: number,
  stage,
  cycle: 1,
  nextDueAt: '2029-01-15T02:00:00.000Z',
  conditions: [],
  pendingTriggers: [],
  history: [],
  ...(stage === 'suspended'
    ? {
        suspension: {
          scope: 'whole',
          grounds: ['Security criterion failed.'],
          by: 'demo-executive',
          since: '2026-11-20T02:00:00.000Z',
          requestedByHolder: false,
          planDue: inDays(9),
        },
      }
    : {}),
  ...(stage === 'revocation-decision'
    ? {
        revocation: {
          grounds: ['Repeated serious infringements.'],
          by: 'demo-executive',
          intendedAt: '2026-11-01T02:00:00.000Z',
          respondBy: '2026-12-01T02:00:00.000Z',
          expired: true,
        },
      }
    : {}),
});

type Sent = { method: string; url: string; body: unknown; key: string | null };
/** The query the register list sent to GET /v1/authorisation-queue. */
const queueQuery = (sent: Sent[]) =>
  Object.fromEntries(new URL(sent.find((request) => request.url.includes('authorisation-queue'))!.url).searchParams);

/** The applications API as the console's client reaches it (a stand-in answering like the service). */
function applicationsApi(status: string, stage: string, sent: Sent[]) {
  return jest.fn(async (input: Request) => {
    const url = new URL(input.url);
    const reply = (body: unknown, code = 200) =>
      new Response(JSON.stringify(body), { status: code, headers: { 'content-type': 'application/json' } });
    if (input.method === 'POST') {
      sent.push({
        method: 'POST',
        url: input.url,
        body: await input.json(),
        key: input.headers.get('idempotency-key'),
      });
      return url.pathname.endsWith('/revalidation-requests')
        ? reply({ requestId: 'r-2', authorisationNumber: number, status: 'accepted' }, 202)
        : reply(workflow('suspended'));
    }
    sent.push({ method: 'GET', url: input.url, body: undefined, key: null });
    const base = `/api/applications/v1/authorisations/${number}`;
    if (url.pathname === base) return reply(record(status));
    if (url.pathname === `${base}/lifecycle`)
      return reply({
        authorisationNumber: number,
        status,
        suspendedScope: status === 'suspended' ? 'whole' : null,
        revalidationDue: '2029-01-15T02:00:00.000Z',
        revalidationCycle: 1,
        conditions: [],
        workflow: workflow(stage),
      });
    if (url.pathname === `${base}/changes`)
      return reply([
        {
          changeId: '2b9f3f4e-4a4e-4c1e-9a55-0f0f3b9b2c11',
          kind: 'premises',
          description: 'A second warehouse opened in Darkhan.',
          effectiveDate: '2026-10-01',
          siteVisit: true,
          reportedBy: 'trader-5034567',
          reportedAt: '2026-09-20T02:00:00.000Z',
        },
      ]);
    if (url.pathname === '/api/applications/v1/authorisation-queue')
      return reply({
        items: [
          {
            authorisationNumber: number,
            operatorId: '1b9f3f4e-4a4e-4c1e-9a55-0f0f3b9b2c11',
            name: 'Khan Cargo LLC',
            taxpayerId: '5034567',
            region: 'DARKHAN',
            statusType: 'AEOS',
            status: 'suspended',
            suspendedScope: 'whole',
            decidedAt: '2026-01-10T02:00:00.000Z',
            effectiveFrom: '2026-01-15T02:00:00.000Z',
            revalidation: { dueAt: '2029-01-15T02:00:00.000Z', daysLeft: 775, overdue: false },
            pending: {
              kind: 'suspension-review',
              since: '2026-11-30T02:00:00.000Z',
              dueAt: null,
              daysLeft: null,
              overdue: false,
              toDecide: true,
            },
          },
        ],
        total: 1,
        page: 1,
        pageSize: 25,
      });
    return reply({ statusCode: 404, message: 'not found' }, 404);
  });
}

describe("an authorisation's page and the register", () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
    setProgrammeTimeZone('UTC');
  });
  const open = (caller: typeof executive | typeof officer, language: 'en' | 'mn' = 'en') =>
    renderPage(<AuthorisationPage />, {
      caller,
      language,
      path: `/authorisations/${number}`,
      route: '/authorisations/$authorisationNumber',
    });

  /** The register list at `query`, once its row of the stand-in is shown; the requests it sent. */
  const openList = async (caller: typeof executive | typeof officer, query: string) => {
    const sent: Sent[] = [];
    globalThis.fetch = applicationsApi('suspended', 'suspended', sent) as unknown as typeof fetch;
    await renderPage(<AuthorisationListPage />, { caller, path: `/authorisations?${query}`, route: '/authorisations' });
    const table = await screen.findByTestId('paged-table');
    expect(await within(table).findByText(number)).toBeTruthy();
    return { sent, table };
  };

  it('shows the record, the history as a translated timeline and the reported changes; the executive suspends with grounds checked before sending', async () => {
    const sent: Sent[] = [];
    globalThis.fetch = applicationsApi('granted', 'monitoring', sent) as unknown as typeof fetch;
    await open(executive);

    expect(await screen.findByRole('heading', { name: 'Khan Cargo LLC' })).toBeTruthy();
    expect(screen.getByTestId('authorisation-status').textContent).toBe('Granted');
    const entries = await screen.findAllByTestId('timeline-entry');
    expect(entries.map((entry) => entry.querySelector('.mantine-Timeline-itemTitle')?.textContent)).toEqual([
      'Granted',
      'Early revalidation requested',
    ]);
    expect(within(entries[1]).getByText('Risk alert on a serious infringement.')).toBeTruthy();
    expect(within(entries[1]).getByText('Site visit required')).toBeTruthy();
    expect(await screen.findByText('Premises')).toBeTruthy();
    expect(screen.getByText('A second warehouse opened in Darkhan.')).toBeTruthy();
    expect(await screen.findByText('Monitoring')).toBeTruthy();
    // At monitoring the workflow takes a suspension or an intended revocation, not a reinstatement or a decision.
    expect(
      screen
        .getAllByRole('button')
        .map((button) => button.dataset.testid)
        .filter(Boolean),
    ).toEqual(['action-requestRevalidation', 'action-suspend', 'action-intendRevocation']);

    fireEvent.click(screen.getByTestId('action-suspend'));
    expect(await screen.findByText(/Suspends the authorisation at once/)).toBeTruthy();
    fireEvent.change(screen.getByTestId('action-text'), { target: { value: 'Bad' } });
    fireEvent.click(screen.getByTestId('action-submit'));
    // Each ground needs 5 characters (the service's schema): refused beside the field, nothing sent.
    expect(await screen.findByText('At least 5 characters')).toBeTruthy();
    expect(sent.filter((request) => request.method === 'POST')).toEqual([]);

    fireEvent.change(screen.getByTestId('action-text'), {
      target: { value: 'Security criterion failed at the site visit.\n  \nAccess control of the warehouse missing.' },
    });
    fireEvent.click(screen.getByTestId('action-submit'));
    await waitFor(() => expect(sent.filter((request) => request.method === 'POST')).toHaveLength(1));
    const suspension = sent.find((request) => request.method === 'POST')!;
    expect(suspension.url).toBe(`http://console.test/api/applications/v1/authorisations/${number}/suspension`);
    expect(suspension.body).toEqual({
      grounds: ['Security criterion failed at the site visit.', 'Access control of the warehouse missing.'],
      scope: 'whole',
    });
    expect(suspension.key).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('offers the contact officer only the early revalidation request, in Mongolian, with the suspension’s running deadline', async () => {
    const sent: Sent[] = [];
    globalThis.fetch = applicationsApi('suspended', 'suspended', sent) as unknown as typeof fetch;
    setProgrammeTimeZone('Asia/Ulaanbaatar');
    await open(officer, 'mn');

    expect(await screen.findByRole('heading', { name: 'Khan Cargo LLC' })).toBeTruthy();
    expect(await screen.findByText('Засан сайжруулах төлөвлөгөө ирүүлэх хугацаа')).toBeTruthy();
    expect(screen.getByText('9 хоног үлдсэн')).toBeTruthy();
    // The legal deadline's day is named with its zone, the programme's.
    const deadline = screen.getAllByTestId('deadline').find((row) => row.textContent?.includes('төлөвлөгөө'))!;
    expect(deadline.textContent).toContain('(Улаанбаатарын цагаар)');
    expect(screen.getAllByText('Түдгэлзүүлсэн').length).toBeGreaterThan(0);
    expect(screen.queryByTestId('action-suspend')).toBeNull();
    expect(screen.queryByTestId('action-reinstate')).toBeNull();

    fireEvent.click(screen.getByTestId('action-requestRevalidation'));
    fireEvent.change(await screen.findByTestId('action-text'), {
      target: { value: 'Гаалийн хяналтаар ноцтой зөрчил илэрсэн.' },
    });
    fireEvent.click(screen.getByRole('checkbox'));
    fireEvent.click(screen.getByTestId('action-submit'));
    await waitFor(() => expect(sent.filter((request) => request.method === 'POST')).toHaveLength(1));
    const request = sent.find((candidate) => candidate.method === 'POST')!;
    expect(request.url).toBe(`http://console.test/api/applications/v1/authorisations/${number}/revalidation-requests`);
    expect(request.body).toEqual({ reason: 'Гаалийн хяналтаар ноцтой зөрчил илэрсэн.', siteVisit: true });
  });

  it('lists what waits for the executive’s decision on the To decide tab, asked of the server', async () => {
    const { sent, table } = await openList(
      executive,
      'toDecide=true&sort=revalidationDue&order=asc&page=1&pageSize=25',
    );
    expect(within(table).getByText('Suspension review')).toBeTruthy();
    expect(within(table).getByText('Suspended')).toBeTruthy();
    expect(queueQuery(sent)).toEqual({
      toDecide: 'true',
      sort: 'revalidationDue',
      order: 'asc',
      page: '1',
      pageSize: '25',
    });
    expect(screen.getByRole('tab', { name: 'To decide' }).getAttribute('aria-selected')).toBe('true');
  });

  it('revokes from the midnight of the date given in the programme’s zone, not the browser’s', async () => {
    const sent: Sent[] = [];
    globalThis.fetch = applicationsApi('granted', 'revocation-decision', sent) as unknown as typeof fetch;
    setProgrammeTimeZone('Asia/Ulaanbaatar');
    await open(executive);

    fireEvent.click(await screen.findByTestId('action-decideRevocation'));
    expect(await screen.findByText('Empty: at once. A date: from 00:00 that day, Ulaanbaatar time.')).toBeTruthy();
    fireEvent.change(screen.getByTestId('action-text'), {
      target: { value: 'The holder did not answer the grounds.' },
    });
    fireEvent.change(screen.getByLabelText('Effective from (optional)'), { target: { value: '2026-12-10' } });
    fireEvent.click(screen.getByTestId('action-submit'));
    await waitFor(() => expect(sent.filter((request) => request.method === 'POST')).toHaveLength(1));
    const decision = sent.find((request) => request.method === 'POST')!;
    expect(decision.url).toBe(`http://console.test/api/applications/v1/authorisations/${number}/revocation/decision`);
    // Midnight of 10 Dec in Ulaanbaatar (UTC+8) is 16:00 UTC on 9 Dec.
    expect(decision.body).toEqual({
      decision: 'revoke',
      reasons: ['The holder did not answer the grounds.'],
      effectiveFrom: '2026-12-09T16:00:00.000Z',
    });
  });

  it('ignores the To decide tab and a search of spaces in a contact officer’s link', async () => {
    const { sent } = await openList(
      officer,
      'toDecide=true&q=%20%20%20&sort=revalidationDue&order=asc&page=1&pageSize=25',
    );
    expect(queueQuery(sent)).toEqual({ sort: 'revalidationDue', order: 'asc', page: '1', pageSize: '25' });
    expect(screen.queryByRole('tab')).toBeNull();
    // Its own filter of the step awaited is offered (the tab would have hidden it).
    expect(screen.getAllByLabelText('Awaiting').length).toBeGreaterThan(0);
    expect(screen.getByText('Dates in UTC.')).toBeTruthy();
  });
});
