import type { temporal } from '@temporalio/proto';
import { decodeSearchAttributes } from '@temporalio/common/lib/converter/payload-search-attributes';
import { optionalTsToDate } from '@temporalio/common/lib/time';
import type { TimelineEntry, TimelineKind } from './workflow.response';

type HistoryEvent = temporal.api.history.v1.IHistoryEvent;
type Failure = temporal.api.failure.v1.IFailure | null | undefined;

/** A failure's message with its causes' (`ActivityFailure: …: the database refused …`), bounded. */
export function failureText(failure: Failure): string {
  const messages: string[] = [];
  for (let current = failure, depth = 0; current && depth < 5; current = current.cause, depth++)
    if (current.message) messages.push(current.message);
  return messages.join(': ').slice(0, 2000);
}

/** A protobuf duration as people read it (`30d`, `2h 5m`, `90s` as `1m 30s`). */
export function durationText(duration: { seconds?: unknown; nanos?: number | null } | null | undefined): string {
  const total = Number(duration?.seconds ?? 0);
  const parts = [
    [Math.floor(total / 86_400), 'd'],
    [Math.floor((total % 86_400) / 3_600), 'h'],
    [Math.floor((total % 3_600) / 60), 'm'],
    [total % 60, 's'],
  ] as const;
  const text = parts
    .filter(([count]) => count > 0)
    .map(([count, unit]) => `${count}${unit}`)
    .join(' ');
  return text || `${Math.round((duration?.nanos ?? 0) / 1e6)}ms`;
}

/** Search attributes set by an upsert, as `AeoStage=validation, AeoRegion=DARKHAN` (removed ones as `name=`). */
function attributesText(fields: Record<string, temporal.api.common.v1.IPayload> | null | undefined): string {
  const decoded = decodeSearchAttributes(fields);
  return Object.entries(decoded)
    .map(([name, values]) => {
      const shown = (Array.isArray(values) ? values : [])
        .map((value) => (value instanceof Date ? value.toISOString() : String(value)))
        .join('|');
      return `${name}=${shown}`;
    })
    .join(', ');
}

/**
 * A run's history as a readable timeline, oldest first: what happened (started, an activity
 * scheduled, completed or failed, a timer, a signal, an update, a child workflow, the stage set,
 * the end) with the names people know (activity types, signal and update names, failure messages).
 * Workflow tasks that completed and activity starts are bookkeeping and left out.
 */
export function timelineOf(events: readonly HistoryEvent[]): TimelineEntry[] {
  const activities = new Map<string, string>();
  const updates = new Map<string, string>();
  const timers = new Map<string, string>();
  const entries: TimelineEntry[] = [];
  const activityOf = (scheduledEventId: unknown) => activities.get(String(scheduledEventId)) ?? 'activity';
  for (const event of events) {
    const eventId = Number(event.eventId ?? 0);
    const add = (kind: TimelineKind, summary: string) =>
      entries.push({ at: optionalTsToDate(event.eventTime) ?? new Date(0), eventId, kind, summary });
    if (event.workflowExecutionStartedEventAttributes) {
      const a = event.workflowExecutionStartedEventAttributes;
      add('started', `${a.workflowType?.name ?? 'workflow'} on task queue ${a.taskQueue?.name ?? '?'}`);
    } else if (event.workflowExecutionCompletedEventAttributes) add('completed', 'completed');
    else if (event.workflowExecutionFailedEventAttributes)
      add('failed', failureText(event.workflowExecutionFailedEventAttributes.failure));
    else if (event.workflowExecutionTimedOutEventAttributes) add('timed-out', 'the run timed out');
    else if (event.workflowExecutionTerminatedEventAttributes) {
      const a = event.workflowExecutionTerminatedEventAttributes;
      add('terminated', [a.reason, a.identity && `by ${a.identity}`].filter(Boolean).join(' ') || 'terminated');
    } else if (event.workflowExecutionCancelRequestedEventAttributes)
      add('cancel-requested', event.workflowExecutionCancelRequestedEventAttributes.cause || 'cancellation requested');
    else if (event.workflowExecutionCanceledEventAttributes) add('cancelled', 'cancelled');
    else if (event.workflowExecutionContinuedAsNewEventAttributes)
      add(
        'continued-as-new',
        `new run ${event.workflowExecutionContinuedAsNewEventAttributes.newExecutionRunId ?? ''}`,
      );
    else if (event.workflowTaskFailedEventAttributes)
      add(
        'workflow-task-failed',
        failureText(event.workflowTaskFailedEventAttributes.failure) || 'workflow task failed',
      );
    else if (event.workflowTaskTimedOutEventAttributes) add('workflow-task-timed-out', 'workflow task timed out');
    else if (event.activityTaskScheduledEventAttributes) {
      const name = event.activityTaskScheduledEventAttributes.activityType?.name ?? 'activity';
      activities.set(String(eventId), name);
      add('activity-scheduled', name);
    } else if (event.activityTaskCompletedEventAttributes)
      add('activity-completed', activityOf(event.activityTaskCompletedEventAttributes.scheduledEventId));
    else if (event.activityTaskFailedEventAttributes) {
      const a = event.activityTaskFailedEventAttributes;
      add('activity-failed', `${activityOf(a.scheduledEventId)}: ${failureText(a.failure)}`);
    } else if (event.activityTaskTimedOutEventAttributes)
      add('activity-timed-out', activityOf(event.activityTaskTimedOutEventAttributes.scheduledEventId));
    else if (event.activityTaskCancelRequestedEventAttributes)
      add('activity-cancel-requested', activityOf(event.activityTaskCancelRequestedEventAttributes.scheduledEventId));
    else if (event.activityTaskCanceledEventAttributes)
      add('activity-cancelled', activityOf(event.activityTaskCanceledEventAttributes.scheduledEventId));
    else if (event.timerStartedEventAttributes) {
      const a = event.timerStartedEventAttributes;
      const summary = `timer ${a.timerId ?? ''} for ${durationText(a.startToFireTimeout)}`;
      timers.set(a.timerId ?? '', summary);
      add('timer-started', summary);
    } else if (event.timerFiredEventAttributes)
      add('timer-fired', timers.get(event.timerFiredEventAttributes.timerId ?? '') ?? 'timer fired');
    else if (event.timerCanceledEventAttributes)
      add('timer-cancelled', timers.get(event.timerCanceledEventAttributes.timerId ?? '') ?? 'timer cancelled');
    else if (event.workflowExecutionSignaledEventAttributes)
      add('signal', event.workflowExecutionSignaledEventAttributes.signalName ?? 'signal');
    else if (event.signalExternalWorkflowExecutionInitiatedEventAttributes) {
      const a = event.signalExternalWorkflowExecutionInitiatedEventAttributes;
      add('signal-sent', `${a.signalName ?? 'signal'} to ${a.workflowExecution?.workflowId ?? '?'}`);
    } else if (event.signalExternalWorkflowExecutionFailedEventAttributes)
      add(
        'signal-send-failed',
        `to ${event.signalExternalWorkflowExecutionFailedEventAttributes.workflowExecution?.workflowId ?? '?'}`,
      );
    else if (event.workflowExecutionUpdateAcceptedEventAttributes) {
      const a = event.workflowExecutionUpdateAcceptedEventAttributes;
      const name = a.acceptedRequest?.input?.name ?? 'update';
      updates.set(a.protocolInstanceId ?? a.acceptedRequest?.meta?.updateId ?? '', name);
      add('update-accepted', name);
    } else if (event.workflowExecutionUpdateRejectedEventAttributes) {
      const a = event.workflowExecutionUpdateRejectedEventAttributes;
      add('update-rejected', `${a.rejectedRequest?.input?.name ?? 'update'}: ${failureText(a.failure)}`);
    } else if (event.workflowExecutionUpdateCompletedEventAttributes) {
      const a = event.workflowExecutionUpdateCompletedEventAttributes;
      const name = updates.get(a.meta?.updateId ?? '') ?? 'update';
      add('update-completed', a.outcome?.failure ? `${name} failed: ${failureText(a.outcome.failure)}` : name);
    } else if (event.childWorkflowExecutionStartedEventAttributes) {
      const a = event.childWorkflowExecutionStartedEventAttributes;
      add('child-started', `${a.workflowType?.name ?? 'workflow'} ${a.workflowExecution?.workflowId ?? ''}`.trim());
    } else if (event.startChildWorkflowExecutionFailedEventAttributes) {
      const a = event.startChildWorkflowExecutionFailedEventAttributes;
      add('child-start-failed', `${a.workflowType?.name ?? 'workflow'} ${a.workflowId ?? ''}`.trim());
    } else if (event.childWorkflowExecutionCompletedEventAttributes)
      add('child-completed', event.childWorkflowExecutionCompletedEventAttributes.workflowExecution?.workflowId ?? '');
    else if (event.childWorkflowExecutionFailedEventAttributes) {
      const a = event.childWorkflowExecutionFailedEventAttributes;
      add('child-failed', `${a.workflowExecution?.workflowId ?? ''}: ${failureText(a.failure)}`);
    } else if (event.childWorkflowExecutionCanceledEventAttributes)
      add('child-cancelled', event.childWorkflowExecutionCanceledEventAttributes.workflowExecution?.workflowId ?? '');
    else if (event.childWorkflowExecutionTimedOutEventAttributes)
      add('child-timed-out', event.childWorkflowExecutionTimedOutEventAttributes.workflowExecution?.workflowId ?? '');
    else if (event.childWorkflowExecutionTerminatedEventAttributes)
      add(
        'child-terminated',
        event.childWorkflowExecutionTerminatedEventAttributes.workflowExecution?.workflowId ?? '',
      );
    else if (event.upsertWorkflowSearchAttributesEventAttributes)
      add(
        'search-attributes',
        attributesText(event.upsertWorkflowSearchAttributesEventAttributes.searchAttributes?.indexedFields),
      );
    else if (event.markerRecordedEventAttributes)
      add('marker', event.markerRecordedEventAttributes.markerName ?? 'marker');
    else if (
      event.workflowTaskScheduledEventAttributes ||
      event.workflowTaskStartedEventAttributes ||
      event.workflowTaskCompletedEventAttributes ||
      event.activityTaskStartedEventAttributes ||
      event.startChildWorkflowExecutionInitiatedEventAttributes ||
      event.externalWorkflowExecutionSignaledEventAttributes ||
      event.workflowExecutionUpdateAdmittedEventAttributes
    )
      continue;
    else add('other', `event type ${String(event.eventType ?? '?')}`);
  }
  return entries;
}
