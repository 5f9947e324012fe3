import { z } from 'zod';
import { TOPIC_NAMES } from '../topics';
import {
  DEVIATION_OUTCOMES,
  DEVIATION_PHASES,
  STATUS_TYPES,
  isoDate,
  isoDateTime,
  regionCode,
  safeText,
  textMatching,
} from './common';
import { type EventDefinition, eventsOn } from './define-event';

const deviationEventOn = eventsOn(TOPIC_NAMES.programmeEvents, 'programme-deviation');
/** A deviation case's event: its `scope` names the case's region (or `national`). */
const deviationEvent: typeof deviationEventOn = (definition) =>
  deviationEventOn({ ...definition, regionFields: ['scope'] });
const thresholdEvent = eventsOn(TOPIC_NAMES.programmeEvents, 'programme-threshold');

const text = (max: number) => safeText.trim().min(1).max(max);
const kpiId = textMatching(/^[a-z][a-z0-9.-]{1,79}$/, 'must be a KPI key such as certification-time-median');
const period = textMatching(
  /^(19|[2-9]\d)\d{2}-((0[1-9]|1[0-2])|W(0[1-9]|[1-4]\d|5[0-3])|Q[1-4])$/,
  'must be a period such as 2026-11, 2026-W48 or 2026-Q4',
);
/** `upper`: the KPI must stay at or below the limit; `lower`: at or above it. */
const bound = z.enum(['upper', 'lower']);
const threshold = z.object({
  version: z.number().int().min(1),
  bound,
  limit: z.number().finite(),
  /** Consecutive periods back within the threshold before the case closes. */
  periodsToVerify: z.number().int().min(1).max(24),
});

/** The deviation phases (as the programme deviation workflow names them). */
const phase = z.enum(DEVIATION_PHASES);

/** What every event about a deviation case carries, so that consumers need no look-up. */
const caseRef = {
  /** The case's id: its workflow id `programme-deviation-<kpiId>-<scope>[-<statusType>]-<period>`. */
  caseId: text(200),
  kpiId,
  /** `national`, or a region's code. */
  scope: z.union([z.literal('national'), regionCode]),
  statusType: z.enum(STATUS_TYPES).optional(),
  /** The period whose value crossed the threshold. */
  period,
  /** Who took the step (token subject), `system` for the workflow's own steps. */
  by: text(200),
  at: isoDateTime,
};

const action = z.object({
  actionId: textMatching(/^A\d{1,3}$/, 'must be an action id such as A1'),
  description: text(2000),
  owner: text(200),
  dueDate: isoDate(),
});

export const ProgrammeDeviationOpened = deviationEvent({
  type: 'aeo.programme-deviation.opened.v1',
  summary: 'A KPI crossed its threshold for a scope and period: a deviation case was opened for the policy unit.',
  internal: true,
  schema: z.object({ ...caseRef, value: z.number().finite(), threshold }),
});

export const ProgrammeDeviationAnalysed = deviationEvent({
  type: 'aeo.programme-deviation.analysed.v1',
  summary: 'The root cause of a deviation was recorded, with the owner of its resolution.',
  internal: true,
  schema: z.object({ ...caseRef, rootCause: text(5000), owner: text(200) }),
});

export const ProgrammeDeviationPlanned = deviationEvent({
  type: 'aeo.programme-deviation.planned.v1',
  summary:
    'An improvement plan was recorded for a deviation (actions with owners and due dates); replan: an executive’s new plan after an escalation.',
  internal: true,
  schema: z.object({
    ...caseRef,
    replan: z.boolean(),
    actions: z.array(action).min(1).max(50),
    /** Actions not done that the plan replaced. */
    superseded: z.array(text(8)).max(200),
    decision: text(5000).optional(),
  }),
});

export const ProgrammeDeviationStepRecorded = deviationEvent({
  type: 'aeo.programme-deviation.step-recorded.v1',
  summary:
    'Another step of a deviation case was recorded: implementation started, an action reported done, a later period’s KPI value assessed during verification.',
  internal: true,
  schema: z.object({
    ...caseRef,
    step: text(64),
    from: phase,
    to: phase,
    summary: text(2000),
  }),
});

export const ProgrammeDeviationEscalated = deviationEvent({
  type: 'aeo.programme-deviation.escalated.v1',
  summary: 'An improvement action’s due date passed while it was open: the deviation case went to executives.',
  internal: true,
  schema: z.object({ ...caseRef, action }),
});

export const ProgrammeDeviationClosed = deviationEvent({
  type: 'aeo.programme-deviation.closed.v1',
  summary:
    'A deviation case closed: the KPI came back within its threshold for the periods required (recovered), or by an executive’s decision.',
  internal: true,
  schema: z.object({
    ...caseRef,
    /** A dismissal has its own event (`ProgrammeDeviationDismissed`). */
    outcome: z.enum(DEVIATION_OUTCOMES).exclude(['dismissed']),
    decision: text(5000).optional(),
  }),
});

export const ProgrammeDeviationDismissed = deviationEvent({
  type: 'aeo.programme-deviation.dismissed.v1',
  summary:
    'The policy unit closed a deviation case as opened by mistake (a wrong figure, a threshold set wrongly), with the reason; nothing more is done on it.',
  internal: true,
  schema: z.object({
    ...caseRef,
    /** The phase the case was in when it was dismissed. */
    from: phase,
    reason: text(2000),
  }),
});

export const ProgrammeThresholdChanged = thresholdEvent({
  type: 'aeo.programme-threshold.changed.v1',
  summary: 'A new version of a KPI’s deviation threshold is in force (the evaluation uses it from now on).',
  internal: true,
  schema: z.object({
    kpiId,
    version: z.number().int().min(1),
    bound,
    limit: z.number().finite(),
    periodsToVerify: z.number().int().min(1).max(24),
    /** The period length the KPI is evaluated by. */
    period: z.enum(['week', 'month', 'quarter']),
    by: text(200),
    at: isoDateTime,
    reason: text(2000),
  }),
});

export const ProgrammeThresholdWithdrawn = thresholdEvent({
  type: 'aeo.programme-threshold.withdrawn.v1',
  summary:
    'A KPI’s deviation threshold was withdrawn (a new version marked withdrawn): no deviation case opens on the KPI until a new threshold is set; open cases go on under their own version.',
  internal: true,
  schema: z.object({
    kpiId,
    /** The withdrawing version's number. */
    version: z.number().int().min(2),
    /** The version that was in force until now. */
    withdrawnVersion: z.number().int().min(1),
    by: text(200),
    at: isoDateTime,
    reason: text(2000),
  }),
});

// Events of the programme service's deviation procedure on TOPIC_NAMES.programmeEvents (keyed by case id or KPI id).
export const PROGRAMME_DEVIATION_EVENTS: readonly EventDefinition[] = [
  ProgrammeDeviationOpened,
  ProgrammeDeviationAnalysed,
  ProgrammeDeviationPlanned,
  ProgrammeDeviationStepRecorded,
  ProgrammeDeviationEscalated,
  ProgrammeDeviationClosed,
  ProgrammeDeviationDismissed,
  ProgrammeThresholdChanged,
  ProgrammeThresholdWithdrawn,
];
