import { screen, waitFor, within } from '@testing-library/react';
import { renderPage } from '../../testing/render';
import { ProgrammePage } from './ProgrammePage';

const validator = {
  sub: 'demo-validator-darkhan',
  name: 'Validator',
  roles: ['validator' as const],
  region: 'DARKHAN',
};

/** A version of the programme as GET /v1/programme (and /versions/{version}) answers it. */
const programme = (version: number, acceptanceDays: number) => ({
  version,
  document: {
    statusTypes: [
      { code: 'AEOC', name: { en: 'AEO customs simplifications', mn: 'ЭЗО гаалийн хялбаршуулалт' }, sections: ['A'] },
    ],
    sections: [
      {
        id: 'A',
        title: { en: 'Compliance record', mn: 'Хууль тогтоомж сахилт' },
        questions: [
          {
            id: 'A.1',
            text: {
              en: 'Any customs offence in the last three years?',
              mn: 'Сүүлийн гурван жилд гаалийн зөрчил гарсан уу?',
            },
            answer: 'yes-no',
            evidenceRequired: true,
          },
        ],
      },
    ],
    timeLimits: {
      acceptanceDays,
      decisionDays: 120,
      maxExtensionDays: 60,
      hearingDays: 30,
      effectDays: 5,
      validationDays: 90,
      reminderDays: 7,
      informationRequestMaxDays: 30,
      revalidationYears: 3,
      reapplicationBarYears: 3,
    },
  },
  note: version === 2 ? 'Shorter acceptance' : null,
  publishedBy: 'demo-policy-unit',
  publishedAt: version === 2 ? '2026-10-01T02:00:00.000Z' : '2026-01-05T02:00:00.000Z',
});

/** The applications API as the console's client reaches it: version 2 in force, version 1 before it. */
const applicationsApi = (asked: string[]) =>
  jest.fn(async (input: Request) => {
    const path = new URL(input.url).pathname;
    asked.push(path);
    const body = path.endsWith('/versions/1') ? programme(1, 30) : programme(2, 20);
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof fetch;

describe('the programme page', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('shows a validator the version in force in Mongolian: status types, questions, answers and limits', async () => {
    const asked: string[] = [];
    globalThis.fetch = applicationsApi(asked);
    await renderPage(<ProgrammePage />, { caller: validator, path: '/policy/programme', language: 'mn' });

    expect(await screen.findByText('Хүчин төгөлдөр', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText('ЭЗО гаалийн хялбаршуулалт')).toBeTruthy();
    expect(screen.getByText('Сүүлийн гурван жилд гаалийн зөрчил гарсан уу?')).toBeTruthy();
    expect(screen.getByText('Тийм эсвэл үгүй')).toBeTruthy();
    const limits = screen.getByRole('table', { name: 'Хугацааны хязгаар' });
    const acceptance = within(limits).getByText('Өргөдлийг хүлээн авах').closest('tr')!;
    expect(acceptance.textContent).toContain('20');
    expect(asked).toEqual(['/api/applications/v1/programme']);
  });

  it('shows the earlier version the URL names, marked as such', async () => {
    const asked: string[] = [];
    globalThis.fetch = applicationsApi(asked);
    // The search as the route's schema leaves it (the test's route has no validateSearch).
    await renderPage(<ProgrammePage />, { caller: validator, path: '/policy/programme?version=1' });

    expect(await screen.findByText('Earlier version', {}, { timeout: 10_000 })).toBeTruthy();
    await waitFor(() => expect(asked).toContain('/api/applications/v1/programme/versions/1'));
    const limits = screen.getByRole('table', { name: 'Time limits' });
    expect(within(limits).getByText('Acceptance of an application').closest('tr')!.textContent).toContain('30 days');
    expect(screen.getByText('Version 1', { selector: 'h3' })).toBeTruthy();
  });
});
