import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderPage } from '../../testing/render';
import { ForeignIdReviewsPage } from './ForeignIdReviewsPage';
import { ARRANGEMENT_ID, mraApi, type Sent } from './recognition.testing';

const officer = { sub: 'demo-mra-officer', name: 'MRA officer', roles: ['mra-officer' as const] };
const REVIEW_ID = '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d';

const review = {
  id: REVIEW_ID,
  country: 'CN',
  declaredId: 'cn-1100000099',
  normalisedId: 'CN1100000099',
  reason: 'ambiguous',
  candidates: [
    { arrangementId: ARRANGEMENT_ID, aeoId: 'CN1100000099' },
    { arrangementId: ARRANGEMENT_ID, aeoId: 'CN-1100000099' },
  ],
  firstDeclarationId: 'D-2026-0001',
  declarations: 3,
  firstSeenAt: '2026-11-20T03:00:00.000Z',
  lastSeenAt: '2026-11-28T03:00:00.000Z',
  status: 'open',
  resolution: null,
  arrangementId: null,
  aeoId: null,
  note: null,
  resolvedBy: null,
  resolvedAt: null,
};

// Several rendered pages per test on a shared, loaded machine: more than Jest's default 5 s.
jest.setTimeout(30_000);

describe('the foreign AEO ids to review', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('lists the open ones with their reason in words and resolves one as not recognised', async () => {
    const sent: Sent[] = [];
    globalThis.fetch = mraApi(
      {
        'GET /v1/foreign-ids/review-queue': () => ({ body: { items: [review], total: 1, page: 1, pageSize: 25 } }),
        [`POST /v1/foreign-ids/reviews/${REVIEW_ID}/resolution`]: () => ({
          status: 201,
          body: { ...review, status: 'resolved', resolution: 'not-recognised' },
        }),
      },
      sent,
    ) as unknown as typeof fetch;
    await renderPage(<ForeignIdReviewsPage />, {
      caller: officer,
      path: '/recognition/foreign-id-reviews?status=open&sort=declarations&order=desc&page=1&pageSize=25',
      route: '/recognition/foreign-id-reviews',
    });
    const table = await screen.findByRole('table', { name: 'Foreign AEO ids to review' }, { timeout: 5000 });
    expect(within(table).getByText('cn-1100000099')).toBeTruthy();
    expect(within(table).getByText('Several entries')).toBeTruthy();
    expect(within(table).getByText('CN1100000099, CN-1100000099')).toBeTruthy();
    expect(Object.fromEntries(new URLSearchParams(sent[0]!.query))).toEqual({
      status: 'open',
      sort: 'declarations',
      order: 'desc',
      page: '1',
      pageSize: '25',
    });

    fireEvent.click(screen.getByTestId(`resolve-${REVIEW_ID}`));
    expect(await screen.findByText(/Resolves cn-1100000099/, {}, { timeout: 5000 })).toBeTruthy();
    expect(within(table).getByRole('columnheader', { name: 'Action' })).toBeTruthy();
    // No resolution is chosen for the officer: without one, refused beside the choice and nothing sent.
    expect(screen.getAllByRole('radio').map((radio) => (radio as HTMLInputElement).checked)).toEqual([false, false]);
    fireEvent.change(screen.getByTestId('review-note'), { target: { value: 'Not on GACC’s list of November' } });
    fireEvent.click(screen.getByTestId('action-submit'));
    expect(within(await screen.findByTestId('action-error-fields')).getByText('Resolution: Required')).toBeTruthy();
    expect(sent.filter((request) => request.method === 'POST')).toEqual([]);
    fireEvent.click(screen.getByRole('radio', { name: 'Not recognised' }));
    fireEvent.click(screen.getByTestId('action-submit'));
    await waitFor(() => expect(sent.filter((request) => request.method === 'POST')).toHaveLength(1), { timeout: 5000 });
    const post = sent.find((request) => request.method === 'POST')!;
    expect(post.path).toBe(`/v1/foreign-ids/reviews/${REVIEW_ID}/resolution`);
    expect(post.body).toEqual({ resolution: 'not-recognised', note: 'Not on GACC’s list of November' });
    expect(post.key).toMatch(/^[0-9a-f-]{36}$/);
  });
});
