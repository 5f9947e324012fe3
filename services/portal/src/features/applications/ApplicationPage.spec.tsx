import { screen, within } from '@testing-library/react';
import { renderPage } from '@aeo/web/testing';
import { RESOURCES } from '../../i18n/resources';
import { ApplicationPage } from './ApplicationPage';

const applicationId = '7d1e2f4e-4a4e-4c1e-9a55-0f0f3b9b2c11';

describe("a company's application", () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('shows its status, its dates and deadlines in the browser’s zone, and the hearing’s grounds (English)', async () => {
    const asked: string[] = [];
    globalThis.fetch = jest.fn(async (request: Request) => {
      const path = new URL(request.url).pathname;
      asked.push(path);
      // Where it stands (application-status): nothing to do, no request, no validation case yet.
      if (path.endsWith('/next-steps'))
        return new Response(
          JSON.stringify({ timeZone: 'Asia/Ulaanbaatar', asOf: '2026-11-30T02:00:00.000Z', items: [] }),
        );
      if (path.endsWith('/information-requests')) return new Response('[]');
      if (path.endsWith('/company-validations'))
        return new Response(JSON.stringify({ items: [], total: 0, page: 1, pageSize: 200 }));
      return new Response(
        JSON.stringify({
          id: applicationId,
          operatorId: '1b9f3f4e-4a4e-4c1e-9a55-0f0f3b9b2c11',
          region: 'DARKHAN',
          statusType: 'AEOF',
          status: 'hearing',
          consentToMraSharing: false,
          programmeVersion: 3,
          submittedAt: '2026-10-01T02:00:00.000Z',
          acceptanceDeadline: '2026-10-31T02:00:00.000Z',
          acceptedAt: '2026-10-05T02:00:00.000Z',
          decisionDeadline: '2027-02-01T02:00:00.000Z',
          hearingGrounds: ['The security plan does not cover the warehouse in Zamyn-Uud.'],
          hearingRespondBy: '2026-12-20T02:00:00.000Z',
          createdBy: 'trader-1',
          version: 7,
          updatedAt: '2026-11-30T02:00:00.000Z',
        }),
        { headers: { 'content-type': 'application/json' } },
      );
    }) as unknown as typeof fetch;
    await renderPage(<ApplicationPage />, {
      caller: { sub: 'trader-1', name: 'Oyunchimeg', roles: ['operator-user'], taxpayerId: '5034567' },
      resources: RESOURCES,
      path: `/applications/${applicationId}`,
      route: '/applications/$applicationId',
    });
    expect(await screen.findByRole('heading', { name: 'AEO full' })).toBeTruthy();
    expect(screen.getByTestId('application-status').textContent).toBe('Hearing');
    const dates = screen.getByTestId('application-dates');
    // Jest's zone is the machine's: the date is formatted as the page formats it, in the browser's zone.
    const respondBy = new Intl.DateTimeFormat('en-GB', {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(new Date('2026-12-20T02:00:00.000Z'));
    expect(within(dates).getByText('Respond to the hearing by').nextSibling?.textContent).toBe(respondBy);
    expect(within(dates).getByText('Decided').nextSibling?.textContent).toBe('—');
    expect(screen.getAllByText('The security plan does not cover the warehouse in Zamyn-Uud.').length).toBeGreaterThan(
      0,
    );
    expect(asked[0]).toBe(`/api/applications/v1/applications/${applicationId}`);
  });
});
