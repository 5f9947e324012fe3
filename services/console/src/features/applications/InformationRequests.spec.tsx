import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderPage } from '../../testing/render';
import { InformationRequests } from './InformationRequests';

const applicationId = '0b9f3f4e-4a4e-4c1e-9a55-0f0f3b9b2c11';
const officer = {
  sub: 'demo-officer-darkhan',
  name: 'Darkhan officer',
  roles: ['contact-officer' as const],
  region: 'DARKHAN',
};

/** The applications API as the console's client reaches it (a stand-in answering like the service). */
function applicationsApi(sent: { url: string; body: unknown; key: string | null }[]) {
  return jest.fn(async (input: Request) => {
    if (input.method === 'POST') {
      sent.push({ url: input.url, body: await input.json(), key: input.headers.get('idempotency-key') });
      return new Response(JSON.stringify({}), { status: 201, headers: { 'content-type': 'application/json' } });
    }
    const list = [
      {
        id: '5d6c1c5e-1f43-4c1e-8a55-0f0f3b9b2c12',
        applicationId,
        questions: 'The customs broker contract is missing.',
        requestedBy: 'demo-officer-darkhan',
        requestedAt: '2026-12-01T02:00:00Z',
        dueBy: '2026-12-15T02:00:00Z',
        response: 'Attached as document 7.',
        respondedBy: 'demo-trader-5034567',
        respondedAt: '2026-12-02T02:00:00Z',
      },
    ];
    return new Response(JSON.stringify(list), { status: 200, headers: { 'content-type': 'application/json' } });
  });
}

describe("an application's information requests", () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('lists each request with its reply, and asks a new one once checked against the API schema', async () => {
    const sent: { url: string; body: unknown; key: string | null }[] = [];
    globalThis.fetch = applicationsApi(sent) as unknown as typeof fetch;
    await renderPage(<InformationRequests applicationId={applicationId} canAsk />, { caller: officer });

    expect(await screen.findByText('The customs broker contract is missing.')).toBeTruthy();
    expect(screen.getByText(/Reply: Attached as document 7\./)).toBeTruthy();

    fireEvent.click(screen.getByTestId('ask-information'));
    fireEvent.change(await screen.findByTestId('information-questions'), { target: { value: 'Too short' } });
    fireEvent.click(screen.getByTestId('action-submit'));
    // questions needs at least 10 characters (the service's schema): refused beside the field, nothing sent.
    expect(await screen.findByText('At least 10 characters')).toBeTruthy();
    expect(sent).toEqual([]);

    fireEvent.change(screen.getByTestId('information-questions'), {
      target: { value: 'Please send the signed security declaration.' },
    });
    fireEvent.click(screen.getByTestId('action-submit'));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0].url).toBe(
      `http://console.test/api/applications/v1/applications/${applicationId}/information-requests`,
    );
    expect(sent[0].body).toEqual({ questions: 'Please send the signed security declaration.', dueInDays: 14 });
    expect(sent[0].key).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('offers no request to a caller who may not ask', async () => {
    globalThis.fetch = applicationsApi([]) as unknown as typeof fetch;
    await renderPage(<InformationRequests applicationId={applicationId} canAsk={false} />, { caller: officer });
    expect(await screen.findByText('The customs broker contract is missing.')).toBeTruthy();
    expect(screen.queryByTestId('ask-information')).toBeNull();
  });
});
