import type { EntityManager } from 'typeorm';
import type { EventDefinition } from '@aeo/contracts';
import type { OutboxWriter } from '@aeo/messaging';
import type { DeviationStepRecord, ImprovementAction } from '@aeo/workflows';
import { appendDeviationEvent } from './deviation-events';
import { caseAfterStep } from './deviations.activities';
import type { DeviationCase } from './deviations.repository';

const at = new Date('2027-05-02T00:00:00Z');
const threshold = { version: 2, bound: 'upper' as const, limit: 60, periodsToVerify: 2 };
const opened: DeviationCase = {
  caseId: 'programme-deviation-certification-time-median-ULAANBAATAR-AEOC-2027-03',
  kpiId: 'certification-time-median',
  scope: 'ULAANBAATAR',
  statusType: 'AEOC',
  period: '2027-03',
  value: 67,
  threshold,
  phase: 'opened',
  rootCause: null,
  owner: null,
  actions: [],
  outcome: null,
  latestValue: null,
  crossings: 1,
  openedAt: new Date('2027-04-05T00:00:00Z'),
  updatedAt: new Date('2027-04-05T00:00:00Z'),
  closedAt: null,
};
const action = (actionId: string, dueDate: string): ImprovementAction => ({
  actionId,
  description: `action ${actionId}`,
  owner: 'HR unit',
  dueDate,
  status: 'open',
});

/** A step's record as the workflow sends it (the case's key, threshold and number). */
const record = (step: Partial<DeviationStepRecord> & Pick<DeviationStepRecord, 'step' | 'from' | 'to'>) =>
  ({
    workflowId: opened.caseId,
    kpiId: opened.kpiId,
    scope: opened.scope,
    statusType: 'AEOC',
    period: opened.period,
    sequence: 2,
    by: 'policy.unit.oyun',
    byRoles: ['policy-unit'],
    summary: step.step,
    details: {},
    threshold,
    ...step,
  }) as DeviationStepRecord;

/** The events a step publishes, each as its event schema takes it (the outbox refuses anything else). */
async function eventsOf(after: DeviationCase, step: DeviationStepRecord) {
  const appended: { type: string; data: Record<string, unknown>; subject: string }[] = [];
  const outbox = {
    append: async (_manager: EntityManager, definition: EventDefinition, event: { subject: string; data: unknown }) => {
      appended.push({
        type: definition.type,
        subject: event.subject,
        data: definition.schema.parse(event.data) as Record<string, unknown>,
      });
      return 'id';
    },
  } as unknown as OutboxWriter;
  await appendDeviationEvent(outbox, {} as EntityManager, after, step, at);
  return appended;
}

/** The case as a step leaves it, and the one event the step publishes. */
async function take(before: DeviationCase, step: DeviationStepRecord) {
  const after = caseAfterStep(before, step, at);
  const events = await eventsOf(after, step);
  expect(events).toHaveLength(1);
  return { after, event: events[0]! };
}

/** Takes a step, expecting the case and the event it leaves; the case after it. */
async function expectStep(before: DeviationCase, step: DeviationStepRecord, after: object, event: object) {
  const taken = await take(before, step);
  expect(taken.after).toMatchObject(after);
  expect(taken.event).toMatchObject(event);
  return taken.after;
}

describe('a deviation case after each step, and the event it publishes', () => {
  it('opens, analyses and plans (a plan after an escalation supersedes the actions not done)', async () => {
    const opening = record({ step: 'open', from: 'opened', to: 'opened', by: 'system', details: { value: 67 } });
    expect(await eventsOf(opened, opening)).toEqual([
      expect.objectContaining({
        type: 'aeo.programme-deviation.opened.v1',
        subject: opened.caseId,
        data: expect.objectContaining({ value: 67, threshold, statusType: 'AEOC', by: 'system' }),
      }),
    ]);

    const analysis = record({
      step: 'record-analysis',
      from: 'opened',
      to: 'analysis',
      details: { rootCause: 'Validators on leave', owner: 'Head of office' },
    });
    const analysed = await expectStep(
      opened,
      analysis,
      { phase: 'analysis', rootCause: 'Validators on leave', owner: 'Head of office' },
      {
        type: 'aeo.programme-deviation.analysed.v1',
        data: { rootCause: 'Validators on leave', owner: 'Head of office' },
      },
    );

    const plan = record({
      step: 'record-plan',
      from: 'analysis',
      to: 'improvement-plan',
      details: { actions: [action('A1', '2027-05-01'), action('A2', '2027-06-01')], superseded: [] },
    });
    const planned = caseAfterStep(analysed, plan, at);
    expect(planned.actions.map((a) => `${a.actionId}:${a.status}`)).toEqual(['A1:open', 'A2:open']);
    const done = caseAfterStep(
      { ...planned, phase: 'implementation' },
      record({ step: 'report-action-done', from: 'implementation', to: 'implementation', details: { actionId: 'A2' } }),
      at,
    );
    expect(done.actions.map((a) => `${a.actionId}:${a.status}`)).toEqual(['A1:open', 'A2:done']);
    expect(done.actions[1]).toMatchObject({ doneBy: 'policy.unit.oyun', doneAt: at.toISOString() });

    const escalation = record({
      step: 'escalate',
      from: 'implementation',
      to: 'escalated',
      by: 'system',
      details: { action: done.actions[0] },
    });
    const { after: escalated, event: escalatedEvent } = await take(done, escalation);
    expect(escalated.phase).toBe('escalated');
    expect(escalatedEvent).toEqual(
      expect.objectContaining({
        type: 'aeo.programme-deviation.escalated.v1',
        data: expect.objectContaining({
          action: { actionId: 'A1', description: 'action A1', owner: 'HR unit', dueDate: '2027-05-01' },
        }),
      }),
    );

    const replan = record({
      step: 'replan',
      from: 'escalated',
      to: 'implementation',
      by: 'executive.ganbold',
      details: { actions: [action('A3', '2027-07-01')], superseded: ['A1'], decision: 'Help from Darkhan' },
    });
    const { after: replanned, event: replannedEvent } = await take(escalated, replan);
    expect(replanned.actions.map((a) => `${a.actionId}:${a.status}`)).toEqual(['A1:superseded', 'A2:done', 'A3:open']);
    expect(replannedEvent).toMatchObject({
      type: 'aeo.programme-deviation.planned.v1',
      data: { replan: true, superseded: ['A1'], decision: 'Help from Darkhan', actions: [{ actionId: 'A3' }] },
    });
  });

  it('closes as recovered on the period that completes the verification, or by an executive’s decision', async () => {
    const verifying: DeviationCase = { ...opened, phase: 'verification' };
    const assessed = record({
      step: 'assess-period',
      from: 'verification',
      to: 'verification',
      by: 'system',
      details: { period: '2027-04', value: 21, within: true },
    });
    const counted = await expectStep(
      verifying,
      assessed,
      { phase: 'verification', latestValue: 21, outcome: null, closedAt: null },
      {
        type: 'aeo.programme-deviation.step-recorded.v1',
        data: { step: 'assess-period', from: 'verification', to: 'verification' },
      },
    );

    const recovering = record({ ...assessed, to: 'closed', details: { period: '2027-05', value: 15, within: true } });
    await expectStep(
      counted,
      recovering,
      { phase: 'closed', outcome: 'recovered', latestValue: 15, closedAt: at },
      {
        type: 'aeo.programme-deviation.closed.v1',
        data: { outcome: 'recovered', by: 'system' },
      },
    );

    const close = record({
      step: 'close',
      from: 'escalated',
      to: 'closed',
      by: 'executive.ganbold',
      details: { decision: 'Accepted until the new decree' },
    });
    await expectStep(
      { ...opened, phase: 'escalated' },
      close,
      { phase: 'closed', outcome: 'executive-decision' },
      {
        type: 'aeo.programme-deviation.closed.v1',
        data: { outcome: 'executive-decision', decision: 'Accepted until the new decree', by: 'executive.ganbold' },
      },
    );
  });

  it('closes as dismissed when the policy unit finds the case opened by mistake, with its own event', async () => {
    const dismissal = record({
      step: 'dismiss',
      from: 'analysis',
      to: 'closed',
      details: { reason: 'The March figures were loaded twice' },
    });
    const { after: dismissed, event: dismissedEvent } = await take({ ...opened, phase: 'analysis' }, dismissal);
    expect(dismissed).toMatchObject({ phase: 'closed', outcome: 'dismissed', closedAt: at });
    expect(dismissedEvent).toEqual(
      expect.objectContaining({
        type: 'aeo.programme-deviation.dismissed.v1',
        subject: opened.caseId,
        data: expect.objectContaining({
          from: 'analysis',
          reason: 'The March figures were loaded twice',
          by: 'policy.unit.oyun',
        }),
      }),
    );
  });
});
