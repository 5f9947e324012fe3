import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { jsonReply, renderPage, type SentRequest } from '@aeo/web/testing';
import { RESOURCES } from '../../i18n/resources';
import { InboxLink, InboxPage } from './InboxPage';

const trader = { sub: 'trader-1', name: 'Oyunchimeg', roles: ['operator-user' as const], taxpayerId: '5034567' };
const message = (id: string, read: boolean) => ({
  id,
  sourceEventType: 'aeo.authorisation.granted.v1',
  template: 'authorisation-granted',
  language: 'en',
  subject: `Subject ${id}`,
  body: `Body of ${id}`,
  createdAt: '2026-11-30T02:00:00.000Z',
  read,
  readAt: read ? '2026-11-30T03:00:00.000Z' : null,
});

/** The inbox as the notifications service keeps it: read state changed by POST …/read. */
function api(sent: SentRequest[]) {
  const messages = [message('a1', false), message('b2', true)];
  return jest.fn(async (request: Request) => {
    const url = new URL(request.url);
    sent.push({ method: request.method, path: `${url.pathname}${url.search}` });
    if (url.pathname === '/api/notifications/v1/inbox/unread-count')
      return jsonReply({ unread: messages.filter((item) => !item.read).length });
    if (url.pathname === '/api/notifications/v1/inbox')
      return jsonReply(url.searchParams.get('unread') === 'true' ? messages.filter((item) => !item.read) : messages);
    const read = /^\/api\/notifications\/v1\/inbox\/(\w+)\/read$/.exec(url.pathname);
    if (read && request.method === 'POST') {
      const item = messages.find((candidate) => candidate.id === read[1])!;
      Object.assign(item, { read: true, readAt: '2026-11-30T04:00:00.000Z' });
      return new Response(null, { status: 204 });
    }
    return jsonReply({ statusCode: 404, message: 'not found' }, 404);
  });
}

describe("the company's inbox", () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('lists the messages, marks one read and the unread count follows', async () => {
    const sent: SentRequest[] = [];
    globalThis.fetch = api(sent) as unknown as typeof fetch;
    await renderPage(
      <>
        <InboxLink />
        <InboxPage />
      </>,
      { caller: trader, resources: RESOURCES },
    );
    expect((await screen.findByTestId('unread-count', {}, { timeout: 5000 })).textContent).toBe('1');
    const items = await screen.findAllByTestId('inbox-item');
    expect(items.map((item) => item.getAttribute('data-read'))).toEqual(['false', 'true']);
    expect(within(items[1]).queryByTestId('mark-read')).toBeNull();
    fireEvent.click(within(items[0]).getByTestId('mark-read'));
    await waitFor(() => expect(screen.queryByTestId('unread-count')).toBeNull());
    expect(sent.some((call) => call.method === 'POST' && call.path === '/api/notifications/v1/inbox/a1/read')).toBe(
      true,
    );
    await waitFor(() => expect(screen.queryByTestId('mark-read')).toBeNull());
  });

  it('shows only unread messages when asked', async () => {
    const sent: SentRequest[] = [];
    globalThis.fetch = api(sent) as unknown as typeof fetch;
    await renderPage(<InboxPage />, { caller: trader, resources: RESOURCES });
    await screen.findAllByTestId('inbox-item');
    fireEvent.click(screen.getByLabelText('Only unread'));
    await waitFor(() => expect(screen.getAllByTestId('inbox-item')).toHaveLength(1));
    expect(sent.some((call) => call.path === '/api/notifications/v1/inbox?unread=true')).toBe(true);
  });
});
