import type { temporal } from '@temporalio/proto';
import { searchAttributePayloadConverter } from '@temporalio/common/lib/converter/payload-search-attributes';
import { msToTs } from '@temporalio/common/lib/time';
import { durationText, timelineOf } from './workflow-timeline';

type Event = temporal.api.history.v1.IHistoryEvent;
const START_MS = Date.parse('2026-12-01T00:00:00.000Z');
/** A 64-bit number as the protos type it (Long); the timeline reads it with Number(), as it does a plain number. */
const long = (value: number) => value as unknown as NonNullable<Event['eventId']>;
const at = (second: number) => msToTs(START_MS + second * 1000);
const event = (eventId: number, attributes: Omit<Event, 'eventId' | 'eventTime'>): Event => ({
  eventId: long(eventId),
  eventTime: at(eventId),
  ...attributes,
});
const failure = (message: string, cause?: string) => ({ message, ...(cause ? { cause: { message: cause } } : {}) });

/** The kinds the probe workflow of workflows.int-spec does not reach: children, rejections, the ends of a run. */
describe('timelineOf', () => {
  it('names children, rejected and failed updates, failing workflow tasks, the stage set and how a run ends', () => {
    const stage = searchAttributePayloadConverter.toPayload(['decision'])!;
    const steps = timelineOf([
      event(1, {
        workflowExecutionStartedEventAttributes: {
          workflowType: { name: 'revalidationWorkflow' },
          taskQueue: { name: 'aeo-certification' },
        },
      }),
      event(2, { workflowTaskScheduledEventAttributes: {} }),
      event(3, { workflowTaskFailedEventAttributes: { failure: failure('nondeterminism', 'activity type changed') } }),
      event(4, {
        upsertWorkflowSearchAttributesEventAttributes: { searchAttributes: { indexedFields: { AeoStage: stage } } },
      }),
      event(5, {
        timerStartedEventAttributes: { timerId: '7', startToFireTimeout: { seconds: long(90 * 86_400 + 3_600) } },
      }),
      event(6, { timerCanceledEventAttributes: { timerId: '7' } }),
      event(7, {
        workflowExecutionUpdateRejectedEventAttributes: {
          rejectedRequest: { input: { name: 'lifecycleAction' } },
          failure: failure('not in this stage'),
        },
      }),
      event(8, {
        workflowExecutionUpdateAcceptedEventAttributes: {
          protocolInstanceId: 'u-1',
          acceptedRequest: { meta: { updateId: 'u-1' }, input: { name: 'decide' } },
        },
      }),
      event(9, {
        workflowExecutionUpdateCompletedEventAttributes: {
          meta: { updateId: 'u-1' },
          outcome: { failure: failure('InvalidData') },
        },
      }),
      event(10, {
        childWorkflowExecutionStartedEventAttributes: {
          workflowType: { name: 'validationWorkflow' },
          workflowExecution: { workflowId: 'validation-1' },
        },
      }),
      event(11, {
        childWorkflowExecutionFailedEventAttributes: {
          workflowExecution: { workflowId: 'validation-1' },
          failure: failure('child failed'),
        },
      }),
      event(12, { activityTaskScheduledEventAttributes: { activityType: { name: 'recordStep' } } }),
      event(13, { activityTaskStartedEventAttributes: {} }),
      event(14, { activityTaskTimedOutEventAttributes: { scheduledEventId: long(12) } }),
      event(15, { markerRecordedEventAttributes: { markerName: 'core_patch' } }),
      event(16, { workflowExecutionContinuedAsNewEventAttributes: { newExecutionRunId: 'run-2' } }),
    ]).map(({ kind, summary }) => `${kind}: ${summary}`);
    expect(steps).toEqual([
      'started: revalidationWorkflow on task queue aeo-certification',
      'workflow-task-failed: nondeterminism: activity type changed',
      'search-attributes: AeoStage=decision',
      'timer-started: timer 7 for 90d 1h',
      'timer-cancelled: timer 7 for 90d 1h',
      'update-rejected: lifecycleAction: not in this stage',
      'update-accepted: decide',
      'update-completed: decide failed: InvalidData',
      'child-started: validationWorkflow validation-1',
      'child-failed: validation-1: child failed',
      'activity-scheduled: recordStep',
      'activity-timed-out: recordStep',
      'marker: core_patch',
      'continued-as-new: new run run-2',
    ]);
  });

  it('keeps each event’s id and time', () => {
    const [entry] = timelineOf([
      event(3, { workflowExecutionTerminatedEventAttributes: { reason: 'end of test', identity: 'ops-1' } }),
    ]);
    expect(entry).toEqual({
      at: new Date(START_MS + 3000),
      eventId: 3,
      kind: 'terminated',
      summary: 'end of test by ops-1',
    });
  });

  it('writes durations as people read them', () => {
    expect(durationText({ seconds: 90 })).toBe('1m 30s');
    expect(durationText({ seconds: 30 * 86_400 })).toBe('30d');
    expect(durationText({ seconds: 0, nanos: 250_000_000 })).toBe('250ms');
  });
});
