import { screen, within } from '@testing-library/react';
import { renderPage } from '../../testing/render';
import { CasePage } from './CasePage';

const caseId = '7a1c2e3f-4b5d-4e6f-8a9b-0c1d2e3f4a5b';
const applicationId = '0b9f3f4e-4a4e-4c1e-9a55-0f0f3b9b2c11';
const operatorId = '5d6c1c5e-1f43-4c1e-8a55-0f0f3b9b2c12';
const validator = {
  sub: 'demo-validator-darkhan',
  name: 'DARKHAN validator',
  roles: ['validator' as const],
  region: 'DARKHAN',
};

const question = (questionId: string, en: string, finding: string | null) => ({
  questionId,
  sectionId: 'C1',
  text: { en, mn: en },
  finding,
  notes: null,
  evidence: [],
  recordedBy: null,
  recordedAt: null,
});

/** The validation and applications services as the console's clients reach them (stand-ins answering like them). */
const ANSWERS: Record<string, unknown> = {
  [`/api/validation/v1/validation-cases/${caseId}`]: {
    id: caseId,
    applicationId,
    operatorId,
    region: 'DARKHAN',
    status: 'in-progress',
    assignedValidator: 'demo-validator-darkhan',
    openedAt: '2026-11-20T02:00:00Z',
    programmeVersion: 1,
    taxpayerId: '5034567',
    statusType: 'AEOS',
    riskScore: 42,
    riskRecommendation: 'standard',
    siteVisitRequired: true,
    reportDue: '2027-01-20T02:00:00Z',
    recommendation: null,
    conditions: null,
    reportSummary: null,
    reportSubmittedBy: null,
    reportSubmittedAt: null,
    purpose: 'initial',
    workflowId: `application-${applicationId}`,
    authorisationNumber: null,
    cycle: null,
    caseKey: `initial:${applicationId}`,
    closedAt: null,
    closedReason: null,
    closedBy: null,
  },
  [`/api/validation/v1/validation-cases/${caseId}/checklist`]: [
    question('C1.1', 'Does the company keep its customs records for five years?', 'compliant'),
    question('C1.2', 'Are its premises secured against unlawful entry?', null),
  ],
  [`/api/validation/v1/validation-cases/${caseId}/visits`]: [],
  [`/api/validation/v1/validation-cases/${caseId}/corrective-actions`]: [],
  [`/api/applications/v1/operators/${operatorId}`]: {
    id: operatorId,
    taxpayerId: '5034567',
    name: 'Khan Cargo LLC',
    legalForm: 'LLC',
    region: 'DARKHAN',
    customsOffice: 'DARKHAN-01',
    supplyChainRoles: ['importer'],
    address: { street: 'Sukhbaatar Street 3', city: 'Darkhan', country: 'MN' },
    contact: { name: 'Oyunchimeg', email: 'customs@khancargo.example', language: 'mn' },
    createdAt: '2026-11-01T02:00:00Z',
    updatedAt: '2026-11-01T02:00:00Z',
  },
  [`/api/applications/v1/applications/${applicationId}/answers`]: {
    programmeVersion: 1,
    answers: [
      {
        questionId: 'C1.1',
        value: 'yes',
        comment: 'Kept in our ERP archive since 2015.',
        answeredBy: 'demo-trader-5034567',
        answeredAt: '2026-11-10T02:00:00Z',
      },
    ],
    completeness: { complete: false, missingAnswers: ['C1.2'], missingEvidence: [] },
  },
};

describe('a validation case page', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it("names the company and shows the operator's own answer beside each checklist question", async () => {
    const asked: string[] = [];
    globalThis.fetch = (async (input: Request) => {
      const path = new URL(input.url).pathname;
      asked.push(path);
      const body = ANSWERS[path];
      return body === undefined
        ? new Response(JSON.stringify({ message: 'not found' }), { status: 404 })
        : new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    }) as unknown as typeof fetch;

    await renderPage(<CasePage />, { caller: validator, path: `/cases/${caseId}`, route: '/cases/$caseId' });

    expect((await screen.findByText('Khan Cargo LLC')).getAttribute('data-testid')).toBe('case-company');
    const answered = await screen.findByTestId('operator-answer-C1.1');
    expect(within(answered).getByText('Yes')).toBeTruthy();
    expect(within(answered).getByText('Kept in our ERP archive since 2015.')).toBeTruthy();
    expect(within(screen.getByTestId('operator-answer-C1.2')).getByText('not answered')).toBeTruthy();
    expect(asked).toContain(`/api/applications/v1/applications/${applicationId}/answers`);
  });

  it('shows one state for an address that names no valid case, in Mongolian, and no section', async () => {
    globalThis.fetch = (async () =>
      new Response(JSON.stringify({ statusCode: 400, error: 'Bad Request', message: 'caseId: Invalid UUID' }), {
        status: 400,
        headers: { 'content-type': 'application/json' },
      })) as unknown as typeof fetch;

    await renderPage(<CasePage />, {
      caller: validator,
      language: 'mn',
      path: '/cases/xyz',
      route: '/cases/$caseId',
    });

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Энэ хаяг буруу байна.')).toBeTruthy();
    expect(within(alert).getByText('Үйлчилгээний хариу: 400 caseId: Invalid UUID')).toBeTruthy();
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.queryByText('Something went wrong')).toBeNull();
    expect(screen.queryByTestId('submit-report')).toBeNull();
    expect(screen.queryByRole('heading', { level: 3 })).toBeNull();
  });

  it('tells a validator of another region that the case is not open to them', async () => {
    globalThis.fetch = (async () =>
      new Response(
        JSON.stringify({ statusCode: 403, error: 'Forbidden', message: 'Region UMNUGOVI is outside your scope' }),
        { status: 403, headers: { 'content-type': 'application/json' } },
      )) as unknown as typeof fetch;

    await renderPage(<CasePage />, { caller: validator, path: `/cases/${caseId}`, route: '/cases/$caseId' });

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('This is not open to you (another region or role).')).toBeTruthy();
    expect(within(alert).getByText('The service said: 403 Region UMNUGOVI is outside your scope')).toBeTruthy();
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });
});
