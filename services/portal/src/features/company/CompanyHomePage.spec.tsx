import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderPage } from '@aeo/web/testing';
import { RESOURCES } from '../../i18n/resources';
import { CompanyHomePage } from './CompanyHomePage';

const trader = { sub: 'trader-1', name: 'Oyunchimeg', roles: ['operator-user' as const], taxpayerId: '5034567' };
const operatorId = '1b9f3f4e-4a4e-4c1e-9a55-0f0f3b9b2c11';
const operator = {
  id: operatorId,
  taxpayerId: '5034567',
  name: 'Khan Cargo LLC',
  legalForm: 'LLC',
  region: 'DARKHAN',
  customsOffice: 'DARKHAN-01',
  supplyChainRoles: ['importer'],
  address: { street: 'Sukhbaatar Street 3', city: 'Darkhan', country: 'MN' },
  contact: { name: 'Oyunchimeg', email: 'customs@khancargo.example', language: 'mn' },
  createdAt: '2026-11-30T02:00:00.000Z',
  updatedAt: '2026-11-30T02:00:00.000Z',
};

interface Sent {
  method: string;
  path: string;
  body?: unknown;
}
const reply = (body: unknown, status = 200) =>
  Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));

/** The applications API as the page sees it: `registered` or not, the caller administrator or member. */
function applicationsApi(options: { registered: boolean; role?: 'administrator' | 'member'; sent: Sent[] }) {
  return jest.fn(async (request: Request) => {
    const url = new URL(request.url);
    const body = request.method === 'GET' ? undefined : await request.json();
    options.sent.push({ method: request.method, path: url.pathname, body });
    if (url.pathname === '/api/applications/v1/operators' && request.method === 'GET')
      return reply(options.registered ? [operator] : []);
    if (url.pathname === '/api/applications/v1/operators' && request.method === 'POST')
      // The programme's regions are configuration: the service names the field it refuses.
      return reply(
        {
          statusCode: 400,
          message: 'region: must be one of the programme’s regions',
          issues: ['region: must be one of the programme’s regions'],
        },
        400,
      );
    if (url.pathname === `/api/applications/v1/operators/${operatorId}/users`)
      return reply([
        {
          sub: 'trader-1',
          name: 'Oyunchimeg',
          email: 'customs@khancargo.example',
          language: 'mn',
          role: options.role ?? 'administrator',
          addedBy: 'trader-1',
          addedAt: '2026-11-30T02:00:00.000Z',
        },
      ]);
    if (url.pathname === '/api/applications/v1/applications')
      return reply([
        {
          id: '7d1e2f4e-4a4e-4c1e-9a55-0f0f3b9b2c11',
          operatorId,
          region: 'DARKHAN',
          statusType: 'AEOS',
          status: 'submitted',
          consentToMraSharing: true,
          programmeVersion: 1,
          submittedAt: '2026-11-30T03:00:00.000Z',
          acceptanceDeadline: '2026-12-30T03:00:00.000Z',
          createdBy: 'trader-1',
          version: 2,
          updatedAt: '2026-11-30T03:00:00.000Z',
        },
      ]);
    return reply({ statusCode: 404, message: 'not found' }, 404);
  });
}

describe("the trader's company page", () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('offers the registration of a company not registered yet, checks it before sending and shows the API’s refusal beside its field', async () => {
    const sent: Sent[] = [];
    globalThis.fetch = applicationsApi({ registered: false, sent }) as unknown as typeof fetch;
    await renderPage(<CompanyHomePage />, { caller: trader, resources: RESOURCES });
    expect(await screen.findByRole('heading', { name: 'Register your company' })).toBeTruthy();
    expect((screen.getByLabelText(/Taxpayer id/) as HTMLInputElement).value).toBe('5034567');

    // Nothing typed yet: refused before sending, each field named.
    fireEvent.click(screen.getByTestId('register-company'));
    const checked = await screen.findByTestId('registration-error');
    expect(checked.textContent).toContain('Checked before sending');
    expect(checked.textContent).toContain('Company name: ');
    expect(sent.filter((call) => call.method === 'POST')).toEqual([]);

    const type = (label: RegExp, value: string) =>
      fireEvent.change(screen.getByLabelText(label), { target: { value } });
    type(/Company name/, 'Khan Cargo LLC');
    type(/Legal form/, 'LLC');
    type(/Customs region/, 'gobi');
    type(/Customs office/, 'GOBI-01');
    fireEvent.click(screen.getByLabelText('Importer'));
    type(/Street and number/, 'Sukhbaatar Street 3');
    type(/^City/, 'Darkhan');
    type(/^Name/, 'Oyunchimeg');
    type(/E-mail/, 'customs@khancargo.example');
    fireEvent.click(screen.getByTestId('register-company'));

    await waitFor(() => expect(sent.filter((call) => call.method === 'POST')).toHaveLength(1));
    expect(sent.find((call) => call.method === 'POST')?.body).toMatchObject({
      taxpayerId: '5034567',
      region: 'GOBI',
      supplyChainRoles: ['importer'],
      address: { street: 'Sukhbaatar Street 3', city: 'Darkhan', country: 'MN' },
      contact: { name: 'Oyunchimeg', email: 'customs@khancargo.example', language: 'en' },
    });
    const region = screen.getByLabelText(/Customs region/);
    await waitFor(() => expect(region.getAttribute('aria-invalid')).toBe('true'));
    const describedBy = region.getAttribute('aria-describedby') ?? '';
    expect(describedBy).toBeTruthy();
    const messages = describedBy.split(' ').map((id) => document.getElementById(id)?.textContent ?? '');
    expect(messages).toContain('must be one of the programme’s regions');
    expect(screen.getByTestId('registration-error').textContent).toContain(
      'Customs region: must be one of the programme’s regions',
    );
  });

  it("shows a registered company's data, users and applications; only an administrator may edit (Mongolian)", async () => {
    const sent: Sent[] = [];
    globalThis.fetch = applicationsApi({ registered: true, sent }) as unknown as typeof fetch;
    await renderPage(<CompanyHomePage />, { caller: trader, resources: RESOURCES, language: 'mn' });
    expect((await screen.findByTestId('company-name')).textContent).toBe('Khan Cargo LLC');
    expect(await screen.findByTestId('edit-company')).toBeTruthy();
    const members = await screen.findByTestId('members-table');
    expect(within(members).getByText('Oyunchimeg (та)')).toBeTruthy();
    expect(within(members).getByText('Админ')).toBeTruthy();
    const applications = await screen.findByTestId('applications-table');
    expect(within(applications).getByText('AEO аюулгүй байдал')).toBeTruthy();
    expect(within(applications).getByTestId('application-status').textContent).toBe('Илгээсэн');
    expect(sent.find((call) => call.path === '/api/applications/v1/applications')).toBeTruthy();
  });

  it('does not offer the edit to a member', async () => {
    globalThis.fetch = applicationsApi({ registered: true, role: 'member', sent: [] }) as unknown as typeof fetch;
    await renderPage(<CompanyHomePage />, { caller: trader, resources: RESOURCES });
    expect(
      await screen.findByText('Only the company’s administrators change its data and its users.'.replace('’', "'")),
    ).toBeTruthy();
    expect(screen.queryByTestId('edit-company')).toBeNull();
  });
});
