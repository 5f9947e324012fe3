import { screen, within } from '@testing-library/react';
import { renderPage } from '../../testing/render';
import { DeviationsPage } from './DeviationsPage';
import { deviationCase } from './testing/deviation-case';

const policyUnit = { sub: 'demo-policy-unit', name: 'Policy unit', roles: ['policy-unit' as const] };

/** A case in analysis, as GET /v1/deviation-cases lists it. */
const listed = deviationCase('analysis', {
  rootCause: 'Two validators on leave in October.',
  owner: 'Darkhan office head',
  updatedAt: '2026-11-03T01:00:00.000Z',
});

/** The programme API as the console's client reaches it: the case when asked for its region, else none. */
const programmeApi = (asked: URL[]) =>
  jest.fn(async (input: Request) => {
    const url = new URL(input.url);
    asked.push(url);
    const items = url.searchParams.get('region') === 'DARKHAN' ? [listed] : [];
    return new Response(JSON.stringify({ items, total: items.length, page: 1, pageSize: 25 }), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  }) as unknown as typeof fetch;

describe('the deviation cases', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('sends the URL’s filters and sort, and shows the case’s phase in Mongolian', async () => {
    const asked: URL[] = [];
    globalThis.fetch = programmeApi(asked);
    // The search as the route's schema leaves it (the test's route has no validateSearch).
    await renderPage(<DeviationsPage />, {
      caller: policyUnit,
      path: '/policy/deviations?status=analysis&kpiId=certification-time-median&region=DARKHAN&sort=period&order=asc&page=1&pageSize=25',
      language: 'mn',
    });

    const link = await screen.findByRole('link', { name: 'certification-time-median' }, { timeout: 10_000 });
    const row = link.closest('tr')!;
    expect(within(row).getByText('Шинжилгээ')).toBeTruthy();
    expect(row.textContent).toContain('2026-10');
    expect(row.textContent).toContain('Darkhan office head');
    expect(asked[0].pathname).toBe('/api/programme/v1/deviation-cases');
    expect(Object.fromEntries(asked[0].searchParams)).toEqual({
      status: 'analysis',
      kpiId: 'certification-time-median',
      region: 'DARKHAN',
      sort: 'period',
      order: 'asc',
      page: '1',
      pageSize: '25',
    });
  });

  it('says so when no case matches, without a status filter for all', async () => {
    const asked: URL[] = [];
    globalThis.fetch = programmeApi(asked);
    await renderPage(<DeviationsPage />, {
      caller: policyUnit,
      path: '/policy/deviations?status=all&sort=openedAt&order=desc&page=1&pageSize=25',
    });

    expect(await screen.findByText('No deviation case with these filters.', {}, { timeout: 10_000 })).toBeTruthy();
    expect(asked[0].searchParams.has('status')).toBe(false);
  });
});
