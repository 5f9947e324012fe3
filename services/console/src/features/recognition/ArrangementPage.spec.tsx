import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderPage } from '../../testing/render';
import { ArrangementPage } from './ArrangementPage';
import { ARRANGEMENT_ID, arrangementAnswer, mraApi, type Routes, type Sent } from './recognition.testing';

const officer = { sub: 'demo-mra-officer', name: 'MRA officer', roles: ['mra-officer' as const] };
const executive = { sub: 'demo-executive', name: 'Executive', roles: ['executive' as const] };
const base = `/v1/arrangements/${ARRANGEMENT_ID}`;

/** The service's answers for an arrangement in `phase`, its steps answered with the arrangement moved to `after`. */
function routes(phase: string, after = phase): Routes {
  const step = () => ({ body: arrangementAnswer(after) });
  return {
    [`GET ${base}`]: () => ({ body: arrangementAnswer(phase) }),
    [`GET ${base}/comparison`]: () => ({
      body: {
        arrangementId: ARRANGEMENT_ID,
        entries: [
          { ourCriterion: 'C1 compliance record', partnerCriterion: 'Article 5 compliance', assessment: 'equivalent' },
          { ourCriterion: 'C4 security', partnerCriterion: 'Article 9 security', assessment: 'gap', note: 'No seals' },
        ],
        gaps: 1,
        recordedBy: 'demo-mra-officer',
        recordedAt: '2026-11-05T03:00:00.000Z',
      },
    }),
    [`GET ${base}/records`]: () => ({
      body: [
        {
          seq: 1,
          step: 'created',
          from: null,
          to: 'preparation',
          summary: 'created',
          details: {},
          by: 'demo-mra-officer',
          at: '2026-11-02T03:00:00.000Z',
        },
      ],
    }),
    [`GET ${base}/partner-lists`]: () => ({
      body: [
        {
          version: 2,
          format: 'json',
          rows: 40,
          bodySha256: 'ab'.repeat(32),
          generatedAt: '2026-11-10T00:00:00.000Z',
          issuedAt: '2026-11-10T00:00:00.000Z',
          issuedAtSource: 'generatedAt',
          signatureKid: 'kcs-2026',
          counts: { new: 2, changed: 1, suspended: 1, removed: 0, unchanged: 36 },
          importedBy: 'demo-mra-officer',
          importedAt: '2026-11-10T02:00:00.000Z',
        },
      ],
    }),
    [`GET ${base}/partner-list-entries`]: () => ({
      body: {
        entries: [
          {
            aeoId: 'KR5550001',
            normalisedId: 'KR5550001',
            name: 'Hanbit Logistics',
            address: { city: 'Busan', country: 'KR' },
            statusType: 'AEOS',
            partnerStatusType: 'AA',
            status: 'suspended',
            validFrom: '2025-01-01',
            validUntil: null,
            suspendedOn: '2026-11-01',
            revokedOn: null,
            lastChangedVersion: 2,
          },
        ],
        next: 'KR5550001',
      },
    }),
    'GET /v1/foreign-ids/match-rate': () => ({
      body: {
        from: '',
        to: '',
        declaredIds: 8,
        matchedExactly: 5,
        matchedNormalised: 1,
        matchedByAlias: 0,
        unmatched: 2,
        ambiguous: 0,
        rate: 0.75,
      },
    }),
    [`GET ${base}/list-exports/latest`]: () => ({
      status: 409,
      body: { statusCode: 409, message: 'The arrangement is in negotiation: lists are exported while operational' },
    }),
    [`POST ${base}/advance`]: step,
    [`POST ${base}/termination`]: step,
  };
}

const render = (caller: typeof officer | typeof executive, language: 'en' | 'mn' = 'en') =>
  renderPage(<ArrangementPage />, {
    caller,
    language,
    path: `/recognition/arrangements/${ARRANGEMENT_ID}?entryStatus=suspended`,
    route: '/recognition/arrangements/$arrangementId',
  });

// Several rendered pages per test on a shared, loaded machine: more than Jest's default 5 s.
jest.setTimeout(30_000);

describe('an arrangement’s page', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('shows the phases, comparison, partner list and export in words, and advances it one phase for an MRA officer', async () => {
    const sent: Sent[] = [];
    globalThis.fetch = mraApi(routes('preparation', 'programme-comparison'), sent) as unknown as typeof fetch;
    await render(officer);
    const timeline = await screen.findByTestId('phase-timeline', {}, { timeout: 5000 });
    expect(within(timeline).getByText('Preparation').getAttribute('aria-current')).toBe('step');
    expect(within(timeline).getByText('Operational')).toBeTruthy();
    expect(await screen.findByText('1 gap', { exact: false }, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('Gap')).toBeTruthy();
    expect(await screen.findByText('kcs-2026', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('Hanbit Logistics')).toBeTruthy();
    expect(screen.getByTestId('match-rate').textContent).toBe('75% matched of 8 declared');
    // The list export answered 409 before the arrangement is operational: said as none, not as a failure.
    expect(await screen.findByText(/No list exported for this arrangement/, {}, { timeout: 5000 })).toBeTruthy();
    // The entries asked with the status of the URL, a page of 50.
    const entries = sent.find((request) => request.path.endsWith('/partner-list-entries'))!;
    expect(Object.fromEntries(new URLSearchParams(entries.query))).toEqual({
      status: 'suspended',
      after: '',
      limit: '50',
    });
    // An officer in preparation may advance it; the executive's steps are not offered.
    expect(screen.queryByTestId('step-sign')).toBeNull();
    expect(screen.queryByTestId('step-terminate')).toBeNull();

    fireEvent.click(screen.getByTestId('step-advance'));
    expect(
      await screen.findByText(/Moves the arrangement from Preparation to Programme comparison/, {}, { timeout: 5000 }),
    ).toBeTruthy();
    fireEvent.change(screen.getByTestId('step-note'), { target: { value: 'Partner’s criteria received' } });
    fireEvent.click(screen.getByTestId('action-submit'));
    await waitFor(() => expect(sent.filter((request) => request.method === 'POST')).toHaveLength(1), { timeout: 5000 });
    const post = sent.find((request) => request.method === 'POST')!;
    expect(post).toMatchObject({
      path: `${base}/advance`,
      body: { to: 'programme-comparison', note: 'Partner’s criteria received' },
    });
    expect(post.key).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('offers the executive the signature and termination in negotiation, refusing a termination without its reason', async () => {
    const sent: Sent[] = [];
    globalThis.fetch = mraApi(routes('negotiation', 'terminated'), sent) as unknown as typeof fetch;
    await render(executive, 'mn');
    expect(await screen.findByTestId('step-sign', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByTestId('step-advance')).toBeNull();
    expect(screen.getByTestId('arrangement-phase').textContent).toBe('Хэлэлцээ');

    fireEvent.click(screen.getByTestId('step-terminate'));
    fireEvent.click(await screen.findByTestId('action-submit', {}, { timeout: 5000 }));
    expect(await screen.findByText('Хоосон байж болохгүй', {}, { timeout: 5000 })).toBeTruthy();
    expect(sent.filter((request) => request.method === 'POST')).toEqual([]);

    fireEvent.change(screen.getByTestId('step-reason'), { target: { value: 'The partner withdrew' } });
    fireEvent.click(screen.getByTestId('action-submit'));
    await waitFor(() => expect(sent.filter((request) => request.method === 'POST')).toHaveLength(1), { timeout: 5000 });
    expect(sent.find((request) => request.method === 'POST')).toMatchObject({
      path: `${base}/termination`,
      body: { reason: 'The partner withdrew' },
    });
  });
});
