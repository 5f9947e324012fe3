import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { jsonReply, renderPage, type SentRequest } from '@aeo/web/testing';
import { RESOURCES } from '../../i18n/resources';
import { WebhooksPage } from './WebhooksPage';

const admin = { sub: 'trader-1', name: 'Oyunchimeg', roles: ['operator-user' as const], taxpayerId: '5034567' };
const subscription = {
  id: '3c1e2f4e-4a4e-4c1e-9a55-0f0f3b9b2c11',
  platform: 'erp-main',
  url: 'https://erp.khancargo.example/aeo',
  eventTypes: ['aeo.authorisation.granted.v1'],
  operatorId: '1b9f3f4e-4a4e-4c1e-9a55-0f0f3b9b2c11',
  taxpayerId: '5034567',
  active: true,
  createdBy: 'trader-1',
  createdAt: '2026-11-30T02:00:00.000Z',
  updatedAt: '2026-11-30T02:00:00.000Z',
};
const delivery = {
  id: '9a1e2f4e-4a4e-4c1e-9a55-0f0f3b9b2c11',
  sourceEventId: 'e1',
  sourceEventType: 'aeo.authorisation.granted.v1',
  channel: 'webhook',
  recipient: subscription.url,
  audience: null,
  target: subscription.url,
  subscriptionId: subscription.id,
  taxpayerId: '5034567',
  region: 'DARKHAN',
  language: 'en',
  template: 'authorisation-granted',
  subject: 'Granted',
  body: '{}',
  status: 'failed',
  attempts: 5,
  deadLetterAfter: 5,
  lastError: 'HTTP 503',
  nextAttemptAt: null,
  createdAt: '2026-11-30T02:00:00.000Z',
  deliveredAt: null,
  failedAt: '2026-11-30T03:00:00.000Z',
  updatedAt: '2026-11-30T03:00:00.000Z',
};

/** The notifications API as the page sees it: one subscription with a dead-lettered call; `refuse` a create. */
function api(sent: SentRequest[], refuse: boolean, role: 'administrator' | 'member' = 'administrator') {
  return jest.fn(async (request: Request) => {
    const url = new URL(request.url);
    const body = request.method === 'GET' || request.method === 'DELETE' ? undefined : await request.json();
    sent.push({ method: request.method, path: url.pathname, body });
    // The caller's company and its role in it (applications).
    if (url.pathname === '/api/applications/v1/operators') return jsonReply([{ id: subscription.operatorId }]);
    if (url.pathname === `/api/applications/v1/operators/${subscription.operatorId}/users`)
      return jsonReply([{ sub: admin.sub, role }]);
    const base = '/api/notifications/v1';
    if (url.pathname === `${base}/webhook-subscriptions` && request.method === 'GET') return jsonReply([subscription]);
    if (url.pathname === `${base}/routes`)
      return jsonReply({
        audiences: [],
        routes: [],
        webhookEventTypes: ['aeo.authorisation.granted.v1', 'aeo.risk-alert.raised.v1'],
        companyWebhookEventTypes: ['aeo.authorisation.granted.v1', 'aeo.authorisation.suspended.v1'],
      });
    if (url.pathname === `${base}/webhook-subscriptions` && refuse)
      return jsonReply(
        { statusCode: 400, message: 'url: must be an https URL', issues: ['url: must be an https URL'] },
        400,
      );
    if (url.pathname === `${base}/webhook-subscriptions`)
      return jsonReply({ ...subscription, id: 'new', platform: 'erp-backup', secret: 'whsec_c2VjcmV0LW9uY2U=' }, 201);
    if (url.pathname === `${base}/webhook-subscriptions/${subscription.id}/deliveries`)
      return jsonReply({ items: [delivery], total: 1, page: 1, pageSize: 25 });
    if (url.pathname === `${base}/webhook-subscriptions/${subscription.id}/redeliveries`)
      return jsonReply({ requeued: 1 });
    return jsonReply({ statusCode: 404, message: 'not found' }, 404);
  });
}

describe("the company's webhook subscriptions", () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it("offers only the company's event types, sends the subscription and shows its secret once", async () => {
    const sent: SentRequest[] = [];
    globalThis.fetch = api(sent, false) as unknown as typeof fetch;
    await renderPage(<WebhooksPage />, { caller: admin, resources: RESOURCES });
    await screen.findByText(subscription.url, {}, { timeout: 5000 });
    fireEvent.click(await screen.findByTestId('create-webhook', {}, { timeout: 10_000 }));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByLabelText('aeo.authorisation.suspended.v1');
    // A type no company receives (risk alerts) is not offered.
    expect(within(dialog).queryByLabelText('aeo.risk-alert.raised.v1')).toBeNull();
    fireEvent.click(within(dialog).getByTestId('action-submit'));
    const checked = await within(dialog).findByTestId('action-error');
    expect(checked.textContent).toContain('Checked before sending');
    expect(checked.textContent).toContain('Events: ');
    expect(sent.filter((call) => call.method === 'POST')).toEqual([]);

    fireEvent.change(within(dialog).getByLabelText(/Name of the receiving system/), {
      target: { value: 'erp-backup' },
    });
    fireEvent.change(within(dialog).getByLabelText(/Address/), {
      target: { value: 'https://backup.khancargo.example/aeo' },
    });
    fireEvent.click(within(dialog).getByLabelText('aeo.authorisation.suspended.v1'));
    fireEvent.click(within(dialog).getByTestId('action-submit'));
    await waitFor(() => expect(sent.filter((call) => call.method === 'POST')).toHaveLength(1));
    expect(sent.find((call) => call.method === 'POST')?.body).toEqual({
      platform: 'erp-backup',
      url: 'https://backup.khancargo.example/aeo',
      eventTypes: ['aeo.authorisation.suspended.v1'],
    });
    const secret = await screen.findByTestId('webhook-secret');
    expect(within(secret).getByTestId('webhook-secret-value').textContent).toBe('whsec_c2VjcmV0LW9uY2U=');
    expect(within(secret).getByText(/It is shown only this once/)).toBeTruthy();
    expect(within(secret).getByTestId('copy-secret')).toBeTruthy();
  });

  it('offers adding a subscription to administrators only, and tells a member who does', async () => {
    const sent: SentRequest[] = [];
    globalThis.fetch = api(sent, false, 'member') as unknown as typeof fetch;
    await renderPage(<WebhooksPage />, { caller: admin, resources: RESOURCES });
    expect(
      await screen.findByText(
        'Only the company’s administrators add and remove its webhook subscriptions.',
        {},
        { timeout: 10_000 },
      ),
    ).toBeTruthy();
    expect(screen.queryByTestId('create-webhook')).toBeNull();
    // Nor the subscriptions (notifications refuses a member 403): not asked for.
    expect(sent.filter((call) => call.path.includes('/webhook-subscriptions'))).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
  });

  it('shows the API’s refusal beside the field', async () => {
    globalThis.fetch = api([], true) as unknown as typeof fetch;
    await renderPage(<WebhooksPage />, { caller: admin, resources: RESOURCES });
    fireEvent.click(await screen.findByTestId('create-webhook', {}, { timeout: 10_000 }));
    expect(screen.queryByText(/Only the company’s administrators/)).toBeNull();
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/Name of the receiving system/), { target: { value: 'erp' } });
    fireEvent.change(within(dialog).getByLabelText(/Address/), { target: { value: 'http://erp.example/aeo' } });
    fireEvent.click(await within(dialog).findByLabelText('Every event of the company'));
    fireEvent.click(within(dialog).getByTestId('action-submit'));
    const url = within(dialog).getByLabelText(/Address/);
    await waitFor(() => expect(url.getAttribute('aria-invalid')).toBe('true'));
    expect(within(dialog).getByTestId('action-error').textContent).toContain(
      'Address (HTTPS URL): must be an https URL',
    );
    expect(screen.queryByTestId('webhook-secret')).toBeNull();
  });

  it("shows a subscription's delivery log and sends its failed calls again", async () => {
    const sent: SentRequest[] = [];
    globalThis.fetch = api(sent, false) as unknown as typeof fetch;
    await renderPage(<WebhooksPage />, { caller: admin, resources: RESOURCES });
    fireEvent.click(await screen.findByTestId('webhook-deliveries'));
    const table = await screen.findByTestId('deliveries-table');
    expect(within(table).getByText('5 / 5')).toBeTruthy();
    // Every column has a header one sees (the attempts' buttons' column was named for screen readers only).
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Event', 'Status', 'Attempts', 'Error', 'Created', 'Attempt log']);
    expect(within(table).getByText('HTTP 503')).toBeTruthy();
    fireEvent.click(screen.getByTestId('redeliver'));
    expect((await screen.findByTestId('redelivered')).textContent).toBe('1 call queued again.');
    expect(sent.find((call) => call.path.endsWith('/redeliveries'))?.body).toEqual({ status: 'failed' });
  });
});
