import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderPage } from '../../testing/render';
import { DeviationPage } from './DeviationPage';
import { deviationCase } from './testing/deviation-case';

const caseId = 'programme-deviation-certification-time-median-DARKHAN-2026-10';
const policyUnit = { sub: 'demo-policy-unit', name: 'Policy unit', roles: ['policy-unit' as const] };
const executive = { sub: 'demo-executive', name: 'Executive', roles: ['executive' as const] };

/** The case as GET /v1/deviations/{caseId} answers it, in the phase given. */
const deviation = (phase: string, extra: Record<string, unknown> = {}) => ({
  ...deviationCase(phase),
  history: [
    {
      sequence: 1,
      step: 'open',
      from: 'opened',
      to: 'opened',
      summary: 'certification-time-median 142 above 120 for DARKHAN 2026-10',
      details: { value: 142 },
      by: 'system',
      at: '2026-11-02T01:00:00.000Z',
    },
  ],
  ...extra,
});

type Sent = { url: string; body: unknown; key: string | null };
/** The programme API as the console's client reaches it (a stand-in answering like the service). */
function programmeApi(sent: Sent[], phase = 'opened') {
  return jest.fn(async (input: Request) => {
    const json = (body: unknown) =>
      new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    if (input.method === 'POST') {
      const body = (await input.json()) as { rootCause: string; owner: string };
      sent.push({ url: input.url, body, key: input.headers.get('idempotency-key') });
      return json(deviation('analysis', { rootCause: body.rootCause, owner: body.owner }));
    }
    if (new URL(input.url).pathname.endsWith('/v1/kpis'))
      return json([
        {
          id: 'certification-time-median',
          name: { en: 'Median certification time', mn: 'Баталгаажуулалтын дундаж хугацаа' },
        },
      ]);
    return json(deviation(phase));
  });
}

describe('a deviation case', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });
  const render = (caller: typeof policyUnit | typeof executive) =>
    renderPage(<DeviationPage />, {
      caller,
      path: `/policy/deviations/${caseId}`,
      route: '/policy/deviations/$caseId',
    });

  it('shows what opened it and records the policy unit’s analysis once checked against the API schema', async () => {
    const sent: Sent[] = [];
    globalThis.fetch = programmeApi(sent) as unknown as typeof fetch;
    await render(policyUnit);

    expect(
      await screen.findByText('Deviation of Median certification time — 2026-10', {}, { timeout: 10_000 }),
    ).toBeTruthy();
    expect(screen.getByTestId('deviation-phase').textContent).toBe('Opened');
    expect(screen.getByText('at most 120 (v1)')).toBeTruthy();
    expect(screen.getByText('certification-time-median 142 above 120 for DARKHAN 2026-10')).toBeTruthy();
    expect(screen.getByTestId('step-dismissal')).toBeTruthy();
    expect(screen.queryByTestId('step-plan')).toBeNull();

    fireEvent.click(screen.getByTestId('step-analysis'));
    fireEvent.click(await screen.findByTestId('action-submit'));
    // rootCause and owner are required by the operation's schema: refused beside the fields, nothing sent.
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findAllByText('Must not be blank')).toHaveLength(2);
    expect(within(screen.getByTestId('action-error-fields')).getByText('Root cause: Must not be blank')).toBeTruthy();
    expect(sent).toEqual([]);

    fireEvent.change(screen.getByTestId('root-cause'), {
      target: { value: 'Validators of DARKHAN were on leave in October.' },
    });
    fireEvent.change(screen.getByTestId('owner'), { target: { value: 'Head of the Darkhan office' } });
    fireEvent.click(screen.getByTestId('action-submit'));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0].url).toBe(`http://console.test/api/programme/v1/deviations/${caseId}/analysis`);
    expect(sent[0].body).toEqual({
      rootCause: 'Validators of DARKHAN were on leave in October.',
      owner: 'Head of the Darkhan office',
    });
    expect(sent[0].key).toMatch(/^[0-9a-f-]{36}$/);
    // The case as the step left it: in analysis, the plan is the next step.
    await waitFor(() => expect(screen.getByTestId('deviation-phase').textContent).toBe('Analysis'));
    expect(screen.getByText('Validators of DARKHAN were on leave in October.')).toBeTruthy();
    expect(screen.getByTestId('step-plan')).toBeTruthy();
  });

  it('names a refused field by its label and says what is wrong with it, in Mongolian, and counts a long text', async () => {
    const sent: Sent[] = [];
    globalThis.fetch = programmeApi(sent) as unknown as typeof fetch;
    await renderPage(<DeviationPage />, {
      caller: policyUnit,
      language: 'mn',
      path: `/policy/deviations/${caseId}`,
      route: '/policy/deviations/$caseId',
    });
    fireEvent.click(await screen.findByTestId('step-analysis', {}, { timeout: 10_000 }));
    fireEvent.change(await screen.findByTestId('root-cause'), { target: { value: '   ' } });
    fireEvent.change(screen.getByTestId('owner'), { target: { value: 'Darkhan\u0000' } });
    fireEvent.click(screen.getByTestId('action-submit'));

    const summary = await screen.findByTestId('action-error-fields');
    expect(summary.textContent).not.toMatch(/rootCause|owner/);
    expect(within(summary).getByText('Үндсэн шалтгаан: Хоосон байж болохгүй')).toBeTruthy();
    expect(within(summary).getByText('Шийдвэрлэлтийг хариуцагч: Зөвшөөрөгдөөгүй тэмдэгт агуулсан')).toBeTruthy();
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getAllByText('Хоосон байж болохгүй')).toHaveLength(1);
    expect(within(dialog).getAllByText('Зөвшөөрөгдөөгүй тэмдэгт агуулсан')).toHaveLength(1);
    expect(sent).toEqual([]);

    expect(screen.queryByTestId('character-count')).toBeNull();
    fireEvent.change(screen.getByTestId('root-cause'), { target: { value: 'x'.repeat(3500) } });
    expect(screen.getByTestId('character-count').textContent).toBe('3500 / 4000 тэмдэгт');
  });

  it('offers an executive nothing before escalation, and re-planning or closing (with the decision) once escalated', async () => {
    globalThis.fetch = programmeApi([]) as unknown as typeof fetch;
    const { unmount } = await render(executive);
    expect(await screen.findByText('Nothing for you to do on this case now.', {}, { timeout: 10_000 })).toBeTruthy();
    unmount();

    const sent: Sent[] = [];
    globalThis.fetch = programmeApi(sent, 'escalated') as unknown as typeof fetch;
    await render(executive);
    expect(await screen.findByTestId('step-replan')).toBeTruthy();
    expect(screen.queryByTestId('step-dismissal')).toBeNull();
    fireEvent.click(screen.getByTestId('step-close'));
    fireEvent.change(await screen.findByTestId('decision'), {
      target: { value: 'The deviation is accepted until the new validators start in January.' },
    });
    fireEvent.click(screen.getByTestId('action-submit'));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0].url).toBe(`http://console.test/api/programme/v1/deviations/${caseId}/close`);
    expect(sent[0].body).toEqual({ decision: 'The deviation is accepted until the new validators start in January.' });
  });
});
