import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { jsonReply, renderPage, type SentRequest } from '@aeo/web/testing';
import { RESOURCES } from '../../i18n/resources';
import { Invitations } from './Invitations';

const admin = { sub: 'trader-1', name: 'Oyunchimeg', roles: ['operator-user' as const], taxpayerId: '5034567' };
const operatorId = '1b9f3f4e-4a4e-4c1e-9a55-0f0f3b9b2c11';
const invitation = (id: string, status: string) => ({
  id,
  operatorId,
  email: `${id}@khancargo.example`,
  name: `Person ${id}`,
  role: 'member',
  language: 'mn',
  status,
  invitedBy: 'trader-1',
  invitedAt: '2026-11-30T02:00:00.000Z',
  expiresAt: '2026-12-14T02:00:00.000Z',
});

/** The invitations API as the panel sees it: one pending and one accepted invitation. */
function api(sent: SentRequest[]) {
  return jest.fn(async (request: Request) => {
    const url = new URL(request.url);
    const body = ['GET', 'DELETE'].includes(request.method) ? undefined : await request.json();
    sent.push({ method: request.method, path: url.pathname, body });
    const base = `/api/applications/v1/operators/${operatorId}/invitations`;
    if (url.pathname === base && request.method === 'GET')
      return jsonReply([invitation('pending-1', 'pending'), invitation('accepted-1', 'accepted')]);
    if (url.pathname === base) return jsonReply({ ...invitation('new-1', 'pending'), ...(body as object) }, 201);
    if (url.pathname === `${base}/pending-1`) return new Response(null, { status: 204 });
    return jsonReply({ statusCode: 404, message: 'not found' }, 404);
  });
}

describe("the company's invitations", () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('lists each invitation with its status; only a pending one may be revoked', async () => {
    const sent: SentRequest[] = [];
    globalThis.fetch = api(sent) as unknown as typeof fetch;
    await renderPage(<Invitations operatorId={operatorId} />, { caller: admin, resources: RESOURCES });
    const table = await screen.findByTestId('invitations-table', {}, { timeout: 5000 });
    expect(
      within(table)
        .getAllByTestId('invitation-status')
        .map((pill) => pill.textContent),
    ).toEqual(['Pending', 'Accepted']);
    expect(within(table).getAllByRole('button', { name: 'Revoke' })).toHaveLength(1);
    fireEvent.click(within(table).getByRole('button', { name: 'Revoke' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByTestId('action-submit'));
    await waitFor(() => expect(sent.filter((call) => call.method === 'DELETE')).toHaveLength(1));
    expect(sent.find((call) => call.method === 'DELETE')?.path).toBe(
      `/api/applications/v1/operators/${operatorId}/invitations/pending-1`,
    );
  });

  it('checks an invitation before sending and sends the email, name, role and language', async () => {
    const sent: SentRequest[] = [];
    globalThis.fetch = api(sent) as unknown as typeof fetch;
    await renderPage(<Invitations operatorId={operatorId} />, { caller: admin, resources: RESOURCES });
    fireEvent.click(await screen.findByTestId('invite-member'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/E-mail/), { target: { value: 'not an address' } });
    fireEvent.click(within(dialog).getByTestId('action-submit'));
    const checked = await within(dialog).findByTestId('action-error');
    expect(checked.textContent).toContain('Name: Must not be blank');
    expect(checked.textContent).toContain('E-mail: ');
    expect(sent.filter((call) => call.method === 'POST')).toEqual([]);
    fireEvent.change(within(dialog).getByLabelText(/^Name/), { target: { value: 'Bat-Erdene' } });
    fireEvent.change(within(dialog).getByLabelText(/E-mail/), { target: { value: ' bat@khancargo.example ' } });
    fireEvent.click(within(dialog).getByTestId('action-submit'));
    await waitFor(() => expect(sent.filter((call) => call.method === 'POST')).toHaveLength(1));
    expect(sent.find((call) => call.method === 'POST')?.body).toEqual({
      email: 'bat@khancargo.example',
      name: 'Bat-Erdene',
      role: 'member',
      language: 'en',
    });
  });
});
