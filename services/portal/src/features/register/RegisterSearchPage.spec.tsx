import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderPage } from '@aeo/web/testing';
import { RESOURCES } from '../../i18n/resources';
import { RegisterSearchPage } from './RegisterSearchPage';

const entry = {
  authorisationNumber: 'AEO-MN-2026-000123',
  status: 'granted',
  name: 'Khan Cargo LLC',
  city: 'Darkhan',
  region: 'DARKHAN',
  statusType: 'AEOS',
  effectiveFrom: '2026-01-15T02:00:00.000Z',
};

describe('the public AEO register', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('searches by name from the URL, lists the published entries (in Mongolian)', async () => {
    const asked: URL[] = [];
    globalThis.fetch = jest.fn(async (request: Request) => {
      asked.push(new URL(request.url));
      const items = [entry, { authorisationNumber: 'AEO-MN-2025-000007', status: 'suspended' }];
      return new Response(JSON.stringify({ items, total: 2, page: 1, pageSize: 25 }), {
        headers: { 'content-type': 'application/json' },
      });
    }) as unknown as typeof fetch;
    await renderPage(<RegisterSearchPage />, {
      caller: { sub: '', name: '', roles: [] },
      resources: RESOURCES,
      language: 'mn',
      path: '/register?q=khan',
      route: '/register',
    });
    const table = await screen.findByTestId('register-table');
    expect(within(table).getByText('AEO-MN-2026-000123').closest('a')?.getAttribute('href')).toBe(
      '/register/AEO-MN-2026-000123',
    );
    expect(within(table).getByText('Хүчинтэй')).toBeTruthy();
    // An entry whose holder published only its number and status: the rest is a dash.
    expect(within(table).getByText('Түдгэлзүүлсэн')).toBeTruthy();
    expect(within(table).getAllByText('—').length).toBeGreaterThanOrEqual(2);
    expect(within(table).getByText('2026.01.15')).toBeTruthy();
    expect(asked[0]!.pathname).toBe('/api/applications/v1/public/register');
    expect(asked[0]!.searchParams.get('name')).toBe('khan');
    expect(asked[0]!.searchParams.get('page')).toBe('1');
  });

  it('searches by taxpayer id and pages on the server, the page in the URL', async () => {
    const asked: URL[] = [];
    globalThis.fetch = jest.fn(async (request: Request) => {
      asked.push(new URL(request.url));
      return new Response(JSON.stringify({ items: [entry], total: 60, page: 3, pageSize: 10 }), {
        headers: { 'content-type': 'application/json' },
      });
    }) as unknown as typeof fetch;
    await renderPage(<RegisterSearchPage />, {
      caller: { sub: '', name: '', roles: [] },
      resources: RESOURCES,
      path: '/register?taxpayerId=5123456&page=3&pageSize=10',
      route: '/register',
    });
    await screen.findByTestId('register-table');
    expect(asked[0]!.searchParams.get('taxpayerId')).toBe('5123456');
    expect(asked[0]!.searchParams.get('name')).toBeNull();
    expect(asked[0]!.searchParams.get('page')).toBe('3');
    expect(asked[0]!.searchParams.get('pageSize')).toBe('10');
    expect(screen.getByTestId('paged-total').textContent).toContain('60');
    fireEvent.click(screen.getByRole('button', { name: 'Page 4' }));
    await waitFor(() => expect(asked.at(-1)!.searchParams.get('page')).toBe('4'));
  });

  it('does not search with one character and says when nothing matches', async () => {
    globalThis.fetch = jest.fn(
      // The service's paged answer: a page of entries with the total.
      async () =>
        new Response(JSON.stringify({ items: [], total: 0, page: 1, pageSize: 25 }), {
          headers: { 'content-type': 'application/json' },
        }),
    ) as unknown as typeof fetch;
    await renderPage(<RegisterSearchPage />, {
      caller: { sub: '', name: '', roles: [] },
      resources: RESOURCES,
      path: '/register?q=zz',
      route: '/register',
    });
    expect((await screen.findByTestId('register-empty')).textContent).toBe('No published authorisation matches.');
    fireEvent.change(screen.getByTestId('register-search'), { target: { value: 'k' } });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Search' }).hasAttribute('disabled')).toBe(true));
  });
  it('says at the field when the service refuses a taxpayer id (a part of one), in both languages, not as an error box', async () => {
    // The service's answer to ?taxpayerId=50123 (its format is the programme's configuration).
    globalThis.fetch = jest.fn(
      async () =>
        new Response(
          JSON.stringify({
            statusCode: 400,
            error: 'Bad Request',
            message: "taxpayerId: does not match the programme's format ^[0-9]{7}$",
          }),
          { status: 400, headers: { 'content-type': 'application/json' } },
        ),
    ) as unknown as typeof fetch;
    for (const [language, said] of [
      ['en', "Not a taxpayer id of this programme: enter the holder's whole taxpayer id."],
      ['mn', 'Энэ хөтөлбөрийн татвар төлөгчийн дугаар биш байна'],
    ] as const) {
      const { unmount } = await renderPage(<RegisterSearchPage />, {
        caller: { sub: '', name: '', roles: [] },
        resources: RESOURCES,
        language,
        path: '/register?taxpayerId=50123',
        route: '/register',
      });
      await waitFor(() => expect(screen.getByText(said, { exact: false })).toBeTruthy());
      expect(screen.getByTestId('register-empty')).toBeTruthy();
      expect(screen.queryByTestId('load-error')).toBeNull();
      expect(document.body.textContent).not.toContain('^[0-9]{7}$');
      unmount();
    }
  });
});
