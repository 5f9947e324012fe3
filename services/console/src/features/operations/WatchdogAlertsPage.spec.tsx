import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderPage } from '../../testing/render';
import { WatchdogAlertsPage } from './WatchdogAlertsPage';

const operations = { sub: 'demo-operations', name: 'Operations', roles: ['operations' as const] };
const alertId = '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';

const alert = (acknowledged: boolean) => ({
  id: alertId,
  eventId: 'b9a8c7d6-e5f4-4a3b-9c2d-1e0f9a8b7c6d',
  authorisationNumber: 'MN-AEO-2026-0042',
  operatorId: '3f2e1d0c-b9a8-4765-8432-10fedcba9876',
  taxpayerId: '5034567',
  region: 'DARKHAN',
  statusType: 'AEOS',
  problem: 'closed-while-in-force',
  detail: 'The revalidation workflow completed while the authorisation is in force; restarting it failed.',
  raisedAt: '2026-12-01T18:00:00.000Z',
  receivedAt: '2026-12-01T18:00:01.000Z',
  acknowledgedAt: acknowledged ? '2026-12-02T03:00:00.000Z' : null,
  acknowledgedBy: acknowledged ? 'demo-operations' : null,
  acknowledgementNote: acknowledged ? 'Started a new revalidation by hand.' : null,
});

/** The operations API as the console's client reaches it: one alert, acknowledged once asked. */
function operationsApi(
  sent: { url: string; body: unknown; key: string | null }[],
  lists: string[],
  acknowledged = false,
) {
  return jest.fn(async (input: Request) => {
    const json = (body: unknown, status = 200) =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    if (input.method === 'POST') {
      sent.push({ url: input.url, body: await input.json(), key: input.headers.get('idempotency-key') });
      acknowledged = true;
      return json(alert(true));
    }
    lists.push(input.url);
    const open = new URL(input.url).searchParams.get('acknowledged') === 'false';
    const items = open && acknowledged ? [] : [alert(acknowledged)];
    return json({ items, total: items.length, page: 1, pageSize: 25 });
  });
}

describe('the watchdog alerts page', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('lists the open alerts with their problem in words, and acknowledges one with a note checked before sending', async () => {
    const sent: { url: string; body: unknown; key: string | null }[] = [];
    const lists: string[] = [];
    globalThis.fetch = operationsApi(sent, lists) as unknown as typeof fetch;
    await renderPage(<WatchdogAlertsPage />, { caller: operations, path: '/operations/alerts' });

    expect(await screen.findByText('MN-AEO-2026-0042', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText('Workflow closed while in force', { selector: '.pill' })).toBeTruthy();
    expect(screen.getByText(/restarting it failed/)).toBeTruthy();
    const asked = new URL(lists[0]!);
    expect(asked.pathname).toBe('/api/operations/v1/watchdog-alerts');
    expect(Object.fromEntries(asked.searchParams)).toEqual({
      acknowledged: 'false',
      sort: 'raisedAt',
      order: 'desc',
      page: '1',
      pageSize: '25',
    });

    fireEvent.click(screen.getByTestId(`acknowledge-${alertId}`));
    expect(await screen.findByText(/Marks the alert of authorisation MN-AEO-2026-0042/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('action-submit'));
    // The note is required (the service's schema): refused beside the field, nothing sent.
    expect(await screen.findByText('Must not be blank')).toBeTruthy();
    expect(sent).toEqual([]);

    fireEvent.change(screen.getByTestId('acknowledgement-note'), {
      target: { value: '  Started a new revalidation by hand.  ' },
    });
    fireEvent.click(screen.getByTestId('action-submit'));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.url).toBe(`http://console.test/api/operations/v1/watchdog-alerts/${alertId}/acknowledgement`);
    expect(sent[0]!.body).toEqual({ note: 'Started a new revalidation by hand.' });
    expect(sent[0]!.key).toMatch(/^[0-9a-f-]{36}$/);
    // The list is read again: the acknowledged alert is no longer open.
    expect(await screen.findByText('No open alert: every alert of the watchdog has been acknowledged.')).toBeTruthy();
  });

  it('shows an acknowledged alert with who acknowledged it and the note, in Mongolian', async () => {
    const lists: string[] = [];
    globalThis.fetch = operationsApi([], lists, true) as unknown as typeof fetch;
    await renderPage(<WatchdogAlertsPage />, {
      caller: operations,
      language: 'mn',
      path: '/operations/alerts?state=acknowledged',
    });
    expect(await screen.findByText('Хүлээн авсан', { selector: '.pill' }, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText('Хүчинтэй байхад урсгал хаагдсан', { selector: '.pill' })).toBeTruthy();
    expect(screen.getByText('Started a new revalidation by hand.')).toBeTruthy();
    expect(screen.queryByTestId(`acknowledge-${alertId}`)).toBeNull();
    expect(new URL(lists[0]!).searchParams.get('acknowledged')).toBe('true');
  });
});
