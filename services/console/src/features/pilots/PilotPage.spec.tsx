import { screen, within } from '@testing-library/react';
import { renderPage } from '../../testing/render';
import { PilotPage } from './PilotPage';
import { officerAssignment, PILOT_ID } from './testing/officer';

const regionalOffice = {
  sub: 'demo-regional-darkhan',
  name: 'Darkhan office',
  roles: ['regional-office' as const],
  region: 'DARKHAN',
};
const pilotId = PILOT_ID;
const at = '2026-11-02T01:00:00.000Z';

/** The pilot as GET /v1/pilots/{id} answers it. */
const pilot = {
  id: pilotId,
  code: 'PILOT-2027-DARKHAN',
  title: 'AEO pilot of the northern border',
  description: 'Twelve companies of the Darkhan region certified under the new programme.',
  status: 'running',
  startsOn: '2027-01-04',
  endsOn: '2027-06-30',
  maxCompanies: 12,
  reminderDays: 7,
  escalationGraceDays: 3,
  launchedAt: at,
  launchedBy: 'demo-policy-unit',
  startedAt: at,
  endedAt: null,
  cancelledAt: null,
  cancelledBy: null,
  cancelReason: null,
  createdBy: 'demo-policy-unit',
  createdAt: at,
  updatedAt: at,
  version: 3,
  stage: 'running',
  objectives: [
    {
      id: 'o-1',
      position: 1,
      text: 'Certify the pilot companies within 90 days',
      kpiCode: 'certification-time-median',
      target: 90,
    },
  ],
  workstreams: [],
  milestones: [
    {
      id: 'm-1',
      title: 'Validators trained',
      workstream: 'training',
      dueOn: '2027-02-01',
      owner: 'Training centre',
      kpiCode: null,
      kpiTarget: null,
      status: 'late',
      remindedAt: null,
      lateAt: at,
      escalatedAt: null,
      doneAt: null,
      doneBy: null,
      evidence: [],
      doneNote: null,
      createdAt: at,
    },
  ],
  extensions: [],
};
const participant = (taxpayerId: string, stage: string, rank: number) => ({
  pilotId,
  taxpayerId,
  stage,
  region: 'DARKHAN',
  operatorId: null,
  shortlistId: 'a1b2c3d4-0000-4000-8000-000000000001',
  rank,
  chosenReason: 'volume',
  chosenBy: 'demo-policy-unit',
  chosenAt: at,
  replacing: null,
  replacedBy: null,
  answerDueAt: at,
  answeredAt: stage === 'invited' ? null : at,
  answeredBy: null,
  reason: null,
  updatedAt: at,
});

describe('a pilot', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('shows a regional office, in Mongolian, its status, late milestone and each company’s stage and officer', async () => {
    const asked: string[] = [];
    globalThis.fetch = jest.fn(async (input: Request) => {
      const path = new URL(input.url).pathname;
      asked.push(path);
      const body = path.endsWith('/participants')
        ? {
            participants: [
              participant('5034567', 'accepted', 1),
              participant('6012345', 'accepted', 2),
              participant('7098765', 'invited', 3),
            ],
            shortlisted: [],
          }
        : path.endsWith('/contact-officers')
          ? [officerAssignment]
          : pilot;
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    }) as unknown as typeof fetch;
    await renderPage(<PilotPage />, {
      caller: regionalOffice,
      path: `/pilots/${pilotId}`,
      route: '/pilots/$id',
      language: 'mn',
    });

    expect(
      await screen.findByText('PILOT-2027-DARKHAN · AEO pilot of the northern border', {}, { timeout: 10_000 }),
    ).toBeTruthy();
    expect(screen.getByTestId('pilot-status').textContent).toBe('Явагдаж буй');
    const milestones = screen.getByRole('table', { name: 'Гол үе шатууд' });
    expect(within(milestones).getByText('Validators trained').closest('tr')!.textContent).toContain('Хоцорсон');
    const companies = await screen.findByRole('table', { name: 'Оролцогчид' }, { timeout: 10_000 });
    const row = (taxpayerId: string) => within(companies).getByText(taxpayerId).closest('tr')!.textContent;
    expect(row('5034567')).toContain('Darkhan officer');
    // The company's name where its officer assignment gives it, with the taxpayer id.
    expect(row('5034567')).toContain('Khan Cargo LLC');
    expect(within(companies).getByRole('columnheader', { name: 'Компани' })).toBeTruthy();
    expect(row('6012345')).toContain('Ажилтан хараахан томилоогүй');
    expect(row('7098765')).toContain('Урилга илгээсэн');
    expect(row('7098765')).not.toContain('Ажилтан хараахан томилоогүй');
    expect(asked.sort()).toEqual([
      `/api/programme/v1/pilots/${pilotId}`,
      `/api/programme/v1/pilots/${pilotId}/contact-officers`,
      `/api/programme/v1/pilots/${pilotId}/participants`,
    ]);
  });

  it('shows a contact officer one state when the pilot is not open to their role, and no participants', async () => {
    globalThis.fetch = jest.fn(async (input: Request) => {
      const path = new URL(input.url).pathname;
      // The service's roles: a contact officer may read the participants, not the pilot.
      return path.endsWith(`/pilots/${pilotId}`)
        ? new Response(
            JSON.stringify({
              statusCode: 403,
              error: 'Forbidden',
              message: 'Role contact-officer may not read pilots',
            }),
            { status: 403, headers: { 'content-type': 'application/json' } },
          )
        : new Response(
            JSON.stringify(
              path.endsWith('/participants')
                ? { participants: [participant('5034567', 'accepted', 1)], shortlisted: [] }
                : [],
            ),
            {
              status: 200,
              headers: { 'content-type': 'application/json' },
            },
          );
    }) as unknown as typeof fetch;
    await renderPage(<PilotPage />, {
      caller: { sub: 'demo-officer-darkhan', name: 'Darkhan officer', roles: ['contact-officer'], region: 'DARKHAN' },
      path: `/pilots/${pilotId}`,
      route: '/pilots/$id',
      language: 'mn',
    });

    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(within(alert).getByText('Энэ хуудас танд нээлттэй биш (өөр бүс эсвэл эрх).')).toBeTruthy();
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByText('5034567')).toBeNull();
  });
});
