import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderPage } from '../../testing/render';
import { PilotsPage } from './PilotsPage';

const policyUnit = { sub: 'demo-policy-unit', name: 'Policy unit', roles: ['policy-unit' as const] };
const pilot = {
  id: '3f1d2c4b-5a6e-4f70-8192-a3b4c5d6e7f8',
  code: 'PILOT-2027-DARKHAN',
  title: 'AEO pilot of the northern border',
  description: 'Five companies of DARKHAN try the programme before it opens.',
  status: 'running',
  startsOn: '2027-01-04',
  endsOn: '2027-06-30',
  maxCompanies: 5,
  reminderDays: 7,
  escalationGraceDays: 14,
  launchedAt: '2027-01-04T00:00:00.000Z',
  launchedBy: 'demo-policy-unit',
  startedAt: '2027-01-04T00:00:00.000Z',
  endedAt: null,
  cancelledAt: null,
  cancelledBy: null,
  cancelReason: null,
  createdBy: 'demo-policy-unit',
  createdAt: '2026-11-20T02:00:00.000Z',
  updatedAt: '2026-11-20T02:00:00.000Z',
  version: 1,
};

describe('the pilots', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('lists a page of pilots from the server in Mongolian and asks again sorted by code', async () => {
    const asked: URL[] = [];
    globalThis.fetch = jest.fn(async (input: Request) => {
      const url = new URL(input.url);
      asked.push(url);
      const running = !url.searchParams.has('status') || url.searchParams.get('status') === 'running';
      return new Response(
        JSON.stringify({ items: running ? [pilot] : [], total: running ? 1 : 0, page: 1, pageSize: 25 }),
        { status: 200, headers: { 'content-type': 'application/json' } },
      );
    }) as unknown as typeof fetch;
    // The search as the route's schema leaves it (the test's route has no validateSearch).
    await renderPage(<PilotsPage />, {
      caller: policyUnit,
      path: '/pilots?status=all&sort=startsOn&order=desc&page=1&pageSize=25',
      language: 'mn',
    });

    expect(await screen.findByText('PILOT-2027-DARKHAN', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getAllByText('Явагдаж буй').some((node) => node.classList.contains('pill'))).toBe(true);
    expect(asked[0].pathname).toBe('/api/programme/v1/pilot-overview');
    expect(Object.fromEntries(asked[0].searchParams)).toEqual({
      sort: 'startsOn',
      order: 'desc',
      page: '1',
      pageSize: '25',
    });

    fireEvent.click(screen.getByRole('button', { name: /Код/ }));
    await waitFor(() => expect(asked.at(-1)!.searchParams.get('sort')).toBe('code'));
    expect(asked.at(-1)!.searchParams.get('order')).toBe('asc');
  });
});
