import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderPage } from '../../testing/render';
import { PilotCompaniesPage } from './PilotCompaniesPage';
import { officerAssignment } from './testing/officer';

const officer = {
  sub: 'demo-officer-darkhan',
  name: 'Darkhan officer',
  roles: ['contact-officer' as const],
  region: 'DARKHAN',
};
const company = {
  ...officerAssignment,
  pilotCode: 'PILOT-2027-DARKHAN',
  pilotTitle: 'AEO pilot of the northern border',
  pilotStatus: 'running',
};

describe('pilot companies', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('gives a contact officer their own companies, paged on the server', async () => {
    const asked: URL[] = [];
    globalThis.fetch = jest.fn(async (input: Request) => {
      const url = new URL(input.url);
      asked.push(url);
      const mine = url.searchParams.get('contactOfficer') === 'me';
      return new Response(
        JSON.stringify({ items: mine ? [company] : [], total: mine ? 1 : 0, page: 1, pageSize: 25 }),
        { status: 200, headers: { 'content-type': 'application/json' } },
      );
    }) as unknown as typeof fetch;
    // The search as the route's schema leaves it (the test's route has no validateSearch).
    await renderPage(<PilotCompaniesPage />, {
      caller: officer,
      path: '/pilots/companies?sort=assignedAt&order=desc&page=1&pageSize=25',
    });

    expect(await screen.findByText('Khan Cargo LLC', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'My pilot companies' })).toBeTruthy();
    expect(screen.getByText('PILOT-2027-DARKHAN')).toBeTruthy();
    expect(screen.getByText('Running')).toBeTruthy();
    expect(screen.getByTestId('paged-total').textContent).toBe('1 in all');
    expect(asked[0].pathname).toBe('/api/programme/v1/pilot-companies');
    expect(Object.fromEntries(asked[0].searchParams)).toEqual({
      contactOfficer: 'me',
      sort: 'assignedAt',
      order: 'desc',
      page: '1',
      pageSize: '25',
    });

    fireEvent.click(screen.getByRole('switch', { name: 'Only the companies I look after' }));
    expect(await screen.findByText('No pilot company with these filters.')).toBeTruthy();
    await waitFor(() => expect(asked.at(-1)!.searchParams.has('contactOfficer')).toBe(false));
  });

  it("does not ask for another region than a regional officer's own (the API would answer 403)", async () => {
    const asked: URL[] = [];
    globalThis.fetch = jest.fn(async (input: Request) => {
      const url = new URL(input.url);
      asked.push(url);
      return new Response(JSON.stringify({ items: [company], total: 1, page: 1, pageSize: 25 }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    }) as unknown as typeof fetch;
    await renderPage(<PilotCompaniesPage />, {
      caller: officer,
      path: '/pilots/companies?region=ZAMYN_UUD&sort=assignedAt&order=desc&page=1&pageSize=25',
    });

    expect(await screen.findByText('Khan Cargo LLC', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(asked.length).toBeGreaterThan(0);
    for (const url of asked) expect(url.searchParams.has('region')).toBe(false);
  });

  it('shows the policy unit, in Mongolian, the companies that still need an officer and asks for them alone', async () => {
    const asked: URL[] = [];
    const waiting = {
      ...company,
      taxpayerId: '6012345',
      companyName: null,
      sequence: null,
      officerSub: null,
      officerName: null,
      assignedBy: null,
      assignedAt: null,
      reason: null,
    };
    globalThis.fetch = jest.fn(async (input: Request) => {
      const url = new URL(input.url);
      asked.push(url);
      const items = url.searchParams.get('contactOfficer') === 'none' ? [waiting] : [waiting, company];
      return new Response(JSON.stringify({ items, total: items.length, page: 1, pageSize: 25 }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    }) as unknown as typeof fetch;
    await renderPage(<PilotCompaniesPage />, {
      caller: { sub: 'demo-policy-unit', name: 'Policy unit', roles: ['policy-unit' as const] },
      path: '/pilots/companies?sort=assignedAt&order=desc&page=1&pageSize=25',
      language: 'mn',
    });

    expect(await screen.findByText('Ажилтан хараахан томилоогүй', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText('Khan Cargo LLC')).toBeTruthy();
    expect(screen.getAllByText('6012345').length).toBeGreaterThan(0);
    expect(asked[0].searchParams.has('contactOfficer')).toBe(false);

    fireEvent.click(screen.getByRole('switch', { name: 'Зөвхөн ажилтангүй компаниуд' }));
    await waitFor(() => expect(asked.at(-1)!.searchParams.get('contactOfficer')).toBe('none'));
    await waitFor(() => expect(screen.queryByText('Khan Cargo LLC')).toBeNull());
  });
});
