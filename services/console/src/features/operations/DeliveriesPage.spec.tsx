import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderPage } from '../../testing/render';
import { DeliveriesPage } from './DeliveriesPage';

const operations = { sub: 'demo-operations', name: 'Operations', roles: ['operations' as const] };
const failedId = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const inAppId = '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e';

const delivery = (id: string, fields: Record<string, unknown>) => ({
  id,
  sourceEventId: 'c0ffee00-1111-4222-8333-444455556666',
  sourceEventType: 'aeo.application.submitted.v1',
  channel: 'webhook',
  recipient: 'webhook:9d8c7b6a-5f4e-4d3c-9b2a-1f0e9d8c7b6a',
  audience: 'platform',
  target: 'http://127.0.0.1:9/hooks',
  subscriptionId: '9d8c7b6a-5f4e-4d3c-9b2a-1f0e9d8c7b6a',
  taxpayerId: '5034567',
  region: 'DARKHAN',
  language: 'en',
  template: 'application-submitted',
  subject: 'Application submitted',
  body: '{}',
  status: 'failed',
  attempts: 8,
  deadLetterAfter: 8,
  lastError: 'connect ECONNREFUSED 127.0.0.1:9',
  nextAttemptAt: null,
  createdAt: '2026-12-01T08:00:00.000Z',
  deliveredAt: null,
  failedAt: '2026-12-01T09:00:00.000Z',
  updatedAt: '2026-12-01T09:00:00.000Z',
  ...fields,
});

/** The notifications API as the console's client reaches it (a stand-in answering like the service). */
function notificationsApi(sent: { url: string; body: unknown; key: string | null }[], lists: URL[]) {
  return jest.fn(async (input: Request) => {
    const json = (body: unknown, status = 200) =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    if (input.method === 'POST') {
      sent.push({ url: input.url, body: await input.json(), key: input.headers.get('idempotency-key') });
      return json(delivery(failedId, { status: 'queued', deadLetterAfter: 16, failedAt: null }), 201);
    }
    const url = new URL(input.url);
    lists.push(url);
    const items =
      url.searchParams.get('status') === 'failed'
        ? [delivery(failedId, {})]
        : [
            delivery(failedId, {}),
            delivery(inAppId, {
              channel: 'in-app',
              recipient: 'operator:5034567',
              target: null,
              status: 'sent',
              attempts: 1,
              lastError: null,
              deliveredAt: '2026-12-01T08:00:00.000Z',
              failedAt: null,
            }),
          ];
    return json({ items, total: items.length, page: 1, pageSize: 25 });
  });
}

describe('the deliveries page', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('lists the failed deliveries by default with their attempts and error, and delivers one again with a reason', async () => {
    const sent: { url: string; body: unknown; key: string | null }[] = [];
    const lists: URL[] = [];
    globalThis.fetch = notificationsApi(sent, lists) as unknown as typeof fetch;
    await renderPage(<DeliveriesPage />, { caller: operations, path: '/operations/deliveries' });

    expect(await screen.findByText('http://127.0.0.1:9/hooks', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText('connect ECONNREFUSED 127.0.0.1:9')).toBeTruthy();
    expect(screen.getByText('8 of 8')).toBeTruthy();
    expect(screen.getByText('Failed', { selector: '.pill' })).toBeTruthy();
    expect(lists[0]!.pathname).toBe('/api/notifications/v1/delivery-log');
    expect(Object.fromEntries(lists[0]!.searchParams)).toEqual({
      status: 'failed',
      sort: 'createdAt',
      order: 'desc',
      page: '1',
      pageSize: '25',
    });

    fireEvent.click(screen.getByTestId(`redeliver-${failedId}`));
    expect(await screen.findByText(/Sends it to http:\/\/127\.0\.0\.1:9\/hooks again/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('action-submit'));
    expect(await screen.findByText('Must not be blank')).toBeTruthy();
    expect(sent).toEqual([]);

    fireEvent.change(screen.getByTestId('reason'), { target: { value: 'The platform fixed its endpoint' } });
    fireEvent.click(screen.getByTestId('action-submit'));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.url).toBe(`http://console.test/api/notifications/v1/deliveries/${failedId}/redelivery`);
    expect(sent[0]!.body).toEqual({ reason: 'The platform fixed its endpoint' });
    expect(sent[0]!.key).toMatch(/^[0-9a-f-]{36}$/);
    await waitFor(() => expect(lists.length).toBeGreaterThan(1));
  });

  it('offers no redelivery of an in-app message, and says statuses and channels in Mongolian', async () => {
    const lists: URL[] = [];
    globalThis.fetch = notificationsApi([], lists) as unknown as typeof fetch;
    await renderPage(<DeliveriesPage />, {
      caller: operations,
      language: 'mn',
      path: '/operations/deliveries?status=all&channel=in-app',
    });
    expect(await screen.findByText('Илгээсэн', { selector: '.pill' }, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText('Амжилтгүй', { selector: '.pill' })).toBeTruthy();
    expect(screen.getAllByText('Систем дотор').length).toBeGreaterThan(0);
    expect(screen.getByTestId(`redeliver-${failedId}`)).toBeTruthy();
    expect(screen.queryByTestId(`redeliver-${inAppId}`)).toBeNull();
    expect(lists[0]!.searchParams.get('status')).toBeNull();
    expect(lists[0]!.searchParams.get('channel')).toBe('in-app');
  });
});
