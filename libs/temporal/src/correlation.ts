import type {
  Next,
  WorkflowClientInterceptor,
  WorkflowQueryInput,
  WorkflowSignalInput,
  WorkflowSignalWithStartInput,
  WorkflowStartInput,
  WorkflowStartOutput,
  WorkflowStartUpdateInput,
  WorkflowStartUpdateOutput,
  WorkflowStartUpdateWithStartInput,
  WorkflowStartUpdateWithStartOutput,
} from '@temporalio/client';
import { Headers, defaultPayloadConverter } from '@temporalio/common';
import type {
  ActivityExecuteInput,
  ActivityInboundCallsInterceptor,
  ActivityInterceptorsFactory,
} from '@temporalio/worker';
import { currentCorrelationId, runWithCorrelationId, sanitizeCorrelationId } from '@aeo/observability';

/**
 * The Temporal header that carries the correlation id into workflows and from them into every
 * activity. The same string as `CORRELATION_ID_TEMPORAL_HEADER` of `@aeo/workflows` (which this
 * library may not import), whose workflow interceptors read and forward it.
 */
export const CORRELATION_ID_TEMPORAL_HEADER = 'aeo-correlation-id';

/** The correlation id in Temporal headers, when there is a valid one. */
export function correlationIdOfHeaders(headers: Headers | undefined): string | undefined {
  const payload = headers?.[CORRELATION_ID_TEMPORAL_HEADER];
  if (!payload) return undefined;
  try {
    return sanitizeCorrelationId(defaultPayloadConverter.fromPayload(payload));
  } catch {
    return undefined;
  }
}

function withCorrelationHeader(headers: Headers, correlationId: string | undefined): Headers {
  return correlationId
    ? { ...headers, [CORRELATION_ID_TEMPORAL_HEADER]: defaultPayloadConverter.toPayload(correlationId) }
    : headers;
}

/** Also in the memo, so the Temporal Web UI shows which request started a workflow. */
function withCorrelationMemo<T extends { memo?: Record<string, unknown> }>(
  options: T,
  correlationId: string | undefined,
): T {
  return correlationId ? { ...options, memo: { ...options.memo, correlationId } } : options;
}

/** A start's input carrying the current correlation id in its headers and its memo. */
function withCorrelationOnStart<Input extends { headers: Headers; options: { memo?: Record<string, unknown> } }>(
  input: Input,
): Input {
  const id = currentCorrelationId();
  return {
    ...input,
    headers: withCorrelationHeader(input.headers, id),
    options: withCorrelationMemo(input.options, id),
  };
}

/**
 * Client side: every start, signal, update and query carries the correlation id of the current
 * context (the HTTP request, or the consumed event for the starters), so the workflow and the
 * activities it schedules continue with it.
 */
export class CorrelationClientInterceptor implements WorkflowClientInterceptor {
  async startWithDetails(
    input: WorkflowStartInput,
    next: Next<WorkflowClientInterceptor, 'startWithDetails'>,
  ): Promise<WorkflowStartOutput> {
    return next(withCorrelationOnStart(input));
  }

  async signalWithStart(
    input: WorkflowSignalWithStartInput,
    next: Next<WorkflowClientInterceptor, 'signalWithStart'>,
  ): Promise<string> {
    return next(withCorrelationOnStart(input));
  }

  async signal(input: WorkflowSignalInput, next: Next<WorkflowClientInterceptor, 'signal'>): Promise<void> {
    return next({ ...input, headers: withCorrelationHeader(input.headers, currentCorrelationId()) });
  }

  async startUpdate(
    input: WorkflowStartUpdateInput,
    next: Next<WorkflowClientInterceptor, 'startUpdate'>,
  ): Promise<WorkflowStartUpdateOutput> {
    return next({ ...input, headers: withCorrelationHeader(input.headers, currentCorrelationId()) });
  }

  async startUpdateWithStart(
    input: WorkflowStartUpdateWithStartInput,
    next: Next<WorkflowClientInterceptor, 'startUpdateWithStart'>,
  ): Promise<WorkflowStartUpdateWithStartOutput> {
    const id = currentCorrelationId();
    return next({
      ...input,
      workflowStartHeaders: withCorrelationHeader(input.workflowStartHeaders, id),
      workflowStartOptions: withCorrelationMemo(input.workflowStartOptions, id),
      updateHeaders: withCorrelationHeader(input.updateHeaders, id),
    });
  }

  async query(input: WorkflowQueryInput, next: Next<WorkflowClientInterceptor, 'query'>): Promise<unknown> {
    return next({ ...input, headers: withCorrelationHeader(input.headers, currentCorrelationId()) });
  }
}

/**
 * Activity side: runs each activity inside the correlation id its workflow put on it, so its
 * log lines and the events it writes to the outbox carry the id of the request that caused it.
 * An activity scheduled without one (a history from before) gets a fresh id.
 */
export class CorrelationActivityInterceptor implements ActivityInboundCallsInterceptor {
  async execute(input: ActivityExecuteInput, next: Next<ActivityInboundCallsInterceptor, 'execute'>): Promise<unknown> {
    return runWithCorrelationId(correlationIdOfHeaders(input.headers), () => next(input));
  }
}

/** For a worker's `interceptors.activity` (first, so the other interceptors log with the id). */
export const activityCorrelationInterceptors: ActivityInterceptorsFactory = () => ({
  inbound: new CorrelationActivityInterceptor(),
});
