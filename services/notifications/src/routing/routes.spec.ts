import { findEventDefinition } from '@aeo/contracts';
import { SAMPLES } from '../templates/template-samples';
import { NOTIFIED_DEFINITIONS, SUBSCRIBABLE_EVENT_TYPES } from './notified-events';
import { ROUTES, regionOfEvent, routesFor } from './routes';

const who = (eventType: string, data: Record<string, unknown>) =>
  routesFor(eventType, data).map(({ audience, template }) => `${audience} ${template}`);

describe('the routing table', () => {
  it('routes only event types the consumer subscribes to (defined on a notified topic)', () => {
    const notified = NOTIFIED_DEFINITIONS.map((definition) => definition.type);
    expect(Object.keys(ROUTES).filter((eventType) => !notified.includes(eventType))).toEqual([]);
  });

  it('tells the MRA officers and the executives of every phase change of an arrangement', () => {
    for (const sample of SAMPLES['aeo.mra-arrangement.phase-changed.v1']) {
      expect(who('aeo.mra-arrangement.phase-changed.v1', sample)).toEqual([
        'mra-officers staff-mra-phase-changed.v1',
        'executives staff-mra-phase-changed.v1',
      ]);
    }
    expect(who('aeo.mra-arrangement.review-due.v1', SAMPLES['aeo.mra-arrangement.review-due.v1'][0])).toEqual([
      'mra-officers staff-mra-review-due.v1',
      'executives staff-mra-review-due.v1',
    ]);
  });

  it('tells only the MRA officers of list exports, list imports and foreign identifiers to review', () => {
    expect(who('aeo.mra-list.exported.v1', SAMPLES['aeo.mra-list.exported.v1'][0])).toEqual([
      'mra-officers staff-mra-list-exported.v1',
    ]);
    expect(who('aeo.mra-partner-list.imported.v1', SAMPLES['aeo.mra-partner-list.imported.v1'][1])).toEqual([
      'mra-officers staff-mra-list-imported.v1',
    ]);
    for (const sample of SAMPLES['aeo.mra-foreign-id.review-needed.v1']) {
      expect(who('aeo.mra-foreign-id.review-needed.v1', sample)).toEqual([
        'mra-officers staff-mra-foreign-id-review.v1',
      ]);
    }
  });

  it('tells nobody of the MRA events that are records for systems (steps, list changes, resolved reviews)', () => {
    for (const eventType of [
      'aeo.mra-arrangement.step-recorded.v1',
      'aeo.mra-foreign-aeos.changed.v1',
      'aeo.mra-foreign-id.resolved.v1',
    ]) {
      expect(who(eventType, {})).toEqual([]);
      expect(findEventDefinition(eventType)).toBeDefined();
    }
  });

  it('never routes an MRA event to operators, contact officers or regional offices', () => {
    const mraRoutes = Object.entries(ROUTES).filter(([eventType]) => eventType.startsWith('aeo.mra-'));
    expect(mraRoutes).toHaveLength(5);
    const audiences = new Set(mraRoutes.flatMap(([, routes]) => routes.map((route) => route.audience)));
    expect([...audiences].sort()).toEqual(['executives', 'mra-officers']);
  });

  it('tells the policy unit of every deviation case step it acts on, and the executives of escalations, closures and thresholds', () => {
    const first = (eventType: string) => who(eventType, SAMPLES[eventType][0]);
    expect(first('aeo.programme-deviation.opened.v1')).toEqual([
      'policy-unit staff-deviation-opened.v1',
      'regional-office staff-deviation-opened.v1',
    ]);
    expect(first('aeo.programme-deviation.analysed.v1')).toEqual(['policy-unit staff-deviation-analysed.v1']);
    expect(first('aeo.programme-deviation.planned.v1')).toEqual(['policy-unit staff-deviation-planned.v1']);
    expect(first('aeo.programme-deviation.escalated.v1')).toEqual([
      'executives staff-deviation-escalated.v1',
      'policy-unit staff-deviation-escalated.v1',
      'regional-office staff-deviation-escalated.v1',
    ]);
    expect(first('aeo.programme-deviation.closed.v1')).toEqual([
      'policy-unit staff-deviation-closed.v1',
      'executives staff-deviation-closed.v1',
      'regional-office staff-deviation-closed.v1',
    ]);
    expect(first('aeo.programme-threshold.changed.v1')).toEqual([
      'policy-unit staff-threshold-changed.v1',
      'executives staff-threshold-changed.v1',
    ]);
    // A national case concerns no regional office.
    const national = SAMPLES['aeo.programme-deviation.closed.v1'].find((sample) => sample['scope'] === 'national')!;
    expect(who('aeo.programme-deviation.closed.v1', national)).toEqual([
      'policy-unit staff-deviation-closed.v1',
      'executives staff-deviation-closed.v1',
    ]);
    // The other steps (implementation, actions done, periods assessed) are records for systems.
    expect(who('aeo.programme-deviation.step-recorded.v1', {})).toEqual([]);
    // Staff only: never offered to webhooks.
    expect(SUBSCRIBABLE_EVENT_TYPES.filter((type) => /^aeo\.programme-(deviation|threshold)\./.test(type))).toEqual([]);
  });

  it('reminds a pilot milestone’s owner, tells the owner and the policy unit when it is late, the executives when it is escalated', () => {
    const first = (eventType: string) => who(eventType, SAMPLES[eventType][0]);
    expect(first('aeo.programme-pilot-milestone.due-soon.v1')).toEqual([
      'milestone-owner staff-pilot-milestone-due-soon.v1',
    ]);
    expect(first('aeo.programme-pilot-milestone.late.v1')).toEqual([
      'milestone-owner staff-pilot-milestone-late.v1',
      'policy-unit staff-pilot-milestone-late.v1',
    ]);
    expect(first('aeo.programme-pilot-milestone.escalated.v1')).toEqual([
      'executives staff-pilot-milestone-escalated.v1',
      'policy-unit staff-pilot-milestone-escalated.v1',
    ]);
    for (const step of ['started', 'extended', 'ended', 'cancelled'])
      expect(first(`aeo.programme-pilot.${step}.v1`)).toEqual([
        `policy-unit staff-pilot-${step}.v1`,
        `executives staff-pilot-${step}.v1`,
      ]);
    // A final report awaiting approval: the executives reminded, then the escalation to them and the policy unit.
    expect(first('aeo.programme-pilot.final-report-approval-reminded.v1')).toEqual([
      'executives staff-pilot-final-report-approval-reminder.v1',
    ]);
    expect(first('aeo.programme-pilot.final-report-approval-escalated.v1')).toEqual([
      'executives staff-pilot-final-report-approval-escalated.v1',
      'policy-unit staff-pilot-final-report-approval-escalated.v1',
    ]);
    // Records for systems: a pilot created (a milestone planned or done: pilot-people-routes.spec.ts).
    expect(who('aeo.programme-pilot.created.v1', {})).toEqual([]);
  });

  it('finds the region of a regional deviation case in its scope, for the regional office', () => {
    expect(regionOfEvent(SAMPLES['aeo.programme-deviation.opened.v1'][0])).toBe('ULAANBAATAR');
    expect(regionOfEvent({ scope: 'national' })).toBeUndefined();
    expect(regionOfEvent({ region: 'DARKHAN', scope: 'whole' })).toBe('DARKHAN');
    // A suspension's scope (whole, security) is no region.
    expect(regionOfEvent({ scope: 'whole' })).toBeUndefined();
  });

  it('tells the operations team, and only it, of every workflow step that failed for good', () => {
    for (const sample of SAMPLES['aeo.workflow.action-failed.v1'])
      expect(who('aeo.workflow.action-failed.v1', sample)).toEqual(['operations staff-workflow-step-failed.v1']);
  });

  it('offers webhooks every notified event type but the internal ones', () => {
    for (const definition of NOTIFIED_DEFINITIONS)
      expect(SUBSCRIBABLE_EVENT_TYPES.includes(definition.type)).toBe(!definition.internal);
  });
});
