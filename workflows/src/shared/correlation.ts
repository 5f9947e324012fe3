// Workflow interceptors (bundled with the workflows, see bundle.ts): the correlation id follows a
// request from its start, signal or update into every activity, child and next run it causes.
import { AsyncLocalStorage, defaultPayloadConverter, workflowInfo } from '@temporalio/workflow';
import type {
  DisposeInput,
  GetLogAttributesInput,
  Headers,
  Next,
  SignalInput,
  UpdateInput,
  WorkflowExecuteInput,
  WorkflowInboundCallsInterceptor,
  WorkflowInterceptors,
  WorkflowInternalsInterceptor,
  WorkflowOutboundCallsInterceptor,
} from '@temporalio/workflow';

/**
 * The Temporal header with the correlation id; the same string as in `@aeo/temporal`, whose
 * client interceptor sets it and whose activity interceptor runs each activity inside it.
 */
export const CORRELATION_ID_TEMPORAL_HEADER = 'aeo-correlation-id';

const VALID_ID = /^[A-Za-z0-9._:-]{1,128}$/;

function correlationIdOf(headers: Headers | undefined): string | undefined {
  const payload = headers?.[CORRELATION_ID_TEMPORAL_HEADER];
  if (!payload) return undefined;
  try {
    const value = defaultPayloadConverter.fromPayload(payload);
    return typeof value === 'string' && VALID_ID.test(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function withCorrelationId(headers: Headers, correlationId: string | undefined): Headers {
  return correlationId
    ? { ...headers, [CORRELATION_ID_TEMPORAL_HEADER]: defaultPayloadConverter.toPayload(correlationId) }
    : headers;
}

// Module state is per workflow execution (the bundle's module cache is isolated per workflow).
/** The id of the signal or update whose handler is running. */
const handlerScope = new AsyncLocalStorage<string>();
/**
 * The id the main flow works under: the start's, then that of the latest signal or update
 * (history order, so a replay computes the same), or of the action the flow has taken up.
 */
let mainFlowId: string | undefined;

/** The correlation id of the code running now: its handler's, or the main flow's. */
export function workflowCorrelationId(): string | undefined {
  return handlerScope.getStore() ?? mainFlowId;
}

/** An outbound call (`next`) whose input carries the workflow's current correlation id in its headers. */
function carryingCorrelationId<I extends { headers: Headers }, R>(input: I, next: (input: I) => R): R {
  return next({ ...input, headers: withCorrelationId(input.headers, workflowCorrelationId()) });
}

/**
 * The main flow now applies an action that arrived earlier with its own id (a queued update):
 * what it schedules from here carries that id. Changes no command, so histories replay.
 */
export function adoptCorrelationId(correlationId: string | undefined): void {
  if (correlationId) mainFlowId = correlationId;
}

class CorrelationInterceptor
  implements WorkflowInboundCallsInterceptor, WorkflowOutboundCallsInterceptor, WorkflowInternalsInterceptor
{
  async execute(input: WorkflowExecuteInput, next: Next<WorkflowInboundCallsInterceptor, 'execute'>): Promise<unknown> {
    // Without one (a schedule's run, a history from before), the workflow id ties its events together.
    mainFlowId =
      correlationIdOf(input.headers) ??
      (VALID_ID.test(workflowInfo().workflowId) ? workflowInfo().workflowId : undefined);
    return next(input);
  }

  async handleSignal(input: SignalInput, next: Next<WorkflowInboundCallsInterceptor, 'handleSignal'>): Promise<void> {
    const id = correlationIdOf(input.headers);
    if (!id) return next(input);
    mainFlowId = id;
    return handlerScope.run(id, () => next(input));
  }

  async handleUpdate(
    input: UpdateInput,
    next: Next<WorkflowInboundCallsInterceptor, 'handleUpdate'>,
  ): Promise<unknown> {
    const id = correlationIdOf(input.headers);
    if (!id) return next(input);
    mainFlowId = id;
    return handlerScope.run(id, () => next(input));
  }

  // A validator runs for updates that may be rejected (and never recorded): it reads, never sets.
  validateUpdate(input: UpdateInput, next: Next<WorkflowInboundCallsInterceptor, 'validateUpdate'>): void {
    const id = correlationIdOf(input.headers);
    return id ? handlerScope.run(id, () => next(input)) : next(input);
  }

  // What the workflow schedules (an activity, a child, its next run) carries its current id.
  scheduleActivity = carryingCorrelationId;
  scheduleLocalActivity = carryingCorrelationId;
  startChildWorkflowExecution = carryingCorrelationId;
  continueAsNew = carryingCorrelationId;

  getLogAttributes(
    input: GetLogAttributesInput,
    next: Next<WorkflowOutboundCallsInterceptor, 'getLogAttributes'>,
  ): Record<string, unknown> {
    const correlationId = workflowCorrelationId();
    return next(correlationId ? { ...input, correlationId } : input);
  }

  dispose(input: DisposeInput, next: Next<WorkflowInternalsInterceptor, 'dispose'>): void {
    // An AsyncLocalStorage outlives the evicted workflow unless disabled.
    handlerScope.disable();
    next(input);
  }
}

/** The factory Temporal looks for in a workflow interceptor module. */
export const interceptors = (): WorkflowInterceptors => {
  const interceptor = new CorrelationInterceptor();
  return { inbound: [interceptor], outbound: [interceptor], internals: [interceptor] };
};
