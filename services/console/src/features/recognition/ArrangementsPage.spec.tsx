import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { setProgrammeTimeZone } from '@aeo/web';
import { renderPage } from '../../testing/render';
import { ArrangementsPage } from './ArrangementsPage';
import { ARRANGEMENT_ID, arrangementAnswer, mraApi, type Sent } from './recognition.testing';

const officer = { sub: 'demo-mra-officer', name: 'MRA officer', roles: ['mra-officer' as const] };
const executive = { sub: 'demo-executive', name: 'Executive', roles: ['executive' as const] };

const overview = {
  items: [
    {
      id: ARRANGEMENT_ID,
      partnerCountry: 'KR',
      partnerAdministration: 'Korea Customs Service',
      title: 'Korea–Mongolia AEO MRA',
      phase: 'negotiation',
      status: 'active',
      suspendedFrom: null,
      signedOn: null,
      reviewDueAt: null,
      createdAt: '2026-11-02T03:00:00.000Z',
      lastStep: 'record-negotiation-round',
      lastActivityAt: '2026-11-20T03:00:00.000Z',
    },
    {
      id: '0d3c2b1a-4f5e-4a6b-8c7d-9e0f1a2b3c4d',
      partnerCountry: 'RU',
      partnerAdministration: 'Federal Customs Service of Russia',
      title: 'Russia–Mongolia AEO MRA',
      phase: 'suspended',
      status: 'suspended',
      suspendedFrom: 'operational',
      signedOn: '2024-05-01',
      reviewDueAt: null,
      createdAt: '2024-01-10T03:00:00.000Z',
      lastStep: 'suspend',
      lastActivityAt: '2026-10-01T03:00:00.000Z',
    },
  ],
  total: 27,
  page: 1,
  pageSize: 25,
};

/** The list's table as the Mongolian page names it. */
const mongolianTable = () =>
  screen.findByRole('table', { name: 'Харилцан хүлээн зөвшөөрөх хэлэлцээрүүд' }, { timeout: 5000 });

// Several rendered pages per test on a shared, loaded machine: more than Jest's default 5 s.
jest.setTimeout(30_000);

describe('the arrangements list', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('asks the server for the page in the URL and shows phases, statuses and last steps in Mongolian', async () => {
    const sent: Sent[] = [];
    globalThis.fetch = mraApi(
      { 'GET /v1/arrangement-overview': () => ({ body: overview }) },
      sent,
    ) as unknown as typeof fetch;
    await renderPage(<ArrangementsPage />, {
      caller: executive,
      language: 'mn',
      path: '/recognition/arrangements?status=active&sort=partnerCountry&order=asc&page=1&pageSize=25',
      route: '/recognition/arrangements',
    });
    const table = await mongolianTable();
    expect(within(table).getByText('Korea Customs Service')).toBeTruthy();
    expect(within(table).getByText('Хэлэлцээ')).toBeTruthy();
    expect(within(table).getByText('Хэлэлцээний шат')).toBeTruthy();
    expect(within(table).getAllByText('Түдгэлзүүлсэн').length).toBeGreaterThan(0);
    expect(screen.getByTestId('paged-total').textContent).toMatch(/27/);
    expect(sent[0]).toMatchObject({ method: 'GET', path: '/v1/arrangement-overview' });
    expect(Object.fromEntries(new URLSearchParams(sent[0]!.query))).toEqual({
      status: 'active',
      sort: 'partnerCountry',
      order: 'asc',
      page: '1',
      pageSize: '25',
    });
    // Executives read; only MRA officers start arrangements.
    expect(screen.queryByTestId('create-arrangement')).toBeNull();
  });

  it("shows the times in the programme's zone and names it", async () => {
    setProgrammeTimeZone('Asia/Ulaanbaatar');
    try {
      const late = { ...overview.items[0], lastActivityAt: '2026-11-20T20:30:00.000Z' };
      globalThis.fetch = mraApi(
        { 'GET /v1/arrangement-overview': () => ({ body: { ...overview, items: [late], total: 1 } }) },
        [],
      ) as unknown as typeof fetch;
      await renderPage(<ArrangementsPage />, {
        caller: executive,
        language: 'mn',
        path: '/recognition/arrangements?sort=lastActivityAt&order=desc&page=1&pageSize=25',
        route: '/recognition/arrangements',
      });
      const table = await mongolianTable();
      // 20:30 UTC is 04:30 the next day in Ulaanbaatar.
      expect(within(table).getByText(/2026\.11\.21 04:30/)).toBeTruthy();
      expect(screen.getByTestId('dates-zone').textContent).toBe('Огноо, цагийг Улаанбаатарын цагаар харуулав.');
    } finally {
      setProgrammeTimeZone('UTC');
    }
  });

  it('starts an arrangement once checked against the API schema, with one Idempotency-Key', async () => {
    const sent: Sent[] = [];
    globalThis.fetch = mraApi(
      {
        'GET /v1/arrangement-overview': () => ({ body: { ...overview, items: [], total: 0 } }),
        'POST /v1/arrangements': () => ({ status: 201, body: arrangementAnswer('preparation') }),
      },
      sent,
    ) as unknown as typeof fetch;
    await renderPage(<ArrangementsPage />, {
      caller: officer,
      path: '/recognition/arrangements?sort=lastActivityAt&order=desc&page=1&pageSize=25',
      route: '/recognition/arrangements',
    });
    expect(await screen.findByText('No arrangement matches these filters.', {}, { timeout: 5000 })).toBeTruthy();
    fireEvent.click(screen.getByTestId('create-arrangement'));
    fireEvent.change(await screen.findByTestId('partner-country', {}, { timeout: 5000 }), {
      target: { value: 'Korea' },
    });
    fireEvent.change(screen.getByTestId('partner-administration'), { target: { value: 'Korea Customs Service' } });
    fireEvent.click(screen.getByTestId('action-submit'));
    // A country code of two capitals and a title are required (the service's schema): refused beside the fields, nothing sent.
    expect(await screen.findByText('Not in the expected format', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('Must not be blank')).toBeTruthy();
    expect(sent.filter((request) => request.method === 'POST')).toEqual([]);

    fireEvent.change(screen.getByTestId('partner-country'), { target: { value: 'kr' } });
    fireEvent.change(screen.getByTestId('arrangement-title'), { target: { value: 'Korea–Mongolia AEO MRA' } });
    fireEvent.click(screen.getByTestId('action-submit'));
    await waitFor(() => expect(sent.filter((request) => request.method === 'POST')).toHaveLength(1), { timeout: 5000 });
    const post = sent.find((request) => request.method === 'POST')!;
    expect(post.path).toBe('/v1/arrangements');
    expect(post.body).toEqual({
      partnerCountry: 'KR',
      partnerAdministration: 'Korea Customs Service',
      title: 'Korea–Mongolia AEO MRA',
      reviewIntervalMonths: 36,
      reminderDaysBefore: [90, 30],
    });
    expect(post.key).toMatch(/^[0-9a-f-]{36}$/);
  });
});
