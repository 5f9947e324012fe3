import { screen, waitFor } from '@testing-library/react';
import { useRouterState, useSearch } from '@tanstack/react-router';
import { renderPage } from '../testing/render';
import { useSearchInRegion } from './use-region-scope';

/** A list's search as a page reads it, and the URL's. */
function Probe() {
  const search = useSearchInRegion(useSearch({ strict: false }) as { region?: string; page?: number });
  const url = useRouterState({ select: (state) => state.location.searchStr });
  return (
    <>
      <output data-testid="asked">{search.region ?? 'own region'}</output>
      <output data-testid="url">{url}</output>
    </>
  );
}

const darkhanOfficer = {
  sub: 'demo-officer-darkhan',
  name: 'Darkhan',
  roles: ['contact-officer' as const],
  region: 'DARKHAN',
};
const executive = { sub: 'demo-executive', name: 'Executive', roles: ['executive' as const] };

describe("a list's region for regional staff", () => {
  it('drops another region from the URL and does not ask for it', async () => {
    await renderPage(<Probe />, { caller: darkhanOfficer, path: '/list?region=ZAMYN_UUD&page=2', route: '/list' });
    expect((await screen.findByTestId('asked')).textContent).toBe('own region');
    await waitFor(() => expect(screen.getByTestId('url').textContent).toBe('?page=2'));
  });

  it('keeps their own region', async () => {
    await renderPage(<Probe />, { caller: darkhanOfficer, path: '/list?region=DARKHAN', route: '/list' });
    expect((await screen.findByTestId('asked')).textContent).toBe('DARKHAN');
    expect(screen.getByTestId('url').textContent).toBe('?region=DARKHAN');
  });

  it('keeps any region for national staff', async () => {
    await renderPage(<Probe />, { caller: executive, path: '/list?region=ZAMYN_UUD', route: '/list' });
    expect((await screen.findByTestId('asked')).textContent).toBe('ZAMYN_UUD');
    expect(screen.getByTestId('url').textContent).toBe('?region=ZAMYN_UUD');
  });
});
