import { randomUUID } from 'node:crypto';
import { EVENT_DEFINITIONS } from '@aeo/contracts';
import { INTERNAL_EVENT_TYPES } from '../routing/notified-events';
import { COMPANY_EVENT_TYPES, companyOfEvent, companyViewOf } from './company-events';

const operatorId = randomUUID();
const company = { operatorId, taxpayerId: '8000001', region: 'DARKHAN' };

describe('the event types a company’s own webhook subscription receives', () => {
  it('are the company’s own certification events, not customs’ views of it nor events of no company', () => {
    expect(COMPANY_EVENT_TYPES).toEqual(
      expect.arrayContaining([
        'aeo.application.submitted.v1',
        'aeo.application.information-requested.v1',
        'aeo.authorisation.granted.v1',
        'aeo.authorisation.suspension-progress.v1',
        'aeo.validation.visit-scheduled.v1',
        'aeo.revalidation.due.v1',
        'aeo.programme.pilot.invitation-sent.v1',
      ]),
    );
    for (const staffOnly of [
      // About a company, but for customs alone: its risk alerts, a decision falling due, a validator's reminder.
      'aeo.risk-alert.raised.v1',
      'aeo.application.decision-due.v1',
      'aeo.validation.report-reminder.v1',
      'aeo.revalidation.watchdog-alert.v1',
      // Of no company.
      'aeo.mra-list.exported.v1',
      'aeo.programme.published.v1',
      // Internal (staff ids, personal details).
      'aeo.operator.user-linked.v1',
      'aeo.workflow.action-failed.v1',
    ])
      expect(COMPANY_EVENT_TYPES).not.toContain(staffOnly);
    expect(COMPANY_EVENT_TYPES.filter((type) => INTERNAL_EVENT_TYPES.includes(type))).toEqual([]);
  });

  it('each names the company it is about (operatorId and taxpayerId in its data)', () => {
    for (const type of COMPANY_EVENT_TYPES) {
      const shape = (
        EVENT_DEFINITIONS.find((definition) => definition.type === type)!.schema as unknown as {
          shape: Record<string, unknown>;
        }
      ).shape;
      expect([type, Object.keys(shape)]).toEqual([type, expect.arrayContaining(['operatorId', 'taxpayerId'])]);
    }
  });

  it('names the company of an event the company is told of: by operator id, by taxpayer id when no operator is registered', () => {
    expect(companyOfEvent('aeo.authorisation.granted.v1', company)).toEqual({
      operatorId,
      taxpayerId: '8000001',
    });
    expect(companyOfEvent('aeo.programme.pilot.invitation-sent.v1', { ...company, operatorId: null })).toEqual({
      operatorId: null,
      taxpayerId: '8000001',
    });
    expect(companyOfEvent('aeo.risk-alert.raised.v1', company)).toBeUndefined();
    expect(companyOfEvent('aeo.application.decision-due.v1', company)).toBeUndefined();
  });

  it('leaves out an event of a subscribable type that the routing table tells only staff of', () => {
    // A suspension's progress reaches the company for an overdue plan or an ended period, not for the other kinds.
    expect(
      companyOfEvent('aeo.authorisation.suspension-progress.v1', { ...company, kind: 'remediation-plan-overdue' }),
    ).toEqual({ operatorId, taxpayerId: '8000001' });
    expect(
      companyOfEvent('aeo.authorisation.suspension-progress.v1', { ...company, kind: 'remediation-plan-submitted' }),
    ).toBeUndefined();
  });
});

describe('the company’s view of an event', () => {
  it('leaves out customs’ risk assessment and staff, at any depth, and keeps the rest', () => {
    const data = {
      ...company,
      riskScore: 72,
      riskRecommendation: 'high-risk-review',
      assignedValidator: 'validator-1',
      decidedBy: 'executive-1',
      // Why customs started a revalidation: for a risk alert, the risk engine's recommendation, severity and reason.
      trigger: {
        source: 'risk-alert',
        reason: 'suspension-review (critical): undervaluation',
        requestedBy: 'system:risk-engine',
      },
      measures: [{ text: 'A change of premises', requestedBy: 'officer-1' }],
      conditions: [{ text: 'Keep the seal log', by: 'officer-2' }],
      reportDue: '2026-03-01T00:00:00.000Z',
    };
    expect(companyViewOf(data)).toEqual({
      ...company,
      measures: [{ text: 'A change of premises' }],
      conditions: [{ text: 'Keep the seal log' }],
      reportDue: '2026-03-01T00:00:00.000Z',
    });
  });
});
