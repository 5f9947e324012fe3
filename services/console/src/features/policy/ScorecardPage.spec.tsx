import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderPage } from '../../testing/render';
import { ScorecardPage } from './ScorecardPage';

// ECharts does not draw in jsdom: the chart's figure is checked by its label, its bars in the browser spec.
jest.mock('./ScorecardChart', () => ({ __esModule: true, default: () => null }));

const policyUnit = { sub: 'demo-policy-unit', name: 'Policy unit', roles: ['policy-unit' as const] };
const regionalOffice = {
  sub: 'demo-office-darkhan',
  name: 'Darkhan office',
  roles: ['regional-office' as const],
  region: 'DARKHAN',
};
const words = (en: string, mn: string) => ({ en, mn });
const assessment = {
  id: '8e0f4c1a-5b7e-4d0c-9c1b-3f2a1d0e9b71',
  principleId: 'mandate-from-the-top',
  standardId: 'strategy-approved',
  status: 'partial',
  note: 'The strategy is drafted; the Commissioner General has not signed it yet.',
  evidence: {
    documents: [{ title: 'Draft AEO strategy', url: 'https://customs.gov.mn/aeo/draft.pdf' }],
    links: [],
    kpiIds: [],
  },
  assessedBy: 'demo-policy-unit',
  assessedAt: '2026-11-20T03:00:00.000Z',
};
const scorecard = {
  principles: [
    {
      id: 'mandate-from-the-top',
      name: words('Mandate from the top', 'Удирдлагын дэмжлэг'),
      asks: words('The programme has the leadership’s backing', 'Хөтөлбөр удирдлагын дэмжлэгтэй'),
      status: 'not-assessed',
      standards: [
        {
          id: 'strategy-approved',
          name: words('AEO strategy approved', 'ЗЭА-ын стратеги батлагдсан'),
          asks: words('An approved strategy', 'Батлагдсан стратеги'),
          status: 'partial',
          assessment,
        },
        {
          id: 'resources-assigned',
          name: words('Resources assigned', 'Нөөц хуваарилагдсан'),
          asks: words('Staff and budget', 'Хүн хүч, төсөв'),
          status: null,
          assessment: null,
        },
      ],
    },
  ],
  tfaArticle77: {
    status: 'partial',
    checks: [
      {
        id: 'criteria-published',
        article: '7.7.2',
        name: words('Criteria published', 'Шалгуур нийтлэгдсэн'),
        status: 'met',
        finding: 'Programme version 3 with its criteria was published on 2026-10-01.',
        evidence: [],
      },
    ],
  },
  at: '2026-12-01T00:00:00.000Z',
};

type Sent = { url: string; body: unknown; key: string | null };
function programmeApi(sent: Sent[]) {
  return jest.fn(async (input: Request) => {
    const json = (body: unknown, status = 200) =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    if (input.method === 'POST') {
      const body = (await input.json()) as object;
      sent.push({ url: input.url, body, key: input.headers.get('idempotency-key') });
      return json({ ...assessment, ...body, id: '1c0e7b9a-2f3d-4e5f-8a9b-0c1d2e3f4a5b' }, 201);
    }
    if (input.url.includes('/history'))
      return json({
        standardId: 'strategy-approved',
        principleId: 'mandate-from-the-top',
        name: words('AEO strategy approved', 'ЗЭА-ын стратеги батлагдсан'),
        assessments: [assessment],
      });
    return json(scorecard);
  });
}

describe('the design-principles scorecard', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('shows each standard’s latest assessment and records the policy unit’s new one', async () => {
    const sent: Sent[] = [];
    globalThis.fetch = programmeApi(sent) as unknown as typeof fetch;
    await renderPage(<ScorecardPage />, { caller: policyUnit, path: '/policy/scorecard' });

    expect(await screen.findByText('Mandate from the top', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText('The strategy is drafted; the Commissioner General has not signed it yet.')).toBeTruthy();
    expect(screen.getByText('Programme version 3 with its criteria was published on 2026-10-01.')).toBeTruthy();
    expect(await screen.findByLabelText(/Bar chart: how many standards/)).toBeTruthy();

    fireEvent.click(screen.getByTestId('assess-strategy-approved'));
    fireEvent.change(await screen.findByTestId('assessment-note'), {
      target: { value: 'Signed by the Commissioner General on 2026-11-28.' },
    });
    fireEvent.change(screen.getByTestId('assessment-url'), { target: { value: 'not a link' } });
    fireEvent.click(screen.getByTestId('action-submit'));
    // The evidence's url must be a URI (the operation's schema): refused, nothing sent.
    expect(await screen.findByText('Not in the expected format')).toBeTruthy();
    expect(sent).toEqual([]);

    fireEvent.change(screen.getByTestId('assessment-url'), {
      target: { value: 'https://customs.gov.mn/aeo/strategy.pdf' },
    });
    fireEvent.click(screen.getByTestId('action-submit'));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0].url).toBe('http://console.test/api/programme/v1/scorecard/standards/strategy-approved/assessments');
    expect(sent[0].body).toEqual({
      status: 'partial',
      note: 'Signed by the Commissioner General on 2026-11-28.',
      evidence: {
        documents: [
          { title: 'https://customs.gov.mn/aeo/strategy.pdf', url: 'https://customs.gov.mn/aeo/strategy.pdf' },
        ],
        links: [],
        kpiIds: [],
      },
    });
    expect(sent[0].key).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('lets a regional office read the scorecard in Mongolian without recording an assessment', async () => {
    globalThis.fetch = programmeApi([]) as unknown as typeof fetch;
    await renderPage(<ScorecardPage />, { caller: regionalOffice, path: '/policy/scorecard', language: 'mn' });
    expect(await screen.findByText('Удирдлагын дэмжлэг', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getAllByText('Хэсэгчлэн хангасан').length).toBeGreaterThan(0);
    expect(screen.queryByTestId('assess-strategy-approved')).toBeNull();
  });
});
